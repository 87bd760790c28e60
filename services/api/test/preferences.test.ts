import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TestApp } from "./helpers.ts";

// Issue 20, "Consent and preferences": GET/PUT /v1/workers/{id}/preferences and /v1/clients/{id}/preferences,
// by the person themself and by a consultant, audited; STOP and START by SMS.
const TOKEN = "inbound-secret-prefs-0123456789";
let t: TestApp;
let geo: Geo;
let geoB: Geo;

beforeAll(async () => {
  t = await startTestApp({ SMS_INBOUND_TOKEN: TOKEN });
  geo = await createGeo(t, (await createTenant(t, "gent")).tenantId);
  geoB = await createGeo(t, (await createTenant(t, "aalst")).tenantId);
});
afterAll(async () => t?.close());

const put = (path: string, token: string, payload: unknown) => t.app.inject({ method: "PUT", url: path, headers: bearer(token), payload: payload as object });
const get = (path: string, token: string) => t.app.inject({ method: "GET", url: path, headers: bearer(token) });
const audits = (entityId: string) =>
  t.owner.sql<{ actor_type: string; actor_id: string | null; before: unknown; after: unknown }[]>`
    SELECT actor_type, actor_id, before, after FROM audit_log WHERE entity_id = ${entityId} AND action = 'preferences.update' ORDER BY at, id`;

describe("contact preferences of a worker (issue 20)", () => {
  it("defaults: SMS and e-mail on, no own quiet hours; reachable by SMS (the fixture worker has no e-mail)", async () => {
    const w = await addWorker(t, geo);
    const res = await get(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "consultant"));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sms: true, email: true, quietHours: null, reachable: { sms: true }, unreachable: false });
  });

  it("the worker sets no SMS and quiet hours on their own record; read back; one audit row with the worker as actor", async () => {
    const w = await addWorker(t, geo);
    const own = tokenFor(t, geo.tenantId, "worker", w);
    const res = await put(`/v1/workers/${w}/preferences`, own, { sms: false, email: true, quietHours: { from: "20:00", until: "09:00" } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sms: false, email: true, quietHours: { from: "20:00", until: "09:00" } });
    expect((await get(`/v1/workers/${w}/preferences`, own)).json()).toMatchObject({ sms: false, quietHours: { from: "20:00", until: "09:00" } });
    const row = (await t.owner.sql`SELECT sms_opt_out, email_opt_out, quiet_from, quiet_until FROM workers WHERE id = ${w}`)[0];
    expect(row).toEqual({ sms_opt_out: true, email_opt_out: false, quiet_from: 1200, quiet_until: 540 });
    const a = await audits(w);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      actor_type: "worker",
      before: { sms: true, email: true, quietHours: null },
      after: { sms: false, email: true, quietHours: { from: "20:00", until: "09:00" } },
    });
  });

  it("no SMS and no e-mail address: unreachable, so the consultant knows to call", async () => {
    const w = await addWorker(t, geo);
    const res = await put(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "consultant"), { sms: false, email: true, quietHours: null });
    expect(res.json()).toMatchObject({ reachable: { sms: false, email: false }, unreachable: true });
  });

  it("another worker's preferences are 404 for a worker; a client token is 403; another tenant's worker is 404", async () => {
    const w = await addWorker(t, geo);
    const other = await addWorker(t, geo);
    const body = { sms: false, email: false, quietHours: null };
    for (const res of [
      await get(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "worker", other)),
      await put(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "worker", other), body),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("resource.not_found");
    }
    expect((await get(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "client", randomUUID()))).statusCode).toBe(403);
    const cross = await put(`/v1/workers/${w}/preferences`, tokenFor(t, geoB.tenantId, "consultant"), body);
    expect(cross.statusCode).toBe(404);
    expect(cross.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect((await t.owner.sql`SELECT sms_opt_out FROM workers WHERE id = ${w}`)[0]?.sms_opt_out).toBe(false);
    expect(await audits(w)).toHaveLength(0);
  });

  it.each([
    [{ sms: true, email: true, quietHours: { from: "25:00", until: "08:00" } }, "validation.failed"],
    [{ sms: true, email: true, quietHours: { from: "9:00", until: "08:00" } }, "validation.failed"],
    [{ sms: "nee", email: true, quietHours: null }, "validation.failed"],
    [{ sms: true, quietHours: null }, "validation.failed"],
    [{ sms: true, email: true, quietHours: { from: "08:00", until: "08:00" } }, "preferences.quiet_hours_empty"],
  ])("bad body %j → 422 %s problem+json, nothing written", async (body, code) => {
    const w = await addWorker(t, geo);
    const res = await put(`/v1/workers/${w}/preferences`, tokenFor(t, geo.tenantId, "consultant"), body);
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.json().code).toBe(code);
    expect(await audits(w)).toHaveLength(0);
  });
});

describe("contact preferences of a client (issue 20)", () => {
  it("a consultant sets them on the client's behalf; audited with the consultant as actor; the client reads its own", async () => {
    const c = await addClient(t, geo);
    const staff = randomUUID();
    const token = t.app.jwt.sign({ sub: staff, tid: geo.tenantId, role: "consultant" });
    const res = await put(`/v1/clients/${c}/preferences`, token, { sms: true, email: false, quietHours: { from: "00:00", until: "10:00" } });
    expect(res.statusCode).toBe(200);
    expect((await get(`/v1/clients/${c}/preferences`, tokenFor(t, geo.tenantId, "client", c))).json()).toMatchObject({
      sms: true,
      email: false,
      quietHours: { from: "00:00", until: "10:00" },
    });
    expect(await audits(c)).toEqual([expect.objectContaining({ actor_type: "consultant", actor_id: staff })]);
  });

  it("another client's record is 404 for a client; a worker token is 403; cross-tenant 404", async () => {
    const c = await addClient(t, geo);
    expect((await get(`/v1/clients/${c}/preferences`, tokenFor(t, geo.tenantId, "client", randomUUID()))).statusCode).toBe(404);
    expect((await get(`/v1/clients/${c}/preferences`, tokenFor(t, geo.tenantId, "worker", randomUUID()))).statusCode).toBe(403);
    expect((await get(`/v1/clients/${c}/preferences`, tokenFor(t, geoB.tenantId, "admin"))).statusCode).toBe(404);
  });
});

describe("STOP and START by SMS (issue 20)", () => {
  it("STOP turns SMS off and START on again, for the worker and the client with that number; each change audited as 'sms'", async () => {
    const phone = "+32479555111";
    const w = await addWorker(t, geo);
    const c = await addClient(t, geo);
    await t.owner.sql`UPDATE workers SET phone = ${phone} WHERE id = ${w}`;
    await t.owner.sql`UPDATE clients SET phone = ${phone} WHERE id = ${c}`;
    const send = (text: string) =>
      t.app.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: { from: phone, text, messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
    expect((await send("STOP")).json()).toMatchObject({ interpretation: "stop", outcome: "opted_out", reply: null });
    const consultant = tokenFor(t, geo.tenantId, "consultant");
    expect((await get(`/v1/workers/${w}/preferences`, consultant)).json().sms).toBe(false);
    expect((await get(`/v1/clients/${c}/preferences`, consultant)).json().sms).toBe(false);
    expect((await send("start")).json()).toMatchObject({ interpretation: "start", outcome: "opted_in", reply: "started" });
    expect((await get(`/v1/workers/${w}/preferences`, consultant)).json().sms).toBe(true);
    expect((await get(`/v1/clients/${c}/preferences`, consultant)).json().sms).toBe(true);
    for (const id of [w, c])
      expect(await audits(id)).toEqual([
        expect.objectContaining({ actor_type: "sms", before: { sms: true }, after: { sms: false } }),
        expect.objectContaining({ actor_type: "sms", before: { sms: false }, after: { sms: true } }),
      ]);
  });
});

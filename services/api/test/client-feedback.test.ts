import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 19, "client feedback": the one-tap answer /f/<code> (no sign-in) and the consultant's list per worker.
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let geoB: Geo;
let ipSeq = 10;
const nextIp = () => `10.19.0.${ipSeq++}`;
let codeSeq = 0;
/** A distinct valid code per call (alphabet without 0/1/I/O). */
const nextCode = () => `FEEDB${"ACDEFGHJKLMNPQRSTUVWXYZ23456789"[codeSeq++]}KQ`;

async function question(g: Geo, opts: { month?: string; expiresAt?: string; firstName?: string } = {}) {
  const worker = await addWorker(t, g, { firstName: opts.firstName ?? "Samira" });
  const client = await addClient(t, g);
  const code = nextCode();
  const id = randomUUID();
  const hash = createHash("sha256").update(code, "utf8").digest();
  await t.owner.sql`
    INSERT INTO client_feedback_requests (tenant_id, id, worker_id, client_id, month, minutes, channel, code_hash, expires_at)
    VALUES (${g.tenantId}, ${id}, ${worker}, ${client}, ${opts.month ?? "2027-02"}, 360, 'sms', ${hash}, ${opts.expiresAt ?? "2099-01-01T00:00:00Z"})`;
  return { id, worker, client, code };
}

const get = (code: string, ip = nextIp()) => t.app.inject({ method: "GET", url: `/v1/feedback-links/${code}`, remoteAddress: ip });
const answer = (code: string, payload: object, ip = nextIp()) =>
  t.app.inject({ method: "POST", url: `/v1/feedback-links/${code}`, payload, remoteAddress: ip });
const list = (tenantId: string, worker: string, role: "admin" | "consultant" | "finance" | "worker" = "consultant", subject?: string) =>
  t.app.inject({ method: "GET", url: `/v1/workers/${worker}/client-feedback`, headers: bearer(tokenFor(t, tenantId, role, subject)) });

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_WEB_URL: "https://gent.wijkwerk.be" });
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  geoB = await createGeo(t, aalst.tenantId);
});
afterAll(async () => t?.close());

describe("client feedback by one-tap link (issue 19)", () => {
  it("GET shows the worker's first name only, the month, the organisation and the client's language, open", async () => {
    const q = await question(geo);
    const res = await get(q.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      workerFirstName: "Samira",
      month: "2027-02",
      organisation: expect.any(String),
      language: "nl",
      state: "open",
      answer: null,
      comment: null,
    });
    expect(res.body).not.toContain("Janssens");
    expect((await get(q.code.toLowerCase())).statusCode).toBe(200);
  });

  it("answers once without signing in: stored with the comment, audited, a second answer is 409 feedback_link.used", async () => {
    const q = await question(geo);
    const res = await answer(q.code, { answer: "could_be_better", comment: "  Kwam te laat.  " });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: "answered", answer: "could_be_better", comment: "Kwam te laat." });
    const again = await answer(q.code, { answer: "good" });
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    expect(again.json().code).toBe("feedback_link.used");
    const [row] = await t.owner.sql`SELECT answer, comment, answered_at FROM client_feedback_requests WHERE id = ${q.id}`;
    expect(row).toMatchObject({ answer: "could_be_better", comment: "Kwam te laat." });
    const audits = await t.owner
      .sql`SELECT actor_type, actor_id FROM audit_log WHERE entity = 'client_feedback_request' AND entity_id = ${q.id} AND action = 'answer'`;
    expect(audits).toEqual([{ actor_type: "client", actor_id: q.client }]);
    expect((await get(q.code)).json()).toMatchObject({ state: "answered", answer: "could_be_better" });
  });

  it("bad requests get problem+json with a stable code: unknown answer 422, unknown or malformed code 404, expired 410", async () => {
    const q = await question(geo);
    const bad = await answer(q.code, { answer: "excellent" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("validation.failed");
    expect((await answer(q.code, { answer: "good", extra: 1 })).statusCode).toBe(422);
    expect((await get("ZZZZZZZZ")).json().code).toBe("feedback_link.unknown");
    expect((await get("not-a-code")).statusCode).toBe(404);
    const old = await question(geo, { expiresAt: "2020-01-01T00:00:00Z" });
    expect((await get(old.code)).json().state).toBe("expired");
    const late = await answer(old.code, { answer: "good" });
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe("feedback_link.expired");
  });

  it("guessing codes from one address is slowed down: 429 feedback_link.rate_limited with Retry-After", async () => {
    const ip = nextIp();
    let last = await get("ZZZZZZZ2", ip);
    for (let i = 0; i < 30 && last.statusCode !== 429; i++) last = await get(`ZZZZZZ${"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[i]}2`, ip);
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe("feedback_link.rate_limited");
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
  });
});

describe("the consultant reads a worker's client feedback (issue 19); the worker does not", () => {
  it("lists month, client, minutes, channel, answer and comment, newest month first", async () => {
    const q = await question(geo, { month: "2027-01" });
    const client2 = await addClient(t, geo);
    const hash = createHash("sha256").update("FEEDZZZZ", "utf8").digest();
    await t.owner.sql`INSERT INTO client_feedback_requests (tenant_id, id, worker_id, client_id, month, minutes, channel, code_hash, expires_at)
      VALUES (${geo.tenantId}, ${randomUUID()}, ${q.worker}, ${client2}, '2027-03', 120, 'email', ${hash}, '2099-01-01T00:00:00Z')`;
    await answer(q.code, { answer: "good", comment: "Heel vriendelijk" });
    const res = await list(geo.tenantId, q.worker);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { month: string }) => i.month)).toEqual(["2027-03", "2027-01"]);
    expect(items[0]).toMatchObject({ channel: "email", minutes: 120, answer: null, answeredAt: null });
    expect(items[1]).toMatchObject({ client: { id: q.client }, channel: "sms", minutes: 360, answer: "good", comment: "Heel vriendelijk" });
    expect(items[1].answeredAt).toMatch(/\+0[12]:00$/);
    expect((await list(geo.tenantId, q.worker, "admin")).statusCode).toBe(200);
  });

  it("the worker, finance and another tenant cannot read it", async () => {
    const q = await question(geo);
    const own = await list(geo.tenantId, q.worker, "worker", q.worker);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe("auth.forbidden");
    expect((await list(geo.tenantId, q.worker, "finance")).statusCode).toBe(403);
    const other = await list(geoB.tenantId, q.worker);
    expect(other.statusCode).toBe(404);
    expect((await list(geo.tenantId, "not-a-uuid")).statusCode).toBe(422);
  });
});

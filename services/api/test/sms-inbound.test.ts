import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, orderJob, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TestApp } from "./helpers.ts";

// Issue 17, "answer by replying": POST /v1/sms/inbound from the gateway, and the consultant's list.
const TOKEN = "inbound-secret-0123456789";
let t: TestApp;
let geo: Geo;
let geoB: Geo;
let phoneSeq = 100;
const nextPhone = () => `+3247${String(9000000 + phoneSeq++)}`;

async function workerWithPhone(g: Geo, phone: string, language = "nl") {
  const id = await addWorker(t, g);
  await t.owner.sql`UPDATE workers SET phone = ${phone}, language = ${language} WHERE id = ${id}`;
  return id;
}

async function propose(g: Geo, worker: string, day = "2027-03-16") {
  const client = await addClient(t, g);
  const job = await orderJob(t, g, client, { window: { from: `${day}T09:00:00+01:00`, to: `${day}T12:00:00+01:00` } });
  const res = await t.app.inject({
    method: "POST",
    url: `/v1/jobs/${job}/assignments`,
    headers: bearer(tokenFor(t, g.tenantId, "consultant")),
    payload: { workerId: worker, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T11:00:00+01:00` },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

const inbound = (from: string, text: string, messageId = randomUUID(), token: string | null = TOKEN) =>
  t.app.inject({
    method: "POST",
    url: "/v1/sms/inbound",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { from, text, messageId, receivedAt: new Date().toISOString() },
  });

const status = async (id: string) => (await t.owner.sql`SELECT status FROM assignments WHERE id = ${id}`)[0]?.status;
const replies = (inboundId?: string) =>
  t.owner.sql<{ payload: { reply: string; otherOpen: number; assignmentId: string | null } }[]>`
    SELECT payload FROM outbox WHERE topic = 'events/sms.reply' ${inboundId ? t.owner.sql`AND payload->>'inboundId' = ${inboundId}` : t.owner.sql``} ORDER BY created_at`;

beforeAll(async () => {
  t = await startTestApp({ SMS_INBOUND_TOKEN: TOKEN });
  geo = await createGeo(t, (await createTenant(t, "gent")).tenantId);
  geoB = await createGeo(t, (await createTenant(t, "aalst")).tenantId);
});
afterAll(async () => t?.close());

describe("POST /v1/sms/inbound (issue 17)", () => {
  it("a missing or wrong token is 401 auth.unauthenticated problem+json; nothing is stored", async () => {
    const phone = nextPhone();
    await workerWithPhone(geo, phone);
    for (const token of [null, "wrong-token-0123456789", `${TOKEN}x`]) {
      const res = await inbound(phone, "JA", randomUUID(), token);
      expect(res.statusCode).toBe(401);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe("auth.unauthenticated");
    }
    expect((await t.owner.sql`SELECT count(*)::int AS n FROM sms_inbound WHERE from_phone = ${phone}`)[0]?.n).toBe(0);
  });

  it.each([
    ["JA", "nl", "accepted"],
    ["Oui !", "fr", "accepted"],
    ["yes", "en", "accepted"],
    [" nee ", "nl", "declined"],
    ["NON.", "fr", "declined"],
    ["No", "en", "declined"],
  ])("%j (%s) answers the open proposal: %s, one reply SMS naming it; stored for the consultant", async (text, language, outcome) => {
    const phone = nextPhone();
    const worker = await workerWithPhone(geo, phone, language);
    const a = await propose(geo, worker);
    const res = await inbound(phone, text);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ duplicate: false, interpretation: outcome === "accepted" ? "accept" : "decline", outcome, reply: outcome });
    expect(await status(a)).toBe(outcome);
    const list = await t.app.inject({ url: `/v1/workers/${worker}/sms-replies`, headers: bearer(tokenFor(t, geo.tenantId, "consultant")) });
    expect(list.json().items).toMatchObject([{ text, outcome, reply: outcome, assignmentId: a, from: phone }]);
    const [sent] = await replies(list.json().items[0].id);
    expect(sent?.payload).toMatchObject({ reply: outcome, assignmentId: a, otherOpen: 0 });
  });

  it("several open proposals: the most recently proposed one is answered and the reply says others were open", async () => {
    const phone = nextPhone();
    const worker = await workerWithPhone(geo, phone);
    const older = await propose(geo, worker, "2027-03-16");
    const newer = await propose(geo, worker, "2027-03-17");
    const res = await inbound(phone, "ja");
    expect(res.json().outcome).toBe("accepted");
    expect(await status(newer)).toBe("accepted");
    expect(await status(older)).toBe("proposed");
    const items = (await t.app.inject({ url: `/v1/workers/${worker}/sms-replies`, headers: bearer(tokenFor(t, geo.tenantId, "consultant")) })).json().items;
    expect((await replies(items[0].id))[0]?.payload).toMatchObject({ assignmentId: newer, otherOpen: 1 });
  });

  it("idempotent by messageId: the same message again does nothing and says duplicate", async () => {
    const phone = nextPhone();
    const worker = await workerWithPhone(geo, phone);
    await propose(geo, worker);
    const id = randomUUID();
    const first = await inbound(phone, "NEE", id);
    const again = await inbound(phone, "NEE", id);
    const parallel = await Promise.all([inbound(phone, "NEE", id), inbound(phone, "NEE", id)]);
    expect(first.json()).toMatchObject({ duplicate: false, outcome: "declined" });
    for (const r of [again, ...parallel]) expect(r.json()).toMatchObject({ duplicate: true, outcome: "declined", reply: "declined" });
    expect((await t.owner.sql`SELECT count(*)::int AS n FROM sms_inbound WHERE message_id = ${id}`)[0]?.n).toBe(1);
  });

  it("unclear text or no open proposal: ONE help SMS per number per hour, every message still stored", async () => {
    const phone = nextPhone();
    const worker = await workerWithPhone(geo, phone);
    const r1 = await inbound(phone, "Hallo, wanneer moet ik komen?");
    const r2 = await inbound(phone, "JA");
    const r3 = await inbound(phone, "???");
    expect(r1.json()).toMatchObject({ interpretation: "unclear", outcome: "unclear", reply: "help" });
    expect(r2.json()).toMatchObject({ interpretation: "accept", outcome: "no_open_proposal", reply: null });
    expect(r3.json()).toMatchObject({ outcome: "unclear", reply: null });
    const rows = await t.owner.sql`SELECT reply FROM sms_inbound WHERE worker_id = ${worker}`;
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.reply === "help")).toHaveLength(1);
  });

  it("STOP opts the number out of SMS in every organisation (workers and clients), no reply", async () => {
    const phone = nextPhone();
    const w1 = await workerWithPhone(geo, phone);
    const w2 = await workerWithPhone(geoB, phone);
    const client = await addClient(t, geo);
    await t.owner.sql`UPDATE clients SET phone = ${phone} WHERE id = ${client}`;
    const res = await inbound(phone, "Stop.");
    expect(res.json()).toMatchObject({ interpretation: "stop", outcome: "opted_out", reply: null });
    const out = await t.owner.sql`SELECT sms_opt_out FROM workers WHERE id IN (${w1}, ${w2})`;
    expect(out.map((r) => r.sms_opt_out)).toEqual([true, true]);
    expect((await t.owner.sql`SELECT sms_opt_out FROM clients WHERE id = ${client}`)[0]?.sms_opt_out).toBe(true);
  });

  it("a phone in two tenants: the tenant with the open proposal answers; without one, the newest worker record; an unknown number gets nothing", async () => {
    const phone = nextPhone();
    const inGent = await workerWithPhone(geo, phone);
    const inAalst = await workerWithPhone(geoB, phone);
    const a = await propose(geo, inGent);
    expect((await inbound(phone, "JA")).json().outcome).toBe("accepted");
    expect(await status(a)).toBe("accepted");
    expect((await t.owner.sql`SELECT tenant_id FROM sms_inbound WHERE worker_id = ${inGent}`)[0]?.tenant_id).toBe(geo.tenantId);
    // No open proposal anywhere now: the newest record (Aalst) gets the help SMS.
    expect((await inbound(phone, "wat?")).json().reply).toBe("help");
    expect((await t.owner.sql`SELECT count(*)::int AS n FROM sms_inbound WHERE worker_id = ${inAalst}`)[0]?.n).toBe(1);
    const unknown = await inbound(nextPhone(), "JA");
    expect(unknown.json()).toEqual({ duplicate: false, interpretation: "accept", outcome: "unknown_sender", reply: null });
    // The consultant of one tenant does not see the other's replies.
    const cross = await t.app.inject({ url: `/v1/workers/${inAalst}/sms-replies`, headers: bearer(tokenFor(t, geo.tenantId, "consultant")) });
    expect(cross.statusCode).toBe(404);
  });

  it("a bad sender number is 422 validation.failed", async () => {
    const res = await inbound("hello", "JA");
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("validation.failed");
  });
});

import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, inDays } from "./fixtures/coaching.ts";
import { addWorker, createGeo, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 19, "exit follow-up asked by SMS": the worker's one-tap answer /v/<code> (no sign-in) becomes
// a coaching follow-up with source 'sms', visible in the trajectory.
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let call: ReturnType<typeof caller>;
let ipSeq = 10;
const nextIp = () => `10.54.0.${ipSeq++}`;
let codeSeq = 0;
const nextCode = () => `VERVG${"ACDEFGHJKLMNPQRSTUVWXYZ23456789"[codeSeq++]}KQ`;

/** A worker with an exit recorded through coaching's API, and a follow-up question with a known code. */
async function asked(opts: { expiresAt?: string; language?: string } = {}) {
  const worker = await addWorker(t, geo, { firstName: "Youssef", agreement: { start: inDays(-400), end: inDays(-40) } });
  if (opts.language) await t.owner.sql`UPDATE workers SET language = ${opts.language} WHERE id = ${worker}`;
  const exit = await call(gent.token, "POST", `/v1/workers/${worker}/coaching/exits`, { reason: "agreement_ended", exitDate: inDays(-280) });
  expect(exit.statusCode, exit.body).toBe(201);
  const code = nextCode();
  const id = randomUUID();
  await t.owner.sql`INSERT INTO exit_follow_up_requests (tenant_id, id, exit_id, worker_id, code_hash, expires_at)
    VALUES (${gent.tenantId}, ${id}, ${exit.json().id}, ${worker}, ${createHash("sha256").update(code, "utf8").digest()}, ${opts.expiresAt ?? "2099-01-01T00:00:00Z"})`;
  return { id, worker, exitId: exit.json().id as string, code };
}

const get = (code: string, ip = nextIp()) => t.app.inject({ method: "GET", url: `/v1/follow-up-links/${code}`, remoteAddress: ip });
const answer = (code: string, payload: object, ip = nextIp()) =>
  t.app.inject({ method: "POST", url: `/v1/follow-up-links/${code}`, payload, remoteAddress: ip });

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  call = caller(t);
});
afterAll(async () => t?.close());

describe("the exit follow-up answered by the worker in one tap (issue 19)", () => {
  it("GET shows the first name, the organisation and the worker's language; open", async () => {
    const q = await asked({ language: "fr" });
    const res = await get(q.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ firstName: "Youssef", organisation: expect.any(String), language: "fr", state: "open", situation: null });
  });

  it("the answer is a coaching follow-up with source sms (no staff member), audited, in the trajectory; once only", async () => {
    const q = await asked();
    const res = await answer(q.code, { situation: "in_work" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: "answered", situation: "in_work" });
    const rows = await t.owner.sql`SELECT situation, source, recorded_by, exit_id FROM coaching_follow_ups WHERE worker_id = ${q.worker}`;
    expect(rows).toEqual([{ situation: "in_work", source: "sms", recorded_by: null, exit_id: q.exitId }]);
    const audits = await t.owner
      .sql`SELECT actor_type, actor_id FROM audit_log WHERE entity = 'coaching_follow_up' AND action = 'create' AND after->>'exitId' = ${q.exitId}`;
    expect(audits).toEqual([{ actor_type: "worker", actor_id: q.worker }]);
    const trajectory = await call(gent.token, "GET", `/v1/workers/${q.worker}/coaching`);
    expect(trajectory.statusCode, trajectory.body).toBe(200);
    expect(JSON.stringify(trajectory.json().exits)).toMatch(/"situation":"in_work".*"source":"sms"|"source":"sms".*"situation":"in_work"/);
    const again = await answer(q.code, { situation: "none" });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("follow_up_link.used");
    expect(await t.owner.sql`SELECT 1 FROM coaching_follow_ups WHERE worker_id = ${q.worker}`).toHaveLength(1);
  });

  it("bad requests: an answer outside werk/opleiding/geen werk 422, unknown code 404, expired 410", async () => {
    const q = await asked();
    const bad = await answer(q.code, { situation: "unknown" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("validation.failed");
    expect((await get("ZZZZZZZZ")).json().code).toBe("follow_up_link.unknown");
    const old = await asked({ expiresAt: "2020-01-01T00:00:00Z" });
    expect((await get(old.code)).json().state).toBe("expired");
    const late = await answer(old.code, { situation: "training" });
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe("follow_up_link.expired");
  });
});

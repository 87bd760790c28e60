import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, inDays, staffMember } from "./fixtures/coaching.ts";
import { addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 19: the trajectory is the worker's own consultant's and the admins'; every read is audited;
// tenants never see each other's (RLS). Plus the tenant's goal list, evaluation moments and the worklist.
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let els: { id: string; token: string };
let jan: { id: string; token: string };
let call: ReturnType<typeof caller>;
let worker: string;

const reads = async (workerId: string) =>
  t.owner.sql<{ actor_id: string; actor_type: string }[]>`
    SELECT actor_id, actor_type FROM audit_log WHERE entity = 'worker' AND entity_id = ${workerId} AND action = 'coaching.read' ORDER BY at`;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  els = await staffMember(t, gent, "Els Peeters");
  jan = await staffMember(t, gent, "Jan Claes");
  call = caller(t);
  worker = await addWorker(t, geo, { agreement: { start: inDays(-100), end: inDays(265) } });
  expect((await call(els.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id })).statusCode).toBe(200);
  await call(els.token, "POST", `/v1/workers/${worker}/coaching/conversations`, { heldOn: inDays(-1), notes: "Vertrouwelijk gesprek" });
});
afterAll(async () => t?.close());

describe("access to a worker's trajectory (issue 19)", () => {
  it("another consultant of the same organisation can neither read, write nor take the worker over", async () => {
    const read = await call(jan.token, "GET", `/v1/workers/${worker}/coaching`);
    expect([read.statusCode, read.json().code]).toEqual([403, "coaching.not_your_worker"]);
    expect(read.body).not.toContain("Vertrouwelijk");
    const write = await call(jan.token, "POST", `/v1/workers/${worker}/coaching/conversations`, { heldOn: inDays(0), notes: "x" });
    expect([write.statusCode, write.json().code]).toEqual([403, "coaching.not_your_worker"]);
    const takeOver = await call(jan.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: jan.id });
    expect([takeOver.statusCode, takeOver.json().code]).toEqual([409, "coaching.consultant_taken"]);
    const forOther = await call(jan.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id });
    expect([forOther.statusCode, forOther.json().code]).toEqual([403, "auth.forbidden"]);
    const finance = await call(tokenFor(t, gent.tenantId, "finance"), "GET", `/v1/workers/${worker}/coaching`);
    expect([finance.statusCode, finance.json().code]).toEqual([403, "auth.forbidden"]);
    const self = await call(tokenFor(t, gent.tenantId, "worker", worker), "GET", `/v1/workers/${worker}/coaching`);
    expect(self.statusCode).toBe(403);
  });

  it("a worker without consultant is seen by admins only, until a consultant takes them", async () => {
    const fresh = await addWorker(t, geo);
    expect((await call(jan.token, "GET", `/v1/workers/${fresh}/coaching`)).json().code).toBe("coaching.not_your_worker");
    expect((await call(gent.token, "GET", `/v1/workers/${fresh}/coaching`)).statusCode).toBe(200);
    expect((await call(jan.token, "PUT", `/v1/workers/${fresh}/consultant`, { consultantId: jan.id })).statusCode).toBe(200);
    expect((await call(jan.token, "GET", `/v1/workers/${fresh}/coaching`)).json()).toMatchObject({ consultant: { id: jan.id, name: "Jan Claes" } });
    // The admin hands the worker over to Els: Jan no longer reads it.
    expect((await call(gent.token, "PUT", `/v1/workers/${fresh}/consultant`, { consultantId: els.id })).statusCode).toBe(200);
    expect((await call(jan.token, "GET", `/v1/workers/${fresh}/coaching`)).statusCode).toBe(403);
    const notStaff = await call(gent.token, "PUT", `/v1/workers/${fresh}/consultant`, { consultantId: crypto.randomUUID() });
    expect([notStaff.statusCode, notStaff.json().code]).toEqual([422, "validation.failed"]);
  });

  it("another organisation does not find the worker, and its tables hold nothing of it (RLS)", async () => {
    const res = await call(aalst.token, "GET", `/v1/workers/${worker}/coaching`);
    expect([res.statusCode, res.json().code]).toEqual([404, "resource.not_found"]);
    expect((await call(aalst.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id })).statusCode).toBe(404);
    const seen = await t.database.withTenant(aalst.tenantId, (tx) => tx.execute(`SELECT count(*)::int AS n FROM coaching_conversations` as never));
    expect([...seen]).toEqual([{ n: 0 }]);
    const own = await t.database.withTenant(gent.tenantId, (tx) => tx.execute(`SELECT count(*)::int AS n FROM coaching_conversations` as never));
    expect([...own]).toEqual([{ n: 1 }]);
  });

  it("every read of the trajectory writes an audit row naming who read whose record; a refused read is no read", async () => {
    const before = (await reads(worker)).length;
    await call(els.token, "GET", `/v1/workers/${worker}/coaching`);
    await call(gent.token, "GET", `/v1/workers/${worker}/coaching`);
    await call(jan.token, "GET", `/v1/workers/${worker}/coaching`);
    const rows = (await reads(worker)).slice(before);
    const [admin] = await t.owner.sql<{ id: string }[]>`SELECT id FROM staff WHERE tenant_id = ${gent.tenantId} AND role = 'admin'`;
    expect(rows).toEqual([
      { actor_id: els.id, actor_type: "consultant" },
      { actor_id: admin!.id, actor_type: "admin" },
    ]);
  });

  it("the audit rows of changes name what changed, never the notes themselves", async () => {
    const rows = await t.owner.sql<{ text: string }[]>`
      SELECT coalesce(after::text, '') || coalesce(before::text, '') AS text FROM audit_log WHERE entity LIKE 'coaching%' OR action LIKE 'coaching%'`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.text.includes("Vertrouwelijk"))).toEqual([]);
  });
});

describe("the organisation's goal list and evaluation moments (issue 19)", () => {
  it("admins edit the goal list; a removed goal is kept by workers who have it but cannot be given again", async () => {
    const add = await call(gent.token, "POST", "/v1/coaching/goal-types", { name: "Samenwerken in een team", kind: "attitude" });
    expect(add.statusCode, add.body).toBe(201);
    expect((await call(gent.token, "POST", "/v1/coaching/goal-types", { name: "samenwerken in een TEAM", kind: "skill" })).json().code).toBe(
      "coaching.goal_type_name_taken",
    );
    expect((await call(els.token, "POST", "/v1/coaching/goal-types", { name: "Iets", kind: "skill" })).statusCode).toBe(403);
    const off = await call(gent.token, "PATCH", `/v1/coaching/goal-types/${add.json().id}`, { active: false });
    expect(off.json()).toMatchObject({ name: "Samenwerken in een team", active: false });
    const given = await call(els.token, "POST", `/v1/workers/${worker}/coaching/goals`, { goalTypeId: add.json().id });
    expect([given.statusCode, given.json().code]).toEqual([409, "coaching.goal_type_inactive"]);
    const list = (await call(els.token, "GET", "/v1/coaching/goal-types")).json().items as { name: string; active: boolean }[];
    expect(list.at(-1)).toMatchObject({ name: "Samenwerken in een team", active: false });
  });

  it("admins set the moments; the trajectory and the checks follow them", async () => {
    expect((await call(els.token, "GET", "/v1/coaching/settings")).json()).toEqual({ evaluationMonths: [3, 6, 9], evaluationBeforeEndDays: 30 });
    const twice = await call(gent.token, "PUT", "/v1/coaching/settings", { evaluationMonths: [2, 2], evaluationBeforeEndDays: 30 });
    expect([twice.statusCode, twice.json().code]).toEqual([422, "coaching.settings_invalid"]);
    expect((await call(els.token, "PUT", "/v1/coaching/settings", { evaluationMonths: [2], evaluationBeforeEndDays: 10 })).statusCode).toBe(403);
    expect((await call(gent.token, "PUT", "/v1/coaching/settings", { evaluationMonths: [4, 2], evaluationBeforeEndDays: 10 })).json()).toEqual({
      evaluationMonths: [4, 2],
      evaluationBeforeEndDays: 10,
    });
    const moments = (await call(els.token, "GET", `/v1/workers/${worker}/coaching`)).json().agreements[0].moments as { key: string; dueOn: string }[];
    expect(moments.map((m) => m.key)).toEqual(["months_2", "months_4", "before_end"]);
    expect(moments.at(-1)!.dueOn).toBe(inDays(255));
    const old = await call(els.token, "POST", `/v1/workers/${worker}/coaching/evaluations`, { moment: "months_3", heldOn: inDays(0), outcomes: [] });
    expect(old.json().code).toBe("coaching.moment_unknown");
    await call(gent.token, "PUT", "/v1/coaching/settings", { evaluationMonths: [3, 6, 9], evaluationBeforeEndDays: 30 });
  });
});

describe("the worklist shows the coaching due (issue 19)", () => {
  it("evaluations due and follow-ups due, to the worker's own consultant and admins, gone once recorded", async () => {
    const left = await addWorker(t, geo, { agreement: { start: inDays(-340), end: inDays(20) } });
    await call(gent.token, "PUT", `/v1/workers/${left}/consultant`, { consultantId: els.id });
    const exit = (await call(els.token, "POST", `/v1/workers/${left}/coaching/exits`, { reason: "training", exitDate: inDays(-300) })).json();
    const list = async (token: string) => (await call(token, "GET", "/v1/worklist")).json();
    const mine = await list(els.token);
    const due = mine.evaluationsDue.items as { workerId: string; moment: string; dueOn: string }[];
    expect(due.filter((e) => e.workerId === worker).map((e) => e.moment)).toEqual(["months_3"]);
    expect(due[0]!.dueOn < inDays(0)).toBe(true);
    expect(mine.evaluationsDue.items.map((e: { workerId: string }) => e.workerId)).not.toContain(left);
    expect(mine.followUpsDue.items).toEqual([expect.objectContaining({ exitId: exit.id, workerId: left, reason: "training", exitDate: inDays(-300) })]);
    expect((await list(gent.token)).followUpsDue.total).toBe(1);
    const other = await list(jan.token);
    expect([other.evaluationsDue.total, other.followUpsDue.total]).toEqual([0, 0]);
    await call(els.token, "POST", `/v1/workers/${worker}/coaching/evaluations`, { moment: "months_3", heldOn: inDays(0), outcomes: [] });
    await call(els.token, "POST", `/v1/workers/${left}/coaching/exits/${exit.id}/follow-ups`, { situation: "unknown" });
    const after = await list(els.token);
    expect([after.evaluationsDue.total, after.followUpsDue.total]).toEqual([0, 0]);
    expect((await list(aalst.token)).followUpsDue.total).toBe(0);
  });
});

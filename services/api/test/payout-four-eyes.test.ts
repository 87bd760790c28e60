import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEntries, payoutWorld, type PayoutWorld } from "./fixtures/payouts.ts";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 18, four eyes on money: above the tenant's amount a payout run is prepared by one staff
 * member and approved by another; the approver first reads what they approve.
 */
let t: TestApp;
let gent: TenantLogin;
let preparer: string;
let second: string;
let admin: string;
let world: PayoutWorld;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  preparer = await financeOfficer("Fatima Peeters");
  second = await financeOfficer("Bart De Smet");
  admin = gent.token;
  world = await payoutWorld(t.owner, gent.tenantId, 4);
  const [a, b, c, d] = world.workers;
  // Three months of work: 2024-01 small, 2024-02 larger (the difference with last month), 2024-03 above the four-eyes amount.
  await addEntries(t.owner, world, [
    { workerId: a!.id, date: "2024-01-10", minutes: 120 },
    { workerId: a!.id, date: "2024-02-10", minutes: 600, travelTenthsKm: 100 },
    { workerId: b!.id, date: "2024-02-12", minutes: 240 },
    ...[c!, d!].flatMap((w) => Array.from({ length: 12 }, (_, i) => ({ workerId: w.id, date: `2024-03-${String(i + 4).padStart(2, "0")}`, minutes: 240 }))),
  ]);
});
afterAll(async () => t?.close());

async function financeOfficer(name: string): Promise<string> {
  const email = `${name.split(" ")[0]!.toLowerCase()}@gent.be`;
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(gent.token),
    payload: { email, name, role: "finance", password: "correct horse battery" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return login(t, gent.slug, email, "correct horse battery");
}
const post = (token: string, url: string, payload?: object) => t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });
const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });
const setFourEyes = async (cents: number) => {
  const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(admin), payload: { fourEyesAboveCents: cents } });
  expect(res.statusCode, res.body).toBe(200);
};

describe("four eyes on payout runs (issue 18)", () => {
  it("below the tenant's amount the preparer approves alone; the default amount is 1.000 euro", async () => {
    expect((await get(admin, "/v1/settings")).json().fourEyesAboveCents).toBe(100_000);
    const run = await post(preparer, "/v1/payout-runs", { month: "2024-01" });
    expect(run.statusCode, run.body).toBe(201);
    const approved = await post(preparer, `/v1/payout-runs/${run.json().id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
  });

  it("the approval page: totals, transfers, who prepared it, the largest amounts and the difference with last month", async () => {
    const run = (await post(preparer, "/v1/payout-runs", { month: "2024-02" })).json();
    const summary = await get(second, `/v1/payout-runs/${run.id}/approval`);
    expect(summary.statusCode, summary.body).toBe(200);
    const s = summary.json();
    // 10 h + 4 h = 14 cheques × 4,10 plus 10 km of travel.
    expect(s).toMatchObject({ month: "2024-02", status: "draft", transferCount: 2, preparedBy: { name: "Fatima Peeters" }, previous: { month: "2024-01" } });
    expect(s.totalCents).toBe(run.totalCents);
    expect(s.transferCents).toBe(run.totalCents);
    expect(s.differenceCents).toBe(run.totalCents - 2 * 410);
    expect(s.largest.map((l: { name: string }) => l.name)).toEqual([
      `${world.workers[0]!.firstName} ${world.workers[0]!.lastName}`,
      `${world.workers[1]!.firstName} ${world.workers[1]!.lastName}`,
    ]);
    expect(s.invalidIbans).toEqual([]);
    expect(s.aboveLegalMaximum).toEqual([]);
    expect(s.fourEyes).toEqual({ aboveCents: 100_000, required: false, youMayApprove: true });
    expect((await post(second, `/v1/payout-runs/${run.id}/approve`)).statusCode).toBe(200);
  });

  it("above the amount the one who prepared it gets 409 payout.same_person; another finance officer approves, and the audit row names both", async () => {
    await setFourEyes(10_000);
    const run = (await post(preparer, "/v1/payout-runs", { month: "2024-03" })).json();
    expect(run.totalCents).toBeGreaterThan(10_000);
    const mine = await get(preparer, `/v1/payout-runs/${run.id}/approval`);
    expect(mine.json().fourEyes).toEqual({ aboveCents: 10_000, required: true, youMayApprove: false });
    const refused = await post(preparer, `/v1/payout-runs/${run.id}/approve`);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({ code: "payout.same_person" });
    expect(refused.json().detail).toContain("100,00");
    expect((await get(preparer, `/v1/payout-runs/${run.id}`)).json().status).toBe("draft");
    expect((await get(second, `/v1/payout-runs/${run.id}/approval`)).json().fourEyes.youMayApprove).toBe(true);
    const ok = await post(second, `/v1/payout-runs/${run.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    const [audit] = await t.owner.sql<{ after: Record<string, unknown> }[]>`
      SELECT after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'payout_run' AND entity_id = ${run.id} AND action = 'approve'`;
    expect(audit?.after).toMatchObject({ preparedBy: "Fatima Peeters", approvedByName: "Bart De Smet", status: "approved" });
    expect(audit?.after.approvedBy).not.toBe(mine.json().preparedBy.id);
  });

  it("whoever recomputes a draft becomes its preparer: the first may then approve, the second not", async () => {
    const [a] = world.workers;
    await addEntries(
      t.owner,
      world,
      Array.from({ length: 12 }, (_, i) => ({ workerId: a!.id, date: `2024-04-${String(i + 1).padStart(2, "0")}`, minutes: 240 })),
    );
    const run = (await post(preparer, "/v1/payout-runs", { month: "2024-04" })).json();
    await post(second, "/v1/payout-runs", { month: "2024-04" });
    expect((await post(second, `/v1/payout-runs/${run.id}/approve`)).json().code).toBe("payout.same_person");
    expect((await post(preparer, `/v1/payout-runs/${run.id}/approve`)).statusCode).toBe(200);
  });

  it("a line paying more than 60 hours × 4,10 for one month is shown as above the legal maximum", async () => {
    const [, b] = world.workers;
    await addEntries(
      t.owner,
      world,
      Array.from({ length: 16 }, (_, i) => ({ workerId: b!.id, date: `2024-05-${String(i + 1).padStart(2, "0")}`, minutes: 240 })),
    );
    const run = (await post(preparer, "/v1/payout-runs", { month: "2024-05" })).json();
    const s = (await get(second, `/v1/payout-runs/${run.id}/approval`)).json();
    expect(s.aboveLegalMaximum).toEqual([
      { workerId: b!.id, name: `${b!.firstName} ${b!.lastName}`, workMonth: "2024-05", payCents: 64 * 410, maxPayCents: 60 * 410 },
    ]);
  });

  it("a draft can be deleted (204, gone, audited); an approved run cannot (409 payout.not_draft)", async () => {
    const draft = (await get(preparer, "/v1/payout-runs?month=2024-05")).json().items[0];
    const del = await t.app.inject({ method: "DELETE", url: `/v1/payout-runs/${draft.id}`, headers: bearer(second) });
    expect(del.statusCode, del.body).toBe(204);
    expect((await get(preparer, `/v1/payout-runs/${draft.id}`)).statusCode).toBe(404);
    const [audit] = await t.owner.sql`SELECT 1 FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity_id = ${draft.id} AND action = 'delete'`;
    expect(audit).toBeDefined();
    const approved = (await get(preparer, "/v1/payout-runs?month=2024-03")).json().items[0];
    const refused = await t.app.inject({ method: "DELETE", url: `/v1/payout-runs/${approved.id}`, headers: bearer(second) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("payout.not_draft");
    // The month can be prepared again after its draft was deleted, and it pays the same: deleting
    // gave the draft's work back to the queue it was taken from.
    const again = await post(preparer, "/v1/payout-runs", { month: "2024-05" });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ totalCents: draft.totalCents, lineCount: draft.lineCount });
    expect(draft.totalCents).toBeGreaterThan(0);
  });

  it("the four-eyes amount cannot be negative", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(admin), payload: { fourEyesAboveCents: -1 } });
    expect(res.statusCode).toBe(422);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payoutDateOf } from "@wijkwerk/domain";
import { addEntries, payoutWorld, type PayoutWorld } from "./fixtures/payouts.ts";
import { tokenFor } from "./fixtures/work.ts";
import { bearer, createTenant, type TenantLogin, type TestApp, startTestApp } from "./helpers.ts";

/**
 * Issue 18, workers see their money: GET /v1/workers/{id}/payouts gives a worker their own lines of
 * approved runs (month of work, hours, cheques, travel, amount, date paid) and the payment calendar.
 */
let t: TestApp;
let gent: TenantLogin;
let brugge: TenantLogin;
let world: PayoutWorld;
let other: PayoutWorld;

const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });
const post = (token: string, url: string, payload?: object) => t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent-pay");
  brugge = await createTenant(t, "brugge-pay");
  world = await payoutWorld(t.owner, gent.tenantId, 3);
  other = await payoutWorld(t.owner, brugge.tenantId, 1);
  const [a, b, c] = world.workers;
  await addEntries(t.owner, world, [
    { workerId: a!.id, date: "2024-01-10", minutes: 180, travelTenthsKm: 240 },
    { workerId: a!.id, date: "2024-01-17", minutes: 120 },
    { workerId: b!.id, date: "2024-01-12", minutes: 60 },
    // February: a's draft run, not yet approved, so not shown.
    { workerId: a!.id, date: "2024-02-05", minutes: 60 },
    // c never worked: no lines.
  ]);
  void c;
  await addEntries(t.owner, other, [{ workerId: other.workers[0]!.id, date: "2024-01-10", minutes: 240 }]);
  const jan = await post(gent.token, "/v1/payout-runs", { month: "2024-01" });
  expect(jan.statusCode, jan.body).toBe(201);
  expect((await post(gent.token, `/v1/payout-runs/${jan.json().id}/approve`)).statusCode).toBe(200);
  expect((await post(gent.token, "/v1/payout-runs", { month: "2024-02" })).statusCode).toBe(201);
  const bJan = await post(brugge.token, "/v1/payout-runs", { month: "2024-01" });
  expect((await post(brugge.token, `/v1/payout-runs/${bJan.json().id}/approve`)).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe("a worker's own payouts (issue 18)", () => {
  it("a worker sees only their own lines of approved runs, with hours, cheques, travel, amount and the date paid", async () => {
    const a = world.workers[0]!;
    const res = await get(tokenFor(t, gent.tenantId, "worker", a.id), `/v1/workers/${a.id}/payouts`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.workerId).toBe(a.id);
    // Only January: February is still a draft.
    expect(body.items).toHaveLength(1);
    const line = body.items[0];
    const [row] = await t.owner.sql<{ total_cents: number; travel_cents: number; approved_at: Date }[]>`
      SELECT l.total_cents, l.travel_cents, r.approved_at FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id AND r.tenant_id = l.tenant_id
      WHERE l.tenant_id = ${gent.tenantId} AND l.worker_id = ${a.id} AND r.month = '2024-01'`;
    expect(line).toMatchObject({ runMonth: "2024-01", workMonth: "2024-01", kind: "regular", minutes: 300, vouchers: 5, payCents: 5 * 410 });
    expect(line.travelCents).toBe(row!.travel_cents);
    expect(line.travelCents).toBeGreaterThan(0);
    expect(line.totalCents).toBe(5 * 410 + row!.travel_cents);
    expect(line.paidOn).toBe(new Date(row!.approved_at).toLocaleDateString("sv-SE", { timeZone: "Europe/Brussels" }));
    // No other worker's amount is anywhere in the answer.
    expect(res.body).not.toContain(world.workers[1]!.id);
  });

  it("the payment calendar follows the tenant's payout day (default the 15th, then as set)", async () => {
    const a = world.workers[0]!;
    const token = tokenFor(t, gent.tenantId, "worker", a.id);
    const before = (await get(token, `/v1/workers/${a.id}/payouts`)).json();
    expect(before.payoutDayOfMonth).toBe(15);
    expect(before.calendar).toHaveLength(4);
    for (const c of before.calendar) expect(c.paidOn).toBe(payoutDateOf(c.month, 15));
    const patch = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { payoutDayOfMonth: 5 } });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = (await get(token, `/v1/workers/${a.id}/payouts`)).json();
    expect(after.payoutDayOfMonth).toBe(5);
    for (const c of after.calendar) expect(c.paidOn).toBe(payoutDateOf(c.month, 5));
    const bad = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { payoutDayOfMonth: 31 } });
    expect(bad.statusCode).toBe(422);
  });

  it("another worker's id is 404 for a worker, also one that exists", async () => {
    const [a, b] = world.workers;
    const res = await get(tokenFor(t, gent.tenantId, "worker", a!.id), `/v1/workers/${b!.id}/payouts`);
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body).not.toContain(String(410));
  });

  it("staff (admin, consultant, finance) read any worker of their tenant; a worker without lines gets an empty list", async () => {
    const [a, b, c] = world.workers;
    for (const role of ["consultant", "finance", "admin"] as const) {
      const res = await get(tokenFor(t, gent.tenantId, role), `/v1/workers/${b!.id}/payouts`);
      expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
      expect(res.json().items.map((l: { minutes: number; totalCents: number }) => [l.minutes, l.totalCents])).toEqual([[60, 410]]);
    }
    expect((await get(gent.token, `/v1/workers/${a!.id}/payouts`)).json().items).toHaveLength(1);
    expect((await get(gent.token, `/v1/workers/${c!.id}/payouts`)).json().items).toEqual([]);
  });

  it("tenants are isolated: another organisation's worker is 404, for staff and for a worker token of the other tenant", async () => {
    const foreign = other.workers[0]!;
    expect((await get(gent.token, `/v1/workers/${foreign.id}/payouts`)).statusCode).toBe(404);
    // A token of Brugge naming Gent's worker as its subject still reads only Brugge's rows.
    const a = world.workers[0]!;
    expect((await get(tokenFor(t, brugge.tenantId, "worker", a.id), `/v1/workers/${a.id}/payouts`)).statusCode).toBe(404);
    const own = await get(tokenFor(t, brugge.tenantId, "worker", foreign.id), `/v1/workers/${foreign.id}/payouts`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((l: { minutes: number }) => l.minutes)).toEqual([240]);
  });

  it("a client cannot read payouts (403); without a token 401", async () => {
    const a = world.workers[0]!;
    expect((await get(tokenFor(t, gent.tenantId, "client", world.clientId), `/v1/workers/${a.id}/payouts`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: `/v1/workers/${a.id}/payouts` })).statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo } from "@wijkwerk/db";
import { bearer, createTenant, login, startTestApp, type TestApp } from "./helpers.ts";

// The consultant's dashboard figures, checked against the seeded Gent demo and against the
// per-worker capacity endpoint (the two must agree on what "near the cap" means).
let t: TestApp;
let token: string;
let gentId: string;
beforeAll(async () => {
  t = await startTestApp();
  gentId = (await seedDemo(t.tdb.ownerUrl)).tenantId;
  const c = DEMO_LOGINS.find((l) => l.role === "consultant")!;
  token = await login(t, "gent", c.email, c.password);
}, 120_000);
afterAll(async () => t?.close());

describe("GET /v1/reports/dashboard", () => {
  it("gives hours per month, open jobs per neighbourhood and the workers nearest the cap", async () => {
    const res = await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.hoursPerMonth.length).toBeGreaterThan(3);
    expect(body.hoursPerMonth.length).toBeLessThanOrEqual(12);
    const [open] = await t.owner.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM jobs WHERE tenant_id = ${gentId} AND status = 'open' AND window_to > now()`;
    expect(body.openJobsPerNeighbourhood.reduce((s: number, r: { openJobs: number }) => s + r.openJobs, 0)).toBe(open!.n);
    expect(body.nearCap.length).toBeGreaterThan(0);
    const totals = body.nearCap.map((w: { usedMinutes: number; plannedMinutes: number }) => w.usedMinutes + w.plannedMinutes);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    // The first worker's numbers are the capacity endpoint's numbers.
    const first = body.nearCap[0];
    const cap = (await t.app.inject({ url: `/v1/workers/${first.workerId}/capacity`, headers: bearer(token) })).json();
    expect({ used: first.usedMinutes, planned: first.plannedMinutes, cap: first.capMinutes }).toEqual({
      used: cap.month.usedMinutes,
      planned: cap.month.plannedMinutes,
      cap: cap.month.capMinutes,
    });
    // Nobody outside the top 10 has more minutes than the last one shown.
    const [top] = await t.owner.sql<
      { m: number }[]
    >`SELECT max(s)::int AS m FROM (SELECT sum(minutes) AS s FROM time_entries WHERE tenant_id = ${gentId} AND status <> 'cancelled' AND to_char(work_date, 'YYYY-MM') = ${body.month} GROUP BY worker_id) x`;
    expect(totals[0]).toBeGreaterThanOrEqual(top!.m ?? 0);
  });

  it("is for staff who plan work: finance gets 403, another tenant sees only its own (empty) figures", async () => {
    const other = await createTenant(t, "aalst");
    const res = await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(other.token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ hoursPerMonth: [], openJobsPerNeighbourhood: [], nearCap: [] });
    const f = DEMO_LOGINS.find((l) => l.role === "finance")!;
    const fin = await login(t, "gent", f.email, f.password);
    expect((await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(fin) })).statusCode).toBe(403);
  });
});

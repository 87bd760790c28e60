import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo } from "@wijkwerk/db";
import { addCalendarMonths, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, addWorkedTime, addWorker, createGeo, type Geo } from "./fixtures/work.ts";
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
    expect(res.json()).toMatchObject({ hoursPerMonth: [], openJobsPerNeighbourhood: [], nearCap: [], neighbourhoods: [] });
    expect(res.json().hoursPerMonthWithLastYear.map((h: { minutes: number; lastYearMinutes: number }) => h.minutes + h.lastYearMinutes)).toEqual(
      Array(12).fill(0),
    );
    const f = DEMO_LOGINS.find((l) => l.role === "finance")!;
    const fin = await login(t, "gent", f.email, f.password);
    expect((await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(fin) })).statusCode).toBe(403);
  });
});

describe("GET /v1/reports/dashboard, the figures for the charts (issue 16)", () => {
  const today = brusselsDateOf(new Date());
  const month = today.slice(0, 7);
  const monthsAgo = (n: number) => addCalendarMonths(`${month}-01`, -n);
  const dayOffset = (days: number) => brusselsDateOf(new Date(Date.now() + days * 86_400_000));
  let geo: Geo;
  let token: string;
  beforeAll(async () => {
    const tenant = await createTenant(t, "dash");
    token = tenant.token;
    geo = await createGeo(t, tenant.tenantId);
  });

  async function addJob(neighbourhoodId: string, status: "open" | "cancelled", endsInDays: number) {
    const clientId = await addClient(t, geo, { neighbourhoodId });
    const to = new Date(Date.now() + endsInDays * 86_400_000);
    const from = new Date(to.getTime() - 3_600_000);
    await t.owner.sql`
      INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id, cancel_reason)
      VALUES (${geo.tenantId}, ${randomUUID()}, ${clientId}, 'accompany.company', 'Boodschappen', 60, ${from.toISOString()}, ${to.toISOString()}, ${neighbourhoodId}, ${status}, 'consultant', 'fixture', ${status === "cancelled" ? "Niet meer nodig" : null})`;
  }

  it("hours: always the last 12 months, oldest first, each next to the same month a year earlier", async () => {
    const running = { start: monthsAgo(30), end: null };
    const workerId = await addWorker(t, geo, { agreement: running });
    const clientId = await addClient(t, geo);
    await addWorkedTime(t, geo, workerId, clientId, `${month}-01`, 120); // this month
    await addWorkedTime(t, geo, workerId, clientId, monthsAgo(12), 45); // this month, a year earlier
    await addWorkedTime(t, geo, workerId, clientId, monthsAgo(11), 30); // the oldest of the 12
    await addWorkedTime(t, geo, workerId, clientId, monthsAgo(23), 15); // the oldest's year-earlier month
    await addWorkedTime(t, geo, workerId, clientId, monthsAgo(24), 600); // outside both years
    const body = (await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(token) })).json();
    const hours = body.hoursPerMonthWithLastYear as { month: string; minutes: number; lastYearMonth: string; lastYearMinutes: number }[];
    expect(hours.map((h) => h.month)).toEqual(Array.from({ length: 12 }, (_, i) => monthsAgo(11 - i).slice(0, 7)));
    expect(hours.map((h) => h.lastYearMonth)).toEqual(Array.from({ length: 12 }, (_, i) => monthsAgo(23 - i).slice(0, 7)));
    expect(hours[11]).toMatchObject({ minutes: 120, lastYearMinutes: 45 });
    expect(hours[0]).toMatchObject({ minutes: 30, lastYearMinutes: 15 });
    expect(hours.slice(1, 11).every((h) => h.minutes === 0 && h.lastYearMinutes === 0)).toBe(true);
    // The original field keeps its meaning: only months of the last 12 with hours.
    expect(body.hoursPerMonth).toEqual([
      { month: monthsAgo(11).slice(0, 7), minutes: 30 },
      { month, minutes: 120 },
    ]);
  });

  it("neighbourhoods: every wijk with its centroid, open klussen and the available workers within reach", async () => {
    await t.owner.sql`DELETE FROM worker_agreements WHERE tenant_id = ${geo.tenantId}`; // the hours test's worker is no longer available
    const running = { start: monthsAgo(2), end: addCalendarMonths(today, 6) };
    // Available: Centrum travels nowhere (Centrum, and Brugse Poort next door); Ledeberg travels 3 km
    // (Ledeberg, and Centrum 2.7 km away; Brugse Poort is 3.8 km); Antwerpen reaches only Antwerpen.
    await addWorker(t, geo, { neighbourhoodId: geo.centrum, maxTravelKm: 0, agreement: running });
    await addWorker(t, geo, { neighbourhoodId: geo.ledeberg, maxTravelKm: 3, agreement: running });
    await addWorker(t, geo, { neighbourhoodId: geo.verweg, maxTravelKm: 5, agreement: running });
    // Not available: inactive, agreement ended yesterday, agreement from tomorrow, no agreement.
    await addWorker(t, geo, { neighbourhoodId: geo.centrum, status: "inactive", agreement: running });
    await addWorker(t, geo, { neighbourhoodId: geo.centrum, agreement: { start: monthsAgo(6), end: dayOffset(-1) } });
    await addWorker(t, geo, { neighbourhoodId: geo.centrum, agreement: { start: dayOffset(1), end: addCalendarMonths(today, 6) } });
    await addWorker(t, geo, { neighbourhoodId: geo.centrum, agreement: null });
    // Open klussen: two in Ledeberg, one in Centrum; a window that has ended and a cancelled klus do not count.
    await addJob(geo.ledeberg, "open", 3);
    await addJob(geo.ledeberg, "open", 10);
    await addJob(geo.centrum, "open", 1);
    await addJob(geo.ledeberg, "open", -1);
    await addJob(geo.brugse, "cancelled", 3);

    const body = (await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(token) })).json();
    expect(body.neighbourhoods).toEqual([
      { neighbourhoodId: geo.verweg, name: "Antwerpen-Zuid", centroid: { lat: 51.2, lon: 4.39 }, openJobs: 0, availableWorkers: 1 },
      { neighbourhoodId: geo.brugse, name: "Brugse Poort", centroid: { lat: 51.0575, lon: 3.7 }, openJobs: 0, availableWorkers: 1 },
      { neighbourhoodId: geo.centrum, name: "Centrum", centroid: { lat: 51.0543, lon: 3.7174 }, openJobs: 1, availableWorkers: 2 },
      { neighbourhoodId: geo.ledeberg, name: "Ledeberg", centroid: { lat: 51.035, lon: 3.74 }, openJobs: 2, availableWorkers: 1 },
    ]);
    // The original list agrees: wijken with open klussen, most first.
    expect(body.openJobsPerNeighbourhood).toEqual([
      { neighbourhoodId: geo.ledeberg, name: "Ledeberg", openJobs: 2 },
      { neighbourhoodId: geo.centrum, name: "Centrum", openJobs: 1 },
    ]);
  });
});

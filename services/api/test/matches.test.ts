import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let consultant: string;
let clientId: string;
let jobId: string;
let hedgeJobId: string;
const w: Record<string, string> = {};

interface Match {
  workerId: string;
  name: string;
  score: number;
  reasons: { code: string; weight: number; detail: string }[];
  capacity: { month: Record<string, number>; year: Record<string, number> };
}

async function createJob(activityCode: string): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(consultant),
    // Tuesday 16 March 2027, 09:00–12:00 Brussels, 2 hours of work.
    payload: {
      clientId,
      activityCode,
      description: "Klus",
      estimatedMinutes: 120,
      window: { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" },
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

async function matches(id = jobId, token = consultant): Promise<Match[]> {
  const res = await t.app.inject({ url: `/v1/jobs/${id}/matches?limit=50`, headers: bearer(token) });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  clientId = await addClient(t, geo);
  w.same = await addWorker(t, geo, { firstName: "Zelfde", neighbourhoodId: geo.centrum });
  w.adjacent = await addWorker(t, geo, { firstName: "Naast", neighbourhoodId: geo.brugse });
  w.loyal = await addWorker(t, geo, { firstName: "Trouw", neighbourhoodId: geo.brugse });
  await addWorkedTime(t, geo, w.loyal, clientId, "2026-10-06", 600);
  w.near = await addWorker(t, geo, { firstName: "Dichtbij", neighbourhoodId: geo.ledeberg, maxTravelKm: 5 });
  w.far = await addWorker(t, geo, { firstName: "Ver", neighbourhoodId: geo.verweg, maxTravelKm: 10 });
  w.noAgreement = await addWorker(t, geo, { firstName: "Zonder", agreement: null });
  w.ended = await addWorker(t, geo, { firstName: "Gedaan", agreement: { start: "2026-03-01", end: "2027-02-28" } });
  w.monthCap = await addWorker(t, geo, { firstName: "Maandvol" });
  await addWorkedTime(t, geo, w.monthCap, await addClient(t, geo), "2027-03-02", 3540);
  w.yearCap = await addWorker(t, geo, { firstName: "Jaarvol" });
  await addWorkedTime(t, geo, w.yearCap, await addClient(t, geo), "2027-01-05", 37740);
  w.inactive = await addWorker(t, geo, { firstName: "Inactief", status: "inactive" });
  w.mondays = await addWorker(t, geo, { firstName: "Maandag", availability: [{ weekday: 1, from: "08:00", to: "17:00" }] });
  w.shortTuesday = await addWorker(t, geo, { firstName: "Kort", availability: [{ weekday: 2, from: "11:00", to: "14:00" }] });
  w.skilled = await addWorker(t, geo, {
    firstName: "Tuinier",
    neighbourhoodId: geo.brugse,
    skills: [geo.tuinonderhoudSkillId],
    activityCodes: ["garden.hedges"],
  });
  jobId = await createJob("accompany.company");
  hedgeJobId = await createJob("garden.hedges");
});
afterAll(async () => t?.close());

describe("GET /v1/jobs/{id}/matches", () => {
  it("ranks same neighbourhood above adjacent, and a worker who already worked for the client high, with Dutch reasons", async () => {
    const items = await matches();
    const order = items.map((m) => m.workerId);
    expect(order.indexOf(w.loyal!)).toBeLessThan(order.indexOf(w.same!));
    expect(order.indexOf(w.same!)).toBeLessThan(order.indexOf(w.adjacent!));
    expect(order.indexOf(w.adjacent!)).toBeLessThan(order.indexOf(w.near!));
    const scores = items.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const same = items.find((m) => m.workerId === w.same)!;
    expect(same.name).toBe("Zelfde Janssens");
    expect(same.reasons).toContainEqual({ code: "same_neighbourhood", weight: 40, detail: "Woont in dezelfde wijk (Centrum)" });
    expect(same.reasons.reduce((s, r) => s + r.weight, 0)).toBe(same.score);
    const loyal = items.find((m) => m.workerId === w.loyal)!;
    expect(loyal.reasons.find((r) => r.code === "continuity")?.detail).toBe("Werkte al 10 uur voor deze klant, laatst op 06-10-2026");
    expect(loyal.reasons.find((r) => r.code === "adjacent_neighbourhood")?.detail).toBe("Woont in een wijk ernaast (Brugse Poort)");
    const near = items.find((m) => m.workerId === w.near)!;
    expect(near.reasons[0]?.code).toBe("within_travel");
    expect(same.capacity.month).toEqual({ usedMinutes: 0, plannedMinutes: 0, capMinutes: 3600, remainingMinutes: 3600 });
    expect(same.capacity.year.capMinutes).toBe(37800);
  });

  it("leaves out workers who are far, without an agreement on that day, at their month or year cap, inactive or not free then", async () => {
    const ids = (await matches()).map((m) => m.workerId);
    for (const excluded of ["far", "noAgreement", "ended", "monthCap", "yearCap", "inactive", "mondays", "shortTuesday"]) {
      expect(ids, excluded).not.toContain(w[excluded]);
    }
    expect(ids).toEqual(expect.arrayContaining([w.same, w.adjacent, w.loyal, w.near, w.skilled]));
  });

  it("a worker with 1 hour left this month drops out for a 2-hour job, then comes back when planned hours are cancelled", async () => {
    const almost = await addWorker(t, geo, { firstName: "Bijnavol" });
    await addWorkedTime(t, geo, almost, await addClient(t, geo), "2027-03-03", 3480);
    expect((await matches()).map((m) => m.workerId)).toContain(almost);
    await t.owner.sql`UPDATE time_entries SET minutes = 3481 WHERE worker_id = ${almost}`;
    expect((await matches()).map((m) => m.workerId)).not.toContain(almost);
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE worker_id = ${almost}`;
    expect((await matches()).map((m) => m.workerId)).toContain(almost);
  });

  it("a worker outside the adjacent wijken matches only within its own max travel distance (Ledeberg is ~2,7 km away)", async () => {
    const tooShort = await addWorker(t, geo, { firstName: "Thuisblijver", neighbourhoodId: geo.ledeberg, maxTravelKm: 2 });
    const justEnough = await addWorker(t, geo, { firstName: "Fietser", neighbourhoodId: geo.ledeberg, maxTravelKm: 3 });
    // Registered in Ledeberg but living right next to the job: the own address counts.
    const ownAddress = await addWorker(t, geo, { firstName: "Grensbewoner", neighbourhoodId: geo.ledeberg, maxTravelKm: 1, lat: 51.0545, lon: 3.718 });
    const items = await matches();
    const ids = items.map((m) => m.workerId);
    expect(ids).not.toContain(tooShort);
    expect(ids).toContain(justEnough);
    expect(ids).toContain(ownAddress);
    expect(items.find((m) => m.workerId === justEnough)!.reasons[0]?.detail).toMatch(/^Woont op 2,7 km, wil tot 3 km ver gaan$/);
  });

  it("only workers holding the activity's skill match a job that needs one", async () => {
    const items = await matches(hedgeJobId);
    expect(items.map((m) => m.workerId)).toEqual([w.skilled]);
    expect(items[0]!.reasons.map((r) => r.code)).toEqual(["adjacent_neighbourhood", "fairness", "activity_preference"]);
  });

  it("uses the tenant's match weights", async () => {
    await t.owner
      .sql`UPDATE tenants SET settings = ${JSON.stringify({ matchWeights: { sameNeighbourhood: 1, adjacentNeighbourhood: 100 } })}::jsonb WHERE id = ${gent.tenantId}`;
    try {
      const order = (await matches()).map((m) => m.workerId);
      expect(order.indexOf(w.adjacent!)).toBeLessThan(order.indexOf(w.same!));
    } finally {
      await t.owner.sql`UPDATE tenants SET settings = '{}'::jsonb WHERE id = ${gent.tenantId}`;
    }
  });

  it("limit caps the list; bad limit is 422", async () => {
    const res = await t.app.inject({ url: `/v1/jobs/${jobId}/matches?limit=2`, headers: bearer(consultant) });
    expect(res.json().items).toHaveLength(2);
    const bad = await t.app.inject({ url: `/v1/jobs/${jobId}/matches?limit=0`, headers: bearer(consultant) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("query.limit");
  });

  it("is for staff only, and another tenant's job is 404", async () => {
    for (const role of ["client", "worker", "finance"] as const) {
      const res = await t.app.inject({ url: `/v1/jobs/${jobId}/matches`, headers: bearer(tokenFor(t, gent.tenantId, role, clientId)) });
      expect(res.statusCode, role).toBe(403);
    }
    const other = await t.app.inject({ url: `/v1/jobs/${jobId}/matches`, headers: bearer(aalst.token) });
    expect(other.statusCode).toBe(404);
    const none = await t.app.inject({ url: `/v1/jobs/00000000-0000-4000-8000-000000000000/matches`, headers: bearer(consultant) });
    expect(none.statusCode).toBe(404);
  });
});

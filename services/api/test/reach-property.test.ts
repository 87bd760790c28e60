import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withinReach } from "@wijkwerk/domain";
import { loadMatchInput } from "../src/work/match-query.ts";
import { addClient, addWorker, createGeo, orderJob, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 15 item 1: the match list applies "within reach" in SQL (packages/db/sql/functions/app_job_matches.sql) for speed;
 * this property test binds that copy to the domain's withinReach. Workers of every kind (same,
 * adjacent, near and far neighbourhoods; an own address up to 2 km off the centroid, inside the
 * SQL pre-filter's margin; any travel distance up to 20 km, under its radius cap) must be a
 * candidate exactly when the domain says they are within reach.
 */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let jobId: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  const clientId = await addClient(t, geo);
  jobId = await orderJob(t, geo, clientId, { activityCode: "accompany.company", description: "Boodschappen" });
});
afterAll(async () => t?.close());

const CENTROIDS = () => ({
  [geo.centrum]: { lat: 51.0543, lon: 3.7174 },
  [geo.brugse]: { lat: 51.0575, lon: 3.7 },
  [geo.ledeberg]: { lat: 51.035, lon: 3.74 },
  [geo.verweg]: { lat: 51.2, lon: 4.39 },
});

describe("within reach: the SQL of the match list agrees with the domain (issue 15 item 1)", () => {
  it("for any worker near or far, with any travel distance: a candidate exactly when withinReach says so", async () => {
    const kilometre = fc.double({ min: -2, max: 2, noNaN: true });
    const worker = fc.record({
      where: fc.constantFrom("centrum", "brugse", "ledeberg", "ledeberg", "ledeberg", "verweg"),
      north: kilometre,
      east: kilometre,
      maxTravelTenths: fc.integer({ min: 0, max: 200 }),
    });
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(worker, { minLength: 1, maxLength: 5 }), async (workers) => {
        const centroids = CENTROIDS();
        const made = [];
        for (const w of workers) {
          const neighbourhoodId = geo[w.where as "centrum" | "brugse" | "ledeberg" | "verweg"];
          const c = centroids[neighbourhoodId]!;
          const location = { lat: c.lat + w.north / 111.32, lon: c.lon + w.east / (111.32 * Math.cos((c.lat * Math.PI) / 180)) };
          const maxTravelKm = w.maxTravelTenths / 10;
          const id = await addWorker(t, geo, { neighbourhoodId, lat: location.lat, lon: location.lon, maxTravelKm });
          made.push({ id, neighbourhoodId, location, maxTravelKm });
        }
        const input = await loadMatchInput(t.database, gent.tenantId, jobId);
        const candidates = new Set(input!.candidates.map((c) => c.id));
        const job = {
          neighbourhoodId: input!.job.neighbourhoodId,
          adjacentNeighbourhoodIds: input!.job.adjacentIds,
          location: { lat: input!.job.lat, lon: input!.job.lon },
        };
        for (const w of made) {
          checked++;
          expect(candidates.has(w.id), `${JSON.stringify(w)}`).toBe(withinReach(job, w));
        }
      }),
      { numRuns: 40 },
    );
    expect(checked).toBeGreaterThanOrEqual(40);
  }, 120_000);
});

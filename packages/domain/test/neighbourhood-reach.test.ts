import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withinReach, workersWithinReachPerNeighbourhood } from "../src/matching/index.ts";

// The dashboard's "available workers per wijk" is the match list's reach rule (RULES §1: work in the
// neighbourhood) with a klus at the wijk's centroid: the same rule, not a second one.
const at = (lat: number, lon: number) => ({ lat, lon });
const centrum = { id: "centrum", adjacentIds: ["brugse-poort"], centroid: at(51.0543, 3.7174) };
const brugse = { id: "brugse-poort", adjacentIds: ["centrum"], centroid: at(51.0575, 3.7) };
const ledeberg = { id: "ledeberg", adjacentIds: [], centroid: at(51.035, 3.74) };
const antwerpen = { id: "antwerpen", adjacentIds: [], centroid: at(51.2, 4.39) };

describe("workers within reach of a wijk (the dashboard map's available workers)", () => {
  it("counts who lives in the wijk, in an adjacent one, or within their own travel distance of its centroid", () => {
    const counts = workersWithinReachPerNeighbourhood(
      [centrum, brugse, ledeberg, antwerpen],
      [
        // Lives in Centrum and travels nowhere: Centrum, and Brugse Poort next door.
        { neighbourhoodId: "centrum", location: centrum.centroid, maxTravelKm: 0 },
        // Ledeberg, 2.7 km from Centrum, travels 3 km: Ledeberg and Centrum (Brugse Poort is 3.8 km off).
        { neighbourhoodId: "ledeberg", location: ledeberg.centroid, maxTravelKm: 3 },
      ],
    );
    expect(Object.fromEntries(counts)).toEqual({ centrum: 2, "brugse-poort": 1, ledeberg: 1, antwerpen: 0 });
  });

  it("gives every wijk a count, zero without workers", () => {
    expect(Object.fromEntries(workersWithinReachPerNeighbourhood([centrum, ledeberg], []))).toEqual({ centrum: 0, ledeberg: 0 });
  });

  it("agrees with withinReach for any worker and wijk", () => {
    const wijken = [centrum, brugse, ledeberg, antwerpen];
    const worker = fc.record({
      neighbourhoodId: fc.constantFrom(...wijken.map((w) => w.id)),
      location: fc.record({ lat: fc.double({ min: 50.9, max: 51.3, noNaN: true }), lon: fc.double({ min: 3.5, max: 4.5, noNaN: true }) }),
      maxTravelKm: fc.integer({ min: 0, max: 300 }).map((t) => t / 10),
    });
    fc.assert(
      fc.property(fc.array(worker, { maxLength: 20 }), (workers) => {
        const counts = workersWithinReachPerNeighbourhood(wijken, workers);
        for (const n of wijken) {
          const job = { neighbourhoodId: n.id, adjacentNeighbourhoodIds: n.adjacentIds, location: n.centroid };
          expect(counts.get(n.id)).toBe(workers.filter((w) => withinReach(job, w)).length);
        }
      }),
    );
  });
});

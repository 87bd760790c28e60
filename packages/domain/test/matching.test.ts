import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_WEIGHTS, formatDutchDuration, haversineKm, rankCandidates, scoreCandidate, sumOfWeights, withinReach } from "../src/matching/index.ts";
import type { MatchJob, MatchWeights, MatchWorker } from "../src/matching/index.ts";

// Gent: Sluizeken-Tolhuis-Ham, its neighbour Muide-Meulestede-Afrikalaan, and Sint-Amandsberg further away.
const job: MatchJob = {
  neighbourhoodId: "sth",
  neighbourhoodName: "Sluizeken-Tolhuis-Ham",
  adjacentNeighbourhoodIds: ["mma", "binnenstad"],
  location: { lat: 51.0625, lon: 3.7292 },
  activityCode: "tuin",
  activityName: "klein tuinonderhoud",
  clientId: "c1",
};

const HOUR = 60;
function worker(id: string, o: Partial<MatchWorker> = {}): MatchWorker {
  return {
    id,
    neighbourhoodId: "sth",
    location: { lat: 51.0625, lon: 3.7292 },
    maxTravelKm: 10,
    activityCodes: [],
    monthUsedMinutes: 20 * HOUR,
    monthCapMinutes: 60 * HOUR,
    previousMinutesWithClient: 0,
    ...o,
  };
}
const same = (id: string, o: Partial<MatchWorker> = {}) => worker(id, o);
const adjacent = (id: string, o: Partial<MatchWorker> = {}) =>
  worker(id, { neighbourhoodId: "mma", neighbourhoodName: "Muide-Meulestede-Afrikalaan", location: { lat: 51.075, lon: 3.735 }, ...o });
const near = (id: string, o: Partial<MatchWorker> = {}) => worker(id, { neighbourhoodId: "sab", location: { lat: 51.0596, lon: 3.7564 }, ...o }); // ~1.9 km
const far = (id: string, o: Partial<MatchWorker> = {}) =>
  worker(id, { neighbourhoodId: "zwijnaarde", location: { lat: 50.9983, lon: 3.7106 }, maxTravelKm: 5, ...o }); // ~7.3 km

describe("haversineKm and texts", () => {
  it("computes distances", () => {
    expect(haversineKm({ lat: 51.0543, lon: 3.7174 }, { lat: 51.2194, lon: 4.4025 })).toBeCloseTo(51.2, 1); // Gent Sint-Baafs - Antwerpen Groenplaats
    expect(haversineKm(job.location!, job.location!)).toBe(0);
  });
  it("formats durations in plain Dutch", () => {
    expect(formatDutchDuration(12 * 60)).toBe("12 uur");
    expect(formatDutchDuration(90)).toBe("1 uur en 30 minuten");
    expect(formatDutchDuration(45)).toBe("45 minuten");
  });
  it("explains every reason in Dutch", () => {
    const r = scoreCandidate({
      job,
      worker: same("w1", { previousMinutesWithClient: 12 * HOUR, lastWorkedForClientOn: "2026-10-14", monthUsedMinutes: 18 * HOUR, activityCodes: ["tuin"] }),
    });
    expect(r.reasons).toEqual([
      { code: "same_neighbourhood", weight: 40, detail: "Woont in dezelfde wijk (Sluizeken-Tolhuis-Ham)" },
      { code: "continuity", weight: 21, detail: "Werkte al 12 uur voor deze klant, laatst op 14-10-2026" },
      { code: "fairness", weight: 11, detail: "Nog 42 uur vrij deze maand" },
      { code: "activity_preference", weight: 10, detail: "Doet dit werk graag (klein tuinonderhoud)" },
    ]);
    expect(r.score).toBe(82);
    expect(scoreCandidate({ job, worker: adjacent("w2") }).reasons[0]).toEqual({
      code: "adjacent_neighbourhood",
      weight: 25,
      detail: "Woont in een wijk ernaast (Muide-Meulestede-Afrikalaan)",
    });
    expect(scoreCandidate({ job, worker: near("w3") }).reasons[0]).toMatchObject({
      code: "within_travel",
      weight: 8,
      detail: "Woont op 1,9 km, wil tot 10 km ver gaan",
    });
    expect(scoreCandidate({ job, worker: far("w4") }).reasons[0]).toEqual({ code: "too_far", weight: 0, detail: "Woont op 7,3 km, dat is verder dan 5 km" });
    expect(scoreCandidate({ job, worker: same("w5", { monthUsedMinutes: 60 * HOUR }) }).reasons).toContainEqual({
      code: "fairness",
      weight: 0,
      detail: "Geen uren meer vrij deze maand",
    });
  });
});

describe("ordering guarantees (default weights)", () => {
  it("same neighbourhood > adjacent > within travel > too far, all else equal", () => {
    const ranked = rankCandidates({ job, workers: [far("d"), near("c"), adjacent("b"), same("a")] });
    expect(ranked.map((r) => r.workerId)).toEqual(["a", "b", "c", "d"]);
  });

  it.each([
    // [previous hours of the adjacent worker, expected winner]
    [0, "stranger"],
    [4, "stranger"], // 10 points < 15-point gap
    [6, "stranger"], // 14.5 → 14 points
    [7, "tie"], // 15.1 → 15 points: equal score, the tie-break decides
    [8, "known"], // 16.5 → 17 points
    [12, "known"],
    [100, "known"],
  ])("continuity: adjacent worker with %i h for this client vs same-neighbourhood stranger → %s", (hours, winner) => {
    const stranger = same("stranger");
    const known = adjacent("known", { previousMinutesWithClient: hours * HOUR });
    const [first, second] = rankCandidates({ job, workers: [stranger, known] });
    if (winner === "tie") expect(first?.score).toBe(second?.score);
    else expect(first?.workerId).toBe(winner);
  });

  it("fairness: fewer hours this month ranks higher within the same tier", () => {
    const ranked = rankCandidates({ job, workers: [same("busy", { monthUsedMinutes: 55 * HOUR }), same("free", { monthUsedMinutes: 2 * HOUR })] });
    expect(ranked.map((r) => r.workerId)).toEqual(["free", "busy"]);
  });

  it("activity preference breaks an otherwise equal pair", () => {
    expect(rankCandidates({ job, workers: [same("x"), same("y", { activityCodes: ["tuin"] })] })[0]?.workerId).toBe("y");
  });

  it("ties: fewer minutes this month first (rounding hides 1 minute), then id", () => {
    const ranked = rankCandidates({ job, workers: [same("b"), same("c", { monthUsedMinutes: 20 * HOUR - 1 }), same("a")] });
    expect(ranked.map((r) => [r.workerId, r.score])).toEqual([
      ["c", 50],
      ["a", 50],
      ["b", 50],
    ]);
  });

  it("weights are tenant settings: zero location weights make distance irrelevant", () => {
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, sameNeighbourhood: 0, adjacentNeighbourhood: 0, withinTravel: 0 };
    const ranked = rankCandidates({ job, workers: [same("a", { monthUsedMinutes: 50 * HOUR }), far("z", { monthUsedMinutes: 0 })], weights });
    expect(ranked[0]?.workerId).toBe("z");
    expect(() => scoreCandidate({ job, worker: same("a"), weights: { ...DEFAULT_MATCH_WEIGHTS, fairness: -1 } })).toThrow(RangeError);
    expect(() => scoreCandidate({ job, worker: same("a"), weights: { ...DEFAULT_MATCH_WEIGHTS, fairness: 1.5 } })).toThrow(RangeError);
  });

  it("a worker without known locations outside the (adjacent) neighbourhood gets no location points", () => {
    const r = scoreCandidate({ job, worker: worker("n", { neighbourhoodId: "elders", location: undefined }) });
    expect(r.reasons.map((x) => x.code)).toEqual(["fairness"]);
  });
});

describe("properties (fast-check)", () => {
  const weightsArb = fc.record({
    sameNeighbourhood: fc.integer({ min: 0, max: 100 }),
    adjacentNeighbourhood: fc.integer({ min: 0, max: 100 }),
    withinTravel: fc.integer({ min: 0, max: 100 }),
    continuity: fc.integer({ min: 0, max: 100 }),
    fairness: fc.integer({ min: 0, max: 100 }),
    activityPreference: fc.integer({ min: 0, max: 100 }),
  });
  const pointArb = fc.record({ lat: fc.double({ min: 50.7, max: 51.4, noNaN: true }), lon: fc.double({ min: 2.5, max: 5.9, noNaN: true }) });
  const workerArb = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    neighbourhoodId: fc.constantFrom("sth", "mma", "binnenstad", "sab", "elders"),
    location: fc.option(pointArb, { nil: undefined }),
    maxTravelKm: fc.integer({ min: 0, max: 60 }),
    activityCodes: fc.subarray(["tuin", "klus", "school"]),
    monthUsedMinutes: fc.integer({ min: 0, max: 4000 }),
    monthCapMinutes: fc.integer({ min: 0, max: 3600 }),
    previousMinutesWithClient: fc.integer({ min: 0, max: 100_000 }),
  });
  const jobArb = fc.record({
    neighbourhoodId: fc.constantFrom("sth", "mma"),
    adjacentNeighbourhoodIds: fc.subarray(["mma", "binnenstad", "sab"]),
    location: fc.option(pointArb, { nil: undefined }),
    activityCode: fc.constantFrom("tuin", "klus"),
    clientId: fc.constant("c1"),
  });

  it("score is an integer in [0, sum of weights] and equals the sum of the reasons' weights", () => {
    fc.assert(
      fc.property(jobArb, workerArb, weightsArb, (j, w, weights) => {
        const r = scoreCandidate({ job: j, worker: w, weights });
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(sumOfWeights(weights));
        expect(r.reasons.reduce((s, x) => s + x.weight, 0)).toBe(r.score);
        for (const x of r.reasons) expect(x.weight).toBeGreaterThanOrEqual(0);
        expect(scoreCandidate({ job: j, worker: w, weights })).toEqual(r); // deterministic
      }),
      { numRuns: 500 },
    );
  });

  it("monotone in previous hours with the client", () => {
    fc.assert(
      fc.property(jobArb, workerArb, weightsArb, fc.integer({ min: 0, max: 10_000 }), (j, w, weights, extra) => {
        const a = scoreCandidate({ job: j, worker: w, weights }).score;
        const b = scoreCandidate({ job: j, worker: { ...w, previousMinutesWithClient: w.previousMinutesWithClient + extra }, weights }).score;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it("monotone in remaining capacity this month", () => {
    fc.assert(
      fc.property(jobArb, workerArb, weightsArb, fc.integer({ min: 0, max: 4000 }), (j, w, weights, fewer) => {
        const a = scoreCandidate({ job: j, worker: w, weights }).score;
        const b = scoreCandidate({ job: j, worker: { ...w, monthUsedMinutes: Math.max(0, w.monthUsedMinutes - fewer) }, weights }).score;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it("continuity saturates below its weight", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (minutes) => {
        const r = scoreCandidate({ job, worker: same("w", { previousMinutesWithClient: minutes }) });
        const c = r.reasons.find((x) => x.code === "continuity")?.weight ?? 0;
        expect(c).toBeLessThanOrEqual(DEFAULT_MATCH_WEIGHTS.continuity);
      }),
    );
  });

  it("ranking is a permutation sorted by score, independent of input order", () => {
    fc.assert(
      fc.property(jobArb, fc.uniqueArray(workerArb, { selector: (w) => w.id, maxLength: 12 }), (j, ws) => {
        const ranked = rankCandidates({ job: j, workers: ws });
        const reversed = rankCandidates({ job: j, workers: [...ws].reverse() });
        expect(reversed).toEqual(ranked);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        expect(ranked.map((r) => r.workerId).sort()).toEqual(ws.map((w) => w.id).sort());
      }),
    );
  });
});

describe("within reach (where a worker can be proposed)", () => {
  const job = { neighbourhoodId: "centrum", adjacentNeighbourhoodIds: ["brugse-poort"], location: { lat: 51.0543, lon: 3.7174 } };
  const at = (lat: number, lon: number) => ({ lat, lon });
  it.each([
    { name: "same neighbourhood, however far the address", worker: { neighbourhoodId: "centrum", location: at(51.2, 4.39), maxTravelKm: 0 }, reach: true },
    { name: "adjacent neighbourhood", worker: { neighbourhoodId: "brugse-poort", location: at(51.2, 4.39), maxTravelKm: 0 }, reach: true },
    { name: "elsewhere, 2.3 km away, travels 3 km", worker: { neighbourhoodId: "ledeberg", location: at(51.035, 3.74), maxTravelKm: 3 }, reach: true },
    { name: "elsewhere, 2.3 km away, travels 2 km", worker: { neighbourhoodId: "ledeberg", location: at(51.035, 3.74), maxTravelKm: 2 }, reach: false },
    { name: "Antwerpen, 49 km away, travels 25 km", worker: { neighbourhoodId: "antwerpen", location: at(51.2, 4.39), maxTravelKm: 25 }, reach: false },
  ])("$name: $reach", ({ worker, reach }) => {
    expect(withinReach(job, worker)).toBe(reach);
  });
});

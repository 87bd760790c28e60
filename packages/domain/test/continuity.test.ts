import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_WEIGHTS, rankCandidates, type MatchWorker } from "../src/matching/index.ts";
import { canSucceed, handoverNotice, isRegularClient, regularSince, seriesMovesOn } from "../src/work/index.ts";

describe("continuity (issue 19): a regular client", () => {
  const today = "2027-06-15";
  it("looks back over the last 6 months, today's month included", () => {
    expect(regularSince(today)).toBe("2027-01-01");
  });
  it.each([
    { name: "confirmed work in 2 different months of the last 6 is regular", dates: ["2027-02-03", "2027-05-10"], regular: true },
    { name: "several visits in one month are not yet a habit", dates: ["2027-05-03", "2027-05-10", "2027-05-17"], regular: false },
    { name: "one of the two months lies before the 6 months", dates: ["2026-12-20", "2027-05-10"], regular: false },
    { name: "today's month counts", dates: ["2027-01-05", "2027-06-01"], regular: true },
    { name: "no work, no regular client", dates: [], regular: false },
  ])("$name", ({ dates, regular }) => {
    expect(isRegularClient(dates, today)).toBe(regular);
  });
});

describe("continuity (issue 19): when the worklist shows a handover", () => {
  it.each([
    { end: "2027-08-15", notice: null, name: "61 days before the end: not yet" },
    { end: "2027-08-14", notice: 60, name: "60 days before the end: the first notice" },
    { end: "2027-07-16", notice: 60, name: "31 days: still the first notice" },
    { end: "2027-07-15", notice: 30, name: "30 days: urgent" },
    { end: "2027-06-15", notice: 30, name: "the last day: urgent" },
    { end: "2027-06-14", notice: null, name: "ended: no longer" },
  ])("$name", ({ end, notice }) => {
    expect(handoverNotice(end, "2027-06-15")).toBe(notice);
  });
  it("the series moves the day after the last day of the agreement", () => {
    expect(seriesMovesOn("2027-06-30")).toBe("2027-07-01");
  });
});

describe("continuity (issue 19): who may succeed", () => {
  const base = { leavingWorkerId: "w-leaving", leavingEnd: "2027-06-30" };
  it("not the leaving worker", () => {
    expect(canSucceed({ ...base, candidateId: "w-leaving", candidateAgreementEnd: "2028-06-30" })).toBe(false);
  });
  it("not a worker near their own end (within 60 days after the leaving worker's end)", () => {
    expect(canSucceed({ ...base, candidateId: "w2", candidateAgreementEnd: "2027-08-28" })).toBe(false);
    expect(canSucceed({ ...base, candidateId: "w2", candidateAgreementEnd: "2027-08-29" })).toBe(true);
  });
  it("a worker without end date (ex-PWA) may", () => {
    expect(canSucceed({ ...base, candidateId: "w2", candidateAgreementEnd: null })).toBe(true);
  });
});

describe("continuity weight (issue 19): the announced successor is preferred", () => {
  const job = { neighbourhoodId: "n1", adjacentNeighbourhoodIds: ["n2"], activityCode: "garden.hedges", clientId: "c1" };
  const worker = (id: string, over: Partial<MatchWorker>): MatchWorker => ({
    id,
    neighbourhoodId: "n1",
    maxTravelKm: 5,
    activityCodes: [],
    monthUsedMinutes: 0,
    monthCapMinutes: 3600,
    previousMinutesWithClient: 0,
    ...over,
  });
  it("an announced successor from the wijk next door outranks a stranger from the same wijk", () => {
    const stranger = worker("a-stranger", {});
    const successor = worker("b-successor", { neighbourhoodId: "n2", announcedForClient: true });
    const ranked = rankCandidates({ job, workers: [stranger, successor] });
    expect(ranked.map((r) => r.workerId)).toEqual(["b-successor", "a-stranger"]);
    const reason = ranked[0]!.reasons.find((r) => r.code === "continuity")!;
    expect(reason.weight).toBe(DEFAULT_MATCH_WEIGHTS.continuity);
    expect(reason.detail).toContain("aangekondigd");
  });
  it("without the announcement the stranger from the same wijk comes first", () => {
    const ranked = rankCandidates({ job, workers: [worker("a-stranger", {}), worker("b-successor", { neighbourhoodId: "n2" })] });
    expect(ranked[0]!.workerId).toBe("a-stranger");
  });
  it("the current worker with a long history keeps its continuity points", () => {
    const ranked = rankCandidates({
      job,
      workers: [worker("a-stranger", {}), worker("b-current", { neighbourhoodId: "n2", previousMinutesWithClient: 30 * 60 })],
    });
    expect(ranked[0]!.workerId).toBe("b-current");
  });
});

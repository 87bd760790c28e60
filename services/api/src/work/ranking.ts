import { capacity, checkCaps, rankCandidates, type MatchWorker, type RankedCandidate } from "@wijkwerk/domain";
import { mergeSettings } from "../settings-store.ts";
import type { MatchCandidate, MatchInput } from "./match-query.ts";

export type RankedMatch = RankedCandidate & {
  name: string;
  candidate: MatchCandidate;
  capacity: { month: ReturnType<typeof capacity>; year: ReturnType<typeof capacity> };
};

/**
 * The domain's ranking of the pre-filtered candidates of a job (GET /v1/jobs/{id}/matches, and the
 * handover's suggested successor): only workers who can still take the estimated minutes this month
 * and year (RULES §1); `announced` are the workers announced to this client as its next worker
 * (issue 19, read with the job by app_job_matches), whom the continuity weight prefers. `limit`:
 * only the best that many are returned (the route's page), all of them by default.
 */
export function rankMatches(
  input: MatchInput,
  announced: ReadonlySet<string> = new Set(input.job.announcedIds ?? []),
  limit: number = Number.POSITIVE_INFINITY,
): RankedMatch[] {
  const { job } = input;
  const settings = mergeSettings(input.settings ?? {}, job.date);
  const candidates = input.candidates.filter(
    (c) =>
      checkCaps({
        usedMonthMinutes: c.monthWorked + c.monthPlanned,
        usedYearMinutes: c.yearWorked + c.yearPlanned,
        addMinutes: job.estimatedMinutes,
        caps: settings,
      }).ok,
  );
  const workers: MatchWorker[] = candidates.map((c) => ({
    id: c.id,
    neighbourhoodId: c.neighbourhoodId,
    neighbourhoodName: c.neighbourhoodName,
    location: { lat: c.lat, lon: c.lon },
    maxTravelKm: c.maxTravelKm,
    activityCodes: c.prefersActivity ? [job.activityCode] : [],
    monthUsedMinutes: c.monthWorked + c.monthPlanned,
    monthCapMinutes: settings.monthlyCapMinutes,
    previousMinutesWithClient: c.clientMinutes,
    lastWorkedForClientOn: c.clientLastOn ?? undefined,
    announcedForClient: announced.has(c.id),
  }));
  const ranked = rankCandidates({
    job: {
      neighbourhoodId: job.neighbourhoodId,
      adjacentNeighbourhoodIds: job.adjacentIds,
      location: { lat: job.lat, lon: job.lon },
      activityCode: job.activityCode,
      clientId: job.clientId,
      neighbourhoodName: job.neighbourhoodName,
      activityName: job.activityName,
    },
    workers,
    weights: settings.matchWeights,
  });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  // Every candidate is scored (the order needs all of them); only the first `limit` are dressed
  // for the answer. Built field by field: an object spread of each ranked candidate cost more than
  // the ranking itself (about 4 µs each, as tsx runs it; issue 22).
  return ranked.slice(0, limit).map((r) => {
    const c = byId.get(r.workerId)!;
    return {
      workerId: r.workerId,
      score: r.score,
      reasons: r.reasons,
      name: c.name,
      candidate: c,
      capacity: {
        month: capacity({ usedMinutes: c.monthWorked, plannedMinutes: c.monthPlanned, capMinutes: settings.monthlyCapMinutes }),
        year: capacity({ usedMinutes: c.yearWorked, plannedMinutes: c.yearPlanned, capMinutes: settings.yearlyCapMinutes }),
      },
    };
  });
}

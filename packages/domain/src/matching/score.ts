import type { MatchWeights } from "../settings/settings.ts";

export type { MatchWeights };

/** Default matching weights (also DEFAULT_SETTINGS.matchWeights); tenants override them in settings. */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  sameNeighbourhood: 40,
  adjacentNeighbourhood: 25,
  withinTravel: 10,
  continuity: 30,
  fairness: 15,
  activityPreference: 10,
});

/**
 * Continuity saturates: points = weight × (1 − e^(−hours / CONTINUITY_HOURS_SCALE)).
 * 2 h ≈ 18 %, 6 h ≈ 45 %, 12 h ≈ 70 %, 30 h ≈ 95 % of the weight. With the default weights an adjacent
 * worker who already worked 8 hours or more for the client (≥ 17 points; 7 h gives 15 = a tie) outranks
 * a same-neighbourhood stranger (15-point gap), all else equal: Gent lists lost continuity as the main harm (RULES §8, S27).
 */
export const CONTINUITY_HOURS_SCALE = 10;

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface MatchJob {
  neighbourhoodId: string;
  adjacentNeighbourhoodIds: readonly string[];
  location?: GeoPoint | undefined;
  activityCode: string;
  clientId: string;
  /** For the Dutch texts only. */
  neighbourhoodName?: string | undefined;
  activityName?: string | undefined;
}

export interface MatchWorker {
  id: string;
  neighbourhoodId: string;
  location?: GeoPoint | undefined;
  maxTravelKm: number;
  activityCodes: readonly string[];
  monthUsedMinutes: number;
  monthCapMinutes: number;
  previousMinutesWithClient: number;
  /** "YYYY-MM-DD" */
  lastWorkedForClientOn?: string | undefined;
  /** For the Dutch texts only. */
  neighbourhoodName?: string | undefined;
  /** Issue 19: announced to this client as the successor of its leaving worker (a handover). */
  announcedForClient?: boolean | undefined;
}

export type MatchReasonCode = "same_neighbourhood" | "adjacent_neighbourhood" | "within_travel" | "too_far" | "continuity" | "fairness" | "activity_preference";

export interface MatchReason {
  code: MatchReasonCode;
  /** Points this reason contributes; the reasons add up to the score. */
  weight: number;
  /** Plain Dutch (B1) for the consultant's screen. */
  detail: string;
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function sumOfWeights(w: MatchWeights): number {
  return w.sameNeighbourhood + w.adjacentNeighbourhood + w.withinTravel + w.continuity + w.fairness + w.activityPreference;
}

function checkWeights(w: MatchWeights): void {
  for (const [k, v] of Object.entries(w)) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`match weight ${k} must be a non-negative integer, got ${String(v)}`);
  }
}

/** "12 uur", "1 uur en 30 minuten", "45 minuten". */
export function formatDutchDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} ${rest === 1 ? "minuut" : "minuten"}`;
  if (rest === 0) return `${h} uur`;
  return `${h} uur en ${rest} ${rest === 1 ? "minuut" : "minuten"}`;
}

function formatKm(km: number): string {
  return `${(Math.round(km * 10) / 10).toString().replace(".", ",")} km`;
}

function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

function named(name: string | undefined): string {
  return name ? ` (${name})` : "";
}

/** Saturating continuity factor in [0, 1), non-decreasing in minutes. */
function continuityFactor(minutes: number): number {
  if (!(minutes > 0)) return 0;
  return 1 - Math.exp(-minutes / 60 / CONTINUITY_HOURS_SCALE);
}

/**
 * Explainable score of one worker for one job: an integer in [0, sum of weights], equal to the sum
 * of the reasons' weights. Location counts once, best tier only: same neighbourhood, else adjacent,
 * else within the worker's own max travel distance (more points the closer).
 */
export function scoreCandidate(input: { job: MatchJob; worker: MatchWorker; weights?: MatchWeights | undefined }): MatchScore {
  const w = input.weights ?? DEFAULT_MATCH_WEIGHTS;
  checkWeights(w);
  return scoreWith(input.job, input.worker, w);
}

/** scoreCandidate with weights already checked: rankCandidates checks them once, not once per worker. */
function scoreWith(job: MatchJob, worker: MatchWorker, w: MatchWeights): MatchScore {
  const reasons: MatchReason[] = [];

  if (worker.neighbourhoodId === job.neighbourhoodId) {
    reasons.push({
      code: "same_neighbourhood",
      weight: w.sameNeighbourhood,
      detail: `Woont in dezelfde wijk${named(job.neighbourhoodName ?? worker.neighbourhoodName)}`,
    });
  } else if (job.adjacentNeighbourhoodIds.includes(worker.neighbourhoodId)) {
    reasons.push({ code: "adjacent_neighbourhood", weight: w.adjacentNeighbourhood, detail: `Woont in een wijk ernaast${named(worker.neighbourhoodName)}` });
  } else if (job.location && worker.location) {
    const km = haversineKm(job.location, worker.location);
    const max = Math.max(0, worker.maxTravelKm);
    if (km <= max && max > 0) {
      const points = Math.round(w.withinTravel * (1 - km / max));
      reasons.push({ code: "within_travel", weight: points, detail: `Woont op ${formatKm(km)}, wil tot ${formatKm(max)} ver gaan` });
    } else {
      reasons.push({ code: "too_far", weight: 0, detail: `Woont op ${formatKm(km)}, dat is verder dan ${formatKm(max)}` });
    }
  }

  // Continuity prefers the client's current worker and, in a handover, the announced successor (issue
  // 19): the client was told who comes next, so that worker gets the whole continuity weight.
  if (worker.announcedForClient) {
    reasons.push({ code: "continuity", weight: w.continuity, detail: "Is aangekondigd als de nieuwe vaste wijk-werker van deze klant" });
  } else if (worker.previousMinutesWithClient > 0) {
    const points = Math.round(w.continuity * continuityFactor(worker.previousMinutesWithClient));
    const last = worker.lastWorkedForClientOn ? `, laatst op ${formatDutchDate(worker.lastWorkedForClientOn)}` : "";
    reasons.push({ code: "continuity", weight: points, detail: `Werkte al ${formatDutchDuration(worker.previousMinutesWithClient)} voor deze klant${last}` });
  }

  const cap = Math.max(0, worker.monthCapMinutes);
  const remaining = Math.min(cap, Math.max(0, cap - Math.max(0, worker.monthUsedMinutes)));
  const fairness = cap > 0 ? Math.round((w.fairness * remaining) / cap) : 0;
  reasons.push({
    code: "fairness",
    weight: fairness,
    detail: remaining > 0 ? `Nog ${formatDutchDuration(remaining)} vrij deze maand` : "Geen uren meer vrij deze maand",
  });

  if (worker.activityCodes.includes(job.activityCode)) {
    reasons.push({ code: "activity_preference", weight: w.activityPreference, detail: `Doet dit werk graag${named(job.activityName)}` });
  }

  const score = reasons.reduce((s, r) => s + r.weight, 0);
  return { score, reasons };
}

export interface RankedCandidate extends MatchScore {
  workerId: string;
}

/** Best first; ties go to the worker with fewer hours this month, then to the smaller id (stable, deterministic). */
export function rankCandidates(input: { job: MatchJob; workers: readonly MatchWorker[]; weights?: MatchWeights | undefined }): RankedCandidate[] {
  const w = input.weights ?? DEFAULT_MATCH_WEIGHTS;
  if (input.workers.length > 0) checkWeights(w);
  const scored = input.workers.map((worker) => ({ worker, result: scoreWith(input.job, worker, w) }));
  scored.sort(
    (a, b) =>
      b.result.score - a.result.score ||
      a.worker.monthUsedMinutes - b.worker.monthUsedMinutes ||
      (a.worker.id < b.worker.id ? -1 : a.worker.id > b.worker.id ? 1 : 0),
  );
  return scored.map(({ worker, result }) => ({ workerId: worker.id, score: result.score, reasons: result.reasons }));
}

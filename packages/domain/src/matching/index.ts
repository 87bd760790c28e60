export { DEFAULT_MATCH_WEIGHTS, CONTINUITY_HOURS_SCALE, haversineKm, sumOfWeights, formatDutchDuration, scoreCandidate, rankCandidates } from "./score.ts";
export type { MatchWeights, GeoPoint, MatchJob, MatchWorker, MatchReasonCode, MatchReason, MatchScore, RankedCandidate } from "./score.ts";
export { withinReach } from "./reach.ts";
export { workersWithinReachPerNeighbourhood } from "./neighbourhood-reach.ts";
export type { ReachNeighbourhood, ReachWorker } from "./neighbourhood-reach.ts";

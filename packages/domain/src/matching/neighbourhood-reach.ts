import type { GeoPoint } from "./score.ts";
import { withinReach } from "./reach.ts";

/** A neighbourhood as the reach rule sees it: its centroid stands for the place of the work. */
export interface ReachNeighbourhood {
  id: string;
  adjacentIds: readonly string[];
  centroid: GeoPoint;
}

/** A worker as the reach rule sees them: where they live and how far they travel. */
export interface ReachWorker {
  neighbourhoodId: string;
  location: GeoPoint;
  maxTravelKm: number;
}

/**
 * How many workers could take work in each neighbourhood (the dashboard's "available workers per
 * wijk"): the match list's own rule, withinReach, with a klus at the wijk's centroid. A worker who
 * reaches several wijken counts in each of them, so the counts do not add up to the workforce.
 * Which workers are available at all (active, an agreement running today) is the caller's choice.
 */
export function workersWithinReachPerNeighbourhood(neighbourhoods: readonly ReachNeighbourhood[], workers: readonly ReachWorker[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of neighbourhoods) {
    const job = { neighbourhoodId: n.id, adjacentNeighbourhoodIds: n.adjacentIds, location: n.centroid };
    counts.set(n.id, workers.filter((w) => withinReach(job, w)).length);
  }
  return counts;
}

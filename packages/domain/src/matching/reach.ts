import { haversineKm, type GeoPoint } from "./score.ts";

/**
 * Who can be proposed for a job, as far as place goes (wijk-werk is work in the neighbourhood,
 * RULES §1 and Gent's "work embedded in the neighbourhood"): a worker who lives in the job's
 * neighbourhood or an adjacent one, or whose home lies within their own maximum travel distance
 * of the job. The match list applies this in SQL for speed (packages/db/sql/functions/app_job_matches.sql, the `cand` step);
 * services/api/test/reach-property.test.ts binds that copy to this function.
 */
export function withinReach(
  job: { neighbourhoodId: string; adjacentNeighbourhoodIds: readonly string[]; location: GeoPoint },
  worker: { neighbourhoodId: string; location: GeoPoint; maxTravelKm: number },
): boolean {
  if (worker.neighbourhoodId === job.neighbourhoodId || job.adjacentNeighbourhoodIds.includes(worker.neighbourhoodId)) return true;
  return haversineKm(worker.location, job.location) <= worker.maxTravelKm;
}

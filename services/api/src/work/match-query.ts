import type { Database } from "@wijkwerk/db";

/**
 * The bounding box reaches as far as the farthest-travelling active worker, plus a margin for
 * workers whose own address lies off their neighbourhood's centroid, but never beyond this:
 * wijk-werk is neighbourhood work, and one worker with a huge max_travel_km must not turn the
 * pre-filter into a scan of the whole tenant.
 */
export const MATCH_RADIUS_KM = 25;
export const CENTROID_MARGIN_KM = 3;

export interface MatchJob {
  id: string;
  clientId: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  activityCode: string;
  activityName: string;
  estimatedMinutes: number;
  /** Europe/Brussels date the job starts on. */
  date: string;
  lat: number;
  lon: number;
  adjacentIds: string[];
  /** Issue 19: workers announced to this client as its next worker (a handover). */
  announcedIds?: string[] | null;
}

export interface MatchCandidate {
  id: string;
  name: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  lat: number;
  lon: number;
  maxTravelKm: number;
  prefersActivity: boolean;
  monthWorked: number;
  monthPlanned: number;
  yearWorked: number;
  yearPlanned: number;
  clientMinutes: number;
  clientLastOn: string | null;
}

export interface MatchInput {
  job: MatchJob;
  /** The tenant's stored settings overrides. */
  settings: Record<string, unknown>;
  candidates: MatchCandidate[];
}

/**
 * The job, the tenant's settings and the pre-filtered candidates in ONE statement
 * (app_job_matches, migration 0020): the function binds its own transaction to the tenant, so
 * there is no BEGIN, set_config or COMMIT round trip; RLS applies inside as everywhere. Undefined
 * when the job does not exist in this tenant (or, for a consultant limited to an area, outside it).
 *
 * Issue 20: for a consultant (areaStaffId) the same statement first binds their area
 * (app_use_staff_area, in a materialised CTE so it runs before app_job_matches): the job and the
 * candidates are then only those in the area (RLS, migration 0062).
 */
export async function loadMatchInput({ sql }: Database, tenantId: string, jobId: string, areaStaffId?: string): Promise<MatchInput | undefined> {
  const [row] = areaStaffId
    ? await sql<{ r: MatchInput | null }[]>`
    WITH bound AS MATERIALIZED (SELECT app_use_staff_area(${tenantId}::uuid, ${areaStaffId}::uuid))
    SELECT app_job_matches(${tenantId}::uuid, ${jobId}::uuid, ${CENTROID_MARGIN_KM}::float8, ${MATCH_RADIUS_KM}::float8) AS r FROM bound`
    : await sql<{ r: MatchInput | null }[]>`
    SELECT app_job_matches(${tenantId}::uuid, ${jobId}::uuid, ${CENTROID_MARGIN_KM}::float8, ${MATCH_RADIUS_KM}::float8) AS r`;
  return row?.r ?? undefined;
}

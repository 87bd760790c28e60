import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { Tx } from "@wijkwerk/db";
import { BRUSSELS_ZONE, monthRange, yearRange } from "@wijkwerk/domain";

/**
 * The bounding box reaches as far as the farthest-travelling active worker, plus a margin for
 * workers whose own address lies off their neighbourhood's centroid, but never beyond this:
 * wijk-werk is neighbourhood work, and one worker with a huge max_travel_km must not turn the
 * pre-filter into a scan of the whole tenant.
 */
export const MATCH_RADIUS_KM = 25;
export const CENTROID_MARGIN_KM = 3;

export interface MatchJobRow {
  id: string;
  client_id: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  activity_code: string;
  activity_name: string;
  estimated_minutes: number;
  window_from: string;
  window_to: string;
  lat: number;
  lon: number;
  adjacent_ids: string[];
  /** The tenant's stored settings overrides, read in the same round trip. */
  settings: Record<string, unknown>;
}

export interface CandidateRow {
  id: string;
  name: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  lat: number;
  lon: number;
  max_travel_km: number;
  agreement_end: string | null;
  month_used: number;
  month_planned: number;
  year_used: number;
  year_planned: number;
  client_minutes: number;
  client_last_on: string | null;
  prefers_activity: boolean;
}

export async function loadMatchJob(tx: Tx, jobId: string): Promise<MatchJobRow | undefined> {
  const rows = (await tx.execute(sql`
    SELECT j.id, j.client_id, j.neighbourhood_id, n.name AS neighbourhood_name, j.activity_code, a.name AS activity_name,
           j.estimated_minutes, to_json(j.window_from) #>> '{}' AS window_from, to_json(j.window_to) #>> '{}' AS window_to,
           COALESCE(c.lat, n.lat) AS lat, COALESCE(c.lon, n.lon) AS lon,
           ARRAY(SELECT na.adjacent_id::text FROM neighbourhood_adjacency na WHERE na.tenant_id = j.tenant_id AND na.neighbourhood_id = j.neighbourhood_id) AS adjacent_ids,
           (SELECT t.settings FROM tenants t WHERE t.id = j.tenant_id) AS settings
      FROM jobs j
      JOIN clients c ON c.tenant_id = j.tenant_id AND c.id = j.client_id
      JOIN neighbourhoods n ON n.tenant_id = j.tenant_id AND n.id = j.neighbourhood_id
      JOIN activities a ON a.code = j.activity_code
     WHERE j.tenant_id = app_current_tenant() AND j.id = ${jobId}`)) as unknown as MatchJobRow[];
  return rows[0];
}

/**
 * The whole pre-filter in one statement, app_match_candidates (migration 0012; tenant via RLS): active, an agreement on the job's date,
 * the skill the activity needs, free on that weekday for the estimated minutes, close enough, and
 * month and year capacity left. Minutes come from grouped subqueries over the candidates only,
 * so the cost follows the number of nearby workers, not the size of the tenant.
 */
export async function findCandidates(tx: Tx, job: MatchJobRow, caps: { monthlyCapMinutes: number; yearlyCapMinutes: number }): Promise<CandidateRow[]> {
  const start = DateTime.fromISO(job.window_from, { setZone: true }).setZone(BRUSSELS_ZONE);
  const end = DateTime.fromISO(job.window_to, { setZone: true }).setZone(BRUSSELS_ZONE);
  const date = start.toFormat("yyyy-MM-dd");
  const fromTime = start.toFormat("HH:mm");
  // A window running past midnight counts as free until the end of its first day.
  const toTime = end.toFormat("yyyy-MM-dd") === date ? end.toFormat("HH:mm") : "24:00";
  const month = monthRange(start.toFormat("yyyy-MM"));
  const year = yearRange(start.year);
  const monthStart = start.startOf("month").toFormat("yyyy-MM-dd");
  const monthEnd = start.startOf("month").plus({ months: 1 }).toFormat("yyyy-MM-dd");
  const yearStart = `${start.year}-01-01`;
  const yearEnd = `${start.year + 1}-01-01`;
  const kmPerLonDegree = 111.32 * Math.max(0.01, Math.cos((job.lat * Math.PI) / 180));
  const adjacent = `{${job.adjacent_ids.join(",")}}`;

  return (await tx.execute(sql`
    SELECT * FROM app_match_candidates(
      ${job.neighbourhood_id}::uuid, ${adjacent}::uuid[], ${job.lat}::float8, ${job.lon}::float8, ${kmPerLonDegree}::float8, ${CENTROID_MARGIN_KM}::float8, ${MATCH_RADIUS_KM}::float8,
      ${job.activity_code}::text, ${job.client_id}::uuid, ${job.estimated_minutes}::integer, ${date}::date, ${start.weekday}::integer, ${fromTime}::time, ${toTime}::time,
      ${monthStart}::date, ${monthEnd}::date, ${yearStart}::date, ${yearEnd}::date,
      ${month.fromUtc}::timestamptz, ${month.toUtc}::timestamptz, ${year.fromUtc}::timestamptz, ${year.toUtc}::timestamptz,
      ${caps.monthlyCapMinutes}::integer, ${caps.yearlyCapMinutes}::integer)`)) as unknown as CandidateRow[];
}


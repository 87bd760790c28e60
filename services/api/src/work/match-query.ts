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
 * The whole pre-filter in one statement (tenant via RLS): active, an agreement on the job's date,
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
    WITH reach AS (
      SELECT LEAST(COALESCE(max(w.max_travel_km)::float8, 0) + ${CENTROID_MARGIN_KM}, ${MATCH_RADIUS_KM}) AS km
        FROM workers w WHERE w.tenant_id = app_current_tenant() AND w.status = 'active'
    ),
    near_nbh AS (
      SELECT n.id, n.name, n.lat, n.lon FROM neighbourhoods n, reach r
       WHERE n.tenant_id = app_current_tenant()
         AND n.lat BETWEEN ${job.lat}::float8 - r.km / 111.32 AND ${job.lat}::float8 + r.km / 111.32
         AND n.lon BETWEEN ${job.lon}::float8 - r.km / ${kmPerLonDegree}::float8 AND ${job.lon}::float8 + r.km / ${kmPerLonDegree}::float8
      UNION
      SELECT n.id, n.name, n.lat, n.lon FROM neighbourhoods n
       WHERE n.tenant_id = app_current_tenant() AND (n.id = ${job.neighbourhood_id} OR n.id = ANY (${adjacent}::uuid[]))
    ),
    cand AS (
      SELECT w.id, w.first_name || ' ' || w.last_name AS name, w.neighbourhood_id, nn.name AS neighbourhood_name,
             COALESCE(w.lat, nn.lat) AS lat, COALESCE(w.lon, nn.lon) AS lon, w.max_travel_km::float8 AS max_travel_km, ag.end_date AS agreement_end
        FROM near_nbh nn
        JOIN workers w ON w.tenant_id = app_current_tenant() AND w.neighbourhood_id = nn.id AND w.status = 'active'
        JOIN LATERAL (
          SELECT wa.end_date FROM worker_agreements wa
           WHERE wa.tenant_id = w.tenant_id AND wa.worker_id = w.id AND wa.start_date <= ${date}::date AND (wa.end_date IS NULL OR wa.end_date >= ${date}::date)
           LIMIT 1) ag ON true
       WHERE NOT EXISTS (
               SELECT 1 FROM activities act
                WHERE act.code = ${job.activity_code} AND act.skill_name IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM worker_skills ws JOIN skills s ON s.tenant_id = ws.tenant_id AND s.id = ws.skill_id
                                   WHERE ws.tenant_id = w.tenant_id AND ws.worker_id = w.id AND s.name = act.skill_name))
         AND EXISTS (
               SELECT 1 FROM worker_availability av
                WHERE av.tenant_id = w.tenant_id AND av.worker_id = w.id AND av.weekday = ${start.weekday}
                  AND LEAST(av.to_time, ${toTime}::time) - GREATEST(av.from_time, ${fromTime}::time) >= make_interval(mins => ${job.estimated_minutes}))
         AND (w.neighbourhood_id = ${job.neighbourhood_id} OR w.neighbourhood_id = ANY (${adjacent}::uuid[])
              OR 2 * 6371.0088 * asin(least(1, sqrt(
                   sin(radians(COALESCE(w.lat, nn.lat) - ${job.lat}) / 2) ^ 2
                   + cos(radians(${job.lat})) * cos(radians(COALESCE(w.lat, nn.lat))) * sin(radians(COALESCE(w.lon, nn.lon) - ${job.lon}) / 2) ^ 2)))
                 <= w.max_travel_km)
    ),
    used AS (
      SELECT te.worker_id,
             (sum(te.minutes) FILTER (WHERE te.work_date >= ${monthStart}::date AND te.work_date < ${monthEnd}::date))::int AS m,
             sum(te.minutes)::int AS y
        FROM time_entries te
       WHERE te.tenant_id = app_current_tenant() AND te.worker_id IN (SELECT id FROM cand) AND te.status <> 'cancelled'
         AND te.work_date >= ${yearStart}::date AND te.work_date < ${yearEnd}::date
       GROUP BY te.worker_id),
    planned AS (
      SELECT a.worker_id,
             (sum(a.minutes) FILTER (WHERE a.starts_at >= ${month.fromUtc}::timestamptz AND a.starts_at < ${month.toUtc}::timestamptz))::int AS m,
             sum(a.minutes)::int AS y
        FROM assignments a
       WHERE a.tenant_id = app_current_tenant() AND a.worker_id IN (SELECT id FROM cand) AND a.status IN ('proposed', 'accepted')
         AND a.starts_at >= ${year.fromUtc}::timestamptz AND a.starts_at < ${year.toUtc}::timestamptz
         AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')
       GROUP BY a.worker_id),
    hist AS (
      SELECT te.worker_id, sum(te.minutes)::int AS m, max(te.work_date)::text AS last_on FROM time_entries te
       WHERE te.tenant_id = app_current_tenant() AND te.client_id = ${job.client_id} AND te.worker_id IN (SELECT id FROM cand) AND te.status <> 'cancelled'
       GROUP BY te.worker_id)
    SELECT c.id, c.name, c.neighbourhood_id, c.neighbourhood_name, c.lat, c.lon, c.max_travel_km, c.agreement_end::text AS agreement_end,
           COALESCE(u.m, 0) AS month_used, COALESCE(p.m, 0) AS month_planned,
           COALESCE(u.y, 0) AS year_used, COALESCE(p.y, 0) AS year_planned,
           COALESCE(h.m, 0) AS client_minutes, h.last_on AS client_last_on,
           EXISTS (SELECT 1 FROM worker_activities wac WHERE wac.tenant_id = app_current_tenant() AND wac.worker_id = c.id AND wac.activity_code = ${job.activity_code}) AS prefers_activity
      FROM cand c
      LEFT JOIN used u ON u.worker_id = c.id
      LEFT JOIN planned p ON p.worker_id = c.id
      LEFT JOIN hist h ON h.worker_id = c.id
     WHERE ${caps.monthlyCapMinutes} - COALESCE(u.m, 0) - COALESCE(p.m, 0) >= ${job.estimated_minutes}
       AND ${caps.yearlyCapMinutes} - COALESCE(u.y, 0) - COALESCE(p.y, 0) >= ${job.estimated_minutes}`)) as unknown as CandidateRow[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of the pre-filter, for the benchmark's diagnostics. */
export async function explainCandidates(tx: Tx, job: MatchJobRow, caps: { monthlyCapMinutes: number; yearlyCapMinutes: number }): Promise<string> {
  let plan = "";
  const explaining = {
    execute: async (q: Parameters<Tx["execute"]>[0]) => {
      const rows = (await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`)) as unknown as Record<string, string>[];
      plan = rows.map((r) => Object.values(r)[0]).join("\n");
      return [];
    },
  } as unknown as Tx;
  await findCandidates(explaining, job, caps);
  return plan;
}

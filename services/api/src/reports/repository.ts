import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** The dashboard's queries: each one pass over the whole tenant, never over a page of rows. */

/** Minutes per Brussels month (YYYY-MM) from `from` up to, not including, `until`; hours not cancelled. */
export async function minutesPerMonth(tx: Tx, from: string, until: string): Promise<Map<string, number>> {
  const rows = await tx.execute<{ month: string; minutes: number }>(sql`
    SELECT to_char(work_date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes
      FROM time_entries
     WHERE tenant_id = app_current_tenant() AND status <> 'cancelled' AND work_date >= ${from}::date AND work_date < ${until}::date
     GROUP BY 1`);
  return new Map([...rows].map((r) => [r.month, Number(r.minutes)]));
}

export type NeighbourhoodRow = { id: string; name: string; lat: number; lon: number; adjacent_ids: string[]; open_jobs: number };

/** Every neighbourhood with its centroid, its neighbours and its open klussen (window not ended). */
export function neighbourhoods(tx: Tx) {
  return tx.execute<NeighbourhoodRow>(sql`
    SELECT n.id, n.name, n.lat, n.lon,
           ARRAY(SELECT na.adjacent_id FROM neighbourhood_adjacency na WHERE na.tenant_id = n.tenant_id AND na.neighbourhood_id = n.id) AS adjacent_ids,
           (SELECT count(*) FROM jobs j
             WHERE j.tenant_id = n.tenant_id AND j.neighbourhood_id = n.id AND j.status = 'open' AND j.window_to > now())::int AS open_jobs
      FROM neighbourhoods n
     WHERE n.tenant_id = app_current_tenant()
     ORDER BY n.name, n.id`);
}

/**
 * Workers who can take work today: active, with an agreement running on `today` (the matching
 * profile's copy of the agreements, as the match list reads it), where they live (their own address,
 * else their neighbourhood's centroid, as the match list does) and how far they travel.
 */
export function availableWorkers(tx: Tx, today: string) {
  return tx.execute<{ neighbourhood_id: string; lat: number; lon: number; max_travel_km: number }>(sql`
    SELECT w.neighbourhood_id, COALESCE(w.lat, n.lat) AS lat, COALESCE(w.lon, n.lon) AS lon, w.max_travel_km::float8 AS max_travel_km
      FROM workers w JOIN neighbourhoods n ON n.tenant_id = w.tenant_id AND n.id = w.neighbourhood_id
     WHERE w.tenant_id = app_current_tenant() AND w.status = 'active' AND w.match_agreements @> ${today}::date`);
}

/** The active workers with the most minutes (worked and planned) in `month`, from the per-month copy (0017). */
export function nearCap(tx: Tx, month: string) {
  const m = Number(month.slice(5, 7));
  return tx.execute<{ worker_id: string; first_name: string; last_name: string; used: number; planned: number }>(sql`
    SELECT w.id AS worker_id, w.first_name, w.last_name, y.worked_minutes[${m}::int] AS used, y.planned_minutes[${m}::int] AS planned
      FROM worker_year_minutes y JOIN workers w ON w.tenant_id = y.tenant_id AND w.id = y.worker_id
     WHERE y.tenant_id = app_current_tenant() AND y.year = ${Number(month.slice(0, 4))}::int AND w.status = 'active'
       AND y.worked_minutes[${m}::int] + y.planned_minutes[${m}::int] > 0
     ORDER BY y.worked_minutes[${m}::int] + y.planned_minutes[${m}::int] DESC, w.id
     LIMIT 10`);
}

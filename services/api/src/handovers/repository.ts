import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** Every query of handovers (issue 19, continuity), inside the caller's tenant transaction; results typed here. */

export type HandoverRow = {
  id: string;
  client_id: string;
  client_name: string;
  leaving_worker_id: string;
  leaving_name: string;
  successor_id: string;
  successor_name: string;
  leaving_ends_on: string;
  status: "announced" | "moved" | "cancelled";
  inloop_assignment_id: string | null;
  inloop_starts_at: string | null;
  moved_count: number | null;
  moved_at: string | null;
  created_at: string;
};

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

const SELECT = sql`
  SELECT h.id, h.client_id, c.name AS client_name, h.leaving_worker_id, lw.first_name || ' ' || lw.last_name AS leaving_name,
         h.successor_id, sw.first_name || ' ' || sw.last_name AS successor_name, h.leaving_ends_on::text AS leaving_ends_on, h.status,
         h.inloop_assignment_id, ia.starts_at::text AS inloop_starts_at, h.moved_count, h.moved_at::text AS moved_at, h.created_at::text AS created_at
    FROM handovers h
    JOIN clients c ON c.tenant_id = h.tenant_id AND c.id = h.client_id
    JOIN workers lw ON lw.tenant_id = h.tenant_id AND lw.id = h.leaving_worker_id
    JOIN workers sw ON sw.tenant_id = h.tenant_id AND sw.id = h.successor_id
    LEFT JOIN assignments ia ON ia.tenant_id = h.tenant_id AND ia.id = h.inloop_assignment_id`;

/** Active workers whose agreement ends in [today, until] with no agreement after it: they are leaving. */
export async function leavingWorkers(tx: Tx, today: string, until: string, workerId?: string) {
  return tx.execute<{ worker_id: string; worker_name: string; end_date: string }>(sql`
    SELECT a.worker_id, w.first_name || ' ' || w.last_name AS worker_name, a.end_date::text AS end_date
      FROM worker_agreements a JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND w.status = 'active' AND a.end_date BETWEEN ${today}::date AND ${until}::date
       ${workerId ? sql`AND a.worker_id = ${workerId}` : sql``}
       AND NOT EXISTS (SELECT 1 FROM worker_agreements n WHERE n.tenant_id = a.tenant_id AND n.worker_id = a.worker_id AND n.start_date > a.end_date)
     ORDER BY a.end_date, w.last_name, w.first_name LIMIT 200`);
}

/** Per worker and client: the dates of confirmed work since `since` (the domain decides who is regular). */
export async function confirmedWork(tx: Tx, workerIds: readonly string[], since: string) {
  if (workerIds.length === 0) return [];
  return tx.execute<{ worker_id: string; client_id: string; client_name: string; dates: string[] }>(sql`
    SELECT te.worker_id, te.client_id, c.name AS client_name, array_agg(DISTINCT te.work_date::text ORDER BY te.work_date::text) AS dates
      FROM time_entries te JOIN clients c ON c.tenant_id = te.tenant_id AND c.id = te.client_id
     WHERE te.tenant_id = app_current_tenant() AND te.status = 'confirmed' AND te.work_date >= ${since}::date
       AND te.worker_id = ANY (${uuidArray(workerIds)}::uuid[])
     GROUP BY te.worker_id, te.client_id, c.name
     ORDER BY c.name`);
}

/**
 * The job the successor is matched on: the client's first open or assigned job after the leaving
 * worker's last day (the series they would take over), else the client's latest job.
 */
export async function referenceJob(tx: Tx, clientId: string, after: string): Promise<string | undefined> {
  const [row] = await tx.execute<{ id: string }>(sql`
    SELECT id FROM jobs
     WHERE tenant_id = app_current_tenant() AND client_id = ${clientId}
     ORDER BY (status IN ('open', 'assigned') AND (window_from AT TIME ZONE 'Europe/Brussels')::date > ${after}::date) DESC,
              CASE WHEN status IN ('open', 'assigned') AND (window_from AT TIME ZONE 'Europe/Brussels')::date > ${after}::date THEN window_from END ASC,
              window_from DESC
     LIMIT 1`);
  return row?.id;
}

/** The latest agreement end of each worker (null: an agreement without end, ex-PWA). */
export async function agreementEnds(tx: Tx, workerIds: readonly string[]): Promise<Map<string, string | null>> {
  if (workerIds.length === 0) return new Map();
  const rows = await tx.execute<{ worker_id: string; end_date: string | null }>(sql`
    SELECT worker_id, CASE WHEN bool_or(end_date IS NULL) THEN NULL ELSE max(end_date)::text END AS end_date
      FROM worker_agreements WHERE tenant_id = app_current_tenant() AND worker_id = ANY (${uuidArray(workerIds)}::uuid[])
     GROUP BY worker_id`);
  return new Map(rows.map((r) => [r.worker_id, r.end_date]));
}

export async function liveHandovers(tx: Tx, filter: { clientId?: string | undefined; status?: string | undefined } = {}): Promise<HandoverRow[]> {
  return tx.execute<HandoverRow>(sql`${SELECT}
     WHERE h.tenant_id = app_current_tenant()
       ${filter.status ? sql`AND h.status = ${filter.status}` : sql`AND h.status <> 'cancelled'`}
       ${filter.clientId ? sql`AND h.client_id = ${filter.clientId}` : sql``}
     ORDER BY h.leaving_ends_on, h.created_at LIMIT 200`);
}

export async function findHandover(tx: Tx, id: string, lock = false): Promise<HandoverRow | undefined> {
  if (lock) await tx.execute(sql`SELECT id FROM handovers WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  const [row] = await tx.execute<HandoverRow>(sql`${SELECT} WHERE h.tenant_id = app_current_tenant() AND h.id = ${id}`);
  return row;
}

export async function insertHandover(
  tx: Tx,
  h: { id: string; clientId: string; leavingWorkerId: string; successorId: string; leavingEndsOn: string; by: string },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO handovers (tenant_id, id, client_id, leaving_worker_id, successor_id, leaving_ends_on, announced_by)
    VALUES (app_current_tenant(), ${h.id}, ${h.clientId}, ${h.leavingWorkerId}, ${h.successorId}, ${h.leavingEndsOn}::date, ${h.by})`);
}

export async function setInloop(tx: Tx, id: string, assignmentId: string): Promise<void> {
  await tx.execute(sql`UPDATE handovers SET inloop_assignment_id = ${assignmentId}, updated_at = now() WHERE tenant_id = app_current_tenant() AND id = ${id}`);
}

export async function setMoved(tx: Tx, id: string, count: number): Promise<void> {
  await tx.execute(sql`
    UPDATE handovers SET status = 'moved', moved_count = ${count}, moved_at = now(), updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${id}`);
}

/** The client's jobs after the leaving worker's last day that are still to do (the series to move), by start. */
export async function jobsAfter(tx: Tx, clientId: string, after: string) {
  return tx.execute<{ id: string; status: string; window_from: string; estimated_minutes: number }>(sql`
    SELECT id, status, window_from::text AS window_from, estimated_minutes FROM jobs
     WHERE tenant_id = app_current_tenant() AND client_id = ${clientId} AND status IN ('open', 'assigned')
       AND (window_from AT TIME ZONE 'Europe/Brussels')::date > ${after}::date
     ORDER BY window_from, id`);
}

/** Live (proposed or accepted) assignments of a worker on these jobs, locked. */
export async function liveAssignmentsOf(tx: Tx, workerId: string, jobIds: readonly string[]) {
  if (jobIds.length === 0) return [];
  return tx.execute<{ id: string; job_id: string; status: string }>(sql`
    SELECT id, job_id, status FROM assignments
     WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND job_id = ANY (${uuidArray(jobIds)}::uuid[])
       AND status IN ('proposed', 'accepted') AND NOT inloop
     ORDER BY starts_at FOR UPDATE`);
}

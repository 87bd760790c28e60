import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { containsPattern, inNeighbourhoodNamed } from "../search.ts";

/** Every query of jobs (klussen), inside the caller's tenant transaction; results typed here. */

export type JobRow = {
  id: string;
  client_id: string;
  activity_code: string;
  description: string;
  estimated_minutes: number;
  window_from: string;
  window_to: string;
  neighbourhood_id: string;
  status: "open" | "assigned" | "done" | "cancelled";
  parent_job_id: string | null;
  recurrence_rrule: string | null;
  recurrence_until: string | null;
  cancelled_at: string | null;
  cancelled_by: "client" | "consultant" | null;
  cancel_reason: string | null;
  done_at: string | null;
  created_at: string;
  workers_needed: number;
  supervisor_name: string | null;
  supervisor_phone: string | null;
  supervisor_email: string | null;
  tasks: string[];
};

export type ClientForJob = {
  id: string;
  /** Erased on request (issue 20): a pseudonym kept for the books, never given new work. */
  erased: boolean;
  type: string;
  neighbourhood_id: string;
  permitted_types: string[] | null;
  ex_pwa_only: boolean;
  ex_pwa_since: string | null;
};
export type JobAssignment = { id: string; worker_id: string; worker_first_name: string; starts_at: string; ends_at: string; status: string };
export type ReachedJob = { id: string; status: string; has_hours: boolean };
export type LiveAssignment = { id: string; job_id: string; worker_id: string; client_id: string; status: "proposed" | "accepted"; starts_at: string };

/** Ids as one PostgreSQL array literal (a JS array would become a list of parameters). They are uuids from the database. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

export async function findJob(tx: Tx, id: string, lock = false): Promise<JobRow | undefined> {
  const [row] = await tx.execute<JobRow>(sql`SELECT * FROM jobs WHERE tenant_id = app_current_tenant() AND id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
  return row;
}

/** The client a job is for, and the kinds of client its municipality allows this activity for (null: not on its list). */
export async function clientForJob(tx: Tx, clientId: string, activityCode: string): Promise<ClientForJob | undefined> {
  const [client] = await tx.execute<ClientForJob>(sql`
    SELECT c.id, c.type, c.neighbourhood_id, c.ex_pwa_since::text AS ex_pwa_since, c.erased_at IS NOT NULL AS erased,
           COALESCE((SELECT a.ex_pwa_only FROM activities a WHERE a.code = ${activityCode}), false) AS ex_pwa_only,
           (SELECT ma.client_types FROM municipality_activities ma
             WHERE ma.tenant_id = c.tenant_id AND ma.municipality_id = c.municipality_id AND ma.activity_code = ${activityCode}) AS permitted_types
      FROM clients c WHERE c.tenant_id = app_current_tenant() AND c.id = ${clientId}`);
  return client;
}

/** A job and its occurrences in one statement; the first row is the series head the others point to. */
export async function insertJobs(
  tx: Tx,
  job: {
    clientId: string;
    activityCode: string;
    description: string;
    estimatedMinutes: number;
    neighbourhoodId: string;
    rrule: string | null;
    until: string | null;
    byType: string;
    by: string;
    team: { workersNeeded: number; supervisorName: string | null; supervisorPhone: string | null; supervisorEmail: string | null; tasks: string[] };
  },
  rows: readonly { id: string; from: string; to: string; parent: string | null }[],
): Promise<JobRow[]> {
  return tx.execute<JobRow>(sql`
    INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id,
                      recurrence_rrule, recurrence_until, parent_job_id, created_by_type, created_by_id,
                      workers_needed, supervisor_name, supervisor_phone, supervisor_email, tasks)
    SELECT app_current_tenant(), r.id, ${job.clientId}, ${job.activityCode}, ${job.description}, ${job.estimatedMinutes}, r.f, r.t, ${job.neighbourhoodId},
           ${job.rrule}, ${job.until}::date, r.p, ${job.byType}, ${job.by},
           ${job.team.workersNeeded}, ${job.team.supervisorName}, ${job.team.supervisorPhone}, ${job.team.supervisorEmail},
           ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(job.team.tasks)}::jsonb))
      FROM jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, f: r.from, t: r.to, p: r.parent })))}::jsonb) AS r(id uuid, f timestamptz, t timestamptz, p uuid)
    RETURNING *`);
}

/** Oldest first, keyset-paged on (created_at, id); a client's own jobs only when clientId is given. */
export async function listJobs(
  tx: Tx,
  q: {
    status?: string | undefined;
    neighbourhoodId?: string | undefined;
    clientId?: string | null | undefined;
    text?: string | undefined;
    after: readonly unknown[] | undefined;
    limit: number;
  },
): Promise<(JobRow & { cursor_at: string })[]> {
  const like = q.text ? containsPattern(q.text) : null;
  return tx.execute<JobRow & { cursor_at: string }>(sql`
    SELECT *, created_at::text AS cursor_at FROM jobs j
     WHERE tenant_id = app_current_tenant()
       ${q.status ? sql`AND status = ${q.status}` : sql``}
       ${q.neighbourhoodId ? sql`AND neighbourhood_id = ${q.neighbourhoodId}` : sql``}
       ${q.clientId !== undefined ? sql`AND client_id = ${q.clientId}` : sql``}
       ${like ? sql`AND (j.description ILIKE ${like} OR EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = j.tenant_id AND c.id = j.client_id AND c.name ILIKE ${like}) OR ${inNeighbourhoodNamed(sql`j.neighbourhood_id`, like)})` : sql``}
       ${q.after ? sql`AND (created_at, id) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
     ORDER BY created_at, id
     LIMIT ${q.limit + 1}`);
}

export async function occurrencesOf(tx: Tx, headId: string): Promise<JobRow[]> {
  return tx.execute<JobRow>(sql`SELECT * FROM jobs WHERE tenant_id = app_current_tenant() AND parent_job_id = ${headId} ORDER BY window_from`);
}

export async function assignmentsOf(tx: Tx, jobId: string): Promise<JobAssignment[]> {
  return tx.execute<JobAssignment>(sql`
    SELECT a.id, a.worker_id, w.first_name AS worker_first_name, a.starts_at, a.ends_at, a.status
      FROM assignments a JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND a.job_id = ${jobId} ORDER BY a.created_at`);
}

/** The job and its occurrences, each with whether hours were entered for it (not cancelled). */
export async function jobsReached(tx: Tx, jobId: string): Promise<ReachedJob[]> {
  return tx.execute<ReachedJob>(sql`
    SELECT j.id, j.status,
           EXISTS (SELECT 1 FROM time_entries te JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
                    WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id AND te.status <> 'cancelled') AS has_hours
      FROM jobs j WHERE j.tenant_id = app_current_tenant() AND (j.id = ${jobId} OR j.parent_job_id = ${jobId})`);
}

/** Proposed and accepted assignments of these jobs, locked, by start; then the jobs themselves (the order acceptance takes). */
export async function lockLiveAssignments(tx: Tx, jobIds: readonly string[]): Promise<LiveAssignment[]> {
  const live = await tx.execute<LiveAssignment>(sql`
    SELECT id, job_id, worker_id, client_id, status, starts_at FROM assignments
     WHERE tenant_id = app_current_tenant() AND job_id = ANY (${uuidArray(jobIds)}::uuid[]) AND status IN ('proposed', 'accepted')
     ORDER BY starts_at FOR UPDATE`);
  await tx.execute(sql`SELECT id FROM jobs WHERE tenant_id = app_current_tenant() AND id = ANY (${uuidArray(jobIds)}::uuid[]) ORDER BY id FOR UPDATE`);
  return live;
}

/** Cancels these assignments and their answer links. */
export async function cancelAssignments(tx: Tx, ids: readonly string[], by: string, reason: string): Promise<void> {
  await tx.execute(sql`
    UPDATE assignments SET status = 'cancelled', cancelled_by = ${by}, cancel_reason = ${reason}, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ANY (${uuidArray(ids)}::uuid[])`);
  await tx.execute(
    sql`UPDATE assignment_response_tokens SET used_at = now() WHERE tenant_id = app_current_tenant() AND assignment_id = ANY (${uuidArray(ids)}::uuid[]) AND used_at IS NULL`,
  );
}

/** Cancels these jobs where they are still open or assigned. */
export async function cancelJobs(tx: Tx, ids: readonly string[], by: "client" | "consultant", reason: string): Promise<void> {
  await tx.execute(sql`
    UPDATE jobs SET status = 'cancelled', cancelled_at = now(), cancelled_by = ${by}, cancel_reason = ${reason}, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ANY (${uuidArray(ids)}::uuid[]) AND status IN ('open', 'assigned')`);
}

import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** Every query of assignments (toewijzingen), inside the caller's tenant transaction; results typed here. */

export type AssignmentRow = {
  id: string;
  job_id: string;
  worker_id: string;
  client_id: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  status: string;
  expires_at: string | null;
  responded_at: string | null;
  cancelled_by: string | null;
  warnings: { code: string; detail: string }[];
  created_at: string;
};

/** The per-worker lock every cap check for one worker takes (time entries take it too). */
export async function lockWorker(tx: Tx, workerId: string): Promise<{ id: string; status: string } | undefined> {
  const [w] = await tx.execute<{ id: string; status: string }>(
    sql`SELECT id, status FROM workers WHERE tenant_id = app_current_tenant() AND id = ${workerId} FOR UPDATE`,
  );
  return w;
}

/** The worker's agreement running on a Brussels date (its end date, null for ex-PWA without end). */
export async function agreementOn(tx: Tx, workerId: string, date: string): Promise<{ end_date: string | null } | undefined> {
  const [a] = await tx.execute<{ end_date: string | null }>(sql`
    SELECT end_date::text AS end_date FROM worker_agreements
     WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND start_date <= ${date}::date AND (end_date IS NULL OR end_date >= ${date}::date)`);
  return a;
}

/** The skill an activity needs (null for none) and the names of the skills the worker holds. */
export async function skillsFor(tx: Tx, activityCode: string, workerId: string): Promise<{ required: string | null; held: string[] }> {
  const [a] = await tx.execute<{ skill_name: string | null }>(sql`SELECT skill_name FROM activities WHERE code = ${activityCode}`);
  const held = await tx.execute<{ name: string }>(sql`
    SELECT s.name FROM worker_skills ws JOIN skills s ON s.tenant_id = ws.tenant_id AND s.id = ws.skill_id
     WHERE ws.tenant_id = app_current_tenant() AND ws.worker_id = ${workerId}`);
  return { required: a?.skill_name ?? null, held: held.map((h) => h.name) };
}

/** Whether the worker has a live (proposed or accepted) assignment overlapping this time. */
export async function overlaps(tx: Tx, workerId: string, startsAt: string, endsAt: string): Promise<boolean> {
  const rows = await tx.execute<{ x: number }>(sql`
    SELECT 1 AS x FROM assignments
     WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND status IN ('proposed', 'accepted')
       AND tstzrange(starts_at, ends_at) && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz)`);
  return rows.length > 0;
}

/** A training session the worker holds a place in (or waits for) at this time: a clash the consultant should see. */
export async function trainingAt(
  tx: Tx,
  workerId: string,
  startsAt: string,
  endsAt: string,
): Promise<{ name: string; starts_at: string; ends_at: string } | undefined> {
  const [row] = await tx.execute<{ name: string; starts_at: string; ends_at: string }>(sql`
    SELECT t.name, s.starts_at::text AS starts_at, s.ends_at::text AS ends_at
      FROM training_enrollments e
      JOIN training_sessions s ON s.tenant_id = e.tenant_id AND s.id = e.session_id
      JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
     WHERE e.tenant_id = app_current_tenant() AND e.worker_id = ${workerId} AND e.status IN ('enrolled', 'waitlisted')
       AND tstzrange(s.starts_at, s.ends_at) && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz)
     ORDER BY s.starts_at LIMIT 1`);
  return row;
}

/** A proposal and the one-time answer link that goes with it (same expiry). */
export async function insertProposal(
  tx: Tx,
  p: {
    id: string;
    jobId: string;
    workerId: string;
    clientId: string;
    startsAt: string;
    endsAt: string;
    expiresAt: string;
    warnings: unknown[];
    by: string;
    linkId: string;
    codeHash?: Buffer;
  },
): Promise<AssignmentRow> {
  const [row] = await tx.execute<AssignmentRow>(sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, expires_at, warnings, created_by_id)
    VALUES (app_current_tenant(), ${p.id}, ${p.jobId}, ${p.workerId}, ${p.clientId}, ${p.startsAt}::timestamptz, ${p.endsAt}::timestamptz, 'proposed',
            ${p.expiresAt}::timestamptz, ${JSON.stringify(p.warnings)}::jsonb, ${p.by})
    RETURNING *`);
  await tx.execute(sql`
    INSERT INTO assignment_response_tokens (tenant_id, id, assignment_id, worker_id, expires_at, code_hash)
    VALUES (app_current_tenant(), ${p.linkId}, ${p.id}, ${p.workerId}, ${p.expiresAt}::timestamptz, ${p.codeHash ?? null})`);
  return row!;
}

export async function lockAssignment(tx: Tx, id: string): Promise<(AssignmentRow & { live: boolean }) | undefined> {
  const [a] = await tx.execute<AssignmentRow & { live: boolean }>(sql`
    SELECT *, (expires_at IS NULL OR expires_at > now()) AS live FROM assignments WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  return a;
}

/** The answer link with this id for this assignment, locked: undefined when unknown, else whether it was used. */
export async function lockAnswerLink(tx: Tx, linkId: string, assignmentId: string): Promise<{ used_at: string | null } | undefined> {
  const [t] = await tx.execute<{ used_at: string | null }>(sql`
    SELECT used_at FROM assignment_response_tokens WHERE tenant_id = app_current_tenant() AND id = ${linkId} AND assignment_id = ${assignmentId} FOR UPDATE`);
  return t;
}

/**
 * How many other assignments of the job are accepted or completed, how many workers it needs (a team,
 * issue 19) and whether this worker already holds one of them. Takes the job lock first and counts in
 * a statement of its own: in READ COMMITTED the count then sees the acceptances committed while this
 * one waited (one statement would count from before the wait).
 */
export async function lockJobAndCountTaken(
  tx: Tx,
  jobId: string,
  exceptAssignmentId: string,
  workerId?: string,
): Promise<{ taken: number; needed: number; alreadyIn: boolean } | undefined> {
  const [locked] = await tx.execute<{ workers_needed: number }>(
    sql`SELECT workers_needed FROM jobs WHERE tenant_id = app_current_tenant() AND id = ${jobId} FOR UPDATE`,
  );
  if (!locked) return undefined;
  const [job] = await tx.execute<{ taken: number; mine: number }>(sql`
    SELECT count(*)::int AS taken, (count(*) FILTER (WHERE worker_id = ${workerId ?? null}::uuid))::int AS mine FROM assignments
     WHERE tenant_id = app_current_tenant() AND job_id = ${jobId} AND id <> ${exceptAssignmentId} AND status IN ('accepted', 'completed') AND NOT inloop`);
  return { taken: job?.taken ?? 0, needed: locked.workers_needed, alreadyIn: (job?.mine ?? 0) > 0 };
}

/** Records the answer; every answer link of the assignment is used up with it. */
export async function setAnswer(tx: Tx, id: string, status: "accepted" | "declined", reason: string | null): Promise<AssignmentRow> {
  const [row] = await tx.execute<AssignmentRow>(sql`
    UPDATE assignments SET status = ${status}, responded_at = now(), response_reason = ${reason}, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${id} RETURNING *`);
  await useUpAnswerLinks(tx, id);
  return row!;
}

/** A decline undone: proposed again, unanswered, and its short answer links (not expired) work again. */
export async function reopenProposal(tx: Tx, id: string): Promise<AssignmentRow> {
  const [row] = await tx.execute<AssignmentRow>(sql`
    UPDATE assignments SET status = 'proposed', responded_at = NULL, response_reason = NULL, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${id} RETURNING *`);
  await tx.execute(sql`
    UPDATE assignment_response_tokens SET used_at = NULL
     WHERE tenant_id = app_current_tenant() AND assignment_id = ${id} AND code_hash IS NOT NULL AND expires_at > now()`);
  return row!;
}

export async function useUpAnswerLinks(tx: Tx, assignmentId: string): Promise<void> {
  await tx.execute(
    sql`UPDATE assignment_response_tokens SET used_at = now() WHERE tenant_id = app_current_tenant() AND assignment_id = ${assignmentId} AND used_at IS NULL`,
  );
}

/** The job is assigned once it holds as many accepted or completed assignments as it needs (a team: all of them). */
export async function markJobAssigned(tx: Tx, jobId: string): Promise<void> {
  await tx.execute(sql`
    UPDATE jobs SET status = 'assigned', updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${jobId} AND status = 'open'
       AND (SELECT count(*) FROM assignments x WHERE x.tenant_id = jobs.tenant_id AND x.job_id = jobs.id AND x.status IN ('accepted', 'completed') AND NOT x.inloop) >= jobs.workers_needed`);
}

/** Cancels the assignment and its answer links; the job is open again once its team is no longer full (one worker: none left). */
export async function cancelAssignment(tx: Tx, a: Pick<AssignmentRow, "id" | "job_id">, by: string, reason: string): Promise<AssignmentRow> {
  const [row] = await tx.execute<AssignmentRow>(sql`
    UPDATE assignments SET status = 'cancelled', cancelled_by = ${by}, cancel_reason = ${reason}, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${a.id} RETURNING *`);
  await useUpAnswerLinks(tx, a.id);
  await tx.execute(sql`
    UPDATE jobs SET status = 'open', updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${a.job_id} AND status = 'assigned'
       AND (SELECT count(*) FROM assignments x WHERE x.tenant_id = jobs.tenant_id AND x.job_id = jobs.id AND x.status IN ('accepted', 'completed') AND NOT x.inloop) < jobs.workers_needed`);
  return row!;
}

/** By start, keyset-paged on (starts_at, id); one worker's when workerId is given. */
export async function listAssignments(
  tx: Tx,
  q: { workerId?: string | undefined; from?: string | undefined; to?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<(AssignmentRow & { cursor_at: string })[]> {
  return tx.execute<AssignmentRow & { cursor_at: string }>(sql`
    SELECT *, starts_at::text AS cursor_at FROM assignments
     WHERE tenant_id = app_current_tenant()
       ${q.workerId ? sql`AND worker_id = ${q.workerId}` : sql``}
       ${q.from ? sql`AND ends_at > ${q.from}::timestamptz` : sql``}
       ${q.to ? sql`AND starts_at < ${q.to}::timestamptz` : sql``}
       ${q.after ? sql`AND (starts_at, id) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
     ORDER BY starts_at, id
     LIMIT ${q.limit + 1}`);
}

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { dayRange, type EnrolmentStatus } from "@wijkwerk/domain";

/**
 * Every query of trainings, sessions and enrolments, inside the caller's tenant transaction (RLS
 * and app_current_tenant() keep it to the tenant). Results are typed here; the routes never see SQL.
 */

export type TrainingRow = { id: string; name: string; skill_id: string; description: string; duration_minutes: number; created_at: string };
export type SessionRow = {
  id: string;
  training_id: string;
  training_name: string;
  skill_id: string;
  starts_at: string;
  ends_at: string;
  location: string;
  capacity: number;
  trainer: string;
  enrolled: number;
  waitlisted: number;
};
export type EnrollmentRow = { worker_id: string; status: EnrolmentStatus; position: number };
export type EnrollmentListRow = EnrollmentRow & { created_at: string; first_name: string; last_name: string; place: string | number | null };

const TRAINING_COLUMNS = sql`id, name, skill_id, description, duration_minutes, created_at::text`;
// A session with its training and the places taken (enrolled, attended, absent) and waiting.
const SESSION_SELECT = sql`
  SELECT s.id, s.training_id, t.name AS training_name, t.skill_id, s.starts_at::text, s.ends_at::text, s.location, s.capacity, s.trainer,
         (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status IN ('enrolled', 'attended', 'absent'))::int AS enrolled,
         (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status = 'waitlisted')::int AS waitlisted
    FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id`;

export async function skillExists(tx: Tx, skillId: string): Promise<boolean> {
  return (await tx.execute<{ id: string }>(sql`SELECT id FROM skills WHERE tenant_id = app_current_tenant() AND id = ${skillId}`)).length > 0;
}

export async function trainingExists(tx: Tx, trainingId: string): Promise<boolean> {
  return (await tx.execute<{ id: string }>(sql`SELECT id FROM trainings WHERE tenant_id = app_current_tenant() AND id = ${trainingId}`)).length > 0;
}

export async function insertTraining(tx: Tx, t: { name: string; skillId: string; description: string; durationMinutes: number }): Promise<TrainingRow> {
  const [row] = await tx.execute<TrainingRow>(sql`
    INSERT INTO trainings (tenant_id, id, name, skill_id, description, duration_minutes)
    VALUES (app_current_tenant(), ${randomUUID()}, ${t.name}, ${t.skillId}, ${t.description}, ${t.durationMinutes})
    RETURNING ${TRAINING_COLUMNS}`);
  return row!;
}

/** Oldest first, keyset-paged on (created_at, id). */
export async function listTrainings(tx: Tx, page: { after: readonly unknown[] | undefined; limit: number }): Promise<TrainingRow[]> {
  const { after, limit } = page;
  return tx.execute<TrainingRow>(sql`
    SELECT ${TRAINING_COLUMNS} FROM trainings
     WHERE tenant_id = app_current_tenant()
       ${after ? sql`AND (created_at, id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
     ORDER BY created_at, id LIMIT ${limit + 1}`);
}

export async function insertSession(
  tx: Tx,
  s: { trainingId: string; startsAt: string; endsAt: string; location: string; capacity: number; trainer: string },
): Promise<string> {
  const id = randomUUID();
  await tx.execute(sql`
    INSERT INTO training_sessions (tenant_id, id, training_id, starts_at, ends_at, location, capacity, trainer)
    VALUES (app_current_tenant(), ${id}, ${s.trainingId}, ${s.startsAt}::timestamptz, ${s.endsAt}::timestamptz, ${s.location}, ${s.capacity}, ${s.trainer})`);
  return id;
}

/**
 * One session with its counts. `lock`: the session row lock serialises everything that changes
 * who holds a place, so capacity is never exceeded; the counts are read in a later statement and
 * see what the previous holder committed.
 */
export async function findSession(tx: Tx, id: string, lock: boolean): Promise<SessionRow | undefined> {
  if (lock) await tx.execute(sql`SELECT 1 FROM training_sessions WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  const [row] = await tx.execute<SessionRow>(sql`${SESSION_SELECT} WHERE s.tenant_id = app_current_tenant() AND s.id = ${id}`);
  return row;
}

/** Sessions starting on Brussels dates from–to (inclusive), by start, keyset-paged on (starts_at, id). */
export async function listSessions(
  tx: Tx,
  q: { from?: string | undefined; to?: string | undefined; trainingId?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<SessionRow[]> {
  return tx.execute<SessionRow>(sql`
    ${SESSION_SELECT}
     WHERE s.tenant_id = app_current_tenant()
       ${q.from ? sql`AND s.starts_at >= ${dayRange(q.from).fromUtc}::timestamptz` : sql``}
       ${q.to ? sql`AND s.starts_at < ${dayRange(q.to).toUtc}::timestamptz` : sql``}
       ${q.trainingId ? sql`AND s.training_id = ${q.trainingId}` : sql``}
       ${q.after ? sql`AND (s.starts_at, s.id) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
     ORDER BY s.starts_at, s.id LIMIT ${q.limit + 1}`);
}

/** Everyone on the session's list in arrival order, with their place on the waitlist. */
export async function listEnrollments(tx: Tx, sessionId: string): Promise<EnrollmentListRow[]> {
  return tx.execute<EnrollmentListRow>(sql`
    SELECT e.worker_id, e.status, e.position, e.created_at::text, w.first_name, w.last_name,
           CASE WHEN e.status = 'waitlisted' THEN row_number() OVER (PARTITION BY e.status = 'waitlisted' ORDER BY e.position) END AS place
      FROM training_enrollments e JOIN workers w ON w.tenant_id = e.tenant_id AND w.id = e.worker_id
     WHERE e.tenant_id = app_current_tenant() AND e.session_id = ${sessionId}
     ORDER BY e.position`);
}

export async function findEnrollment(tx: Tx, sessionId: string, workerId: string): Promise<EnrollmentRow | undefined> {
  const [row] = await tx.execute<EnrollmentRow>(sql`
    SELECT worker_id, status, position FROM training_enrollments
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND worker_id = ${workerId}`);
  return row;
}

/** 1 = next in line; null for anyone not waiting. */
export async function waitlistPosition(tx: Tx, sessionId: string, e: EnrollmentRow): Promise<number | null> {
  if (e.status !== "waitlisted") return null;
  const [r] = await tx.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM training_enrollments
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND status = 'waitlisted' AND position <= ${e.position}`);
  return r?.n ?? null;
}

export async function findWorker(tx: Tx, workerId: string): Promise<{ id: string; status: string } | undefined> {
  const [w] = await tx.execute<{ id: string; status: string }>(sql`SELECT id, status FROM workers WHERE tenant_id = app_current_tenant() AND id = ${workerId}`);
  return w;
}

/** Enrols (or re-enrols after cancelling) at the back of the list: arrival order is the position. */
export async function enrollAtBack(tx: Tx, sessionId: string, workerId: string, status: "enrolled" | "waitlisted"): Promise<EnrollmentRow> {
  const [row] = await tx.execute<EnrollmentRow>(sql`
    INSERT INTO training_enrollments (tenant_id, session_id, worker_id, status, position, created_at, updated_at)
    VALUES (app_current_tenant(), ${sessionId}, ${workerId}, ${status},
            (SELECT coalesce(max(position), 0) + 1 FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId}),
            clock_timestamp(), clock_timestamp())
    ON CONFLICT (tenant_id, session_id, worker_id) DO UPDATE SET status = EXCLUDED.status, position = EXCLUDED.position, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
    RETURNING worker_id, status, position`);
  return row!;
}

export async function setEnrollmentStatus(tx: Tx, sessionId: string, workerId: string, status: EnrolmentStatus): Promise<void> {
  await tx.execute(sql`
    UPDATE training_enrollments SET status = ${status}, updated_at = clock_timestamp()
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND worker_id = ${workerId}`);
}

/** The place freed goes to whoever waits longest: that worker's id, or undefined when nobody waits. */
export async function promoteLongestWaiting(tx: Tx, sessionId: string): Promise<string | undefined> {
  const [next] = await tx.execute<{ worker_id: string }>(sql`
    UPDATE training_enrollments SET status = 'enrolled', updated_at = clock_timestamp()
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND worker_id = (
       SELECT worker_id FROM training_enrollments
        WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND status = 'waitlisted'
        ORDER BY position LIMIT 1)
    RETURNING worker_id`);
  return next?.worker_id;
}

/** A reminder for a place that is given up must never go out. */
export async function dropPendingReminder(tx: Tx, sessionId: string, workerId: string): Promise<void> {
  await tx.execute(sql`
    DELETE FROM outbox WHERE tenant_id = app_current_tenant() AND topic = 'events/training.reminder' AND relayed_at IS NULL
       AND payload->>'sessionId' = ${sessionId} AND payload->>'workerId' = ${workerId}`);
}

/** Grants the skill on `obtainedOn`; an earlier certificate for the same skill keeps its date. */
export async function grantSkill(tx: Tx, workerId: string, skillId: string, obtainedOn: string): Promise<string> {
  const [ws] = await tx.execute<{ obtained_on: string }>(sql`
    INSERT INTO worker_skills (tenant_id, worker_id, skill_id, obtained_on) VALUES (app_current_tenant(), ${workerId}, ${skillId}, ${obtainedOn}::date)
    ON CONFLICT (tenant_id, worker_id, skill_id) DO UPDATE SET obtained_on = LEAST(worker_skills.obtained_on, EXCLUDED.obtained_on)
    RETURNING obtained_on::text`);
  return ws!.obtained_on;
}

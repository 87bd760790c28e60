import { sql } from "drizzle-orm";
import { encryption, type Tx } from "@wijkwerk/db";
import type {
  CoachingEvaluationOutcome,
  CoachingExitReason,
  CoachingFollowUpSituation,
  CoachingFollowUpSource,
  CoachingGoalKind,
  CoachingGoalStatus,
  CoachingLanguage,
} from "@wijkwerk/domain";

/** The reads of one worker's coaching trajectory (issue 19), inside the caller's tenant transaction. */

/**
 * Issue 20: the free text is stored encrypted (envelopes: notes, the intake, actions, per-goal
 * evaluation notes); a trajectory read decrypts it (and is audited, routes.ts).
 */
async function revealing<T, K extends keyof T & string>(rows: PromiseLike<readonly T[]>, fields: readonly K[]): Promise<T[]> {
  return (await rows).map((r) => {
    const out = { ...r };
    for (const f of fields) out[f] = encryption.revealValue(r[f] as string) as T[K];
    return out;
  });
}
const withNotes = <T extends { notes: string }>(rows: PromiseLike<readonly T[]>) => revealing(rows, ["notes"] as const);

export type IntakeRow = {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  startingSituation: string;
  languages: CoachingLanguage[];
  learningWishes: string;
  recordedById: string;
  recordedByName: string;
  updatedAt: string;
};
export type GoalRow = { id: string; goalTypeId: string; name: string; kind: CoachingGoalKind; status: CoachingGoalStatus; notes: string; updatedAt: string };
export type ConversationRow = { id: string; heldOn: string; staffId: string; staffName: string; notes: string; appointmentId: string | null };
export type ActionRow = { id: string; conversationId: string; description: string; dueOn: string; doneOn: string | null };
export type AppointmentRow = { id: string; day: string; location: string; status: string };
export type AgreementRow = { id: string; startDate: string; endDate: string | null };
export type EvaluationRow = { id: string; agreementId: string; moment: string; heldOn: string; staffId: string; staffName: string; notes: string };
export type OutcomeRow = { evaluationId: string; goalId: string; goalName: string; outcome: CoachingEvaluationOutcome; note: string };
export type ExitRow = {
  id: string;
  agreementId: string;
  reason: CoachingExitReason;
  exitDate: string;
  followUpDueOn: string;
  notes: string;
  recordedById: string;
  recordedByName: string;
};
export type FollowUpRow = {
  id: string;
  exitId: string;
  situation: CoachingFollowUpSituation;
  source: CoachingFollowUpSource;
  recordedOn: string;
  recordedById: string | null;
  recordedByName: string | null;
  notes: string;
};

const STAFF_JOIN = (alias: string, column: string) => sql.raw(`JOIN staff ${alias} ON ${alias}.tenant_id = x.tenant_id AND ${alias}.id = x.${column}`);

export async function intakeOf(tx: Tx, workerId: string): Promise<IntakeRow | undefined> {
  const [row] = await revealing(
    tx.execute<IntakeRow>(sql`
    SELECT x.referrer_contact_name AS "contactName", x.referrer_contact_email AS "contactEmail", x.referrer_contact_phone AS "contactPhone",
           x.starting_situation AS "startingSituation", x.languages, x.learning_wishes AS "learningWishes",
           x.recorded_by AS "recordedById", s.name AS "recordedByName", x.updated_at::text AS "updatedAt"
      FROM coaching_intakes x ${STAFF_JOIN("s", "recorded_by")}
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}`),
    ["startingSituation", "learningWishes"] as const,
  );
  return row;
}

export function goalsOf(tx: Tx, workerId: string): Promise<GoalRow[]> {
  return withNotes(
    tx.execute<GoalRow>(sql`
    SELECT x.id, x.goal_type_id AS "goalTypeId", t.name, t.kind, x.status, x.notes, x.updated_at::text AS "updatedAt"
      FROM coaching_goals x JOIN coaching_goal_types t ON t.tenant_id = x.tenant_id AND t.id = x.goal_type_id
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}
     ORDER BY t.position, t.name, x.id`),
  );
}

export function conversationsOf(tx: Tx, workerId: string): Promise<ConversationRow[]> {
  return withNotes(
    tx.execute<ConversationRow>(sql`
    SELECT x.id, x.held_on::text AS "heldOn", x.staff_id AS "staffId", s.name AS "staffName", x.notes, x.appointment_id AS "appointmentId"
      FROM coaching_conversations x ${STAFF_JOIN("s", "staff_id")}
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}
     ORDER BY x.held_on DESC, x.created_at DESC`),
  );
}

export function actionsOf(tx: Tx, workerId: string): Promise<ActionRow[]> {
  return revealing(
    tx.execute<ActionRow>(sql`
    SELECT id, conversation_id AS "conversationId", description, due_on::text AS "dueOn", done_on::text AS "doneOn"
      FROM coaching_actions WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId}
     ORDER BY due_on, created_at`),
    ["description"] as const,
  );
}

export function agreementsOf(tx: Tx, workerId: string): Promise<AgreementRow[]> {
  return tx.execute<AgreementRow>(sql`
    SELECT id, start_date::text AS "startDate", end_date::text AS "endDate"
      FROM worker_agreements WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId}
     ORDER BY start_date DESC`);
}

export function evaluationsOf(tx: Tx, workerId: string): Promise<EvaluationRow[]> {
  return withNotes(
    tx.execute<EvaluationRow>(sql`
    SELECT x.id, x.agreement_id AS "agreementId", x.moment, x.held_on::text AS "heldOn", x.staff_id AS "staffId", s.name AS "staffName", x.notes
      FROM coaching_evaluations x ${STAFF_JOIN("s", "staff_id")}
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}
     ORDER BY x.held_on DESC, x.created_at DESC`),
  );
}

export function outcomesOf(tx: Tx, workerId: string): Promise<OutcomeRow[]> {
  return revealing(
    tx.execute<OutcomeRow>(sql`
    SELECT o.evaluation_id AS "evaluationId", o.goal_id AS "goalId", t.name AS "goalName", o.outcome, o.note
      FROM coaching_evaluation_goals o
      JOIN coaching_evaluations e ON e.tenant_id = o.tenant_id AND e.id = o.evaluation_id
      JOIN coaching_goals g ON g.tenant_id = o.tenant_id AND g.id = o.goal_id
      JOIN coaching_goal_types t ON t.tenant_id = g.tenant_id AND t.id = g.goal_type_id
     WHERE o.tenant_id = app_current_tenant() AND e.worker_id = ${workerId}
     ORDER BY t.position, t.name`),
    ["note"] as const,
  );
}

export function exitsOf(tx: Tx, workerId: string): Promise<ExitRow[]> {
  return withNotes(
    tx.execute<ExitRow>(sql`
    SELECT x.id, x.agreement_id AS "agreementId", x.reason, x.exit_date::text AS "exitDate", x.follow_up_due_on::text AS "followUpDueOn", x.notes,
           x.recorded_by AS "recordedById", s.name AS "recordedByName"
      FROM coaching_exits x ${STAFF_JOIN("s", "recorded_by")}
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}
     ORDER BY x.exit_date DESC`),
  );
}

export function followUpsOf(tx: Tx, workerId: string): Promise<FollowUpRow[]> {
  return withNotes(
    tx.execute<FollowUpRow>(sql`
    SELECT x.id, x.exit_id AS "exitId", x.situation, x.source, x.recorded_on::text AS "recordedOn", x.recorded_by AS "recordedById",
           s.name AS "recordedByName", x.notes
      FROM coaching_follow_ups x LEFT JOIN staff s ON s.tenant_id = x.tenant_id AND s.id = x.recorded_by
     WHERE x.tenant_id = app_current_tenant() AND x.worker_id = ${workerId}
     ORDER BY x.recorded_at DESC`),
  );
}

/** The worker's zitdag appointments (0016), newest first, to link a conversation held there. */
export function appointmentsOf(tx: Tx, workerId: string): Promise<AppointmentRow[]> {
  return tx.execute<AppointmentRow>(sql`
    SELECT a.id, a.day::text AS day, o.location, a.status
      FROM appointments a JOIN office_hours o ON o.tenant_id = a.tenant_id AND o.id = a.office_hours_id
     WHERE a.tenant_id = app_current_tenant() AND a.worker_id = ${workerId} AND a.status <> 'cancelled'
     ORDER BY a.day DESC, a.starts_at DESC NULLS LAST LIMIT 50`);
}

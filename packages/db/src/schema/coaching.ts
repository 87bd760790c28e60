import { boolean, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0047_coaching.sql and 0048_coaching_evaluations_exits.sql (issue 19, "wijk-werken +").
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

export type CoachingGoalKind = "attitude" | "competence" | "skill";
export type CoachingGoalStatus = "open" | "in_progress" | "reached";
export type CoachingEvaluationOutcome = "not_reached" | "progressing" | "reached";
export type CoachingExitReason = "job_found" | "training" | "other_programme" | "health" | "stopped" | "agreement_ended";
export type CoachingFollowUpSituation = "in_work" | "training" | "none" | "unknown";
export type CoachingFollowUpSource = "consultant" | "sms";
export interface CoachingLanguage {
  language: string;
  level: string;
}

export const coachingSettings = pgTable("coaching_settings", {
  tenantId: uuid("tenant_id").primaryKey(),
  evaluationMonths: smallint("evaluation_months").array().notNull(),
  evaluationBeforeEndDays: smallint("evaluation_before_end_days").notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const coachingGoalTypes = pgTable(
  "coaching_goal_types",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<CoachingGoalKind>().notNull(),
    active: boolean("active").notNull(),
    position: integer("position").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingIntakes = pgTable(
  "coaching_intakes",
  {
    tenantId: uuid("tenant_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    referrerContactName: text("referrer_contact_name"),
    referrerContactEmail: text("referrer_contact_email"),
    referrerContactPhone: text("referrer_contact_phone"),
    startingSituation: text("starting_situation").notNull(),
    languages: jsonb("languages").$type<CoachingLanguage[]>().notNull(),
    learningWishes: text("learning_wishes").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId] })],
);

export const coachingGoals = pgTable(
  "coaching_goals",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    goalTypeId: uuid("goal_type_id").notNull(),
    status: text("status").$type<CoachingGoalStatus>().notNull(),
    notes: text("notes").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingConversations = pgTable(
  "coaching_conversations",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    heldOn: day("held_on").notNull(),
    staffId: uuid("staff_id").notNull(),
    notes: text("notes").notNull(),
    appointmentId: uuid("appointment_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingActions = pgTable(
  "coaching_actions",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    conversationId: uuid("conversation_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    description: text("description").notNull(),
    dueOn: day("due_on").notNull(),
    doneOn: day("done_on"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingEvaluations = pgTable(
  "coaching_evaluations",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    agreementId: uuid("agreement_id").notNull(),
    /** 'months_N', 'before_end' or 'extra' (EvaluationMomentKey in packages/domain). */
    moment: text("moment").notNull(),
    heldOn: day("held_on").notNull(),
    staffId: uuid("staff_id").notNull(),
    notes: text("notes").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingEvaluationGoals = pgTable(
  "coaching_evaluation_goals",
  {
    tenantId: uuid("tenant_id").notNull(),
    evaluationId: uuid("evaluation_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    outcome: text("outcome").$type<CoachingEvaluationOutcome>().notNull(),
    note: text("note").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.evaluationId, t.goalId] })],
);

export const coachingExits = pgTable(
  "coaching_exits",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    agreementId: uuid("agreement_id").notNull(),
    reason: text("reason").$type<CoachingExitReason>().notNull(),
    exitDate: day("exit_date").notNull(),
    followUpDueOn: day("follow_up_due_on").notNull(),
    notes: text("notes").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const coachingFollowUps = pgTable(
  "coaching_follow_ups",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    exitId: uuid("exit_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    situation: text("situation").$type<CoachingFollowUpSituation>().notNull(),
    source: text("source").$type<CoachingFollowUpSource>().notNull(),
    recordedOn: day("recorded_on").notNull(),
    /** The staff member for source 'consultant'; NULL for 'sms'. */
    recordedBy: uuid("recorded_by"),
    notes: text("notes").notNull(),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

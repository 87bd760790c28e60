import { customType, date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0053_client_feedback.sql, 0054_exit_follow_up_requests.sql and 0055_report_consents.sql (issue 19).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export const clientFeedbackRequests = pgTable(
  "client_feedback_requests",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    clientId: uuid("client_id").notNull(),
    month: text("month").notNull(),
    minutes: integer("minutes").notNull(),
    channel: text("channel").$type<"sms" | "email">().notNull(),
    codeHash: bytea("code_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    answer: text("answer").$type<"good" | "could_be_better" | "not_good">(),
    comment: text("comment"),
    answeredAt: ts("answered_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const exitFollowUpRequests = pgTable(
  "exit_follow_up_requests",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    exitId: uuid("exit_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    codeHash: bytea("code_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    answeredAt: ts("answered_at"),
    followUpId: uuid("follow_up_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const reportConsents = pgTable(
  "report_consents",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    category: text("category").$type<"hours" | "activities" | "trainings" | "goals" | "client_feedback">().notNull(),
    givenOn: day("given_on").notNull(),
    givenBy: uuid("given_by").notNull(),
    withdrawnOn: day("withdrawn_on"),
    withdrawnBy: uuid("withdrawn_by"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

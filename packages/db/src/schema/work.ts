import { sql } from "drizzle-orm";
import { boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0003_jobs_assignments_time.sql.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const jobs = pgTable(
  "jobs",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    clientId: uuid("client_id").notNull(),
    activityCode: text("activity_code").notNull(),
    description: text("description").notNull(),
    estimatedMinutes: integer("estimated_minutes").notNull(),
    windowFrom: ts("window_from").notNull(),
    windowTo: ts("window_to").notNull(),
    neighbourhoodId: uuid("neighbourhood_id").notNull(),
    recurrenceRrule: text("recurrence_rrule"),
    recurrenceUntil: date("recurrence_until", { mode: "string" }),
    parentJobId: uuid("parent_job_id"),
    status: text("status").$type<"open" | "assigned" | "done" | "cancelled">().notNull(),
    createdByType: text("created_by_type").notNull(),
    createdById: text("created_by_id").notNull(),
    // 0024_job_lifecycle.sql
    cancelledAt: ts("cancelled_at"),
    cancelledBy: text("cancelled_by").$type<"client" | "consultant">(),
    cancelReason: text("cancel_reason"),
    doneAt: ts("done_at"),
    // 0050_team_jobs.sql
    workersNeeded: integer("workers_needed").notNull().default(1),
    supervisorName: text("supervisor_name"),
    supervisorPhone: text("supervisor_phone"),
    supervisorEmail: text("supervisor_email"),
    tasks: text("tasks")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export type AssignmentStatus = "proposed" | "accepted" | "declined" | "cancelled" | "expired" | "completed";

export const assignments = pgTable(
  "assignments",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    jobId: uuid("job_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    clientId: uuid("client_id").notNull(),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    minutes: integer("minutes").generatedAlwaysAs(sql`(extract(epoch FROM (ends_at - starts_at)) / 60)::integer`),
    status: text("status").$type<AssignmentStatus>().notNull(),
    expiresAt: ts("expires_at"),
    respondedAt: ts("responded_at"),
    responseReason: text("response_reason"),
    cancelledBy: text("cancelled_by"),
    cancelReason: text("cancel_reason"),
    warnings: jsonb("warnings").$type<unknown[]>().notNull(),
    createdById: text("created_by_id").notNull(),
    // 0051_handovers.sql: the successor's inloopbeurt, not a prestatie for the client.
    inloop: boolean("inloop").notNull().default(false),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export type TimeEntryStatus = "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";

export const timeEntries = pgTable(
  "time_entries",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    assignmentId: uuid("assignment_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    clientId: uuid("client_id").notNull(),
    workDate: date("work_date", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    travelTenthsKm: integer("travel_tenths_km").notNull(),
    vouchers: integer("vouchers").notNull(),
    status: text("status").$type<TimeEntryStatus>().notNull(),
    submittedByType: text("submitted_by_type").notNull(),
    submittedById: text("submitted_by_id").notNull(),
    confirmedAt: ts("confirmed_at"),
    confirmedBy: text("confirmed_by").$type<"client" | "auto" | "consultant">(),
    disputeReason: text("dispute_reason"),
    correctsEntryId: uuid("corrects_entry_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/**
 * Minutes per worker and Brussels month (RULES §1), one row per year with element [1] = January,
 * kept by triggers on time_entries and assignments (migration 0017); read-only for the app role.
 */
export const workerYearMinutes = pgTable(
  "worker_year_minutes",
  {
    tenantId: uuid("tenant_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    year: integer("year").notNull(),
    workedMinutes: integer("worked_minutes").array().notNull(),
    plannedMinutes: integer("planned_minutes").array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId, t.year] })],
);

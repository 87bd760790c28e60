import { date, integer, pgTable, primaryKey, text, time, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0016_training_office_hours.sql (the SQL is the source of truth for DDL and RLS).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const trainings = pgTable(
  "trainings",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    skillId: uuid("skill_id").notNull(),
    description: text("description").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const trainingSessions = pgTable(
  "training_sessions",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    trainingId: uuid("training_id").notNull(),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    location: text("location").notNull(),
    capacity: integer("capacity").notNull(),
    trainer: text("trainer").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export type EnrollmentStatus = "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";

export const trainingEnrollments = pgTable(
  "training_enrollments",
  {
    tenantId: uuid("tenant_id").notNull(),
    sessionId: uuid("session_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    status: text("status").$type<EnrollmentStatus>().notNull(),
    position: integer("position").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sessionId, t.workerId] })],
);

export const officeHours = pgTable(
  "office_hours",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    neighbourhoodId: uuid("neighbourhood_id").notNull(),
    location: text("location").notNull(),
    rrule: text("rrule").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    slotMinutes: integer("slot_minutes").notNull(),
    consultantId: uuid("consultant_id").notNull(),
    firstDate: date("first_date", { mode: "string" }).notNull(),
    until: date("until", { mode: "string" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const appointments = pgTable(
  "appointments",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    officeHoursId: uuid("office_hours_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    startsAt: ts("starts_at"),
    endsAt: ts("ends_at"),
    queueNumber: integer("queue_number"),
    clientId: uuid("client_id"),
    workerId: uuid("worker_id"),
    name: text("name"),
    phone: text("phone"),
    topic: text("topic").notNull(),
    kind: text("kind").$type<"booked" | "walk_in">().notNull(),
    status: text("status").$type<"planned" | "done" | "no_show" | "cancelled">().notNull(),
    createdByType: text("created_by_type").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

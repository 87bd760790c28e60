import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0012_matching_assignments.sql.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const assignmentResponseTokens = pgTable(
  "assignment_response_tokens",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    assignmentId: uuid("assignment_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

import { customType, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0012_matching_assignments.sql.
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
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
    /** SHA-256 of the short answer code (0035); null for links made before. */
    codeHash: bytea("code_hash"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

import { integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0013_notifications.sql (the SQL is the source of truth for DDL and RLS).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const deliveries = pgTable(
  "deliveries",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    outboxId: uuid("outbox_id"),
    event: text("event").notNull(),
    channel: text("channel").$type<"email" | "sms">().notNull(),
    recipientType: text("recipient_type").$type<"worker" | "client" | "staff" | "contact">().notNull(),
    recipientId: uuid("recipient_id"),
    toAddress: text("to_address"),
    language: text("language").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    status: text("status").$type<"queued" | "sending" | "sent" | "failed" | "suppressed">().notNull().default("queued"),
    subject: text("subject"),
    bodyText: text("body_text"),
    bodyHtml: text("body_html"),
    attempts: integer("attempts").notNull().default(0),
    providerId: text("provider_id"),
    lastError: text("last_error"),
    sendAfter: ts("send_after"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    sentAt: ts("sent_at"),
    // 0066: the request whose change this message announces (issue 21).
    requestId: text("request_id"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), unique().on(t.tenantId, t.idempotencyKey)],
);

export const authCodes = pgTable(
  "auth_codes",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    channel: text("channel").$type<"email" | "sms">().notNull(),
    destination: text("destination").notNull(),
    subjectType: text("subject_type").$type<"client" | "worker">().notNull(),
    subjectId: uuid("subject_id").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    usedAt: ts("used_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

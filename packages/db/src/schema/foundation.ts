import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0001_foundation.sql; the SQL files are the source of truth for DDL and RLS.

export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull(),
  name: text("name").notNull(),
  /** Public contact (issue 17, the door): E.164 phone and e-mail shown to clients and workers. */
  phone: text("phone"),
  email: text("email"),
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

export const staff = pgTable(
  "staff",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<"admin" | "consultant" | "finance">().notNull(),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** Tokens issued before this moment are refused (0023). */
    sessionsRevokedAt: timestamp("sessions_revoked_at", { withTimezone: true, mode: "string" }),
    /** Issue 20 (0056): invited by e-mail and no password chosen yet. */
    invitedAt: timestamp("invited_at", { withTimezone: true, mode: "string" }),
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true, mode: "string" }),
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Issue 20 (0069): when the account was deactivated; the staff_accounts retention period counts from it. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true, mode: "string" }),
    /** Issue 20 (0069): e-mail, password, second factor, sessions and links removed by the retention sweep. */
    erasedAt: timestamp("erased_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Signed-out tokens, kept until they would have expired (0023). */
export const revokedTokens = pgTable(
  "revoked_tokens",
  {
    tenantId: uuid("tenant_id").notNull(),
    jti: uuid("jti").notNull(),
    subjectId: uuid("subject_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.jti] })],
);

export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const outbox = pgTable(
  "outbox",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    topic: text("topic").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    availableAt: timestamp("available_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    relayedAt: timestamp("relayed_at", { withTimezone: true, mode: "string" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    // 0066: the request that wrote the message (issue 21).
    requestId: text("request_id"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: uuid("tenant_id").notNull(),
    key: text("key").notNull(),
    actorId: text("actor_id").notNull(),
    method: text("method").notNull(),
    path: text("path").notNull(),
    requestHash: text("request_hash").notNull(),
    statusCode: integer("status_code"),
    responseBody: jsonb("response_body"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.actorId, t.key] })],
);

/** Issue 20 (0056): invitation and password-reset links; only the code's SHA-256 is kept. */
export const staffLinks = pgTable(
  "staff_links",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    staffId: uuid("staff_id").notNull(),
    purpose: text("purpose").$type<"invite" | "password_reset">().notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Issue 20 (0056): one row per staff sign-in, listed so a person can end sessions elsewhere. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    tenantId: uuid("tenant_id").notNull(),
    jti: uuid("jti").notNull(),
    staffId: uuid("staff_id").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "string" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    userAgent: text("user_agent"),
    secondFactor: boolean("second_factor").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.jti] })],
);

import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0042_payment_credit.sql (the SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A client's credit, append-only: + a payment that fitted nothing, − an order paid from it. */
export const clientCreditMovements = pgTable(
  "client_credit_movements",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    clientId: uuid("client_id").notNull(),
    kind: text("kind").$type<"payment" | "order">().notNull(),
    amountCents: integer("amount_cents").notNull(),
    paymentId: uuid("payment_id"),
    orderId: uuid("order_id"),
    createdById: text("created_by_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

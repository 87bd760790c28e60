import { bigint, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0044_client_transfers.sql and 0045_payment_approvals.sql (the SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export type ClientTransferKind = "voucher_refund" | "payment_return";
export type ClientTransferStatus = "draft" | "approved" | "exported";

export const clientTransferBatches = pgTable(
  "client_transfer_batches",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    messageId: text("message_id").notNull(),
    debtorName: text("debtor_name").notNull(),
    debtorIban: text("debtor_iban").notNull(),
    debtorBic: text("debtor_bic"),
    transferCount: integer("transfer_count").notNull(),
    totalCents: bigint("total_cents", { mode: "number" }).notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const clientTransfers = pgTable(
  "client_transfers",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    kind: text("kind").$type<ClientTransferKind>().notNull(),
    clientId: uuid("client_id"),
    paymentId: uuid("payment_id"),
    amountCents: integer("amount_cents").notNull(),
    creditorName: text("creditor_name").notNull(),
    /** Issue 20: an envelope; the masked form next to it (0058). */
    creditorIban: text("creditor_iban").notNull(),
    creditorIbanMasked: text("creditor_iban_masked"),
    remittance: text("remittance").notNull(),
    vouchers: integer("vouchers"),
    refundLots: jsonb("refund_lots").$type<{ lotId: string; vouchers: number }[]>(),
    status: text("status").$type<ClientTransferStatus>().notNull(),
    preparedBy: text("prepared_by").notNull(),
    approvedBy: text("approved_by"),
    approvedAt: ts("approved_at"),
    batchId: uuid("batch_id"),
    endToEndId: text("end_to_end_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const paymentApprovals = pgTable(
  "payment_approvals",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    paymentReference: text("payment_reference").notNull(),
    amountCents: integer("amount_cents").notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    status: text("status").$type<"awaiting_approval" | "approved">().notNull(),
    preparedBy: text("prepared_by").notNull(),
    approvedBy: text("approved_by"),
    approvedAt: ts("approved_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

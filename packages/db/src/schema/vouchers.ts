import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0014_vouchers_time_entries.sql (the SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export type VoucherOrderStatus = "awaiting_payment" | "paid" | "cancelled";

export const voucherOrders = pgTable(
  "voucher_orders",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    clientId: uuid("client_id").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    amountCents: integer("amount_cents").notNull(),
    paymentReference: text("payment_reference").notNull(),
    status: text("status").$type<VoucherOrderStatus>().notNull(),
    createdById: text("created_by_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    paidAt: ts("paid_at"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const payments = pgTable(
  "payments",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    paymentReference: text("payment_reference"),
    /** 0042: matched as credit on this client's account (no order or fee fitted). */
    creditedClientId: uuid("credited_client_id"),
    matchMethod: text("match_method").$type<"ogm" | "permanent_ogm" | "proposal" | "link">(),
    /** 0042: who confirmed a proposal or linked by hand; null when matched automatically. */
    matchedById: text("matched_by_id"),
    amountCents: integer("amount_cents").notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    source: text("source").$type<"manual" | "coda" | "camt053">().notNull(),
    bankReference: text("bank_reference"),
    counterpartyName: text("counterparty_name"),
    /** 0044: the sender's account as the statement names it. */
    /** Issue 20: an envelope; the masked form next to it (0058). */
    counterpartyAccount: text("counterparty_account"),
    counterpartyAccountMasked: text("counterparty_account_masked"),
    communication: text("communication"),
    matchedOrderId: uuid("matched_order_id"),
    matchedClientAgreementId: uuid("matched_client_agreement_id"),
    status: text("status").$type<"matched" | "unmatched">().notNull(),
    unmatchedReason: text("unmatched_reason"),
    /** 0044: set while the payment is marked refund-to-sender (client_transfers). */
    returnTransferId: uuid("return_transfer_id"),
    createdById: text("created_by_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const voucherLots = pgTable(
  "voucher_lots",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    clientId: uuid("client_id").notNull(),
    orderId: uuid("order_id").notNull(),
    quantity: integer("quantity").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    expiresOn: date("expires_on", { mode: "string" }).notNull(),
    expiryWarnedAt: ts("expiry_warned_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Append-only (grants.sql revokes UPDATE/DELETE); every posting sums to zero (deferred trigger). */
export const voucherMovements = pgTable(
  "voucher_movements",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    postingId: uuid("posting_id").notNull(),
    account: text("account").notNull(),
    lotId: uuid("lot_id"),
    vouchers: integer("vouchers").notNull(),
    kind: text("kind").$type<"issue" | "reserve" | "release" | "consume" | "expire" | "refund">().notNull(),
    timeEntryId: uuid("time_entry_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

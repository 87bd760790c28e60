import { bigint, date, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0015_payouts.sql and 0018_payout_settlement.sql.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const travelRates = pgTable("travel_rates", {
  year: integer("year").primaryKey(),
  centsPer100Km: integer("cents_per_100km").notNull(),
});

export const organisationAccounts = pgTable("organisation_accounts", {
  tenantId: uuid("tenant_id").primaryKey(),
  name: text("name").notNull(),
  iban: text("iban").notNull(),
  bic: text("bic"),
  // 0031_organisation_identity.sql: named on the fiscal certificate.
  enterpriseNumber: text("enterprise_number"),
  street: text("street"),
  houseNumber: text("house_number"),
  postalCode: text("postal_code"),
  city: text("city"),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export type PayoutRunStatus = "draft" | "approved" | "exported";

export const payoutRuns = pgTable(
  "payout_runs",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    month: text("month").notNull(),
    status: text("status").$type<PayoutRunStatus>().notNull(),
    lineCount: integer("line_count").notNull(),
    totalCents: bigint("total_cents", { mode: "number" }).notNull(),
    hourlyCents: integer("hourly_cents").notNull(),
    debtorName: text("debtor_name").notNull(),
    debtorIban: text("debtor_iban").notNull(),
    debtorBic: text("debtor_bic"),
    createdBy: text("created_by").notNull(),
    /** Who computed it last (0039): the one who may not approve it above the four-eyes amount. */
    preparedBy: text("prepared_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    generatedAt: ts("generated_at"),
    approvedAt: ts("approved_at"),
    approvedBy: text("approved_by"),
    exportedAt: ts("exported_at"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export type PayoutLineKind = "regular" | "adjustment" | "carried";

export const payoutLines = pgTable(
  "payout_lines",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    runId: uuid("run_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    kind: text("kind").$type<PayoutLineKind>().notNull(),
    entryCount: integer("entry_count").notNull(),
    minutes: integer("minutes").notNull(),
    vouchers: integer("vouchers").notNull(),
    payCents: integer("pay_cents").notNull(),
    travelCents: integer("travel_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    /** Issue 20: the worker's envelope, copied; iban_masked for views (0058). */
    iban: text("iban").notNull(),
    ibanMasked: text("iban_masked"),
    name: text("name").notNull(),
    endToEndId: text("end_to_end_id").notNull(),
    /** First day of the month of work this line settles; null for a carried line. */
    workMonth: date("work_month", { mode: "string" }),
    /** 1 for the first settlement of (worker, workMonth), 2 for the next, …; null for a carried line. */
    settlementNo: integer("settlement_no"),
    hourlyCents: integer("hourly_cents").notNull(),
    carriedFromRunId: uuid("carried_from_run_id"),
    entryIds: uuid("entry_ids").array(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** (worker, work month) pairs whose pay may have changed since they were last settled (0018). */
export const payoutPending = pgTable(
  "payout_pending",
  {
    tenantId: uuid("tenant_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    workMonth: date("work_month", { mode: "string" }).notNull(),
    mark: bigint("mark", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId, t.workMonth] })],
);

/** Per-entry detail of runs before 0018; no longer written (read-only for the app role). */
export const payoutLineEntries = pgTable(
  "payout_line_entries",
  {
    tenantId: uuid("tenant_id").notNull(),
    timeEntryId: uuid("time_entry_id").notNull(),
    /** 1 = paid, -1 = an earlier payment taken back. */
    direction: smallint("direction").notNull(),
    lineId: uuid("line_id").notNull(),
    minutes: integer("minutes").notNull(),
    vouchers: integer("vouchers").notNull(),
    payCents: integer("pay_cents").notNull(),
    travelCents: integer("travel_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.timeEntryId, t.direction] })],
);

/** Negative remainders of approved runs, written when a run is approved; carried once (0018). */
export const payoutCarries = pgTable(
  "payout_carries",
  {
    tenantId: uuid("tenant_id").notNull(),
    fromRunId: uuid("from_run_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    payCents: integer("pay_cents").notNull(),
    travelCents: integer("travel_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.fromRunId, t.workerId] })],
);

import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import {
  brusselsDateOf,
  clientWalletAccount,
  dayRange,
  isBalanced,
  RESERVING_ENTRY_STATUSES,
  resolveSettings,
  walletPosition,
  type LedgerMovement,
  type Settings,
  type VoucherLot,
  type WalletPosition,
} from "@wijkwerk/domain";
import type { Tx } from "../client.ts";
import * as schema from "../schema/index.ts";

/** A domain event for the caller to put in the outbox (db cannot import the queue package). */
/** Messages the wallet asks to send; their shapes match the outbox schemas of @wijkwerk/queue (events/vouchers-*.ts). */
export type VoucherEvent =
  | { topic: "events/vouchers.low"; payload: { clientId: string; timeEntryId: string; needed: number; available: number; shortfall: number } }
  | { topic: "events/vouchers.expiring"; payload: { clientId: string; lotId: string; count: number; expiresOn: string } };

/** The tenant's settings in force today (the domain's resolveSettings: the same everywhere). */
export async function tenantSettings(tx: Tx, tenantId: string): Promise<Settings> {
  const [t] = await tx.select({ settings: schema.tenants.settings }).from(schema.tenants).where(eq(schema.tenants.id, tenantId));
  return resolveSettings(t?.settings, brusselsDateOf(new Date()));
}

/**
 * Every change to a client's wallet runs under this row lock (DESIGN.md principle 4): two
 * confirmations of one client can never both read the same remaining vouchers.
 */
export async function lockClient(tx: Tx, tenantId: string, clientId: string): Promise<{ id: string; type: string } | undefined> {
  const rows = await tx.execute<{ id: string; type: string }>(sql`SELECT id, type FROM clients WHERE tenant_id = ${tenantId} AND id = ${clientId} FOR UPDATE`);
  return rows[0];
}

/** The client's lots with what is left of each, derived from the ledger. */
export async function clientLots(tx: Tx, tenantId: string, clientId: string): Promise<(VoucherLot & { orderId: string; issuedOn: string })[]> {
  const account = clientWalletAccount(clientId);
  const rows = await tx.execute<{ id: string; order_id: string; issued_on: string; expires_on: string; remaining: number }>(sql`
    SELECT l.id, l.order_id, l.issued_on::text AS issued_on, l.expires_on::text AS expires_on,
           COALESCE((SELECT sum(m.vouchers) FROM voucher_movements m
                     WHERE m.tenant_id = l.tenant_id AND m.account = ${account} AND m.lot_id = l.id), 0)::integer AS remaining
    FROM voucher_lots l
    WHERE l.tenant_id = ${tenantId} AND l.client_id = ${clientId}
    ORDER BY l.expires_on, l.id`);
  return rows.map((r) => ({ lotId: r.id, orderId: r.order_id, issuedOn: r.issued_on, expiresOn: r.expires_on, remaining: Number(r.remaining) }));
}

/** What the wallet is derived from: the ledger's lots and the client's entries and assignments. */
export interface WalletInputs {
  lots: (VoucherLot & { orderId: string; issuedOn: string })[];
  /** Vouchers of each entry that reserves (domain RESERVING_ENTRY_STATUSES). */
  pendingVouchers: number[];
  /** Minutes of each accepted assignment from today on that has no hours entered yet. */
  plannedMinutes: number[];
}

/**
 * The wallet's inputs in ONE statement, so one snapshot: a confirmation committing meanwhile
 * (consume postings and the entry's new status in one transaction) is seen whole or not at all,
 * never as vouchers gone while the entry still reserves them.
 */
export async function walletInputs(tx: Tx, tenantId: string, clientId: string, now: Date): Promise<WalletInputs> {
  const account = clientWalletAccount(clientId);
  const today = dayRange(brusselsDateOf(now)).fromUtc;
  const statuses = sql.join(
    RESERVING_ENTRY_STATUSES.map((st) => sql`${st}`),
    sql`, `,
  );
  const [row] = await tx.execute<{
    lots: { id: string; order_id: string; issued_on: string; expires_on: string; remaining: number }[];
    pending: number[];
    planned: number[];
  }>(sql`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('id', l.id, 'order_id', l.order_id, 'issued_on', l.issued_on, 'expires_on', l.expires_on,
                'remaining', COALESCE((SELECT sum(m.vouchers) FROM voucher_movements m WHERE m.tenant_id = l.tenant_id AND m.account = ${account} AND m.lot_id = l.id), 0))
              ORDER BY l.expires_on, l.id), '[]'::json)
         FROM voucher_lots l WHERE l.tenant_id = ${tenantId} AND l.client_id = ${clientId}) AS lots,
      ARRAY(SELECT te.vouchers FROM time_entries te
             WHERE te.tenant_id = ${tenantId} AND te.client_id = ${clientId} AND te.status IN (${statuses})) AS pending,
      ARRAY(SELECT a.minutes FROM assignments a
             WHERE a.tenant_id = ${tenantId} AND a.client_id = ${clientId} AND a.status = 'accepted' AND a.starts_at >= ${today}::timestamptz
               AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')) AS planned`);
  return {
    lots: (row?.lots ?? []).map((r) => ({ lotId: r.id, orderId: r.order_id, issuedOn: r.issued_on, expiresOn: r.expires_on, remaining: Number(r.remaining) })),
    pendingVouchers: (row?.pending ?? []).map(Number),
    plannedMinutes: (row?.planned ?? []).map(Number),
  };
}

/** API.md GET /v1/clients/{id}/wallet: available, reserved (derived, see domain walletPosition). */
export async function clientWallet(tx: Tx, tenantId: string, clientId: string, now: Date): Promise<WalletPosition & { inputs: WalletInputs }> {
  const inputs = await walletInputs(tx, tenantId, clientId, now);
  return {
    ...walletPosition({ lots: inputs.lots, onDate: brusselsDateOf(now), pendingVouchers: inputs.pendingVouchers, plannedMinutes: inputs.plannedMinutes }),
    inputs,
  };
}

/** Appends one balanced posting; the deferred trigger re-checks the balance at commit. */
export async function postMovements(tx: Tx, tenantId: string, movements: readonly LedgerMovement[], timeEntryId?: string): Promise<string> {
  if (movements.length === 0 || !isBalanced(movements)) throw new Error("ledger: a posting must be non-empty and sum to zero");
  const postingId = randomUUID();
  await tx.insert(schema.voucherMovements).values(
    movements.map((m) => ({
      tenantId,
      postingId,
      account: m.account,
      lotId: m.lotId ?? null,
      vouchers: m.vouchers,
      kind: m.kind,
      timeEntryId: timeEntryId ?? null,
    })),
  );
  return postingId;
}

/** Movements already posted for a time entry (an entry consumes at most once). */
export async function entryHasConsumption(tx: Tx, tenantId: string, timeEntryId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: schema.voucherMovements.id })
    .from(schema.voucherMovements)
    .where(
      and(eq(schema.voucherMovements.tenantId, tenantId), eq(schema.voucherMovements.timeEntryId, timeEntryId), eq(schema.voucherMovements.kind, "consume")),
    )
    .limit(1);
  return rows.length > 0;
}

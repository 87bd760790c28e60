import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import {
  brusselsDateOf,
  clientReservedAccount,
  clientWalletAccount,
  isBalanced,
  resolveSettings,
  type LedgerMovement,
  type Settings,
  type VoucherLot,
} from "@wijkwerk/domain";
import type { Tx } from "../client.ts";
import * as schema from "../schema/index.ts";

/** A domain event for the caller to put in the outbox (db cannot import the queue package). */
export interface VoucherEvent {
  topic: `events/${string}`;
  payload: Record<string, unknown>;
}

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

/** Vouchers set aside on the reserved account (API.md wallet.reserved). */
export async function reservedBalance(tx: Tx, tenantId: string, clientId: string): Promise<number> {
  const rows = await tx.execute<{ n: number }>(sql`
    SELECT COALESCE(sum(vouchers), 0)::integer AS n FROM voucher_movements WHERE tenant_id = ${tenantId} AND account = ${clientReservedAccount(clientId)}`);
  return Number(rows[0]?.n ?? 0);
}

/** Appends one balanced posting; the deferred trigger re-checks the balance at commit. */
export async function postMovements(tx: Tx, tenantId: string, movements: readonly LedgerMovement[], timeEntryId?: string): Promise<string> {
  if (movements.length === 0 || !isBalanced(movements)) throw new Error("ledger: a posting must be non-empty and sum to zero");
  const postingId = randomUUID();
  await tx.insert(schema.voucherMovements).values(
    movements.map((m) => ({ tenantId, postingId, account: m.account, lotId: m.lotId ?? null, vouchers: m.vouchers, kind: m.kind, timeEntryId: timeEntryId ?? null })),
  );
  return postingId;
}

/** Movements already posted for a time entry (an entry consumes at most once). */
export async function entryHasConsumption(tx: Tx, tenantId: string, timeEntryId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: schema.voucherMovements.id })
    .from(schema.voucherMovements)
    .where(and(eq(schema.voucherMovements.tenantId, tenantId), eq(schema.voucherMovements.timeEntryId, timeEntryId), eq(schema.voucherMovements.kind, "consume")))
    .limit(1);
  return rows.length > 0;
}

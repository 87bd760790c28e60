import { sql } from "drizzle-orm";
import { addCalendarDays, clientWalletAccount, postingFor } from "@wijkwerk/domain";
import type { Tx } from "../client.ts";
import { lockClient, postMovements, type VoucherEvent } from "./wallet.ts";

/**
 * RULES §4 (S11): a cheque is valid 12 months. Lots past their last day with vouchers left get an
 * expire posting; lots whose last day is within 30 days are announced once. Idempotent.
 */
export async function expireVouchers(
  tx: Tx,
  tenantId: string,
  today: string,
): Promise<{ expiredLots: number; expiredVouchers: number; events: VoucherEvent[] }> {
  const events: VoucherEvent[] = [];
  // Only lots with vouchers left (account name as domain clientWalletAccount builds it).
  const due = await tx.execute<{ id: string; client_id: string }>(sql`
    SELECT l.id, l.client_id FROM voucher_lots l
    WHERE l.tenant_id = ${tenantId} AND l.expires_on < ${today}::date
      AND (SELECT COALESCE(sum(m.vouchers), 0) FROM voucher_movements m
           WHERE m.tenant_id = l.tenant_id AND m.account = 'client:' || l.client_id || ':available' AND m.lot_id = l.id) > 0
    ORDER BY l.client_id, l.id`);
  let expiredLots = 0;
  let expiredVouchers = 0;
  for (const lot of due) {
    await lockClient(tx, tenantId, lot.client_id);
    const left = await lotRemaining(tx, tenantId, lot.client_id, lot.id);
    if (left <= 0) continue;
    await postMovements(tx, tenantId, postingFor("expire", left, { clientId: lot.client_id, lotId: lot.id }));
    expiredLots++;
    expiredVouchers += left;
  }
  const soon = await tx.execute<{ id: string; client_id: string; expires_on: string }>(sql`
    SELECT id, client_id, expires_on::text AS expires_on FROM voucher_lots
    WHERE tenant_id = ${tenantId} AND expiry_warned_at IS NULL AND expires_on >= ${today}::date AND expires_on <= ${addCalendarDays(today, 30)}::date
    ORDER BY expires_on, id FOR UPDATE SKIP LOCKED`);
  for (const lot of soon) {
    const left = await lotRemaining(tx, tenantId, lot.client_id, lot.id);
    await tx.execute(sql`UPDATE voucher_lots SET expiry_warned_at = now() WHERE tenant_id = ${tenantId} AND id = ${lot.id}`);
    if (left > 0)
      events.push({ topic: "events/vouchers.expiring", payload: { clientId: lot.client_id, lotId: lot.id, count: left, expiresOn: lot.expires_on } });
  }
  return { expiredLots, expiredVouchers, events };
}

async function lotRemaining(tx: Tx, tenantId: string, clientId: string, lotId: string): Promise<number> {
  const rows = await tx.execute<{ n: number }>(sql`
    SELECT COALESCE(sum(vouchers), 0)::integer AS n FROM voucher_movements
    WHERE tenant_id = ${tenantId} AND account = ${clientWalletAccount(clientId)} AND lot_id = ${lotId}`);
  return Number(rows[0]?.n ?? 0);
}

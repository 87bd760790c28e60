import { addCalendarDays } from "../time/index.ts";
import type { IsoDate } from "../time/index.ts";
import { vouchersForMinutes } from "./vouchers.ts";

/** A client's wallet, derived from its lots: which lots pay a confirmed entry, and what it holds, reserves and lacks. */

/** A batch of vouchers in a wallet with one expiry date. */
export interface VoucherLot {
  lotId: string;
  remaining: number;
  /** Last valid day, inclusive. */
  expiresOn: IsoDate;
}

/** Result of {@link allocateOldestExpiryFirst}. */
export type Allocation =
  { ok: true; allocations: { lotId: string; vouchers: number }[] } | { ok: false; code: "wallet.insufficient_vouchers"; available: number; shortfall: number };

/** API.md time entries: a confirmed entry consumes vouchers oldest expiry first; expired lots are skipped; shortfall → awaiting_vouchers. */
export function allocateOldestExpiryFirst(lots: readonly VoucherLot[], needed: number, onDate: IsoDate): Allocation {
  if (!Number.isSafeInteger(needed) || needed < 0) throw new RangeError("ledger.quantity_invalid");
  const usable = lots
    .filter((l) => l.remaining > 0 && l.expiresOn >= onDate)
    .slice()
    .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0));
  const available = usable.reduce((s, l) => s + l.remaining, 0);
  if (available < needed) return { ok: false, code: "wallet.insufficient_vouchers", available, shortfall: needed - available };
  const allocations: { lotId: string; vouchers: number }[] = [];
  let left = needed;
  for (const lot of usable) {
    if (left === 0) break;
    const take = Math.min(left, lot.remaining);
    allocations.push({ lotId: lot.lotId, vouchers: take });
    left -= take;
  }
  return { ok: true, allocations };
}

/** API.md GET /v1/clients/{id}/wallet: totals of the usable lots on a date (expiring = last day within 30 days). */
export function walletSummary(
  lots: readonly VoucherLot[],
  onDate: IsoDate,
  expiringWithinDays = 30,
): {
  available: number;
  expiringWithin30Days: number;
  lots: { count: number; expiresOn: IsoDate }[];
} {
  const limit = addCalendarDays(onDate, expiringWithinDays);
  const usable = lots
    .filter((l) => l.remaining > 0 && l.expiresOn >= onDate)
    .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : 0));
  const byDate = new Map<string, number>();
  for (const l of usable) byDate.set(l.expiresOn, (byDate.get(l.expiresOn) ?? 0) + l.remaining);
  return {
    available: usable.reduce((s, l) => s + l.remaining, 0),
    expiringWithin30Days: usable.filter((l) => l.expiresOn <= limit).reduce((s, l) => s + l.remaining, 0),
    lots: [...byDate].map(([expiresOn, count]) => ({ count, expiresOn })),
  };
}

/**
 * API.md wallet.reserved: the time-entry statuses whose vouchers are promised. Hours entered and not
 * yet paid: waiting for the client (submitted), under discussion (disputed) or confirmed without
 * enough vouchers (awaiting_vouchers). A confirmed entry has consumed; a cancelled one needs nothing.
 */
export const RESERVING_ENTRY_STATUSES = ["submitted", "disputed", "awaiting_vouchers"] as const;

/** Result of {@link walletPosition}: API.md GET /v1/clients/{id}/wallet. */
export interface WalletPosition {
  /** Valid vouchers not promised to entered hours: what a refund or new work can still use. */
  available: number;
  /** Valid vouchers promised to entered hours (at most what the client holds). */
  reserved: number;
  /** Vouchers the entered hours need beyond what the client holds: to buy. */
  shortfall: number;
  /** Estimate for accepted assignments still to come (one per started planned hour); not reserved. */
  planned: number;
  /** Valid vouchers held (reserved ones included) whose last day is within 30 days. */
  expiringWithin30Days: number;
  /** Valid vouchers held per expiry date (reserved ones included): they add up to available + reserved. */
  lots: { count: number; expiresOn: IsoDate }[];
}

/**
 * API.md wallet, derived (DESIGN principle 5: no balance is stored). Reserved vouchers are a count,
 * not particular lots: confirmation consumes oldest expiry first from all that is held, so which
 * lot a reservation "is" does not matter. Two consequences that keep it honest:
 * - confirming a reserved entry lowers held and need alike, so `available` does not move;
 * - reserved never exceeds what is held; what is missing shows as `shortfall`.
 * Accepted assignments still to come do not reserve: the work may be cancelled, declined or shorter,
 * and the client pays the hours actually worked (RULES §2/§4, one cheque per started hour). They
 * only show as the `planned` estimate, so the client can buy in time.
 */
export function walletPosition(args: {
  lots: readonly VoucherLot[];
  onDate: IsoDate;
  pendingVouchers: readonly number[];
  plannedMinutes?: readonly number[];
}): WalletPosition {
  for (const v of args.pendingVouchers) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError("ledger.quantity_invalid");
  const held = walletSummary(args.lots, args.onDate);
  const need = args.pendingVouchers.reduce((s, v) => s + v, 0);
  const reserved = Math.min(held.available, need);
  return {
    available: held.available - reserved,
    reserved,
    shortfall: need - reserved,
    planned: (args.plannedMinutes ?? []).reduce((s, m) => s + vouchersForMinutes(m), 0),
    expiringWithin30Days: held.expiringWithin30Days,
    lots: held.lots,
  };
}

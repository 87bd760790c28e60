import { lastDayOfMonthsPeriod, yearOfDate } from "../time/index.ts";
import type { IsoDate } from "../time/index.ts";

/** Client types of API.md POST /v1/clients (RULES §3 categories). */
export const CLIENT_TYPES = ["private", "localGovernment", "education", "nonprofit", "agriculture"] as const;
/** One of {@link CLIENT_TYPES}. */
export type ClientType = (typeof CLIENT_TYPES)[number];

/** RULES §4 (S7, BVR art. 38): min 5,95, steps of 0,50, max 7,45. */
export const ALLOWED_VOUCHER_PRICES_CENTS = [595, 645, 695, 745] as const;

/**
 * RULES §2 (S8, S17): the worker earns EUR 4,10 per hour (per cheque), fixed in the 2017 decree and
 * not indexed (S16). A law, not a tenant setting: GET /v1/settings shows it, PATCH refuses it.
 */
export const WORKER_HOURLY_CENTS = 410;

/** A rule violation with a stable code and the field it concerns. */
export interface PriceViolation {
  path: string;
  code: string;
}

/** RULES §2/§4 (S17, S48): each started hour costs one cheque; 61 min → 2, 0 → 0. */
export function vouchersForMinutes(minutes: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError("money.minutes_invalid");
  return Math.ceil(minutes / 60);
}

/**
 * RULES §2/§4 (S17): the cheques a client still lacks for new work of `minutes` per visit (one
 * number for one klus, several for the dates of a series): one per started hour of each visit,
 * against what the wallet holds beyond the hours already entered (`available`) and the work already
 * planned (`planned`). 0 when the wallet covers it. A warning before proposing, not a refusal: the
 * client may still buy them before the work is done.
 */
export function vouchersShortForWork(wallet: { available: number; planned: number }, minutes: number | readonly number[]): number {
  const free = Math.max(0, wallet.available - wallet.planned);
  const needed = (typeof minutes === "number" ? [minutes] : minutes).reduce((sum, m) => sum + vouchersForMinutes(m), 0);
  return Math.max(0, needed - free);
}

/** RULES §4 (S7): a voucher price must be one of 595/645/695/745 cents. */
export function validateVoucherPrice(cents: number): { ok: true } | { ok: false; code: "settings.voucher_price_not_allowed" } {
  return (ALLOWED_VOUCHER_PRICES_CENTS as readonly number[]).includes(cents) ? { ok: true } : { ok: false, code: "settings.voucher_price_not_allowed" };
}

/** RULES §4 (S7): every price allowed, and "no price difference by user type or activity", so all equal. */
export function validateVoucherPrices(perType: Partial<Record<ClientType, number>>): PriceViolation[] {
  const out: PriceViolation[] = [];
  const entries = Object.entries(perType) as [string, number][];
  for (const [type, cents] of entries) {
    if (!validateVoucherPrice(cents).ok) out.push({ path: `voucherPriceCents.${type}`, code: "settings.voucher_price_not_allowed" });
  }
  const distinct = new Set(entries.map(([, c]) => c));
  if (distinct.size > 1) out.push({ path: "voucherPriceCents", code: "settings.voucher_price_not_uniform" });
  return out;
}

/** RULES §4 (S7): a price change takes effect on 1 January of the next year. */
export function voucherPriceEffectiveDate(changedOn: IsoDate): IsoDate {
  return `${yearOfDate(changedOn) + 1}-01-01`;
}

/** RULES §4 (S7): when the municipalities of a group do not agree, the lowest price applies. */
export function groupVoucherPrice(proposedCents: readonly number[]): number {
  if (proposedCents.length === 0) throw new RangeError("money.no_prices");
  for (const c of proposedCents) if (!validateVoucherPrice(c).ok) throw new RangeError("settings.voucher_price_not_allowed");
  return Math.min(...proposedCents);
}

/** RULES §2 (S8, S17): the worker earns the hourly pay per cheque (= per started hour). */
export function workerPayCents(vouchers: number, hourlyCents: number = WORKER_HOURLY_CENTS): number {
  if (!Number.isSafeInteger(vouchers) || vouchers < 0) throw new RangeError("money.vouchers_invalid");
  if (!Number.isSafeInteger(hourlyCents) || hourlyCents < 0) throw new RangeError("money.amount_invalid");
  return vouchers * hourlyCents;
}

/** Price of a voucher order in cents (API.md POST /v1/voucher-orders amountCents). */
export function voucherOrderAmountCents(quantity: number, priceCents: number): number {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new RangeError("money.quantity_invalid");
  if (!validateVoucherPrice(priceCents).ok) throw new RangeError("settings.voucher_price_not_allowed");
  return quantity * priceCents;
}

/** RULES §4 (S11): a cheque is valid 12 months; last valid day = issue date + months − 1 day. */
export function voucherExpiresOn(issuedOn: IsoDate, validityMonths = 12): IsoDate {
  if (!Number.isInteger(validityMonths) || validityMonths <= 0) throw new RangeError("money.validity_invalid");
  return lastDayOfMonthsPeriod(issuedOn, validityMonths);
}

import type { IsoDate } from "../time/index.ts";
import { voucherPriceEffectiveDate, type ClientType } from "./vouchers.ts";

export type VoucherPrices = Record<ClientType, number>;

/** A voucher price decided now that applies from `effectiveFrom` (RULES §4, S7). */
export interface ScheduledVoucherPrice {
  effectiveFrom: IsoDate;
  voucherPriceCents: VoucherPrices;
}

/** RULES §4 (S7): the price in force on `date` — the latest scheduled change on or before it, else the current one. */
export function voucherPricesOn(date: IsoDate, current: VoucherPrices, schedule: readonly ScheduledVoucherPrice[]): VoucherPrices {
  let best: ScheduledVoucherPrice | undefined;
  for (const s of schedule) if (s.effectiveFrom <= date && (!best || s.effectiveFrom > best.effectiveFrom)) best = s;
  return best ? { ...best.voucherPriceCents } : { ...current };
}

/**
 * RULES §4 (S7): a price change decided on `changedOn` takes effect on 1 January of the next year.
 * A second change in the same year replaces the first one still waiting; the result is sorted.
 */
export function scheduleVoucherPrice(schedule: readonly ScheduledVoucherPrice[], changedOn: IsoDate, prices: VoucherPrices): ScheduledVoucherPrice[] {
  const effectiveFrom = voucherPriceEffectiveDate(changedOn);
  return [...schedule.filter((s) => s.effectiveFrom !== effectiveFrom), { effectiveFrom, voucherPriceCents: { ...prices } }].sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
}

/** Folds changes that took effect on or before `date` into the current price; keeps what is still to come. */
export function settleVoucherPrices(
  date: IsoDate,
  current: VoucherPrices,
  schedule: readonly ScheduledVoucherPrice[],
): { current: VoucherPrices; schedule: ScheduledVoucherPrice[] } {
  return { current: voucherPricesOn(date, current, schedule), schedule: schedule.filter((s) => s.effectiveFrom > date) };
}

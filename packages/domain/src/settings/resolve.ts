import { settleVoucherPrices, type ScheduledVoucherPrice } from "../money/price-schedule.ts";
import type { IsoDate } from "../time/index.ts";
import { applySettingsPatch, DEFAULT_SETTINGS, FIXED_BY_LAW, lawfulSettings, type Settings, type SettingsPatch } from "./settings.ts";

export type ResolvedSettings = Settings & { voucherPriceSchedule: ScheduledVoucherPrice[] };

/**
 * A tenant's settings as they apply on `onDate`: its stored overrides on top of the RULES.md
 * defaults, with the voucher price in force that day (RULES §4 S7: scheduled changes apply from
 * 1 January) and the changes still to come. The one way every service reads settings.
 */
export function resolveSettings(stored: Record<string, unknown> | null | undefined, onDate: IsoDate): ResolvedSettings {
  const { voucherPriceSchedule, ...overrides } = (stored ?? {}) as SettingsPatch & { voucherPriceSchedule?: ScheduledVoucherPrice[] };
  // What the law fixes is never a tenant's to store (older tenants may still have it stored).
  for (const key of FIXED_BY_LAW) delete (overrides as Record<string, unknown>)[key];
  const merged = applySettingsPatch(DEFAULT_SETTINGS, overrides);
  const prices = settleVoucherPrices(onDate, merged.voucherPriceCents, voucherPriceSchedule ?? []);
  return lawfulSettings({ ...merged, voucherPriceCents: prices.current, voucherPriceSchedule: prices.schedule }, onDate);
}

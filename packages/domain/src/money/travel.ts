import { yearOfDate } from "../time/index.ts";
import type { IsoDate } from "../time/index.ts";
import { divRoundHalfUp } from "./rounding.ts";

/** RULES §2 (S8, S9): no travel allowance unless the round trip is more than 10 km. */
export const TRAVEL_MIN_ROUND_TRIP_TENTHS_KM = 100;

/**
 * RULES §2 (S8, S10): rate in cents per 100 km. 1500 (0,15/km) before 2024; 1700 (0,17/km) in 2024;
 * from 2025 +2 % per year compounded on the unrounded 1700 and rounded half-up once to whole cents per
 * 100 km (2025: 1734, 2026: 1768,68 → 1769). Per 100 km keeps 4 decimals of EUR/km without floats.
 */
export function travelRatePer100Km(date: IsoDate): number {
  const year = yearOfDate(date);
  if (year < 2024) return 1500;
  const n = year - 2024;
  // 1700 × 102^n / 100^n with BigInt, rounded half-up.
  const num = 1700n * 102n ** BigInt(n);
  const den = 100n ** BigInt(n);
  const q = num / den;
  return Number(2n * (num - q * den) >= den ? q + 1n : q);
}

/** API.md travelKm has at most one decimal; convert it to integer tenths of km or reject. */
export function travelKmToTenths(km: number): number {
  const tenths = Math.round(km * 10);
  if (!Number.isFinite(km) || km < 0 || Math.abs(km * 10 - tenths) > 1e-6) throw new RangeError("money.travel_km_invalid");
  return tenths;
}

/** RULES §2 (S8, S10): allowance = round-trip km × rate, half-up to cents; 0 when the round trip is ≤ 10 km. */
export function travelAllowanceCents(args: { roundTripTenthsKm: number; date: IsoDate; ratePer100KmOverride?: number }): number {
  const { roundTripTenthsKm, date, ratePer100KmOverride } = args;
  if (!Number.isSafeInteger(roundTripTenthsKm) || roundTripTenthsKm < 0) throw new RangeError("money.travel_km_invalid");
  if (roundTripTenthsKm <= TRAVEL_MIN_ROUND_TRIP_TENTHS_KM) return 0;
  const rate = ratePer100KmOverride ?? travelRatePer100Km(date);
  if (!Number.isSafeInteger(rate) || rate < 0) throw new RangeError("money.rate_invalid");
  // tenths × (cents per 100 km) / 1000 = cents.
  return divRoundHalfUp(roundTripTenthsKm * rate, 1000);
}

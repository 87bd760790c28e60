import type { ClientType } from "./vouchers.ts";
import { divRoundHalfUp } from "./rounding.ts";

/** RULES §4 (S6, S50, S14): 30 % tax reduction at launch, 20 % for purchases from 1 January 2020. */
export function taxDeductionPercent(year: number): number {
  if (!Number.isInteger(year)) throw new RangeError("money.year_invalid");
  return year < 2020 ? 30 : 20;
}

/** RULES §4 (S14): the tax reduction in cents on cheques paid in a year, half-up to the cent. */
export function taxDeductibleCents(paidCents: number, year: number): number {
  if (!Number.isSafeInteger(paidCents) || paidCents < 0) throw new RangeError("money.amount_invalid");
  return divRoundHalfUp(paidCents * taxDeductionPercent(year), 100);
}

/** RULES §3 (S13, S20): only natural persons (private clients) get a fiscal certificate. */
export function taxCertificateEligible(clientType: ClientType): boolean {
  return clientType === "private";
}

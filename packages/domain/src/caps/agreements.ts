import { calendarDaysBetween, isIsoDate, lastDayOfMonthsPeriod } from "../time/index.ts";
import type { IsoDate } from "../time/index.ts";

/** RULES §1 (S4, S18, S31): a wijk-werkovereenkomst lasts at most 12 months. */
export const LEGAL_AGREEMENT_MAX_MONTHS = 12;
/** Warn the consultant this many days before an agreement ends (continuity, RULES §8 S27). */
export const AGREEMENT_ENDING_WARNING_DAYS = 30;

/** An agreement as inclusive dates; endDate null = open-ended (legacy PWA). */
export interface AgreementRange {
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** Violation of {@link validateAgreement}. */
export interface AgreementViolation {
  path: string;
  code: "agreement.invalid_date" | "agreement.end_before_start" | "agreement.too_long" | "agreement.max_months_invalid";
}

/** Result of {@link validateAgreement}. */
export type AgreementResult = { ok: true; startDate: IsoDate; endDate: IsoDate | null } | { ok: false; violations: AgreementViolation[] };

/** RULES §1: last allowed day of an agreement starting on startDate: start + maxMonths − 1 day (see lastDayOfMonthsPeriod). */
export function maxAgreementEndDate(startDate: IsoDate, maxMonths: number = LEGAL_AGREEMENT_MAX_MONTHS): IsoDate {
  return lastDayOfMonthsPeriod(startDate, maxMonths);
}

/**
 * RULES §1 (S4, S8): end defaults to start + maxMonths − 1 day; longer → agreement.too_long, except for
 * people with a PWA agreement on 30-09-2017 (legacyPwa), whose agreement may be open-ended (endDate null).
 */
export function validateAgreement(args: { startDate: IsoDate; endDate?: IsoDate | null; legacyPwa?: boolean; maxMonths?: number }): AgreementResult {
  const maxMonths = args.maxMonths ?? LEGAL_AGREEMENT_MAX_MONTHS;
  const violations: AgreementViolation[] = [];
  if (!Number.isInteger(maxMonths) || maxMonths < 1 || maxMonths > LEGAL_AGREEMENT_MAX_MONTHS) {
    violations.push({ path: "maxMonths", code: "agreement.max_months_invalid" });
  }
  if (!isIsoDate(args.startDate)) violations.push({ path: "startDate", code: "agreement.invalid_date" });
  const end = args.endDate ?? null;
  if (end !== null && !isIsoDate(end)) violations.push({ path: "endDate", code: "agreement.invalid_date" });
  if (violations.length > 0) return { ok: false, violations };

  if (end === null) {
    return { ok: true, startDate: args.startDate, endDate: args.legacyPwa ? null : maxAgreementEndDate(args.startDate, maxMonths) };
  }
  if (end < args.startDate) return { ok: false, violations: [{ path: "endDate", code: "agreement.end_before_start" }] };
  if (!args.legacyPwa && end > maxAgreementEndDate(args.startDate, maxMonths)) {
    return { ok: false, violations: [{ path: "endDate", code: "agreement.too_long" }] };
  }
  return { ok: true, startDate: args.startDate, endDate: end };
}

/** API.md 409 agreement.overlaps: two inclusive date ranges share at least one day (null end = open). */
export function agreementsOverlap(a: AgreementRange, b: AgreementRange): boolean {
  const aEndsBeforeB = a.endDate !== null && a.endDate < b.startDate;
  const bEndsBeforeA = b.endDate !== null && b.endDate < a.startDate;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** API.md capacity agreement.daysLeft: calendar days from onDate to the (inclusive) end; 0 = last day today, < 0 = ended. */
export function daysLeft(endDate: IsoDate, onDate: IsoDate): number {
  return calendarDaysBetween(onDate, endDate);
}

/** API.md worker.agreement_inactive: the agreement covers onDate. */
export function isAgreementActive(a: AgreementRange, onDate: IsoDate): boolean {
  return a.startDate <= onDate && (a.endDate === null || onDate <= a.endDate);
}

/** RULES §1 / §8 (S27): warn when an agreement ends within 30 days, so the consultant can plan continuity. */
export function agreementEndWarning(
  endDate: IsoDate | null,
  onDate: IsoDate,
  withinDays: number = AGREEMENT_ENDING_WARNING_DAYS,
): { code: "worker.agreement_ending"; daysLeft: number; endDate: IsoDate } | null {
  if (endDate === null) return null;
  const left = daysLeft(endDate, onDate);
  if (left < 0 || left > withinDays) return null;
  return { code: "worker.agreement_ending", daysLeft: left, endDate };
}

/** Result of {@link firstDateWithoutAgreement}: the first date no agreement covers. */
export interface UncoveredDate {
  date: IsoDate;
  /** The last listed date before it that is covered, or null when none is. */
  lastCoveredBefore: IsoDate | null;
}

/**
 * RULES §3 (S20, S44; yearly fee S2, S3, S24): a client orders work under a running yearly
 * gebruikersovereenkomst, on every day of the work, so a recurring series needs one on each of its
 * dates (renewals may follow each other). Returns the first uncovered date, or null.
 */
export function firstDateWithoutAgreement(dates: readonly IsoDate[], agreements: readonly AgreementRange[]): UncoveredDate | null {
  const sorted = [...new Set(dates)].sort();
  let lastCovered: IsoDate | null = null;
  for (const date of sorted) {
    if (!agreements.some((a) => isAgreementActive(a, date))) return { date, lastCoveredBefore: lastCovered };
    lastCovered = date;
  }
  return null;
}

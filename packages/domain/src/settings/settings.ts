import { LEGAL_MONTHLY_CAP_MINUTES, LEGAL_YEARLY_CAP_MINUTES } from "../caps/index.ts";
import { LEGAL_AGREEMENT_MAX_MONTHS } from "../caps/index.ts";
import { DEFAULT_FOUR_EYES_ABOVE_CENTS, DEFAULT_PAYOUT_DAY_OF_MONTH, travelRatePer100Km, WORKER_HOURLY_CENTS } from "../money/index.ts";
import type { ClientType } from "../money/index.ts";
import { DEFAULT_SECOND_FACTOR_ENROLMENT_DAYS } from "../identity/second-factor.ts";
// score.ts only imports a type from this file, so there is no runtime cycle.
import { DEFAULT_MATCH_WEIGHTS } from "../matching/score.ts";

/** Matching weights (points) per reason code of GET /v1/jobs/{id}/matches. */
export interface MatchWeights {
  sameNeighbourhood: number;
  adjacentNeighbourhood: number;
  withinTravel: number;
  continuity: number;
  fairness: number;
  activityPreference: number;
}

/** Tenant settings: the fields of API.md GET /v1/settings plus matching weights and proposal expiry. */
export interface Settings {
  voucherPriceCents: Record<ClientType, number>;
  registrationFeeCents: number;
  /** Fixed by law (RULES §2): shown, never set (lawfulSettings fills it in). */
  workerHourlyCents: number;
  /** Fixed by law (RULES §2): the rate in force on the day, in cents per km with two decimals (17.69 in 2026). */
  travelCentsPerKm: number;
  monthlyCapMinutes: number;
  yearlyCapMinutes: number;
  agreementMaxMonths: number;
  confirmWindowDays: number;
  voucherValidityMonths: number;
  matchWeights: MatchWeights;
  proposalExpiryHours: number;
  /** RULES §5: minutes a time entry may exceed its assignment's planned length; more is refused. */
  overtimeToleranceMinutes: number;
  /** Days before an agreement's end that the consultant is told (agreement.ending), once. */
  agreementEndingNoticeDays: number;
  /** RULES §3: days from a client agreement's start during which work and cheques may be ordered before its fee is paid; 0 = off. */
  agreementFeeGraceDays: number;
  /** Issue 18: payouts, refunds and manual payments above this amount need a second person to approve; 0 = every amount. */
  fourEyesAboveCents: number;
  /** Issue 18: the day of the next month on which a month's work is paid (1–28; payoutDateOf). */
  payoutDayOfMonth: number;
  /** Issue 20: consultants need a second factor too (admins and finance always do). */
  secondFactorForConsultants: boolean;
  /** Issue 20: days a new account has to set up its second factor (0–90); after that it can only do that. */
  secondFactorEnrolmentDays: number;
}

/** The settings the law fixes (RULES §2): shown by GET /v1/settings, refused by PATCH. */
export const FIXED_BY_LAW = ["workerHourlyCents", "travelCentsPerKm"] as const;

/** A PATCH /v1/settings body: any subset, voucher prices and weights per key. */
export type SettingsPatch = Partial<Omit<Settings, "voucherPriceCents" | "matchWeights">> & {
  voucherPriceCents?: Partial<Record<ClientType, number>>;
  matchWeights?: Partial<MatchWeights>;
};

/** A field error of PATCH /v1/settings (API.md errors: [{ path, message }], plus a stable code). */
export interface SettingsError {
  path: string;
  code: string;
  message: string;
}

/**
 * API.md GET /v1/settings with the RULES.md defaults: price 7,45 for every type (RULES §4 S2/S3/S48, no
 * difference by type); fee 7,50 (§3 S2); pay 4,10 (§2 S8) and 17 c/km, the 2024 base (§2 S10), both
 * fixed by law and replaced by the day's values in lawfulSettings; 60 h / 630 h (§1 S6); 12 months (§1 S4); 4 calendar
 * days to confirm (§5 S34); cheques valid 12 months (§4 S11).
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  voucherPriceCents: Object.freeze({ private: 745, localGovernment: 745, education: 745, nonprofit: 745, agriculture: 745 }),
  registrationFeeCents: 750,
  workerHourlyCents: WORKER_HOURLY_CENTS,
  travelCentsPerKm: 17,
  monthlyCapMinutes: LEGAL_MONTHLY_CAP_MINUTES,
  yearlyCapMinutes: LEGAL_YEARLY_CAP_MINUTES,
  agreementMaxMonths: LEGAL_AGREEMENT_MAX_MONTHS,
  confirmWindowDays: 4,
  voucherValidityMonths: 12,
  matchWeights: DEFAULT_MATCH_WEIGHTS,
  proposalExpiryHours: 48,
  overtimeToleranceMinutes: 30,
  agreementEndingNoticeDays: 30,
  agreementFeeGraceDays: 0,
  fourEyesAboveCents: DEFAULT_FOUR_EYES_ABOVE_CENTS,
  payoutDayOfMonth: DEFAULT_PAYOUT_DAY_OF_MONTH,
  secondFactorForConsultants: false,
  secondFactorEnrolmentDays: DEFAULT_SECOND_FACTOR_ENROLMENT_DAYS,
}) as Readonly<Settings>;

/**
 * The law's values on `onDate` over whatever a tenant stored (RULES §2): 4,10 per hour, and the
 * travel rate of that year (travelRatePer100Km: 0,15 before 2024, 0,17 in 2024, +2 % a year since),
 * the one source the payouts use too (travel_rates in the database, 0015).
 */
export function lawfulSettings<S extends Settings>(s: S, onDate: string): S {
  return { ...s, workerHourlyCents: WORKER_HOURLY_CENTS, travelCentsPerKm: travelRatePer100Km(onDate) / 100 };
}

/** Merge a validated patch into the current settings (nested objects per key). */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...patch,
    voucherPriceCents: { ...current.voucherPriceCents, ...(patch.voucherPriceCents ?? {}) },
    matchWeights: { ...current.matchWeights, ...(patch.matchWeights ?? {}) },
  };
}

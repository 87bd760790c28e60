import { LEGAL_AGREEMENT_MAX_MONTHS, LEGAL_MONTHLY_CAP_MINUTES, LEGAL_YEARLY_CAP_MINUTES } from "../caps/index.ts";
import { CLIENT_TYPES, MAX_PAYOUT_DAY_OF_MONTH, validateVoucherPrices } from "../money/index.ts";
import { MAX_SECOND_FACTOR_ENROLMENT_DAYS } from "../identity/second-factor.ts";
import { applySettingsPatch, DEFAULT_SETTINGS, FIXED_BY_LAW, type MatchWeights, type Settings, type SettingsError, type SettingsPatch } from "./settings.ts";

/** Checking a PATCH /v1/settings body against the law before it is stored: every field error at once. */

const POSITIVE_INT_FIELDS = [
  "registrationFeeCents",
  "monthlyCapMinutes",
  "yearlyCapMinutes",
  "agreementMaxMonths",
  "confirmWindowDays",
  "voucherValidityMonths",
  "proposalExpiryHours",
  "overtimeToleranceMinutes",
  "agreementEndingNoticeDays",
] as const;
/** Settings where 0 is meaningful (off). */
const NON_NEGATIVE_INT_FIELDS = ["agreementFeeGraceDays"] as const;
/** Amounts in cents where 0 is meaningful (issue 18: 0 = four eyes on every amount). */
const NON_NEGATIVE_CENTS_FIELDS = ["fourEyesAboveCents"] as const;

/** Issue 18: the payout day of the month, 1–28 so every month has it. */
const DAY_OF_MONTH_FIELDS = ["payoutDayOfMonth"] as const;

/** Issue 20: yes/no settings. */
const BOOLEAN_FIELDS = ["secondFactorForConsultants"] as const;
/** Issue 20: days to set up a second factor, 0 (at once) to 90. */
const ENROLMENT_DAYS_FIELDS = ["secondFactorEnrolmentDays"] as const;

const KNOWN_FIELDS = new Set<string>([
  ...BOOLEAN_FIELDS,
  ...ENROLMENT_DAYS_FIELDS,
  ...POSITIVE_INT_FIELDS,
  ...NON_NEGATIVE_INT_FIELDS,
  ...NON_NEGATIVE_CENTS_FIELDS,
  ...DAY_OF_MONTH_FIELDS,
  "voucherPriceCents",
  "matchWeights",
]);

const WEIGHT_KEYS = Object.keys(DEFAULT_SETTINGS.matchWeights) as (keyof MatchWeights)[];

// Positive safe integer (no 0, no fractions, no strings).
function isPositiveInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

// A non-null, non-array object.
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** PATCH /v1/settings: legal limits of RULES §1 (caps, 12 months) and §4 (allowed, uniform prices); messages in plain Dutch. */
export function validateSettingsPatch(current: Settings, patch: SettingsPatch): SettingsError[] {
  const errors: SettingsError[] = [];
  // Bad input gets a clear answer, never a crash (DESIGN principle 7).
  if (!isPlainObject(patch)) return [{ path: "", code: "settings.not_an_object", message: "Stuur de instellingen als een object." }];
  for (const key of ["voucherPriceCents", "matchWeights"] as const) {
    if (key in patch && !isPlainObject(patch[key])) {
      return [{ path: key, code: "settings.not_an_object", message: "Stuur deze instelling als een object." }];
    }
  }
  const p = patch as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if ((FIXED_BY_LAW as readonly string[]).includes(key)) {
      errors.push({
        path: key,
        code: "settings.fixed_by_law",
        message:
          key === "workerHourlyCents"
            ? "Het uurloon van een wijk-werker ligt vast in de wet: 4,10 euro per uur (regels §2). U kunt het niet wijzigen."
            : "De verplaatsingsvergoeding ligt vast in de wet (regels §2: 0,17 euro per km in 2024, elk jaar 2 % meer). U kunt ze niet wijzigen.",
      });
    } else if (!KNOWN_FIELDS.has(key)) errors.push({ path: key, code: "settings.unknown_field", message: "Deze instelling bestaat niet." });
  }
  for (const key of POSITIVE_INT_FIELDS) {
    if (!(key in p)) continue;
    if (!isPositiveInt(p[key])) {
      errors.push({ path: key, code: "settings.not_positive_integer", message: "Vul een geheel getal groter dan 0 in." });
    }
  }
  for (const key of NON_NEGATIVE_INT_FIELDS) {
    if (key in p && !(typeof p[key] === "number" && Number.isSafeInteger(p[key]) && (p[key] as number) >= 0 && (p[key] as number) <= 365)) {
      errors.push({ path: key, code: "settings.out_of_range", message: "Vul een geheel getal van 0 tot 365 in." });
    }
  }
  for (const key of NON_NEGATIVE_CENTS_FIELDS) {
    if (key in p && !(typeof p[key] === "number" && Number.isSafeInteger(p[key]) && (p[key] as number) >= 0)) {
      errors.push({ path: key, code: "settings.out_of_range", message: "Vul een bedrag van 0 euro of meer in." });
    }
  }
  for (const key of DAY_OF_MONTH_FIELDS) {
    const v = p[key];
    if (key in p && !(typeof v === "number" && Number.isSafeInteger(v) && v >= 1 && v <= MAX_PAYOUT_DAY_OF_MONTH)) {
      errors.push({ path: key, code: "settings.out_of_range", message: "Kies een dag van 1 tot 28: elke maand heeft die dag." });
    }
  }
  for (const key of BOOLEAN_FIELDS) {
    if (key in p && typeof p[key] !== "boolean") errors.push({ path: key, code: "settings.not_boolean", message: "Kies ja of nee." });
  }
  for (const key of ENROLMENT_DAYS_FIELDS) {
    const v = p[key];
    if (key in p && !(typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= MAX_SECOND_FACTOR_ENROLMENT_DAYS)) {
      errors.push({ path: key, code: "settings.out_of_range", message: `Vul een geheel getal van 0 tot ${MAX_SECOND_FACTOR_ENROLMENT_DAYS} in.` });
    }
  }
  const ok = (key: string) => key in p && isPositiveInt(p[key]);
  if (ok("monthlyCapMinutes") && (p.monthlyCapMinutes as number) > LEGAL_MONTHLY_CAP_MINUTES) {
    errors.push({ path: "monthlyCapMinutes", code: "settings.cap_above_legal", message: "Een wijk-werker mag maximaal 60 uur per maand werken." });
  }
  if (ok("yearlyCapMinutes") && (p.yearlyCapMinutes as number) > LEGAL_YEARLY_CAP_MINUTES) {
    errors.push({ path: "yearlyCapMinutes", code: "settings.cap_above_legal", message: "Een wijk-werker mag maximaal 630 uur per jaar werken." });
  }
  if (ok("agreementMaxMonths") && (p.agreementMaxMonths as number) > LEGAL_AGREEMENT_MAX_MONTHS) {
    errors.push({
      path: "agreementMaxMonths",
      code: "settings.agreement_max_months_out_of_range",
      message: "Een wijk-werkovereenkomst duurt 1 tot 12 maanden.",
    });
  }
  const merged = applySettingsPatch(current, patch);
  if (ok("monthlyCapMinutes") || ok("yearlyCapMinutes")) {
    if (merged.monthlyCapMinutes > merged.yearlyCapMinutes) {
      errors.push({
        path: "monthlyCapMinutes",
        code: "settings.cap_month_above_year",
        message: "Het maximum per maand mag niet hoger zijn dan het maximum per jaar.",
      });
    }
  }

  if (patch.voucherPriceCents !== undefined) {
    const prices = patch.voucherPriceCents as Record<string, unknown>;
    for (const [type, cents] of Object.entries(prices)) {
      if (!(CLIENT_TYPES as readonly string[]).includes(type)) {
        errors.push({ path: `voucherPriceCents.${type}`, code: "settings.unknown_field", message: "Dit type gebruiker bestaat niet." });
      } else if (typeof cents !== "number" || !Number.isSafeInteger(cents)) {
        errors.push({ path: `voucherPriceCents.${type}`, code: "settings.not_positive_integer", message: "Vul een bedrag in centen in." });
      }
    }
    if (!errors.some((e) => e.path.startsWith("voucherPriceCents."))) {
      for (const v of validateVoucherPrices(merged.voucherPriceCents)) {
        errors.push({
          ...v,
          message:
            v.code === "settings.voucher_price_not_uniform"
              ? "De prijs van een cheque is voor alle gebruikers en alle activiteiten dezelfde (regels §4: geen prijsverschil per soort gebruiker of activiteit)."
              : "Kies een prijs van 5,95, 6,45, 6,95 of 7,45 euro (regels §4: minstens 5,95, stappen van 0,50, hoogstens 7,45).",
        });
      }
    }
  }

  if (patch.matchWeights !== undefined) {
    for (const [key, w] of Object.entries(patch.matchWeights as Record<string, unknown>)) {
      if (!(WEIGHT_KEYS as string[]).includes(key)) {
        errors.push({ path: `matchWeights.${key}`, code: "settings.unknown_field", message: "Dit gewicht bestaat niet." });
      } else if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0 || w > 100) {
        errors.push({ path: `matchWeights.${key}`, code: "settings.weight_out_of_range", message: "Vul een geheel getal van 0 tot 100 in." });
      }
    }
  }
  return errors;
}

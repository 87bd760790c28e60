/** Monthly and yearly hour caps of a worker, in minutes. */
export interface Caps {
  monthlyCapMinutes: number;
  yearlyCapMinutes: number;
}

/** RULES §1 (S6, S1, S8): legal maximum 60 h per month. */
export const LEGAL_MONTHLY_CAP_MINUTES = 3600;
/** RULES §1 (S6, S1, S8): legal maximum 630 h per year. */
export const LEGAL_YEARLY_CAP_MINUTES = 37800;
/** RULES §1: the legal caps are the defaults; a tenant may only lower them. */
export const DEFAULT_CAPS: Readonly<Caps> = Object.freeze({
  monthlyCapMinutes: LEGAL_MONTHLY_CAP_MINUTES,
  yearlyCapMinutes: LEGAL_YEARLY_CAP_MINUTES,
});
/** Warn the consultant when a booking leaves 5 h or less of a cap. */
export const NEAR_CAP_WARNING_MINUTES = 300;

/** Stable violation codes of API.md POST /v1/jobs/{id}/assignments and time entries. */
export type CapViolation = "worker.monthly_cap_exceeded" | "worker.yearly_cap_exceeded";
/** A non-blocking warning near a cap. */
export interface CapWarning {
  code: "worker.near_monthly_cap" | "worker.near_yearly_cap";
  remainingMinutes: number;
}
/** Result of {@link checkCaps}. */
export interface CapCheck {
  ok: boolean;
  violations: CapViolation[];
  warnings: CapWarning[];
}

// Non-negative safe integer check for minute counts.
function assertMinutes(n: number, code: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(code);
}

/** RULES §1 (S6): adding minutes may not take the worker's month or year total above the cap; warn when ≤ 5 h is left. */
export function checkCaps(args: { usedMonthMinutes: number; usedYearMinutes: number; addMinutes: number; caps?: Caps }): CapCheck {
  const caps = args.caps ?? DEFAULT_CAPS;
  assertMinutes(args.usedMonthMinutes, "caps.used_invalid");
  assertMinutes(args.usedYearMinutes, "caps.used_invalid");
  assertMinutes(args.addMinutes, "caps.add_invalid");
  assertMinutes(caps.monthlyCapMinutes, "caps.cap_invalid");
  assertMinutes(caps.yearlyCapMinutes, "caps.cap_invalid");
  const violations: CapViolation[] = [];
  const warnings: CapWarning[] = [];
  const monthLeft = caps.monthlyCapMinutes - (args.usedMonthMinutes + args.addMinutes);
  const yearLeft = caps.yearlyCapMinutes - (args.usedYearMinutes + args.addMinutes);
  if (monthLeft < 0) violations.push("worker.monthly_cap_exceeded");
  else if (monthLeft <= NEAR_CAP_WARNING_MINUTES) warnings.push({ code: "worker.near_monthly_cap", remainingMinutes: monthLeft });
  if (yearLeft < 0) violations.push("worker.yearly_cap_exceeded");
  else if (yearLeft <= NEAR_CAP_WARNING_MINUTES) warnings.push({ code: "worker.near_yearly_cap", remainingMinutes: yearLeft });
  return { ok: violations.length === 0, violations, warnings };
}

/** API.md GET /v1/workers/{id}/capacity: one period's figures; remaining never below 0. */
export interface Capacity {
  usedMinutes: number;
  plannedMinutes: number;
  capMinutes: number;
  remainingMinutes: number;
}

/** API.md capacity: remaining = cap − used (confirmed/submitted) − planned (accepted assignments), floored at 0. */
export function capacity(args: { usedMinutes: number; plannedMinutes: number; capMinutes: number }): Capacity {
  assertMinutes(args.usedMinutes, "caps.used_invalid");
  assertMinutes(args.plannedMinutes, "caps.used_invalid");
  assertMinutes(args.capMinutes, "caps.cap_invalid");
  return {
    usedMinutes: args.usedMinutes,
    plannedMinutes: args.plannedMinutes,
    capMinutes: args.capMinutes,
    remainingMinutes: Math.max(0, args.capMinutes - args.usedMinutes - args.plannedMinutes),
  };
}

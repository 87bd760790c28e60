import { addCalendarDays, type IsoDate } from "../time/brussels.ts";
import { LEGAL_AGREEMENT_MAX_MONTHS, maxAgreementEndDate } from "./agreements.ts";

/** An earlier wijk-werkovereenkomst as the trajectory rule reads it. */
export interface PastAgreement {
  startDate: IsoDate;
  endDate: IsoDate | null;
  reReferral: boolean;
}

/** The date of the PWA agreement that exempts someone from the 12 months (RULES §1, S4, S8): on 30-09-2017 they had one. */
export const PWA_REFERENCE_DATE = "2017-09-30";

/**
 * The trajectory an agreement starting on `startDate` would continue (RULES §1, S4, S18, S31: the
 * length is set per person in the "traject naar werk", at most 12 months; S32/S12: another period
 * needs a new referral, "hertoeleiding"). A trajectory is a chain of agreements each starting the
 * day after the previous one ended, from its first agreement or its last re-referral.
 *
 * A new agreement is a re-referral when it starts right after the previous one, or still within
 * the 12 months of the trajectory that one belongs to: then the referrer's new referral must be
 * recorded. Returns the trajectory's first day and whether a re-referral is needed.
 */
export function trajectoryFor(
  past: readonly PastAgreement[],
  startDate: IsoDate,
  maxMonths = LEGAL_AGREEMENT_MAX_MONTHS,
): { trajectoryStart: IsoDate | null; reReferralNeeded: boolean } {
  const before = past.filter((a) => a.endDate !== null && a.endDate < startDate).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const last = before.at(-1);
  if (!last) return { trajectoryStart: null, reReferralNeeded: false };
  let first = last;
  for (let i = before.length - 2; i >= 0 && !first.reReferral; i--) {
    const prev = before[i]!;
    if (prev.endDate === null || addCalendarDays(prev.endDate, 1) !== first.startDate) break;
    first = prev;
  }
  const consecutive = addCalendarDays(last.endDate!, 1) >= startDate;
  const withinTrajectory = startDate <= maxAgreementEndDate(first.startDate, maxMonths);
  return { trajectoryStart: first.startDate, reReferralNeeded: consecutive || withinTrajectory };
}

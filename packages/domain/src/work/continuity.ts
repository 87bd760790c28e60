import { addCalendarDays, addCalendarMonths, calendarDaysBetween } from "../time/brussels.ts";

/**
 * Issue 19, continuity and handover: before a worker's agreement ends (RULES §1: 12 months), each of
 * their regular clients gets a successor, announced in time, so the client keeps a familiar face.
 */

/** The worklist shows a leaving worker's clients from this many days before the end … */
export const HANDOVER_FIRST_NOTICE_DAYS = 60;
/** … and marks them urgent from this many days. */
export const HANDOVER_URGENT_DAYS = 30;
/** A regular client: confirmed work in at least this many different months … */
export const REGULAR_MIN_MONTHS = 2;
/** … of the last this many months (today's month included). */
export const REGULAR_LOOKBACK_MONTHS = 6;

/** The first day that counts for "regular": the first of the month, REGULAR_LOOKBACK_MONTHS − 1 months back. */
export function regularSince(today: string): string {
  return addCalendarMonths(`${today.slice(0, 7)}-01`, -(REGULAR_LOOKBACK_MONTHS - 1));
}

/**
 * A regular client of a worker: confirmed work (the client said "it was done") in at least 2
 * different calendar months of the last 6 (today's month included). One visit, or several in one
 * month, is not yet a habit; a series that ran for two months is.
 */
export function isRegularClient(confirmedWorkDates: readonly string[], today: string): boolean {
  const since = regularSince(today);
  const months = new Set(confirmedWorkDates.filter((d) => d >= since && d <= today).map((d) => d.slice(0, 7)));
  return months.size >= REGULAR_MIN_MONTHS;
}

/** Which notice a leaving worker is at: 60 (from 60 days before the end), 30 (urgent), or null (not yet, or ended). */
export function handoverNotice(agreementEnd: string, today: string): 60 | 30 | null {
  const daysLeft = calendarDaysBetween(today, agreementEnd);
  if (daysLeft < 0 || daysLeft > HANDOVER_FIRST_NOTICE_DAYS) return null;
  return daysLeft <= HANDOVER_URGENT_DAYS ? 30 : 60;
}

/**
 * Whether a worker may succeed a leaving one: not the leaving worker, and not near their own end —
 * their agreement runs (or has no end, ex-PWA) at least HANDOVER_FIRST_NOTICE_DAYS past the leaving
 * worker's last day, so the client does not need another handover right away.
 */
export function canSucceed(input: { candidateId: string; leavingWorkerId: string; candidateAgreementEnd: string | null; leavingEnd: string }): boolean {
  if (input.candidateId === input.leavingWorkerId) return false;
  if (input.candidateAgreementEnd === null) return true;
  return input.candidateAgreementEnd >= addCalendarDays(input.leavingEnd, HANDOVER_FIRST_NOTICE_DAYS);
}

/** A handover's life: announced (successor told to the client), moved (the series went over at the end), or cancelled. */
export type HandoverStatus = "announced" | "moved" | "cancelled";

/** The series moves once the leaving worker's agreement has ended (the day after the last day). */
export function seriesMovesOn(leavingEnd: string): string {
  return addCalendarDays(leavingEnd, 1);
}

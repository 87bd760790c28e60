import { addCalendarDays, addCalendarMonths, type IsoDate } from "../time/index.ts";
import type { CoachingSettings, EvaluationMomentKey } from "./types.ts";

/** A planned evaluation of an agreement. */
export interface EvaluationMoment {
  key: EvaluationMomentKey;
  dueOn: IsoDate;
}

/** Issue 19: months after the exit when the worker's situation is asked (the Flemish "32 % at work 9 months later", RULES §9 S45). */
export const FOLLOW_UP_MONTHS = 9;

/** Days ahead that the worklist already shows an evaluation that is coming. */
export const EVALUATION_LOOKAHEAD_DAYS = 14;

/**
 * Issue 19 rule "evaluations at the tenant's moments": N months after the agreement's start for every N
 * of the setting, as long as that day is before the agreement's end, and `evaluationBeforeEndDays`
 * before the end (not before the start). An agreement without end (legacy PWA) has no 'before_end'.
 * Sorted by date.
 */
export function evaluationMoments(agreement: { startDate: IsoDate; endDate: IsoDate | null }, settings: CoachingSettings): EvaluationMoment[] {
  const { startDate, endDate } = agreement;
  const months = [...new Set(settings.evaluationMonths)].sort((a, b) => a - b);
  const moments: EvaluationMoment[] = [];
  for (const n of months) {
    const dueOn = addCalendarMonths(startDate, n);
    if (endDate === null || dueOn < endDate) moments.push({ key: `months_${n}`, dueOn });
  }
  if (endDate !== null) {
    const beforeEnd = addCalendarDays(endDate, -settings.evaluationBeforeEndDays);
    moments.push({ key: "before_end", dueOn: beforeEnd < startDate ? startDate : beforeEnd });
  }
  return moments.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * Issue 19 rule "the worklist shows evaluations due": the planned moments not yet evaluated whose day
 * is today or within EVALUATION_LOOKAHEAD_DAYS; overdue ones stay until they are evaluated.
 */
export function evaluationsDue(moments: EvaluationMoment[], doneKeys: Iterable<string>, today: IsoDate): EvaluationMoment[] {
  const done = new Set(doneKeys);
  const horizon = addCalendarDays(today, EVALUATION_LOOKAHEAD_DAYS);
  return moments.filter((m) => !done.has(m.key) && m.dueOn <= horizon);
}

/** Issue 19 rule "follow-up 9 months after the exit": the day the worker's situation is asked. */
export function followUpDueOn(exitDate: IsoDate): IsoDate {
  return addCalendarMonths(exitDate, FOLLOW_UP_MONTHS);
}

/** Issue 19: a follow-up is due from its day on until an answer is recorded. */
export function isFollowUpDue(dueOn: IsoDate, answered: boolean, today: IsoDate): boolean {
  return !answered && dueOn <= today;
}

import { addCalendarMonths, type IsoDate } from "../time/index.ts";

/**
 * Issue 19 and RULES §9 (S45: 32 % of participants had a job 9 months later): of the workers who
 * exited in a period, the share in work 9 months after their exit. Only follow-ups that were
 * recorded count towards the share; exits without one are counted apart ("unknown"), and so are
 * exits whose 9 months have not passed yet ("not yet due").
 */
export const FOLLOW_UP_MONTHS = 9;

/** The day the follow-up of an exit is due: 9 calendar months after it. */
export function followUpDueOn(exitedOn: IsoDate): IsoDate {
  return addCalendarMonths(exitedOn, FOLLOW_UP_MONTHS);
}

export interface ExitOutcome {
  exitedOn: IsoDate;
  /** From the follow-up: true in work, false not in work (training counts as not in work), null when none was recorded. */
  inWork: boolean | null;
}

export interface OutflowFigures {
  exited: number;
  inWork: number;
  notInWork: number;
  unknown: number;
  notYetDue: number;
  /** inWork / (inWork + notInWork) as a whole percentage, rounded half up; null when no follow-up is known. */
  sharePercent: number | null;
}

/** The outflow share of the exits in [from, to] (inclusive), as known on `today`. */
export function outflowFigures(exits: readonly ExitOutcome[], from: IsoDate, to: IsoDate, today: IsoDate): OutflowFigures {
  const f = { exited: 0, inWork: 0, notInWork: 0, unknown: 0, notYetDue: 0 };
  for (const e of exits) {
    if (e.exitedOn < from || e.exitedOn > to) continue;
    f.exited++;
    if (e.inWork === true) f.inWork++;
    else if (e.inWork === false) f.notInWork++;
    else if (followUpDueOn(e.exitedOn) > today) f.notYetDue++;
    else f.unknown++;
  }
  const known = f.inWork + f.notInWork;
  return { ...f, sharePercent: known === 0 ? null : Math.floor((f.inWork * 200 + known) / (2 * known)) };
}

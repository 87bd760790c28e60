import { addCalendarMonths, brusselsDateOf, type IsoDate } from "../time/brussels.ts";

/** An assignment as the caps count it: planned minutes, starting at an instant, in a status. */
export interface PlannedWork {
  id: string;
  startsAt: string | Date;
  minutes: number;
  status: string;
}
/** A time entry as the caps count it: minutes worked on a Brussels date, for an assignment. */
export interface EnteredWork {
  assignmentId: string;
  workDate: IsoDate;
  minutes: number;
  status: string;
}

export interface MinutesHeld {
  worked: number;
  planned: number;
}

/** The minutes an assignment holds while its hours are not entered: proposed and accepted ones only. */
export function plannedMinutesOf(a: { status: string; minutes: number }): number {
  return a.status === "proposed" || a.status === "accepted" ? a.minutes : 0;
}

/** What entering `minutes` for an assignment adds to its worker's month and year: the entry replaces the plan. */
export function minutesAddedByEntry(a: { status: string; minutes: number }, minutes: number): number {
  return minutes - plannedMinutesOf(a);
}

/**
 * RULES §1 (S4): what counts against the 60 h per month and 630 h per year. Hours worked count from
 * the moment they are entered, on their work date (time entries not cancelled); work planned counts
 * until its hours are entered: a proposed or accepted assignment without a live entry, on the
 * Brussels date it starts. An entry replaces its assignment's planned minutes — whatever the two
 * differ by. The database keeps a copy per worker and month for speed (packages/db/sql/functions/app_worker_minutes_entry_delta.sql and app_worker_minutes_on_assignment.sql,
 * kept by triggers); services/api/test/worker-minutes-property.test.ts binds it to this function.
 */
export function minutesHeld(work: { assignments: readonly PlannedWork[]; entries: readonly EnteredWork[] }, from: IsoDate, until: IsoDate): MinutesHeld {
  const inPeriod = (date: IsoDate) => date >= from && date < until;
  const live = work.entries.filter((e) => e.status !== "cancelled");
  const entered = new Set(live.map((e) => e.assignmentId));
  const worked = live.filter((e) => inPeriod(e.workDate)).reduce((s, e) => s + e.minutes, 0);
  const planned = work.assignments.filter((a) => !entered.has(a.id) && inPeriod(brusselsDateOf(a.startsAt))).reduce((s, a) => s + plannedMinutesOf(a), 0);
  return { worked, planned };
}

/** The minutes held in the Brussels month and the year of `date`, as the caps check reads them. */
export function monthAndYearMinutes(
  work: { assignments: readonly PlannedWork[]; entries: readonly EnteredWork[] },
  date: IsoDate,
): { month: MinutesHeld; year: MinutesHeld } {
  const month = `${date.slice(0, 7)}-01`;
  const year = `${date.slice(0, 4)}-01-01`;
  return { month: minutesHeld(work, month, addCalendarMonths(month, 1)), year: minutesHeld(work, year, addCalendarMonths(year, 12)) };
}

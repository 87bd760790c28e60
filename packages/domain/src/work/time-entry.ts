import type { IsoDate } from "../time/index.ts";

/** Why hours cannot be entered as given, if they cannot (RULES §5: hours of work done, then confirmed). */
export type TimeEntryDateProblem = "time_entry.future_date" | "time_entry.outside_assignment" | "time_entry.over_planned";

/**
 * RULES §5 (S34, S35): the prestatie is entered after the work and the client confirms it then.
 * - The work date may not lie after today in Europe/Brussels: hours of work that has not happened
 *   cannot be confirmed (and would be auto-confirmed before the work took place).
 * - The work date is the assignment's own day.
 * - Minutes above the planned length plus the tenant's tolerance are refused: longer work is
 *   recorded by the consultant as a correction (decision in the package README).
 */
export function timeEntryProblem(input: {
  date: IsoDate;
  today: IsoDate;
  assignmentDate: IsoDate;
  minutes: number;
  plannedMinutes: number;
  toleranceMinutes: number;
}): TimeEntryDateProblem | null {
  if (input.date > input.today) return "time_entry.future_date";
  if (input.date !== input.assignmentDate) return "time_entry.outside_assignment";
  if (input.minutes > input.plannedMinutes + input.toleranceMinutes) return "time_entry.over_planned";
  return null;
}

/**
 * RULES §5: the client's confirmation window counts from the later of the work date and the day
 * the hours were submitted, so it never runs before the work is done.
 */
export function confirmWindowStart(workDate: IsoDate, submittedOn: IsoDate): IsoDate {
  return workDate > submittedOn ? workDate : submittedOn;
}

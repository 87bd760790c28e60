import { checkCaps, plannedMinutesOf, timeEntryProblem, type Settings } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import type { WorkerMinutes } from "../work/worker-minutes.ts";
import type { AssignmentRef, EntryContext } from "./entry-context.ts";

/** Why hours cannot be written: the checks that POST, the batch and a correction share. */

/** RULES §1: nobody works more than a long day on one assignment; more is a typing error. */
export const MAX_ENTRY_MINUTES = 12 * 60;

/** Why hours cannot be entered for this assignment on this date, if they cannot (POST only). */
export function submissionProblem(found: EntryContext | undefined, input: { date: string; minutes: number }, actor: TokenClaims): AppError | undefined {
  if (!found || (actor.role === "worker" && found.assignment.workerId !== actor.subjectId)) return notFound("Deze toewijzing");
  const { assignment } = found;
  // Issue 19: the successor's inloopbeurt is a first acquaintance, not work for the client: no hours, no cheque.
  if (assignment.status === "inloop")
    return new AppError("time_entry.inloop_visit", "Dit was een inloopbeurt: daarvoor geeft u geen uren in. De klant betaalt er geen cheque voor.");
  if (assignment.status !== "accepted" && assignment.status !== "completed") {
    return new AppError(
      "time_entry.assignment_not_active",
      `Deze toewijzing is ${assignment.status}: alleen voor een aanvaarde toewijzing kan u uren ingeven.`,
    );
  }
  if (input.minutes > MAX_ENTRY_MINUTES) return new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
  const problem = timeEntryProblem({
    date: input.date,
    today: found.today,
    assignmentDate: assignment.localDate,
    minutes: input.minutes,
    plannedMinutes: assignment.minutes,
    toleranceMinutes: found.settings.overtimeToleranceMinutes,
  });
  if (problem === "time_entry.future_date")
    return new AppError(problem, `Uren kan u pas ingeven als het werk gedaan is: ${input.date} ligt nog in de toekomst.`);
  if (problem === "time_entry.outside_assignment") return new AppError(problem, `De toewijzing was op ${assignment.localDate}, niet op ${input.date}.`);
  if (problem === "time_entry.over_planned") {
    return new AppError(
      problem,
      `Er waren ${assignment.minutes} minuten gepland. Meer dan ${found.settings.overtimeToleranceMinutes} minuten extra kan u niet zelf ingeven: vraag het aan uw bemiddelaar.`,
    );
  }
  if (found.hasLiveEntry) return ALREADY_EXISTS();
  return undefined;
}

export const ALREADY_EXISTS = () => new AppError("time_entry.already_exists", "Voor deze toewijzing zijn de uren al ingegeven.");

/** RULES §1 caps on the actual minutes, read under the worker lock (checkCaps, the domain's rule). */
export function capsProblem(assignment: AssignmentRef, held: WorkerMinutes, minutes: number, settings: Settings): AppError | undefined {
  const replaced = plannedMinutesOf(assignment);
  const check = checkCaps({
    usedMonthMinutes: Math.max(0, held.month.worked + held.month.planned - replaced),
    usedYearMinutes: Math.max(0, held.year.worked + held.year.planned - replaced),
    addMinutes: minutes,
    caps: { monthlyCapMinutes: settings.monthlyCapMinutes, yearlyCapMinutes: settings.yearlyCapMinutes },
  });
  const violation = check.violations[0];
  if (!violation) return undefined;
  return new AppError(
    violation,
    violation === "worker.monthly_cap_exceeded"
      ? "Met deze uren gaat de wijk-werker over het maandmaximum."
      : "Met deze uren gaat de wijk-werker over het jaarmaximum.",
  );
}

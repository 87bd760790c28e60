/** Life-cycle of jobs (klussen) and assignments (toewijzingen): who may move them where. */

export type JobStatus = "open" | "assigned" | "done" | "cancelled";

/**
 * One accepted worker per job occurrence, unless the job asks for more (workersNeeded, a later
 * issue): another acceptance is refused once the job holds that many accepted or completed ones.
 */
export function jobHasRoom(acceptedOrCompleted: number, workersNeeded = 1): boolean {
  return acceptedOrCompleted < workersNeeded;
}

/** A job can be cancelled while no work was confirmed on it: open or assigned. */
export function canCancelJob(status: string): boolean {
  return status === "open" || status === "assigned";
}

/**
 * An assignment is completed once hours entered for it are confirmed (by the client, the
 * consultant or the automatic confirmation): confirming is the client's "the work was done".
 */
export function assignmentCompletes(assignmentStatus: string, entryStatus: string): boolean {
  return assignmentStatus === "accepted" && entryStatus === "confirmed";
}

/**
 * The work of one job (one occurrence) is done when at least one assignment was completed and no
 * accepted one is still waiting for its hours. Open proposals do not hold it back: the job is
 * taken, nobody can accept them any more (jobHasRoom).
 */
export function jobWorkDone(assignmentStatuses: readonly string[]): boolean {
  return assignmentStatuses.includes("completed") && !assignmentStatuses.includes("accepted");
}

/**
 * A job is done when its own work is done and, for the first job of a series (which stands for the
 * series), every other occurrence is done or cancelled: the series ends with its last confirmed hours.
 */
export function jobDone(ownWorkDone: boolean, otherOccurrenceStatuses: readonly string[] = []): boolean {
  return ownWorkDone && otherOccurrenceStatuses.every((s) => s === "done" || s === "cancelled");
}

/** What cancelling reaches: the job itself, and for the first job of a series every occurrence not done yet. */
export function cancelsWith(isSeriesHead: boolean, occurrenceStatus: string): boolean {
  return isSeriesHead && canCancelJob(occurrenceStatus);
}

/** Dutch labels of the job statuses, for lists and detail pages. */
export const JOB_STATUS_LABELS: Readonly<Record<JobStatus, string>> = Object.freeze({
  open: "Open",
  assigned: "Toegewezen",
  done: "Klaar",
  cancelled: "Geannuleerd",
});

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

/** Dutch labels of the job statuses, for lists and detail pages. */
export const JOB_STATUS_LABELS: Readonly<Record<JobStatus, string>> = Object.freeze({
  open: "Open",
  assigned: "Toegewezen",
  done: "Klaar",
  cancelled: "Geannuleerd",
});

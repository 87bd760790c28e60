/**
 * Issue 17: a worker who tapped "Ik kan niet" may take it back for 10 minutes. Within the window
 * the decline is undone (the proposal is open again, if it is still valid and the job has room);
 * the consultant hears of a decline only once the window has passed and it still stands.
 */
export const DECLINE_UNDO_MINUTES = 10;

/** Until when a decline answered at `declinedAt` can be undone. */
export function declineUndoUntil(declinedAt: Date | string): Date {
  return new Date(new Date(declinedAt).getTime() + DECLINE_UNDO_MINUTES * 60_000);
}

/** Whether a decline answered at `declinedAt` can still be undone at `now` (the end itself is too late). */
export function canUndoDecline(declinedAt: Date | string, now: Date): boolean {
  return now.getTime() < declineUndoUntil(declinedAt).getTime();
}

/** Reasons a worker can pick when declining (free text may follow); stable codes, the words are in the catalogues. */
export const DECLINE_REASONS = ["busy", "too_far", "ill", "not_my_work", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

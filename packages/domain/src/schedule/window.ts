import { DateTime } from "luxon";

function millis(instant: string): number {
  const dt = DateTime.fromISO(instant, { setZone: true });
  if (!dt.isValid) throw new RangeError("time.invalid_instant");
  return dt.toMillis();
}

/**
 * API.md assignments: a worker is planned on a job "at a time" within the job's window (DESIGN
 * words: toewijzing). Both ends inclusive: an assignment may start at the window's start and end at
 * its end. Compared as instants, so offsets and DST do not matter.
 */
export function liesWithinWindow(span: { startsAt: string; endsAt: string }, window: { from: string; to: string }): boolean {
  return millis(span.startsAt) >= millis(window.from) && millis(span.endsAt) <= millis(window.to);
}

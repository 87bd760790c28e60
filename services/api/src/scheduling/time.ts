import { DateTime } from "luxon";
import { brusselsDateOf, isoBrussels } from "@wijkwerk/domain";

/** Milliseconds since the epoch, to compare instants written with different offsets. */
export function epochOf(value: string | Date): number {
  return value instanceof Date ? value.getTime() : DateTime.fromISO(isoBrussels(value)).toMillis();
}

export function todayInBrussels(now: Date = new Date()): string {
  return brusselsDateOf(now);
}

/** "09:00:00" (a PostgreSQL time) → "09:00". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

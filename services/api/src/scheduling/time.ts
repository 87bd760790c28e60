import { DateTime } from "luxon";
import { BRUSSELS_ZONE, brusselsDateOf } from "@wijkwerk/domain";

/** A timestamptz as PostgreSQL or JS gives it → ISO 8601 with the Brussels offset of that day. */
export function brusselsIso(value: string | Date): string {
  const dt = value instanceof Date ? DateTime.fromJSDate(value) : value.includes("T") ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromSQL(value, { setZone: true });
  if (!dt.isValid) throw new RangeError(`not a timestamp: ${String(value)}`);
  return dt.setZone(BRUSSELS_ZONE).toISO({ suppressMilliseconds: true })!;
}

/** Milliseconds since the epoch, to compare instants written with different offsets. */
export function epochOf(value: string | Date): number {
  return value instanceof Date ? value.getTime() : DateTime.fromISO(brusselsIso(value)).toMillis();
}

export function todayInBrussels(now: Date = new Date()): string {
  return brusselsDateOf(now);
}

/** "09:00:00" (a PostgreSQL time) → "09:00". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

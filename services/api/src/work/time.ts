import { DateTime } from "luxon";
import { BRUSSELS_ZONE } from "@wijkwerk/domain";

/** Timestamps go out with the Brussels offset of that day (API.md: ISO 8601 with offset). */
export function isoBrussels(value: string | Date): string {
  const dt = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(value.includes("T") ? value : value.replace(" ", "T"), { setZone: true });
  return dt.setZone(BRUSSELS_ZONE).toISO({ suppressMilliseconds: true }) ?? String(value);
}

/** Brussels wall-clock "YYYY-MM-DDTHH:mm" of an instant: the start of a recurring series. */
export function brusselsLocal(instant: string): string {
  return DateTime.fromISO(instant, { setZone: true }).setZone(BRUSSELS_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The evening before a start at 18:00 Brussels: when the worker gets the reminder. */
export function reminderAt(startsAt: string | Date): Date {
  const start = (startsAt instanceof Date ? DateTime.fromJSDate(startsAt) : DateTime.fromISO(startsAt, { setZone: true })).setZone(BRUSSELS_ZONE);
  return start.minus({ days: 1 }).set({ hour: 18, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

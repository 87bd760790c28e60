import { DateTime } from "luxon";
import { BRUSSELS_ZONE } from "../time/index.ts";

/** No SMS between 21:00 and 08:00 Brussels wall-clock time (issue "Notifications"). */
export const QUIET_HOURS = { fromHour: 21, untilHour: 8 } as const;

/**
 * When a non-urgent SMS may go out: `now` itself outside quiet hours, otherwise the next 08:00 in
 * Europe/Brussels (the same morning after midnight, the next morning before). DST-safe: 08:00 is a
 * wall-clock time, so the offset of that morning applies.
 */
export function smsSendAfter(now: Date): Date {
  const local = DateTime.fromJSDate(now).setZone(BRUSSELS_ZONE);
  if (local.hour >= QUIET_HOURS.untilHour && local.hour < QUIET_HOURS.fromHour) return now;
  const day = local.hour >= QUIET_HOURS.fromHour ? local.plus({ days: 1 }) : local;
  return day.set({ hour: QUIET_HOURS.untilHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** True when `now` falls in the quiet hours. */
export function inQuietHours(now: Date): boolean {
  return smsSendAfter(now).getTime() !== now.getTime();
}

/** Same Brussels calendar day: a cancellation for today cannot wait for the morning. */
export function sameBrusselsDay(a: Date, b: Date): boolean {
  const za = DateTime.fromJSDate(a).setZone(BRUSSELS_ZONE);
  const zb = DateTime.fromJSDate(b).setZone(BRUSSELS_ZONE);
  return za.hasSame(zb, "day");
}

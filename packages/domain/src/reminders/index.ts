import { DateTime } from "luxon";

const ZONE = "Europe/Brussels";

/**
 * When to remind someone of a training session or zitdag appointment: the calendar day before,
 * at `hour` o'clock Brussels wall-clock (DESIGN principle 3). Calendar arithmetic, not "minus 24
 * hours", so the reminder stays at 18:00 local when the night between has a DST switch.
 */
export function dayBeforeReminderAt(startsAt: string | Date, hour = 18): Date {
  const start = startsAt instanceof Date ? DateTime.fromJSDate(startsAt) : DateTime.fromISO(startsAt, { setZone: true });
  if (!start.isValid) throw new RangeError("reminder.invalid_instant");
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError("reminder.invalid_hour");
  return start.setZone(ZONE).startOf("day").minus({ days: 1 }).set({ hour }).toJSDate();
}

/**
 * The reminder to plan, or null when its moment has already passed: someone booking the
 * evening before or on the day itself has just been told everything, a late message adds noise.
 */
export function plannedReminderAt(startsAt: string | Date, now: Date, hour = 18): Date | null {
  const at = dayBeforeReminderAt(startsAt, hour);
  return at.getTime() > now.getTime() ? at : null;
}

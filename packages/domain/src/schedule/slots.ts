import { attachBrussels, floatingStarts, isoWithOffset, ScheduleError } from "./expand.ts";
import type { Occurrence } from "./expand.ts";

export interface OfficeHourSlotsInput {
  rrule: string;
  /** Brussels wall-clock "HH:mm". */
  startTime: string;
  endTime: string;
  slotMinutes: number;
  /** Inclusive Brussels dates "YYYY-MM-DD" (or instants, see expandRecurrence). */
  from: string;
  to: string;
  /** First day of the series ("YYYY-MM-DD"); anchors INTERVAL (e.g. even weeks) and the weekday. */
  firstDate: string;
  /** Last day of the series, inclusive; defaults to `to`. */
  until?: string;
}

function minutesOf(hhmm: string, what: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new ScheduleError("schedule.bad_time", `${what} must be HH:mm: ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Appointment slots of a zitdag for every day the rule yields. Slots are laid out in wall-clock
 * time and only whole slots are offered: 09:00-11:45 with 30 minutes gives 09:00 … 11:00-11:30.
 */
export function officeHourSlots(input: OfficeHourSlotsInput): Occurrence[] {
  const start = minutesOf(input.startTime, "startTime");
  const end = minutesOf(input.endTime, "endTime");
  if (end <= start) throw new ScheduleError("schedule.bad_time", "endTime must be after startTime");
  if (!Number.isSafeInteger(input.slotMinutes) || input.slotMinutes < 5 || input.slotMinutes > end - start) {
    throw new ScheduleError("schedule.bad_slot", `slotMinutes must be at least 5 and fit between ${input.startTime} and ${input.endTime}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.firstDate)) throw new ScheduleError("schedule.bad_date", "firstDate must be YYYY-MM-DD");
  const days = floatingStarts({
    rrule: input.rrule,
    startLocal: `${input.firstDate}T${input.startTime}`,
    until: input.until ?? input.to,
    from: input.from,
    to: input.to,
    maxOccurrences: 400,
  });
  const out: Occurrence[] = [];
  for (const day of days) {
    const midnight = day.getTime() - start * 60_000;
    for (let t = start; t + input.slotMinutes <= end; t += input.slotMinutes) {
      const s = attachBrussels(new Date(midnight + t * 60_000));
      const e = attachBrussels(new Date(midnight + (t + input.slotMinutes) * 60_000));
      out.push({ startsAt: isoWithOffset(s), endsAt: isoWithOffset(e) });
    }
  }
  return out;
}

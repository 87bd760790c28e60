import { DateTime } from "luxon";
import { RRule, validateRrule } from "./rrule.ts";

const ZONE = "Europe/Brussels";
const DEFAULT_MAX_OCCURRENCES = 1000;

export class ScheduleError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ScheduleError";
  }
}

export interface Occurrence {
  /** ISO 8601 with the Brussels offset of that day, e.g. "2026-03-31T09:00:00+02:00". */
  startsAt: string;
  endsAt: string;
}

export interface ExpandRecurrenceInput {
  rrule: string;
  /** First occurrence, Brussels wall-clock "YYYY-MM-DDTHH:mm". */
  startLocal: string;
  durationMinutes: number;
  /** Last day (inclusive, "YYYY-MM-DD") or last local start "YYYY-MM-DDTHH:mm". */
  until: string;
  /** Window on the start: a date means that whole Brussels day (inclusive); a date-time is an instant, from inclusive, to exclusive. */
  from?: string;
  to?: string;
  /** Refuse to produce more than this (default 1000). */
  maxOccurrences?: number;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * "Floating" time: Brussels wall-clock stored in a Date's UTC fields. rrule then never sees a
 * time zone, so a weekly 09:00 stays 09:00 across DST; the zone is attached afterwards.
 */
function floatingFromLocal(s: string, what: string): Date {
  const m = LOCAL_RE.exec(s);
  if (!m) throw new ScheduleError("schedule.bad_date", `${what} must be YYYY-MM-DD or YYYY-MM-DDTHH:mm (Brussels time): ${JSON.stringify(s)}`);
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? "00", m[5] ?? "00"].map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59) {
    throw new ScheduleError("schedule.bad_date", `${what} is not a real date/time: ${s}`);
  }
  return date;
}

function isDateOnly(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** A bound: local date, local date-time, or an ISO instant with offset/Z (converted to Brussels wall-clock). */
function floatingBound(s: string, what: string, endOfDay: boolean): Date {
  if (LOCAL_RE.test(s)) {
    const f = floatingFromLocal(s, what);
    return isDateOnly(s) && endOfDay ? new Date(f.getTime() + 86_400_000 - 1) : f;
  }
  const dt = DateTime.fromISO(s, { setZone: true });
  if (!dt.isValid || !/(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    throw new ScheduleError("schedule.bad_date", `${what} must be a date, a local date-time or an ISO instant with offset: ${JSON.stringify(s)}`);
  }
  const b = dt.setZone(ZONE);
  return new Date(Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute, b.second, b.millisecond));
}

/** Floating wall-clock → Brussels DateTime. A time in the spring-forward gap moves forward one hour (luxon). */
export function attachBrussels(floating: Date): DateTime {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
    },
    { zone: ZONE },
  );
}

export function isoWithOffset(dt: DateTime): string {
  const s = dt.toISO({ suppressMilliseconds: true });
  if (s === null) throw new ScheduleError("schedule.bad_date", "invalid date-time");
  return s;
}

/** Floating starts of the series inside the window. Shared by expandRecurrence and officeHourSlots. */
export function floatingStarts(input: {
  rrule: string;
  startLocal: string;
  until: string;
  from?: string | undefined;
  to?: string | undefined;
  maxOccurrences?: number | undefined;
}): Date[] {
  const check = validateRrule(input.rrule);
  if (!check.ok) throw new ScheduleError("schedule.bad_rrule", check.reason);
  const dtstart = floatingFromLocal(input.startLocal, "startLocal");
  if (!input.startLocal.includes("T")) throw new ScheduleError("schedule.bad_date", "startLocal needs a time: YYYY-MM-DDTHH:mm");
  let until = floatingBound(input.until, "until", true);
  const ruleUntil = check.options.until;
  if (ruleUntil && ruleUntil < until) until = ruleUntil;
  const from = input.from === undefined ? dtstart : floatingBound(input.from, "from", false);
  let end = until;
  let endExclusive = false;
  if (input.to !== undefined) {
    const to = floatingBound(input.to, "to", true);
    if (to <= until) {
      end = to;
      endExclusive = !isDateOnly(input.to);
    }
  }
  const max = input.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  const rule = new RRule({ ...check.options, dtstart, until: null });
  const out: Date[] = [];
  let tooMany = false;
  rule.between(from < dtstart ? dtstart : from, end, true, (d: Date) => {
    if (endExclusive && d.getTime() >= end.getTime()) return false;
    if (out.length >= max) {
      tooMany = true;
      return false;
    }
    out.push(d);
    return true;
  });
  if (tooMany) throw new ScheduleError("schedule.too_many", `more than ${max} occurrences; narrow from/to`);
  return out;
}

export function expandRecurrence(input: ExpandRecurrenceInput): Occurrence[] {
  if (!Number.isSafeInteger(input.durationMinutes) || input.durationMinutes <= 0 || input.durationMinutes > 24 * 60) {
    throw new ScheduleError("schedule.bad_duration", "durationMinutes must be 1-1440");
  }
  return floatingStarts(input).map((f) => {
    const start = attachBrussels(f);
    // Elapsed minutes: a 2-hour session over the night of a DST switch still lasts 2 hours.
    return { startsAt: isoWithOffset(start), endsAt: isoWithOffset(start.plus({ minutes: input.durationMinutes })) };
  });
}

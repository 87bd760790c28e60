import { DateTime } from "luxon";

/** The one time zone for calendar months, years and dates (DESIGN principle 3). */
export const BRUSSELS_ZONE = "Europe/Brussels";

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" (API.md conventions: dates in Europe/Brussels). */
export type IsoDate = string;
/** A calendar month "YYYY-MM" (API.md conventions). */
export type IsoMonth = string;
/** A half-open range of instants [fromUtc, toUtc), ISO 8601 in UTC. */
export interface InstantRange {
  fromUtc: string;
  toUtc: string;
}

// Parses an instant given as a Date or an ISO string with offset; rejects local times without offset.
function toInstant(instant: string | Date): DateTime {
  let dt: DateTime;
  if (instant instanceof Date) {
    dt = DateTime.fromJSDate(instant);
  } else {
    // An instant must carry an offset or Z; a bare local time is ambiguous around DST.
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(instant.trim())) throw new RangeError("time.instant_without_offset");
    dt = DateTime.fromISO(instant.trim(), { setZone: true });
  }
  if (!dt.isValid) throw new RangeError("time.invalid_instant");
  return dt.setZone(BRUSSELS_ZONE);
}

// Parses a "YYYY-MM-DD" as a Brussels calendar day (start of day).
function parseDate(date: IsoDate): DateTime {
  if (!DATE_RE.test(date)) throw new RangeError("time.invalid_date");
  const dt = DateTime.fromISO(date, { zone: BRUSSELS_ZONE });
  if (!dt.isValid) throw new RangeError("time.invalid_date");
  return dt;
}

/** API.md conventions: true when s is a real calendar date "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  return DATE_RE.test(s) && DateTime.fromISO(s, { zone: BRUSSELS_ZONE }).isValid;
}

/** API.md conventions: true when s is a real calendar month "YYYY-MM". */
export function isIsoMonth(s: string): boolean {
  return MONTH_RE.test(s) && DateTime.fromFormat(s, "yyyy-MM", { zone: BRUSSELS_ZONE }).isValid;
}

/**
 * An instant as PostgreSQL ("2026-03-29 09:00:00+02") or JS gives it → ISO 8601 with the Brussels
 * offset of that day (API.md: timestamps go out with their offset). The one such formatter.
 */
export function isoBrussels(value: string | Date): string {
  const dt =
    value instanceof Date
      ? DateTime.fromJSDate(value)
      : value.includes("T")
        ? DateTime.fromISO(value, { setZone: true })
        : DateTime.fromSQL(value, { setZone: true });
  if (!dt.isValid) throw new RangeError(`not a timestamp: ${String(value)}`);
  return dt.setZone(BRUSSELS_ZONE).toISO({ suppressMilliseconds: true })!;
}

/** DESIGN principle 3: the Brussels calendar month ("YYYY-MM") an instant falls in, for caps and payouts. */
export function brusselsMonthOf(instant: string | Date): IsoMonth {
  return toInstant(instant).toFormat("yyyy-MM");
}

/** DESIGN principle 3: the Brussels calendar date ("YYYY-MM-DD") of an instant. */
export function brusselsDateOf(instant: string | Date): IsoDate {
  return toInstant(instant).toFormat("yyyy-MM-dd");
}

/** DESIGN principle 3: the Brussels calendar year of an instant, for yearly caps and tax years. */
export function brusselsYearOf(instant: string | Date): number {
  return toInstant(instant).year;
}

/** DESIGN principle 3: [start of month, start of next month) in Brussels as UTC instants; months may be 743 or 745 h long around DST. */
export function monthRange(month: IsoMonth): InstantRange {
  if (!isIsoMonth(month)) throw new RangeError("time.invalid_month");
  const start = DateTime.fromFormat(month, "yyyy-MM", { zone: BRUSSELS_ZONE }).startOf("month");
  const end = start.plus({ months: 1 });
  return { fromUtc: start.toUTC().toISO()!, toUtc: end.toUTC().toISO()! };
}

/** DESIGN principle 3: [1 January, next 1 January) of a Brussels calendar year as UTC instants (yearly cap, tax year). */
export function yearRange(year: number): InstantRange {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError("time.invalid_year");
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: BRUSSELS_ZONE });
  const end = start.plus({ years: 1 });
  return { fromUtc: start.toUTC().toISO()!, toUtc: end.toUTC().toISO()! };
}

/** [start of day, start of next day) in Brussels; a DST day is 23 or 25 h long. */
export function dayRange(date: IsoDate): InstantRange {
  const start = parseDate(date);
  return { fromUtc: start.toUTC().toISO()!, toUtc: start.plus({ days: 1 }).toUTC().toISO()! };
}

/** Calendar-day arithmetic on dates (not 24 h steps), so DST never shifts the date. */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError("time.invalid_day_count");
  return parseDate(date).plus({ days: n }).toFormat("yyyy-MM-dd");
}

/** Calendar-month arithmetic; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError("time.invalid_month_count");
  return parseDate(date).plus({ months: n }).toFormat("yyyy-MM-dd");
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(parseDate(to).diff(parseDate(from), "days").days);
}

/** The Brussels calendar year of a date "YYYY-MM-DD". */
export function yearOfDate(date: IsoDate): number {
  return parseDate(date).year;
}

/** The month "YYYY-MM" of a date "YYYY-MM-DD". */
export function monthOfDate(date: IsoDate): IsoMonth {
  return parseDate(date).toFormat("yyyy-MM");
}

/** Result of {@link confirmDeadline}. */
export interface ConfirmDeadline {
  /** Last Brussels calendar day on which the client may still confirm or dispute. */
  lastDay: IsoDate;
  /** Instant (UTC) from which the entry is confirmed automatically: the start of the next Brussels day. */
  autoConfirmAtUtc: string;
}

/** RULES §5 (S34): the client confirms or disputes within N calendar days of entry, otherwise it is auto-confirmed. */
export function confirmDeadline(entryDate: IsoDate, confirmWindowDays: number): ConfirmDeadline {
  if (!Number.isInteger(confirmWindowDays) || confirmWindowDays < 0) throw new RangeError("time.invalid_day_count");
  const lastDay = parseDate(entryDate).plus({ days: confirmWindowDays });
  return {
    lastDay: lastDay.toFormat("yyyy-MM-dd"),
    autoConfirmAtUtc: lastDay.plus({ days: 1 }).toUTC().toISO()!,
  };
}

/** RULES §5 (S34): true once `now` has passed the confirmation window of an entry made on entryDate. */
export function isAutoConfirmDue(entryDate: IsoDate, confirmWindowDays: number, now: string | Date): boolean {
  const due = DateTime.fromISO(confirmDeadline(entryDate, confirmWindowDays).autoConfirmAtUtc);
  return toInstant(now).toMillis() >= due.toMillis();
}

/**
 * Last day (inclusive) of a period of N calendar months starting on `start`: the day before the same
 * day number N months later; when that day does not exist (29-31), the last day of that month
 * (so 29 Feb 2028 + 12 months ends 28 Feb 2029, 31 Mar + 11 months ends 28/29 Feb).
 */
export function lastDayOfMonthsPeriod(start: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months <= 0) throw new RangeError("time.invalid_month_count");
  const a = addCalendarDays(addCalendarMonths(start, months), -1);
  const b = addCalendarMonths(addCalendarDays(start, -1), months);
  return a > b ? a : b;
}

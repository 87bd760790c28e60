import { addCalendarMonths as addMonthsIso, lastDayOfMonthsPeriod } from "@wijkwerk/domain";

/** Dates as day numbers (days since 1970-01-01): the hot loops avoid date libraries. */

const DAY_MS = 86_400_000;

// RULES §1 and §3 periods through the domain rule, memoised: millions of people share few start days.
const yearEndCache = new Map<number, number>();
export function yearEnd(start: number): number {
  let end = yearEndCache.get(start);
  if (end === undefined) {
    end = dayOf(lastDayOfMonthsPeriod(isoOf(start), 12));
    yearEndCache.set(start, end);
  }
  return end;
}
const monthsBeforeCache = new Map<number, number>();
export function monthsBefore(day: number, months: number): number {
  const key = day * 100 + months;
  let r = monthsBeforeCache.get(key);
  if (r === undefined) {
    r = dayOf(addMonthsIso(isoOf(day), -months));
    monthsBeforeCache.set(key, r);
  }
  return r;
}

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (day 0 = Thursday 1970-01-01). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export class DateStrings {
  private readonly cache: string[] = [];
  constructor(
    private readonly first: number,
    last: number,
  ) {
    for (let d = first; d <= last; d++) this.cache.push(isoOf(d));
  }
  iso(day: number): string {
    return this.cache[day - this.first] ?? isoOf(day);
  }
  month(day: number): string {
    return this.iso(day).slice(0, 7);
  }
  year(day: number): string {
    return this.iso(day).slice(0, 4);
  }
}

// Europe/Brussels is UTC+2 from the last Sunday of March to the last Sunday of October (the switch
// happens at night; all our work is by day).
const dstCache = new Map<number, [number, number]>();
function brusselsOffset(day: number, dates: DateStrings): string {
  const year = Number(dates.year(day));
  let range = dstCache.get(year);
  if (!range) {
    const lastSunday = (month: number) => {
      const last = dayOf(`${year}-${String(month).padStart(2, "0")}-31`);
      return last - (isoWeekday(last) % 7);
    };
    range = [lastSunday(3), lastSunday(10)];
    dstCache.set(year, range);
  }
  return day >= range[0] && day < range[1] ? "+02" : "+01";
}

export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** A timestamp on `day` at `minute` past midnight, Brussels time: "YYYY-MM-DD hh:mm:00+01". */
export function stampOf(dates: DateStrings, day: number, minute: number): string {
  return `${dates.iso(day)} ${hhmm(minute)}:00${brusselsOffset(day, dates)}`;
}

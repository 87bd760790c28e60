import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addCalendarDays,
  addCalendarMonths,
  brusselsDateOf,
  brusselsMonthOf,
  brusselsYearOf,
  calendarDaysBetween,
  confirmDeadline,
  dayRange,
  formatDutchDate,
  formatDutchWindow,
  isAutoConfirmDue,
  isIsoDate,
  isIsoMonth,
  lastDayOfMonthsPeriod,
  monthRange,
  yearRange,
} from "../src/time/index.ts";

// DST 2026 in Europe/Brussels: CET→CEST on Sunday 29 March (01:00 UTC), CEST→CET on Sunday 25 October (01:00 UTC).
describe("brusselsMonthOf / brusselsDateOf", () => {
  it.each([
    { instant: "2026-03-31T22:30:00Z", month: "2026-04", date: "2026-04-01", why: "CEST: 00:30 on 1 April" },
    { instant: "2026-03-31T21:59:59Z", month: "2026-03", date: "2026-03-31", why: "CEST: 23:59:59 on 31 March" },
    { instant: "2026-01-31T23:00:00Z", month: "2026-02", date: "2026-02-01", why: "CET: midnight is 23:00 UTC" },
    { instant: "2026-01-31T22:59:59Z", month: "2026-01", date: "2026-01-31", why: "CET: one second before" },
    { instant: "2026-10-31T23:00:00Z", month: "2026-11", date: "2026-11-01", why: "back on CET after 25 October" },
    { instant: "2026-10-31T22:30:00Z", month: "2026-10", date: "2026-10-31", why: "23:30 CET on 31 October" },
    { instant: "2026-12-31T23:30:00Z", month: "2027-01", date: "2027-01-01", why: "new year in Brussels first" },
    { instant: "2026-03-29T00:59:59Z", month: "2026-03", date: "2026-03-29", why: "just before the spring switch" },
    { instant: "2026-03-29T03:30:00+02:00", month: "2026-03", date: "2026-03-29", why: "offset input is respected" },
  ])("DESIGN principle 3 months in Europe/Brussels, DST-safe: $instant → $month ($why)", ({ instant, month, date }) => {
    expect(brusselsMonthOf(instant)).toBe(month);
    expect(brusselsDateOf(instant)).toBe(date);
  });
  it("accepts a Date and gives the Brussels year", () => {
    expect(brusselsMonthOf(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04");
    expect(brusselsYearOf("2026-12-31T23:30:00Z")).toBe(2027);
  });
  it("refuses an instant without offset (ambiguous around DST)", () => {
    expect(() => brusselsMonthOf("2026-03-31T22:30:00")).toThrow("time.instant_without_offset");
    expect(() => brusselsMonthOf("nonsense")).toThrow();
  });
});

describe("monthRange / yearRange / dayRange", () => {
  const hours = (r: { fromUtc: string; toUtc: string }) => (Date.parse(r.toUtc) - Date.parse(r.fromUtc)) / 3_600_000;
  it.each([
    { month: "2026-01", fromUtc: "2025-12-31T23:00:00.000Z", toUtc: "2026-01-31T23:00:00.000Z", h: 744 },
    { month: "2026-03", fromUtc: "2026-02-28T23:00:00.000Z", toUtc: "2026-03-31T22:00:00.000Z", h: 743 },
    { month: "2026-04", fromUtc: "2026-03-31T22:00:00.000Z", toUtc: "2026-04-30T22:00:00.000Z", h: 720 },
    { month: "2026-10", fromUtc: "2026-09-30T22:00:00.000Z", toUtc: "2026-10-31T23:00:00.000Z", h: 745 },
    { month: "2024-02", fromUtc: "2024-01-31T23:00:00.000Z", toUtc: "2024-02-29T23:00:00.000Z", h: 696 },
  ])("DESIGN principle 3 (RULES §1 monthly cap per calendar month): $month is [$fromUtc, $toUtc), $h h", ({ month, fromUtc, toUtc, h }) => {
    const r = monthRange(month);
    expect(r).toEqual({ fromUtc, toUtc });
    expect(hours(r)).toBe(h);
  });
  it("RULES §1 yearly cap per calendar year in Brussels", () => {
    expect(yearRange(2026)).toEqual({ fromUtc: "2025-12-31T23:00:00.000Z", toUtc: "2026-12-31T23:00:00.000Z" });
  });
  it("DST days are 23 and 25 hours long", () => {
    expect(hours(dayRange("2026-03-29"))).toBe(23);
    expect(hours(dayRange("2026-10-25"))).toBe(25);
    expect(hours(dayRange("2026-06-01"))).toBe(24);
  });
  it("rejects bad months and years", () => {
    expect(() => monthRange("2026-13")).toThrow("time.invalid_month");
    expect(() => monthRange("2026-1")).toThrow("time.invalid_month");
    expect(() => yearRange(2026.5)).toThrow("time.invalid_year");
  });
  it("property: an instant lies in the monthRange of its Brussels month", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (d) => {
        const r = monthRange(brusselsMonthOf(d));
        return Date.parse(r.fromUtc) <= d.getTime() && d.getTime() < Date.parse(r.toUtc);
      }),
    );
  });
});

describe("calendar arithmetic", () => {
  it.each([
    { date: "2026-03-28", n: 1, out: "2026-03-29" },
    { date: "2026-03-28", n: 2, out: "2026-03-30" },
    { date: "2026-10-24", n: 2, out: "2026-10-26" },
    { date: "2026-12-31", n: 1, out: "2027-01-01" },
    { date: "2026-03-01", n: -1, out: "2026-02-28" },
    { date: "2024-02-28", n: 1, out: "2024-02-29" },
  ])("addCalendarDays($date, $n) = $out across DST and year ends", ({ date, n, out }) => {
    expect(addCalendarDays(date, n)).toBe(out);
    expect(calendarDaysBetween(date, out)).toBe(n);
  });
  it("addCalendarMonths clamps to the month end", () => {
    expect(addCalendarMonths("2026-01-31", 1)).toBe("2026-02-28");
  });
  it.each([
    { start: "2026-01-01", months: 12, last: "2026-12-31" },
    { start: "2026-03-15", months: 12, last: "2027-03-14" },
    { start: "2028-02-29", months: 12, last: "2029-02-28" },
    { start: "2027-03-01", months: 12, last: "2028-02-29" },
    { start: "2026-03-31", months: 11, last: "2027-02-28" },
  ])("RULES §1/§4 periods of months (12-month agreement S4, 12-month validity S11): $start + $months → $last", ({ start, months, last }) => {
    expect(lastDayOfMonthsPeriod(start, months)).toBe(last);
  });
  it("validates dates and months", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-28")).toBe(false);
    expect(isIsoMonth("2026-12")).toBe(true);
    expect(isIsoMonth("2026-00")).toBe(false);
    expect(() => addCalendarDays("2026-02-30", 1)).toThrow("time.invalid_date");
  });
});

describe("confirmDeadline", () => {
  it.each([
    { entry: "2026-06-01", days: 4, lastDay: "2026-06-05", at: "2026-06-05T22:00:00.000Z", why: "summer time" },
    { entry: "2026-03-26", days: 4, lastDay: "2026-03-30", at: "2026-03-30T22:00:00.000Z", why: "across the March switch" },
    { entry: "2026-10-22", days: 4, lastDay: "2026-10-26", at: "2026-10-26T23:00:00.000Z", why: "across the October switch" },
    { entry: "2026-12-30", days: 4, lastDay: "2027-01-03", at: "2027-01-03T23:00:00.000Z", why: "across the year end" },
  ])("RULES §5 user check within 4 calendar days, then auto-confirmed (S34): $why", ({ entry, days, lastDay, at }) => {
    expect(confirmDeadline(entry, days)).toEqual({ lastDay, autoConfirmAtUtc: at });
  });
  it("RULES §5 (S34): auto-confirmation is due from the start of the fifth day after entry", () => {
    expect(isAutoConfirmDue("2026-06-01", 4, "2026-06-05T21:59:59Z")).toBe(false);
    expect(isAutoConfirmDue("2026-06-01", 4, "2026-06-05T22:00:00Z")).toBe(true);
  });
});

describe("Dutch dates in messages (B1: no ISO dates for people)", () => {
  it.each([
    { date: "2028-01-04", text: "dinsdag 4 januari 2028" },
    { date: "2027-12-31", text: "vrijdag 31 december 2027" },
    { date: "2026-03-29", text: "zondag 29 maart 2026" },
  ])("formatDutchDate $date", ({ date, text }) => {
    expect(formatDutchDate(date)).toBe(text);
  });
  it.each([
    { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00", text: "dinsdag 16 maart 2027 van 9.00 tot 12.00 uur" },
    { from: "2027-03-16T08:00:00Z", to: "2027-03-16T11:30:00Z", text: "dinsdag 16 maart 2027 van 9.00 tot 12.30 uur" },
    { from: "2026-03-28T22:00:00+01:00", to: "2026-03-29T10:00:00+02:00", text: "zaterdag 28 maart 2026 22.00 uur tot zondag 29 maart 2026 10.00 uur" },
  ])("formatDutchWindow in Brussels time, across DST: $text", ({ from, to, text }) => {
    expect(formatDutchWindow(from, to)).toBe(text);
  });
  it("refuses a non-date", () => {
    expect(() => formatDutchDate("2027-02-30")).toThrow(RangeError);
    expect(() => formatDutchDate("4 januari")).toThrow(RangeError);
  });
});

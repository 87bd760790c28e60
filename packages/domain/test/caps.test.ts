import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_CAPS,
  agreementEndWarning,
  agreementsOverlap,
  capacity,
  checkCaps,
  daysLeft,
  firstDateWithoutAgreement,
  isAgreementActive,
  maxAgreementEndDate,
  validateAgreement,
} from "../src/caps/index.ts";
import { minutesHeld } from "../src/caps/minutes.ts";

describe("checkCaps", () => {
  it("RULES §1 hour caps (S6, S1, S8): defaults are 60 h per month and 630 h per year", () => {
    expect(DEFAULT_CAPS).toEqual({ monthlyCapMinutes: 3600, yearlyCapMinutes: 37800 });
  });
  it.each([
    { name: "well below both caps", m: 600, y: 6000, add: 120, violations: [], warnings: [] },
    {
      name: "exactly 60 h in the month is allowed, 0 left warns",
      m: 3000,
      y: 6000,
      add: 600,
      violations: [],
      warnings: [{ code: "worker.near_monthly_cap", remainingMinutes: 0 }],
    },
    { name: "one minute over 60 h per month", m: 3000, y: 6000, add: 601, violations: ["worker.monthly_cap_exceeded"], warnings: [] },
    { name: "5 h left warns", m: 3000, y: 6000, add: 300, violations: [], warnings: [{ code: "worker.near_monthly_cap", remainingMinutes: 300 }] },
    { name: "5 h 1 min left does not warn", m: 3000, y: 6000, add: 299, violations: [], warnings: [] },
    { name: "over 630 h per year", m: 0, y: 37700, add: 120, violations: ["worker.yearly_cap_exceeded"], warnings: [] },
    { name: "near 630 h per year", m: 0, y: 37400, add: 120, violations: [], warnings: [{ code: "worker.near_yearly_cap", remainingMinutes: 280 }] },
    { name: "both exceeded", m: 3600, y: 37800, add: 1, violations: ["worker.monthly_cap_exceeded", "worker.yearly_cap_exceeded"], warnings: [] },
    {
      name: "both near",
      m: 3400,
      y: 37600,
      add: 60,
      violations: [],
      warnings: [
        { code: "worker.near_monthly_cap", remainingMinutes: 140 },
        { code: "worker.near_yearly_cap", remainingMinutes: 140 },
      ],
    },
    {
      name: "adding 0 to a full month is fine",
      m: 3600,
      y: 3600,
      add: 0,
      violations: [],
      warnings: [{ code: "worker.near_monthly_cap", remainingMinutes: 0 }],
    },
  ])("RULES §1 hour caps: 60 h per month, 630 h per year (S6): $name", ({ m, y, add, violations, warnings }) => {
    expect(checkCaps({ usedMonthMinutes: m, usedYearMinutes: y, addMinutes: add })).toEqual({ ok: violations.length === 0, violations, warnings });
  });
  it("RULES §1 hour caps: a tenant may set lower caps", () => {
    const r = checkCaps({ usedMonthMinutes: 1700, usedYearMinutes: 1700, addMinutes: 120, caps: { monthlyCapMinutes: 1800, yearlyCapMinutes: 20000 } });
    expect(r.violations).toEqual(["worker.monthly_cap_exceeded"]);
  });
  it("rejects negative or fractional minutes", () => {
    expect(() => checkCaps({ usedMonthMinutes: 0, usedYearMinutes: 0, addMinutes: -60 })).toThrow("caps.add_invalid");
    expect(() => checkCaps({ usedMonthMinutes: 0.5, usedYearMinutes: 0, addMinutes: 60 })).toThrow("caps.used_invalid");
  });
  it("property (RULES §1): whatever sequence of accepted additions, month and year totals never exceed the caps", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ month: fc.integer({ min: 0, max: 11 }), minutes: fc.integer({ min: 0, max: 900 }) }), { maxLength: 200 }), (adds) => {
        const perMonth = new Array<number>(12).fill(0);
        let year = 0;
        for (const a of adds) {
          const r = checkCaps({ usedMonthMinutes: perMonth[a.month]!, usedYearMinutes: year, addMinutes: a.minutes });
          if (r.ok) {
            perMonth[a.month]! += a.minutes;
            year += a.minutes;
          }
        }
        return perMonth.every((m) => m <= 3600) && year <= 37800;
      }),
    );
  });
});

describe("capacity", () => {
  it.each([
    { used: 600, planned: 300, cap: 3600, remaining: 2700 },
    { used: 3600, planned: 0, cap: 3600, remaining: 0 },
    { used: 3000, planned: 900, cap: 3600, remaining: 0 },
  ])("RULES §1 / API.md capacity: used $used + planned $planned of $cap → $remaining left", ({ used, planned, cap, remaining }) => {
    expect(capacity({ usedMinutes: used, plannedMinutes: planned, capMinutes: cap })).toEqual({
      usedMinutes: used,
      plannedMinutes: planned,
      capMinutes: cap,
      remainingMinutes: remaining,
    });
  });
});

describe("agreements", () => {
  it.each([
    {
      name: "default end = start + 12 months − 1 day (S4)",
      start: "2026-01-01",
      end: undefined,
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-01-01", endDate: "2026-12-31" },
    },
    {
      name: "default end mid-month (S4)",
      start: "2026-03-15",
      end: undefined,
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-03-15", endDate: "2027-03-14" },
    },
    {
      name: "leap day start (S4)",
      start: "2028-02-29",
      end: undefined,
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: true, startDate: "2028-02-29", endDate: "2029-02-28" },
    },
    {
      name: "exactly 12 months is allowed (S4, S18)",
      start: "2026-03-15",
      end: "2027-03-14",
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-03-15", endDate: "2027-03-14" },
    },
    {
      name: "one day more is too long (S4, S18, S31)",
      start: "2026-03-15",
      end: "2027-03-15",
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: false, violations: [{ path: "endDate", code: "agreement.too_long" }] },
    },
    {
      name: "PWA on 30-09-2017 has no 12-month limit (S4, S8)",
      start: "2026-03-15",
      end: "2029-03-15",
      legacyPwa: true,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-03-15", endDate: "2029-03-15" },
    },
    {
      name: "PWA without end is open-ended (S4, S8)",
      start: "2026-03-15",
      end: undefined,
      legacyPwa: true,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-03-15", endDate: null },
    },
    {
      name: "6-month trajectory (S19)",
      start: "2026-01-01",
      end: undefined,
      legacyPwa: false,
      maxMonths: 6,
      result: { ok: true, startDate: "2026-01-01", endDate: "2026-06-30" },
    },
    {
      name: "6-month trajectory, 7 months asked (S19)",
      start: "2026-01-01",
      end: "2026-07-01",
      legacyPwa: false,
      maxMonths: 6,
      result: { ok: false, violations: [{ path: "endDate", code: "agreement.too_long" }] },
    },
    {
      name: "end before start",
      start: "2026-03-15",
      end: "2026-03-14",
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: false, violations: [{ path: "endDate", code: "agreement.end_before_start" }] },
    },
    {
      name: "one-day agreement",
      start: "2026-03-15",
      end: "2026-03-15",
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: true, startDate: "2026-03-15", endDate: "2026-03-15" },
    },
    {
      name: "invalid date",
      start: "2026-02-30",
      end: undefined,
      legacyPwa: false,
      maxMonths: undefined,
      result: { ok: false, violations: [{ path: "startDate", code: "agreement.invalid_date" }] },
    },
    {
      name: "maxMonths above the legal 12 (S4)",
      start: "2026-01-01",
      end: undefined,
      legacyPwa: false,
      maxMonths: 13,
      result: { ok: false, violations: [{ path: "maxMonths", code: "agreement.max_months_invalid" }] },
    },
  ])("RULES §1 duration max 12 months: $name", ({ start, end, legacyPwa, maxMonths, result }) => {
    expect(validateAgreement({ startDate: start, endDate: end, legacyPwa, maxMonths })).toEqual(result);
  });
  it("RULES §1: maxAgreementEndDate", () => {
    expect(maxAgreementEndDate("2026-01-31")).toBe("2027-01-30");
  });
  it.each([
    { a: ["2026-01-01", "2026-06-30"], b: ["2026-06-30", "2026-12-31"], overlap: true, why: "share the last day (inclusive)" },
    { a: ["2026-01-01", "2026-06-30"], b: ["2026-07-01", "2026-12-31"], overlap: false, why: "back to back" },
    { a: ["2026-01-01", null], b: ["2030-01-01", "2030-02-01"], overlap: true, why: "open-ended PWA" },
    { a: ["2026-03-01", "2026-03-31"], b: ["2026-01-01", "2026-12-31"], overlap: true, why: "contained" },
    { a: ["2026-03-01", "2026-03-31"], b: ["2025-01-01", "2025-12-31"], overlap: false, why: "earlier year" },
  ])("RULES §1 / API.md 409 agreement.overlaps: $why", ({ a, b, overlap }) => {
    const A = { startDate: a[0]!, endDate: a[1] ?? null };
    const B = { startDate: b[0]!, endDate: b[1] ?? null };
    expect(agreementsOverlap(A, B)).toBe(overlap);
    expect(agreementsOverlap(B, A)).toBe(overlap);
  });
  it.each([
    { end: "2026-12-31", on: "2026-12-01", left: 30 },
    { end: "2026-12-31", on: "2026-12-31", left: 0 },
    { end: "2026-12-31", on: "2027-01-01", left: -1 },
    { end: "2026-03-31", on: "2026-03-28", left: 3 }, // across the DST switch of 29 March
  ])("API.md capacity daysLeft: end $end on $on → $left", ({ end, on, left }) => {
    expect(daysLeft(end, on)).toBe(left);
  });
  it.each([
    { end: "2026-12-31", on: "2026-12-01", warn: { code: "worker.agreement_ending", daysLeft: 30, endDate: "2026-12-31" } },
    { end: "2026-12-31", on: "2026-11-30", warn: null },
    { end: "2026-12-31", on: "2026-12-31", warn: { code: "worker.agreement_ending", daysLeft: 0, endDate: "2026-12-31" } },
    { end: "2026-12-31", on: "2027-01-02", warn: null },
    { end: null, on: "2027-01-02", warn: null },
  ])("RULES §1 duration / §8 continuity (S27): warning 30 days before the end, end $end on $on", ({ end, on, warn }) => {
    expect(agreementEndWarning(end, on)).toEqual(warn);
  });
  it("API.md worker.agreement_inactive: active only within the inclusive range", () => {
    const a = { startDate: "2026-01-01", endDate: "2026-12-31" };
    expect(isAgreementActive(a, "2025-12-31")).toBe(false);
    expect(isAgreementActive(a, "2026-01-01")).toBe(true);
    expect(isAgreementActive(a, "2026-12-31")).toBe(true);
    expect(isAgreementActive(a, "2027-01-01")).toBe(false);
  });
  it("property (RULES §1): an accepted non-PWA agreement never lasts more than 12 months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 500 }), (startOff, len) => {
        const start = new Date(Date.UTC(2024, 0, 1 + startOff)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2024, 0, 1 + startOff + len)).toISOString().slice(0, 10);
        const r = validateAgreement({ startDate: start, endDate: end, legacyPwa: false });
        return !r.ok || (r.endDate !== null && r.endDate <= maxAgreementEndDate(start) && len <= 365);
      }),
    );
  });
});

describe("client agreements cover every date of the work", () => {
  const year2027 = { startDate: "2027-01-01", endDate: "2027-12-31" };
  const renewal = { startDate: "2028-01-01", endDate: "2028-12-31" };
  it.each([
    { why: "all dates inside one yearly agreement", dates: ["2027-03-16", "2027-06-15", "2027-12-31"], agreements: [year2027], result: null },
    {
      why: "the agreement ends inside the series: the first date after it",
      dates: ["2027-12-21", "2027-12-28", "2028-01-04", "2028-01-11"],
      agreements: [year2027],
      result: { date: "2028-01-04", lastCoveredBefore: "2027-12-28" },
    },
    { why: "a renewal that follows without a gap covers the rest", dates: ["2027-12-28", "2028-01-04"], agreements: [year2027, renewal], result: null },
    {
      why: "a gap between two agreements",
      dates: ["2027-12-28", "2028-01-04", "2028-02-01"],
      agreements: [year2027, { startDate: "2028-02-01", endDate: "2029-01-31" }],
      result: { date: "2028-01-04", lastCoveredBefore: "2027-12-28" },
    },
    {
      why: "no agreement on the first date",
      dates: ["2026-12-29", "2027-01-05"],
      agreements: [year2027],
      result: { date: "2026-12-29", lastCoveredBefore: null },
    },
    { why: "no agreement at all", dates: ["2027-03-16"], agreements: [], result: { date: "2027-03-16", lastCoveredBefore: null } },
    {
      why: "dates out of order and repeated are read in calendar order",
      dates: ["2028-01-04", "2027-12-28", "2027-12-28"],
      agreements: [year2027],
      result: { date: "2028-01-04", lastCoveredBefore: "2027-12-28" },
    },
    { why: "the last day of the agreement still counts (inclusive)", dates: ["2027-12-31"], agreements: [year2027], result: null },
  ])("RULES §3 yearly gebruikersovereenkomst (S20, S44): $why", ({ dates, agreements, result }) => {
    expect(firstDateWithoutAgreement(dates, agreements)).toEqual(result);
  });
  it("property (RULES §3): null exactly when every date lies in some agreement", () => {
    const day = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const range = fc
      .tuple(day, fc.integer({ min: 0, max: 365 }))
      .map(([s, len]) => ({ startDate: s, endDate: new Date(Date.parse(s) + len * 86_400_000).toISOString().slice(0, 10) }));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), fc.array(range, { maxLength: 4 }), (dates, agreements) => {
        const r = firstDateWithoutAgreement(dates, agreements);
        const uncovered = dates.filter((d) => !agreements.some((a) => a.startDate <= d && d <= a.endDate!)).sort();
        if (uncovered.length === 0) return r === null;
        return r !== null && r.date === uncovered[0] && (r.lastCoveredBefore === null || (r.lastCoveredBefore < r.date && dates.includes(r.lastCoveredBefore)));
      }),
    );
  });
});

describe("RULES §1 (S4): what counts against the month and year caps", () => {
  const a = (id: string, startsAt: string, minutes: number, status: string) => ({ id, startsAt, minutes, status });
  const e = (assignmentId: string, workDate: string, minutes: number, status: string) => ({ assignmentId, workDate, minutes, status });
  it.each([
    {
      name: "an accepted assignment without hours counts as planned",
      assignments: [a("1", "2026-03-10T08:00:00Z", 120, "accepted")],
      entries: [],
      held: { worked: 0, planned: 120 },
    },
    { name: "a proposal counts as planned too", assignments: [a("1", "2026-03-10T08:00:00Z", 45, "proposed")], entries: [], held: { worked: 0, planned: 45 } },
    {
      name: "its entry replaces it, whatever the two differ by",
      assignments: [a("1", "2026-03-10T08:00:00Z", 120, "accepted")],
      entries: [e("1", "2026-03-10", 150, "submitted")],
      held: { worked: 150, planned: 0 },
    },
    {
      name: "a cancelled entry gives the planned minutes back",
      assignments: [a("1", "2026-03-10T08:00:00Z", 120, "accepted")],
      entries: [e("1", "2026-03-10", 150, "cancelled")],
      held: { worked: 0, planned: 120 },
    },
    {
      name: "declined, cancelled and expired proposals count for nothing",
      assignments: [
        a("1", "2026-03-10T08:00:00Z", 60, "declined"),
        a("2", "2026-03-11T08:00:00Z", 60, "cancelled"),
        a("3", "2026-03-12T08:00:00Z", 60, "expired"),
      ],
      entries: [],
      held: { worked: 0, planned: 0 },
    },
    {
      name: "a start at 23:30 on 31 March in Brussels is March",
      assignments: [a("1", "2026-03-31T21:30:00Z", 60, "accepted")],
      entries: [],
      held: { worked: 0, planned: 60 },
    },
    {
      name: "a start at 00:30 on 1 April in Brussels is not March",
      assignments: [a("1", "2026-03-31T22:30:00Z", 60, "accepted")],
      entries: [],
      held: { worked: 0, planned: 0 },
    },
  ])("$name", ({ assignments, entries, held }) => {
    expect(minutesHeld({ assignments, entries }, "2026-03-01", "2026-04-01")).toEqual(held);
  });
});

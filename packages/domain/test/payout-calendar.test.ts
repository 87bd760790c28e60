import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, payoutCalendar, payoutDateOf, resolveSettings, validateSettingsPatch } from "../src/index.ts";

describe("payment calendar (issue 18): when is month M paid", () => {
  it("the work of month M is paid on the payout day of month M+1; the default day is the 15th", () => {
    expect(DEFAULT_SETTINGS.payoutDayOfMonth).toBe(15);
    expect(resolveSettings(null, "2027-01-01").payoutDayOfMonth).toBe(15);
    // 15 February 2027 is a Monday.
    expect(payoutDateOf("2027-01")).toBe("2027-02-15");
    expect(payoutDateOf("2027-01", 3)).toBe("2027-02-03");
  });

  it("December is paid in January of the next year", () => {
    expect(payoutDateOf("2026-12", 15)).toBe("2027-01-15");
  });

  it("a payout day on a Saturday or Sunday moves to the Monday after", () => {
    // 15 May 2027 is a Saturday, 15 August 2027 a Sunday.
    expect(payoutDateOf("2027-04", 15)).toBe("2027-05-17");
    expect(payoutDateOf("2027-07", 15)).toBe("2027-08-16");
    // 28 February 2027 is a Sunday: 1 March.
    expect(payoutDateOf("2027-01", 28)).toBe("2027-03-01");
  });

  it("the calendar lists each month with its pay day, across a year end", () => {
    expect(payoutCalendar("2026-11", 3, 10)).toEqual([
      { month: "2026-11", paidOn: "2026-12-10" },
      { month: "2026-12", paidOn: "2027-01-11" },
      { month: "2027-01", paidOn: "2027-02-10" },
    ]);
  });

  it("the tenant's day is 1 to 28 (every month has it); anything else is refused at the field", () => {
    expect(validateSettingsPatch(DEFAULT_SETTINGS, { payoutDayOfMonth: 28 })).toEqual([]);
    expect(validateSettingsPatch(DEFAULT_SETTINGS, { payoutDayOfMonth: 1 })).toEqual([]);
    for (const bad of [0, 29, 31, 1.5, "15"]) {
      const errors = validateSettingsPatch(DEFAULT_SETTINGS, { payoutDayOfMonth: bad as number });
      expect(errors.map((e) => [e.path, e.code])).toEqual([["payoutDayOfMonth", "settings.out_of_range"]]);
    }
    expect(resolveSettings({ payoutDayOfMonth: 5 }, "2027-01-01").payoutDayOfMonth).toBe(5);
  });
});

import { describe, expect, it } from "vitest";
import { expectedClosing, MONTH_END_MAX_MONTHS, monthEndRows, monthsFromTo, reconciliationDifference } from "../src/index.ts";

describe("issue 18 / DESIGN principle 5: the reconciliation identity opening + sold − consumed − expired − refunded = closing", () => {
  it.each([
    { name: "an empty month", m: { opening: 0, sold: 0, consumed: 0, expired: 0, refunded: 0 }, closing: 0 },
    { name: "sold and consumed", m: { opening: 10, sold: 50, consumed: 12, expired: 0, refunded: 0 }, closing: 48 },
    { name: "every flow at once", m: { opening: 100, sold: 20, consumed: 30, expired: 5, refunded: 10 }, closing: 75 },
    { name: "a cancelled consumption gives vouchers back (negative consumed)", m: { opening: 5, sold: 0, consumed: -2, expired: 0, refunded: 0 }, closing: 7 },
  ])("$name", ({ m, closing }) => {
    expect(expectedClosing(m)).toBe(closing);
    expect(reconciliationDifference({ ...m, closing })).toBe(0);
    // One voucher more at month end than the flows explain is shown, not hidden.
    expect(reconciliationDifference({ ...m, closing: closing + 1 })).toBe(1);
  });

  it("the rows take the outstanding from the clients' balances and carry each closing to the next opening", () => {
    const rows = monthEndRows(["2026-10", "2026-11", "2026-12"], 4, [
      { month: "2026-10", sold: 10, consumed: 3, expired: 0, refunded: 0, clientChange: 7 },
      // A movement the report does not know about: the client change disagrees with the flows.
      { month: "2026-12", sold: 0, consumed: 1, expired: 2, refunded: 1, clientChange: -5 },
    ]);
    expect(rows.map((r) => [r.month, r.opening, r.closing, r.difference])).toEqual([
      ["2026-10", 4, 11, 0],
      ["2026-11", 11, 11, 0],
      ["2026-12", 11, 6, -1],
    ]);
  });
});

describe("issue 18: the months of a report", () => {
  it("from and to both included, across a year", () => {
    expect(monthsFromTo("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsFromTo("2026-12", "2026-12")).toEqual(["2026-12"]);
  });
  it.each([
    ["to before from", "2026-12", "2026-11"],
    ["not a month", "2026-13", "2026-12"],
    ["a date", "2026-12-01", "2026-12"],
    ["more than three years", "2023-01", "2026-01"],
  ])("refuses %s", (_name, from, to) => {
    expect(() => monthsFromTo(from, to)).toThrow("report.range_invalid");
  });
  it(`at most ${MONTH_END_MAX_MONTHS} months`, () => {
    expect(monthsFromTo("2024-01", "2026-12")).toHaveLength(36);
  });
});

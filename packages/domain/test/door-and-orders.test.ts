import { describe, expect, it } from "vitest";
import {
  KLUS_DURATION_MINUTES,
  KLUS_START_TIMES,
  VOUCHER_ORDER_CONFIRM_ABOVE,
  isKlusDayAllowed,
  isKlusDuration,
  smsReach,
  voucherOrderNeedsConfirmation,
} from "../src/index.ts";

describe("issue 17 door: a sign-in code goes by SMS to a mobile only; a Belgian landline is told to phone", () => {
  it.each([
    ["0470 12 34 56", "mobile"],
    ["+32 470 12 34 56", "mobile"],
    ["0032499123456", "mobile"],
    ["09 210 10 10", "landline"], // Gent
    ["02 511 22 33", "landline"], // Brussel
    ["050 44 80 00", "landline"], // Brugge
    ["0800 12 345", "landline"], // service number: no SMS either
    ["geen nummer", "unreadable"],
    ["12345", "unreadable"],
  ] as const)("%s is %s", (input, reach) => {
    expect(smsReach(input)).toBe(reach);
  });
});

describe("issue 17 money with the facts: an order above 40 vouchers asks for confirmation first", () => {
  it.each([
    [1, false],
    [10, false],
    [40, false],
    [41, true],
    [500, true],
  ])("%i vouchers → confirm: %s", (quantity, confirm) => {
    expect(voucherOrderNeedsConfirmation(quantity)).toBe(confirm);
  });
  it("the threshold is 40 vouchers (four months of a weekly two-hour visit)", () => {
    expect(VOUCHER_ORDER_CONFIRM_ABOVE).toBe(40);
  });
});

describe("issue 17 forms for people: a klus in hours and half hours, never on a day that has passed", () => {
  it("durations run from half an hour to eight hours in steps of 30 minutes", () => {
    expect(KLUS_DURATION_MINUTES[0]).toBe(30);
    expect(KLUS_DURATION_MINUTES.at(-1)).toBe(480);
    expect(KLUS_DURATION_MINUTES.every((m) => m % 30 === 0)).toBe(true);
    expect(isKlusDuration(90)).toBe(true);
    expect(isKlusDuration(45)).toBe(false);
    expect(isKlusDuration(0)).toBe(false);
  });
  it.each([
    ["2026-05-10", "2026-05-10", true],
    ["2026-05-11", "2026-05-10", true],
    ["2026-05-09", "2026-05-10", false],
    ["2025-12-31", "2026-01-01", false],
    ["morgen", "2026-01-01", false],
  ])("day %s with today %s → allowed: %s", (day, today, ok) => {
    expect(isKlusDayAllowed(day, today)).toBe(ok);
  });
  it("start times are every half hour from 07:00 to 20:00", () => {
    expect(KLUS_START_TIMES[0]).toBe("07:00");
    expect(KLUS_START_TIMES).toContain("09:30");
    expect(KLUS_START_TIMES.at(-1)).toBe("20:00");
  });
});

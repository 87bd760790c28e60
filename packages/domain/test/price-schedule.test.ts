import { describe, expect, it } from "vitest";
import { scheduleVoucherPrice, settleVoucherPrices, voucherPricesOn, type VoucherPrices } from "../src/money/index.ts";

const all = (c: number): VoucherPrices => ({ private: c, localGovernment: c, education: c, nonprofit: c, agriculture: c });

describe("RULES §4 (S7) a voucher price change takes effect on 1 January of the next year", () => {
  const schedule = scheduleVoucherPrice([], "2026-11-24", all(695));

  it.each([
    ["2026-11-24", 745, "the day of the decision keeps the old price"],
    ["2026-12-31", 745, "the last day of the year keeps the old price"],
    ["2027-01-01", 695, "1 January of the next year has the new price"],
    ["2028-06-01", 695, "and it stays until another change"],
  ])("on %s the private price is %i (%s)", (date, cents) => {
    expect(voucherPricesOn(date, all(745), schedule).private).toBe(cents);
  });

  it("a change decided in January also waits for the next 1 January", () => {
    expect(scheduleVoucherPrice([], "2027-01-02", all(645))[0]!.effectiveFrom).toBe("2028-01-01");
  });

  it("a second change in the same year replaces the first one still waiting", () => {
    const twice = scheduleVoucherPrice(schedule, "2026-12-15", all(645));
    expect(twice).toEqual([{ effectiveFrom: "2027-01-01", voucherPriceCents: all(645) }]);
  });

  it("settling folds what took effect into the current price and keeps what is to come", () => {
    const later = scheduleVoucherPrice(schedule, "2027-03-01", all(595));
    expect(settleVoucherPrices("2027-02-01", all(745), later)).toEqual({
      current: all(695),
      schedule: [{ effectiveFrom: "2028-01-01", voucherPriceCents: all(595) }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { approvalRefusal, DEFAULT_FOUR_EYES_ABOVE_CENTS, legalMonthlyPayMaxCents, payoutLineAboveLegalMaximum } from "../src/index.ts";

describe("four eyes on money (issue 18): above the tenant's amount, who prepares does not approve", () => {
  it.each([
    { name: "another person approves a large amount", prepared: "a", approver: "b", amount: 5_000_000, above: 100_000, refusal: undefined },
    { name: "the preparer approves a large amount", prepared: "a", approver: "a", amount: 5_000_000, above: 100_000, refusal: "same_person" },
    { name: "the preparer approves exactly the amount", prepared: "a", approver: "a", amount: 100_000, above: 100_000, refusal: undefined },
    { name: "the preparer approves one cent above", prepared: "a", approver: "a", amount: 100_001, above: 100_000, refusal: "same_person" },
    { name: "0 means every amount needs a second person", prepared: "a", approver: "a", amount: 1, above: 0, refusal: "same_person" },
    { name: "an empty run (0) can be approved by anyone", prepared: "a", approver: "a", amount: 0, above: 0, refusal: undefined },
  ])("$name", ({ prepared, approver, amount, above, refusal }) => {
    expect(approvalRefusal({ preparedBy: prepared, approvedBy: approver, amountCents: amount, fourEyesAboveCents: above })).toBe(refusal);
  });

  it("the default amount is 1.000 euro", () => {
    expect(DEFAULT_FOUR_EYES_ABOVE_CENTS).toBe(100_000);
  });
});

describe("RULES §1/§2: a month's work pays at most 60 hours × the hourly pay; more is shown to the approver", () => {
  it("60 cheques × 4,10 = 246 euro is the most; one cheque more is above", () => {
    expect(legalMonthlyPayMaxCents(410)).toBe(24_600);
    expect(payoutLineAboveLegalMaximum({ payCents: 24_600, hourlyCents: 410 })).toBe(false);
    expect(payoutLineAboveLegalMaximum({ payCents: 25_010, hourlyCents: 410 })).toBe(true);
  });
});

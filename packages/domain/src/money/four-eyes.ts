import { LEGAL_MONTHLY_CAP_MINUTES } from "../caps/index.ts";

/**
 * Four eyes on money (issue 18): what leaves the organisation's account above the amount a tenant
 * sets is prepared by one staff member and approved by another. Below it a small organisation with
 * one finance officer can still pay on its own; 0 means every amount needs a second person.
 */
export const DEFAULT_FOUR_EYES_ABOVE_CENTS = 100_000;

export type ApprovalRefusal = "same_person";

/** Whether `approver` may approve what `preparer` prepared, for an amount of `amountCents`. */
export function approvalRefusal(args: {
  preparedBy: string;
  approvedBy: string;
  amountCents: number;
  fourEyesAboveCents: number;
}): ApprovalRefusal | undefined {
  if (args.amountCents <= args.fourEyesAboveCents) return undefined;
  return args.preparedBy === args.approvedBy ? "same_person" : undefined;
}

/**
 * RULES §1/§2: one month's work pays at most 60 hours × 4,10 (one cheque per started hour, the
 * cap in hours) plus travel. A regular line above that is a mistake somewhere (a cap bypassed, a
 * double entry): the approver sees it before approving. Adjustment lines settle earlier months
 * again and carried lines set off remainders; they are judged by the same maximum, per month settled.
 */
export function legalMonthlyPayMaxCents(hourlyCents: number): number {
  return Math.ceil(LEGAL_MONTHLY_CAP_MINUTES / 60) * hourlyCents;
}

export function payoutLineAboveLegalMaximum(line: { payCents: number; hourlyCents: number }): boolean {
  return line.payCents > legalMonthlyPayMaxCents(line.hourlyCents);
}

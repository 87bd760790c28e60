/**
 * Issue 20, staff accounts: who needs a second factor (TOTP) to sign in.
 *
 * Admins and finance staff move money and read personal numbers: they always need one. For
 * consultants the organisation decides (setting `secondFactorForConsultants`). Someone who has set
 * one up always uses it, whatever their role. A new account (or an organisation that starts
 * requiring it) gets `secondFactorEnrolmentDays` to set it up; after that, signing in gives access to
 * nothing but setting it up. The period is the organisation's choice, not the law's.
 */
export const DEFAULT_SECOND_FACTOR_ENROLMENT_DAYS = 14;
export const MAX_SECOND_FACTOR_ENROLMENT_DAYS = 90;

export type StaffRoleName = "admin" | "consultant" | "finance";

export interface SecondFactorPolicy {
  secondFactorForConsultants: boolean;
  secondFactorEnrolmentDays: number;
}

/** What signing in asks after the password. */
export type SecondFactorDemand =
  /** The account has a second factor: the code is needed. */
  | { kind: "code" }
  /** Not needed for this role, and not set up. */
  | { kind: "none" }
  /** Needed but not set up: before `by` the person may still work (and is reminded), from `by` only set it up. */
  | { kind: "enrol"; by: Date; now: boolean };

export function secondFactorRequired(role: StaffRoleName, policy: Pick<SecondFactorPolicy, "secondFactorForConsultants">): boolean {
  return role === "admin" || role === "finance" || (role === "consultant" && policy.secondFactorForConsultants);
}

export function secondFactorDemand(args: {
  role: StaffRoleName;
  enabled: boolean;
  /** When the account was created: the enrolment period runs from then. */
  accountCreatedAt: Date;
  policy: SecondFactorPolicy;
  now: Date;
}): SecondFactorDemand {
  if (args.enabled) return { kind: "code" };
  if (!secondFactorRequired(args.role, args.policy)) return { kind: "none" };
  const by = new Date(args.accountCreatedAt.getTime() + args.policy.secondFactorEnrolmentDays * 86_400_000);
  return { kind: "enrol", by, now: args.now.getTime() >= by.getTime() };
}

import { describe, expect, it } from "vitest";
import { secondFactorDemand, secondFactorRequired, type SecondFactorPolicy } from "../src/index.ts";

const policy: SecondFactorPolicy = { secondFactorForConsultants: false, secondFactorEnrolmentDays: 14 };
const created = new Date("2026-12-01T09:00:00Z");
const day = (n: number) => new Date(created.getTime() + n * 86_400_000);

describe("issue 20: a second factor for admin and finance, for consultants as the organisation decides", () => {
  it("admins and finance staff always need one; consultants only when the organisation asks", () => {
    expect(secondFactorRequired("admin", policy)).toBe(true);
    expect(secondFactorRequired("finance", policy)).toBe(true);
    expect(secondFactorRequired("consultant", policy)).toBe(false);
    expect(secondFactorRequired("consultant", { secondFactorForConsultants: true })).toBe(true);
  });

  it("someone who set one up always gives the code, whatever the role", () => {
    expect(secondFactorDemand({ role: "consultant", enabled: true, accountCreatedAt: created, policy, now: day(1) })).toEqual({ kind: "code" });
    expect(secondFactorDemand({ role: "admin", enabled: true, accountCreatedAt: created, policy, now: day(100) })).toEqual({ kind: "code" });
  });

  it("a consultant without one, in an organisation that does not ask, signs in with the password alone", () => {
    expect(secondFactorDemand({ role: "consultant", enabled: false, accountCreatedAt: created, policy, now: day(400) })).toEqual({ kind: "none" });
  });

  it("the enrolment period: before its end the person may work, from its end only set up the second factor", () => {
    const during = secondFactorDemand({ role: "finance", enabled: false, accountCreatedAt: created, policy, now: day(13.9) });
    expect(during).toEqual({ kind: "enrol", by: day(14), now: false });
    const after = secondFactorDemand({ role: "finance", enabled: false, accountCreatedAt: created, policy, now: day(14) });
    expect(after).toEqual({ kind: "enrol", by: day(14), now: true });
  });

  it("an enrolment period of 0 days asks it at the first sign-in", () => {
    const demand = secondFactorDemand({
      role: "admin",
      enabled: false,
      accountCreatedAt: created,
      policy: { ...policy, secondFactorEnrolmentDays: 0 },
      now: created,
    });
    expect(demand).toMatchObject({ kind: "enrol", now: true });
  });
});

import { describe, expect, it } from "vitest";
import { trajectoryFor } from "../src/caps/index.ts";

// RULES §1 (S4, S18, S31: max 12 months per trajectory; S32, S12: another period is a re-referral, "hertoeleiding").
describe("RULES §1: a new agreement after another one is a re-referral", () => {
  const a = (startDate: string, endDate: string, reReferral = false) => ({ startDate, endDate, reReferral });
  it.each([
    { name: "the first agreement", past: [], start: "2026-01-01", needed: false, from: null },
    { name: "right after the previous one", past: [a("2026-01-01", "2026-06-30")], start: "2026-07-01", needed: true, from: "2026-01-01" },
    {
      name: "after a gap, still within the trajectory's 12 months",
      past: [a("2026-01-01", "2026-03-31")],
      start: "2026-09-01",
      needed: true,
      from: "2026-01-01",
    },
    { name: "after a gap, past the trajectory's 12 months", past: [a("2025-01-01", "2025-06-30")], start: "2026-03-01", needed: false, from: "2025-01-01" },
    {
      name: "a chain counts from its first agreement",
      past: [a("2025-01-01", "2025-03-31"), a("2025-04-01", "2025-06-30")],
      start: "2025-09-01",
      needed: true,
      from: "2025-01-01",
    },
    {
      name: "a chain's 12 months over, after a gap",
      past: [a("2025-01-01", "2025-06-30"), a("2025-07-01", "2025-12-31")],
      start: "2026-02-01",
      needed: false,
      from: "2025-01-01",
    },
    {
      name: "a re-referral starts a new trajectory",
      past: [a("2025-01-01", "2025-06-30"), a("2025-07-01", "2025-12-31", true)],
      start: "2026-03-01",
      needed: true,
      from: "2025-07-01",
    },
  ])("$name: re-referral needed $needed, trajectory from $from", ({ past, start, needed, from }) => {
    expect(trajectoryFor(past, start)).toEqual({ trajectoryStart: from, reReferralNeeded: needed });
  });
});

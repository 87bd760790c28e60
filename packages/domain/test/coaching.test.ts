import { describe, expect, it } from "vitest";
import {
  coachingAccess,
  DEFAULT_COACHING_SETTINGS,
  evaluationMoments,
  evaluationsDue,
  exitDateProblem,
  followUpDueOn,
  isFollowUpDue,
  validateCoachingSettings,
  validateLanguages,
} from "../src/coaching/index.ts";

// Issue 19, "wijk-werken +" (RULES §8): the coaching trajectory's rules.
describe("issue 19 rule: evaluations at the tenant's moments of the agreement", () => {
  it("by default after 3, 6 and 9 months and 30 days before the end of a 12-month agreement", () => {
    expect(evaluationMoments({ startDate: "2026-01-15", endDate: "2027-01-14" }, DEFAULT_COACHING_SETTINGS)).toEqual([
      { key: "months_3", dueOn: "2026-04-15" },
      { key: "months_6", dueOn: "2026-07-15" },
      { key: "months_9", dueOn: "2026-10-15" },
      { key: "before_end", dueOn: "2026-12-15" },
    ]);
  });
  it("drops the moments that fall after a short agreement's end", () => {
    expect(evaluationMoments({ startDate: "2026-01-01", endDate: "2026-06-30" }, DEFAULT_COACHING_SETTINGS)).toEqual([
      { key: "months_3", dueOn: "2026-04-01" },
      { key: "before_end", dueOn: "2026-05-31" },
    ]);
  });
  it("follows the tenant's setting, months in order and once", () => {
    const moments = evaluationMoments({ startDate: "2026-01-31", endDate: "2026-12-31" }, { evaluationMonths: [4, 1, 4], evaluationBeforeEndDays: 0 });
    expect(moments).toEqual([
      { key: "months_1", dueOn: "2026-02-28" },
      { key: "months_4", dueOn: "2026-05-31" },
      { key: "before_end", dueOn: "2026-12-31" },
    ]);
  });
  it("never puts 'before the end' before the start, and a legacy PWA agreement without end has none", () => {
    expect(evaluationMoments({ startDate: "2026-03-01", endDate: "2026-03-10" }, DEFAULT_COACHING_SETTINGS)).toEqual([
      { key: "before_end", dueOn: "2026-03-01" },
    ]);
    expect(evaluationMoments({ startDate: "2026-01-01", endDate: null }, DEFAULT_COACHING_SETTINGS).map((m) => m.key)).toEqual([
      "months_3",
      "months_6",
      "months_9",
    ]);
  });
});

describe("issue 19 rule: the worklist shows evaluations due", () => {
  const moments = evaluationMoments({ startDate: "2026-01-15", endDate: "2027-01-14" }, DEFAULT_COACHING_SETTINGS);
  it("shows a moment from 14 days ahead, keeps an overdue one, hides evaluated ones", () => {
    expect(evaluationsDue(moments, [], "2026-03-31").map((m) => m.key)).toEqual([]);
    expect(evaluationsDue(moments, [], "2026-04-01").map((m) => m.key)).toEqual(["months_3"]);
    expect(evaluationsDue(moments, [], "2026-08-01").map((m) => m.key)).toEqual(["months_3", "months_6"]);
    expect(evaluationsDue(moments, ["months_3"], "2026-08-01").map((m) => m.key)).toEqual(["months_6"]);
  });
});

describe("issue 19 rule: follow-up 9 months after the exit", () => {
  it("is due 9 calendar months after the exit date (clamped to the month's end)", () => {
    expect(followUpDueOn("2026-03-15")).toBe("2026-12-15");
    expect(followUpDueOn("2026-05-31")).toBe("2027-02-28");
  });
  it("is due from that day on until it is answered", () => {
    expect(isFollowUpDue("2026-12-15", false, "2026-12-14")).toBe(false);
    expect(isFollowUpDue("2026-12-15", false, "2026-12-15")).toBe(true);
    expect(isFollowUpDue("2026-12-15", true, "2027-01-15")).toBe(false);
  });
});

describe("issue 19 rule: access to the coaching record", () => {
  it("the worker's own consultant and admins; another consultant and other roles are refused", () => {
    expect(coachingAccess({ role: "admin", staffId: "a" }, { consultantId: null })).toBe("allowed");
    expect(coachingAccess({ role: "consultant", staffId: "c1" }, { consultantId: "c1" })).toBe("allowed");
    expect(coachingAccess({ role: "consultant", staffId: "c2" }, { consultantId: "c1" })).toBe("not_your_worker");
    expect(coachingAccess({ role: "consultant", staffId: "c2" }, { consultantId: null })).toBe("not_your_worker");
    expect(coachingAccess({ role: "finance", staffId: "f" }, { consultantId: "f" })).toBe("forbidden");
    expect(coachingAccess({ role: "worker", staffId: null }, { consultantId: null })).toBe("forbidden");
  });
});

describe("issue 19 rules: settings, languages and exit dates", () => {
  it("refuses moments outside 1–24 months, twice the same month, and days before the end outside 0–365", () => {
    expect(validateCoachingSettings({ evaluationMonths: [3, 6, 9], evaluationBeforeEndDays: 30 })).toEqual([]);
    expect(validateCoachingSettings({ evaluationMonths: [0, 3, 3, 25], evaluationBeforeEndDays: 400 }).map((e) => e.path)).toEqual([
      "evaluationMonths.0",
      "evaluationMonths.3",
      "evaluationMonths",
      "evaluationBeforeEndDays",
    ]);
  });
  it("accepts a two-letter language once with a CEFR level or native", () => {
    expect(
      validateLanguages([
        { language: "nl", level: "A2" },
        { language: "ar", level: "native" },
      ]),
    ).toEqual([]);
    const bad = validateLanguages([
      { language: "dutch", level: "A2" },
      { language: "ar", level: "Z9" as "A1" },
      { language: "ar", level: "B1" },
    ]);
    expect(bad.map((e) => e.path)).toEqual(["languages.0.language", "languages.1.level", "languages.2.language"]);
  });
  it("an exit lies within the agreement", () => {
    const agreement = { startDate: "2026-01-01", endDate: "2026-12-31" };
    expect(exitDateProblem("2025-12-31", agreement)).toBe("coaching.exit_before_agreement");
    expect(exitDateProblem("2027-01-01", agreement)).toBe("coaching.exit_after_agreement");
    expect(exitDateProblem("2026-06-01", agreement)).toBeNull();
  });
});

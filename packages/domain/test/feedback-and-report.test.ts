import { describe, expect, it } from "vitest";
import {
  consentedCategories,
  feedbackChannelOf,
  feedbackMonthOf,
  filterByConsent,
  followUpDueOn,
  followUpSmsDue,
  FOLLOW_UP_SMS_ANSWERS,
  isFeedbackAnswer,
  outflowFigures,
  type ConsentRecord,
  type ExitOutcome,
} from "../src/index.ts";

// Issue 19, "client feedback": one question per worker, client and month, in one channel.
describe("issue 19 client feedback: the month asked about and the one channel", () => {
  it.each([
    { today: "2027-03-01", month: "2027-02" },
    { today: "2027-03-31", month: "2027-02" },
    { today: "2027-01-03", month: "2026-12" },
  ])("on $today the round asks about $month", ({ today, month }) => expect(feedbackMonthOf(today)).toBe(month));

  const c = { phone: "+32470000001", email: "a@b.be", smsOptOut: false, emailOptOut: false };
  it.each([
    { name: "a mobile number: SMS", contact: c, channel: "sms" },
    { name: "no phone: mail", contact: { ...c, phone: null }, channel: "email" },
    { name: "SMS opt-out: mail", contact: { ...c, smsOptOut: true }, channel: "email" },
    { name: "neither: nothing is asked", contact: { ...c, phone: null, emailOptOut: true }, channel: undefined },
  ])("$name", ({ contact, channel }) => expect(feedbackChannelOf(contact)).toBe(channel));

  it("three answers only", () => {
    expect(["good", "could_be_better", "not_good"].every(isFeedbackAnswer)).toBe(true);
    expect(isFeedbackAnswer("excellent")).toBe(false);
  });
});

// Issue 19, "the referrer's report": the consent filter.
describe("issue 19 consent filter: only what the worker consented to share on the report's day", () => {
  const records: ConsentRecord[] = [
    { category: "hours", givenOn: "2027-01-10", withdrawnOn: null },
    { category: "trainings", givenOn: "2027-01-10", withdrawnOn: "2027-03-01" },
    { category: "goals", givenOn: "2027-04-01", withdrawnOn: null },
  ];
  it.each([
    { day: "2027-01-09", expected: [] },
    { day: "2027-01-10", expected: ["hours", "trainings"] },
    { day: "2027-02-28", expected: ["hours", "trainings"] },
    { day: "2027-03-01", expected: ["hours"] },
    { day: "2027-04-01", expected: ["goals", "hours"] },
  ])("on $day: $expected", ({ day, expected }) => expect([...consentedCategories(records, day)].sort()).toEqual(expected));

  it("content without consent is dropped and marked as left out; consented content stays", () => {
    const out = filterByConsent(
      { hours: [{ month: "2027-01", minutes: 600 }], trainings: ["Tuinonderhoud"], client_feedback: ["goed"] },
      records,
      "2027-03-15",
    );
    expect(out.hours).toEqual({ included: true, content: [{ month: "2027-01", minutes: 600 }] });
    expect(out.trainings).toEqual({ included: false, content: null });
    expect(out.client_feedback).toEqual({ included: false, content: null });
    expect(JSON.stringify(out)).not.toContain("Tuinonderhoud");
  });
});

// Issue 19 and RULES §9 (S45: "32 % employed 9 months later"): the outflow share.
describe("issue 19 outflow share: in work 9 months after exit, unknown counted apart", () => {
  it("the follow-up is due 9 calendar months after the exit", () => {
    expect(followUpDueOn("2026-05-31")).toBe("2027-02-28");
  });
  it("share of known follow-ups (work, training, no work), rounded half up; unknown and not yet due apart; exits outside the period ignored", () => {
    const exits: ExitOutcome[] = [
      { exitedOn: "2026-01-15", situation: "in_work" },
      { exitedOn: "2026-02-01", situation: "training" },
      { exitedOn: "2026-03-01", situation: "none" },
      { exitedOn: "2026-04-01", situation: null },
      { exitedOn: "2026-04-02", situation: "unknown" },
      { exitedOn: "2026-12-01", situation: null },
      { exitedOn: "2025-12-31", situation: "in_work" },
    ];
    expect(outflowFigures(exits, "2026-01-01", "2026-12-31", "2027-03-01")).toEqual({
      exited: 6,
      inWork: 1,
      inTraining: 1,
      noWork: 1,
      unknown: 2,
      notYetDue: 1,
      sharePercent: 33,
    });
  });
  it("32 of 100 known is 32 %; nothing known gives no share; 1 of 2 is 50 %", () => {
    const exits: ExitOutcome[] = Array.from({ length: 100 }, (_, i) => ({ exitedOn: "2026-01-01", situation: i < 32 ? "in_work" : "none" }));
    expect(outflowFigures(exits, "2026-01-01", "2026-01-31", "2027-01-01").sharePercent).toBe(32);
    expect(outflowFigures([{ exitedOn: "2026-01-01", situation: null }], "2026-01-01", "2026-01-31", "2027-01-01").sharePercent).toBeNull();
    const two: ExitOutcome[] = [
      { exitedOn: "2026-01-01", situation: "in_work" },
      { exitedOn: "2026-01-01", situation: "none" },
    ];
    expect(outflowFigures(two, "2026-01-01", "2026-01-31", "2027-01-01").sharePercent).toBe(50);
  });
});

// Issue 19, "exit follow-up asked by SMS": when the SMS 9 months after the exit goes out.
describe("issue 19 follow-up SMS due: from the due day for 60 days, not after a recent follow-up, only to a mobile that takes SMS", () => {
  const base = { dueOn: "2027-03-10", today: "2027-03-10", lastFollowUpOn: null as string | null, phone: "+32470000001", smsOptOut: false };
  it.each([
    { name: "on the due day", x: base, due: true },
    { name: "the day before", x: { ...base, today: "2027-03-09" }, due: false },
    { name: "60 days later", x: { ...base, today: "2027-05-09" }, due: true },
    { name: "61 days later", x: { ...base, today: "2027-05-10" }, due: false },
    { name: "a follow-up 31 days before the due day (old)", x: { ...base, lastFollowUpOn: "2027-02-07" }, due: true },
    { name: "a follow-up 30 days before the due day (recent)", x: { ...base, lastFollowUpOn: "2027-02-08" }, due: false },
    { name: "no phone", x: { ...base, phone: null }, due: false },
    { name: "SMS opt-out", x: { ...base, smsOptOut: true }, due: false },
  ])("$name: $due", ({ x, due }) => expect(followUpSmsDue(x)).toBe(due));
  it("three answers: werk, opleiding, geen werk", () => {
    expect(FOLLOW_UP_SMS_ANSWERS).toEqual(["in_work", "training", "none"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  ANSWER_CODE_ALPHABET,
  ANSWER_CODE_BITS,
  answerCodeFromBytes,
  canUndoDecline,
  declineUndoUntil,
  DECLINE_UNDO_MINUTES,
  expectedTravel,
  halfHourChoices,
  normaliseAnswerCode,
  parseSmsReply,
} from "../src/index.ts";

describe("answer code (issue 17: one tap from an SMS)", () => {
  it("has at least 40 bits from an alphabet without 0/O and 1/I", () => {
    expect(ANSWER_CODE_BITS).toBeGreaterThanOrEqual(40);
    expect(ANSWER_CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(new Set(ANSWER_CODE_ALPHABET).size).toBe(ANSWER_CODE_ALPHABET.length);
  });
  it("builds a code from random bytes, one character per byte (32 divides 256: no bias)", () => {
    expect(answerCodeFromBytes(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toBe("23456789");
    expect(answerCodeFromBytes(Uint8Array.from([31, 32, 255, 0, 0, 0, 0, 0, 0, 0]))).toBe("Z2Z22222");
    expect(answerCodeFromBytes(Uint8Array.from([1, 2]))).toBeUndefined();
  });
  it.each([
    ["abcd2345", "ABCD2345"],
    [" ABCD2345 ", "ABCD2345"],
    ["ABCD234", undefined],
    ["ABCD2340", undefined],
    ["ABCDO345", undefined],
    ["ABCD23456", undefined],
  ])("normalises %j to %j", (raw, code) => expect(normaliseAnswerCode(raw)).toBe(code));
});

describe("decline undo window (issue 17: undo for 10 minutes)", () => {
  const at = "2027-03-16T09:00:00Z";
  it("is 10 minutes", () => {
    expect(DECLINE_UNDO_MINUTES).toBe(10);
    expect(declineUndoUntil(at).toISOString()).toBe("2027-03-16T09:10:00.000Z");
  });
  it.each([
    { name: "right after the decline", now: "2027-03-16T09:00:01Z", can: true },
    { name: "9 minutes 59 later", now: "2027-03-16T09:09:59Z", can: true },
    { name: "exactly 10 minutes later is too late", now: "2027-03-16T09:10:00Z", can: false },
    { name: "an hour later", now: "2027-03-16T10:00:00Z", can: false },
  ])("canUndoDecline: $name → $can", ({ now, can }) => expect(canUndoDecline(at, new Date(now))).toBe(can));
});

describe("parseSmsReply (issue 17: answer by replying JA/NEE, OUI/NON, YES/NO, STOP)", () => {
  it.each([
    ["JA", "accept", "nl"],
    ["Ja!", "accept", "nl"],
    ["  ja ", "accept", "nl"],
    [" nee ", "decline", "nl"],
    ["NEE.", "decline", "nl"],
    ["Oui !", "accept", "fr"],
    ["oui", "accept", "fr"],
    ["NON.", "decline", "fr"],
    ["Nön", "decline", "fr"],
    ["yes", "accept", "en"],
    ["YES!!", "accept", "en"],
    ["No", "decline", "en"],
    ["Jà", "accept", "nl"],
  ])("%j means %s (%s)", (text, kind, language) => expect(parseSmsReply(text)).toEqual({ kind, language }));
  it.each(["STOP", "stop", " Stop. "])("%j opts out", (text) => expect(parseSmsReply(text)).toEqual({ kind: "stop" }));
  it.each(["", "misschien", "ja nee", "ja graag", "jaa", "?", "OK"])("%j is unclear", (text) => expect(parseSmsReply(text)).toEqual({ kind: "unclear" }));
});

describe("expected travel (RULES §2, S8, S10: round trip over 10 km)", () => {
  const gent = { lat: 51.0543, lon: 3.7174 };
  it("a round trip of 10 km or less counts nothing", () => {
    const near = expectedTravel(gent, { lat: 51.0575, lon: 3.7 }, "2027-03-16");
    expect(near.counts).toBe(false);
    expect(near.allowanceCents).toBe(0);
    expect(near.roundTripKm).toBeGreaterThan(0);
  });
  it("a farther one counts every km at the year's rate, to one decimal", () => {
    const far = expectedTravel(gent, { lat: 51.2, lon: 4.39 }, "2027-03-16");
    expect(far.counts).toBe(true);
    expect(Math.round(far.roundTripKm * 10)).toBe(far.roundTripKm * 10);
    expect(far.allowanceCents).toBeGreaterThan(0);
  });
});

describe("halfHourChoices (issue 17: hours in hours and half hours, planned + tolerance)", () => {
  it("0:30 up to planned + tolerance", () => {
    expect(halfHourChoices(120, 30)).toEqual([30, 60, 90, 120, 150]);
    expect(halfHourChoices(45, 0)).toEqual([30]);
  });
});

import { describe, expect, it } from "vitest";
import { channelDecisions, formatClock, parseClock, quietWindowProblem, reachability, smsSendAfterFor } from "../src/index.ts";

const person = { email: "a@example.org", phone: "+32470123456", smsOptOut: false, emailOptOut: false };

describe("rule: an SMS waits for the organisation's and the person's quiet hours (issue 20)", () => {
  it("no personal window: the organisation's 21:00–08:00 alone", () => {
    const now = new Date("2026-01-14T21:30:00Z"); // 22:30 CET
    expect(smsSendAfterFor(now, null).toISOString()).toBe("2026-01-15T07:00:00.000Z");
    const day = new Date("2026-01-14T12:00:00Z");
    expect(smsSendAfterFor(day, undefined)).toEqual(day);
  });
  it("a window 18:00–10:00 moves a 19:00 SMS to 10:00 the next morning (past the organisation's 08:00)", () => {
    const w = { fromMinute: 18 * 60, untilMinute: 10 * 60 };
    expect(smsSendAfterFor(new Date("2026-01-14T18:00:00Z"), w).toISOString()).toBe("2026-01-15T09:00:00.000Z");
  });
  it("'no messages before 09:00' (00:00–09:00): 08:30 waits until 09:00 the same morning", () => {
    const w = { fromMinute: 0, untilMinute: 9 * 60 };
    expect(smsSendAfterFor(new Date("2026-07-02T06:30:00Z"), w).toISOString()).toBe("2026-07-02T07:00:00.000Z");
  });
  it("'none after 19:00' (19:00–00:00): 20:00 waits for the organisation's 08:00, not midnight", () => {
    const w = { fromMinute: 19 * 60, untilMinute: 0 };
    expect(smsSendAfterFor(new Date("2026-01-14T19:00:00Z"), w).toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });
  it("a personal window never shortens the organisation's: 22:00–07:00 still waits until 08:00", () => {
    const w = { fromMinute: 22 * 60, untilMinute: 7 * 60 };
    expect(smsSendAfterFor(new Date("2026-01-14T20:30:00Z"), w).toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });
  it("a daytime window (12:00–14:00) holds a 12:30 SMS until 14:00; 14:00 itself sends", () => {
    const w = { fromMinute: 12 * 60, untilMinute: 14 * 60 };
    expect(smsSendAfterFor(new Date("2026-01-14T11:30:00Z"), w).toISOString()).toBe("2026-01-14T13:00:00.000Z");
    const edge = new Date("2026-01-14T13:00:00Z");
    expect(smsSendAfterFor(edge, w)).toEqual(edge);
  });
  it("wall-clock across DST: until 09:00 the morning summer time starts is 07:00 UTC", () => {
    const w = { fromMinute: 20 * 60, untilMinute: 9 * 60 };
    expect(smsSendAfterFor(new Date("2026-03-28T20:00:00Z"), w).toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});

describe("rule: a quiet window has a length (from ≠ until), written HH:MM", () => {
  it.each([
    ["21:00", 1260],
    ["00:00", 0],
    ["23:59", 1439],
  ])("parses %s", (text, minute) => {
    expect(parseClock(text)).toBe(minute);
    expect(formatClock(minute)).toBe(text);
  });
  it.each(["24:00", "9:00", "09:60", "0900", ""])("refuses %j", (text) => expect(parseClock(text)).toBeUndefined());
  it("equal from and until is refused, any other pair is fine", () => {
    expect(quietWindowProblem({ fromMinute: 480, untilMinute: 480 })).toBe("quiet_hours.empty");
    expect(quietWindowProblem({ fromMinute: 1260, untilMinute: 480 })).toBeUndefined();
  });
});

describe("rule: a message goes only where the person lets it (issue 20)", () => {
  it("both allowed: both channels send", () => {
    expect(channelDecisions(["email", "sms"], person)).toEqual([
      { channel: "email", send: true },
      { channel: "sms", send: true },
    ]);
  });
  it("opted out of SMS: mail only, the SMS is skipped as opted_out", () => {
    expect(channelDecisions(["email", "sms"], { ...person, smsOptOut: true })).toEqual([
      { channel: "email", send: true },
      { channel: "sms", send: false, skip: "opted_out" },
    ]);
  });
  it("no address is its own reason, before the opt-out", () => {
    expect(channelDecisions(["email"], { ...person, email: null, emailOptOut: true })).toEqual([{ channel: "email", send: false, skip: "no_address" }]);
  });
  it("reachability: unreachable when every channel is closed", () => {
    expect(reachability(person)).toEqual({ email: true, sms: true, unreachable: false });
    expect(reachability({ ...person, smsOptOut: true })).toEqual({ email: true, sms: false, unreachable: false });
    expect(reachability({ ...person, smsOptOut: true, email: null })).toEqual({ email: false, sms: false, unreachable: true });
  });
});

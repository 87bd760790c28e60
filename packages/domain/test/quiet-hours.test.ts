import { describe, expect, it } from "vitest";
import { inQuietHours, sameBrusselsDay, smsSendAfter } from "../src/index.ts";

describe("quiet hours for SMS (issue Notifications: no SMS 21:00–08:00 Europe/Brussels)", () => {
  it("daytime: send now", () => {
    const now = new Date("2026-03-10T12:00:00Z"); // 13:00 CET
    expect(smsSendAfter(now)).toEqual(now);
    expect(inQuietHours(now)).toBe(false);
  });
  it("22:30 Brussels in winter waits until 08:00 the next morning", () => {
    expect(smsSendAfter(new Date("2026-01-14T21:30:00Z")).toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });
  it("after midnight waits until 08:00 the same morning", () => {
    expect(smsSendAfter(new Date("2026-01-15T01:00:00Z")).toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });
  it("edges: 20:59 sends, 21:00 waits, 07:59 waits, 08:00 sends (summer time)", () => {
    expect(inQuietHours(new Date("2026-07-01T18:59:00Z"))).toBe(false);
    expect(inQuietHours(new Date("2026-07-01T19:00:00Z"))).toBe(true);
    expect(inQuietHours(new Date("2026-07-02T05:59:00Z"))).toBe(true);
    expect(inQuietHours(new Date("2026-07-02T06:00:00Z"))).toBe(false);
  });
  it("the night DST starts, 08:00 is CEST (06:00 UTC)", () => {
    expect(smsSendAfter(new Date("2026-03-28T22:00:00Z")).toISOString()).toBe("2026-03-29T06:00:00.000Z");
  });
  it("sameBrusselsDay uses the Brussels calendar, not UTC", () => {
    expect(sameBrusselsDay(new Date("2026-01-14T23:30:00Z"), new Date("2026-01-15T10:00:00Z"))).toBe(true);
    expect(sameBrusselsDay(new Date("2026-01-14T22:30:00Z"), new Date("2026-01-15T10:00:00Z"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { dayBeforeReminderAt, plannedReminderAt } from "../src/index.ts";

describe("day-before reminders (DESIGN principle 3: Brussels wall-clock, DST-safe)", () => {
  it("a summer session is reminded at 18:00 +02:00 the day before", () => {
    expect(dayBeforeReminderAt("2026-06-10T09:00:00+02:00").toISOString()).toBe("2026-06-09T16:00:00.000Z");
  });

  it("the day after the spring switch (29 March 2026): 18:00 summer time, not 17:00", () => {
    expect(dayBeforeReminderAt("2026-03-30T09:00:00+02:00").toISOString()).toBe("2026-03-29T16:00:00.000Z");
    // The switch day itself is 23 hours long: minus 24 hours would land on the wrong day.
    expect(dayBeforeReminderAt("2026-03-30T00:30:00+02:00").toISOString()).toBe("2026-03-29T16:00:00.000Z");
  });

  it("across the autumn switch (25 October 2026): reminder in summer time, session in winter time", () => {
    expect(dayBeforeReminderAt("2026-10-26T09:00:00+01:00").toISOString()).toBe("2026-10-25T17:00:00.000Z");
    expect(dayBeforeReminderAt("2026-10-25T13:30:00+01:00").toISOString()).toBe("2026-10-24T16:00:00.000Z");
  });

  it("uses the Brussels day of the start, whatever offset the caller wrote", () => {
    // 23:30 UTC on 1 June is already 2 June in Brussels.
    expect(dayBeforeReminderAt("2026-06-01T23:30:00Z").toISOString()).toBe("2026-06-01T16:00:00.000Z");
    expect(dayBeforeReminderAt(new Date("2026-01-15T08:00:00Z"), 9).toISOString()).toBe("2026-01-14T08:00:00.000Z");
  });

  it("no reminder once its moment has passed", () => {
    const start = "2026-06-10T09:00:00+02:00";
    expect(plannedReminderAt(start, new Date("2026-06-09T15:59:00Z"))?.toISOString()).toBe("2026-06-09T16:00:00.000Z");
    expect(plannedReminderAt(start, new Date("2026-06-09T16:00:00Z"))).toBeNull();
  });

  it("refuses nonsense", () => {
    expect(() => dayBeforeReminderAt("tomorrow")).toThrow(RangeError);
    expect(() => dayBeforeReminderAt("2026-06-10T09:00:00+02:00", 24)).toThrow(RangeError);
  });
});

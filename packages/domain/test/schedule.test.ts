import { describe, expect, it } from "vitest";
import {
  describeRrule,
  expandRecurrence,
  isRepeat,
  liesWithinWindow,
  officeHourSlots,
  repeatRrule,
  ScheduleError,
  validateRrule,
} from "../src/schedule/index.ts";

const starts = (xs: { startsAt: string }[]) => xs.map((x) => x.startsAt);

describe("validateRrule", () => {
  it.each([
    "FREQ=WEEKLY;BYDAY=TU",
    "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "FREQ=MONTHLY;BYDAY=1WE",
    "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1",
    "FREQ=DAILY;COUNT=5",
    "FREQ=WEEKLY;BYDAY=MO,TU",
  ])("accepts %s", (r) => {
    expect(validateRrule(r).ok).toBe(true);
  });
  it.each([
    ["", /empty/],
    ["garbage", /cannot read/],
    ["FREQ=SECONDLY", /too frequent/],
    ["FREQ=MINUTELY", /too frequent/],
    ["FREQ=HOURLY;INTERVAL=12", /too frequent/],
    ["FREQ=WEEKLY;BYHOUR=9,10", /BYHOUR/],
    ["BYDAY=TU", /FREQ is missing/],
    ["FREQ=WEEKLY;BYDAY=XX", /invalid/],
    ["FREQ=WEEKLY;INTERVAL=0", /INTERVAL/],
    ["FREQ=WEEKLY;FREQ=DAILY", /twice/],
    ["DTSTART:20260101T090000\nRRULE:FREQ=DAILY", /one RRULE line/],
    ["FREQ=MONTHLY;BYMONTHDAY=40", /never|invalid/],
  ])("rejects %j", (r, why) => {
    const res = validateRrule(r);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(why);
  });
});

describe("expandRecurrence keeps the wall-clock time across DST (Europe/Brussels)", () => {
  it("every Tuesday 09:00 over the spring switch of 29 March 2026", () => {
    const occ = expandRecurrence({ rrule: "FREQ=WEEKLY;BYDAY=TU", startLocal: "2026-03-17T09:00", durationMinutes: 180, until: "2026-04-07" });
    expect(occ).toEqual([
      { startsAt: "2026-03-17T09:00:00+01:00", endsAt: "2026-03-17T12:00:00+01:00" },
      { startsAt: "2026-03-24T09:00:00+01:00", endsAt: "2026-03-24T12:00:00+01:00" },
      { startsAt: "2026-03-31T09:00:00+02:00", endsAt: "2026-03-31T12:00:00+02:00" },
      { startsAt: "2026-04-07T09:00:00+02:00", endsAt: "2026-04-07T12:00:00+02:00" },
    ]);
  });

  it("every Tuesday 09:00 over the autumn switch of 25 October 2026", () => {
    const occ = expandRecurrence({ rrule: "FREQ=WEEKLY;BYDAY=TU", startLocal: "2026-10-20T09:00", durationMinutes: 60, until: "2026-11-03" });
    expect(starts(occ)).toEqual(["2026-10-20T09:00:00+02:00", "2026-10-27T09:00:00+01:00", "2026-11-03T09:00:00+01:00"]);
  });

  it("daily sessions on the switch days themselves", () => {
    const spring = expandRecurrence({ rrule: "FREQ=DAILY", startLocal: "2026-03-28T13:30", durationMinutes: 240, until: "2026-03-30" });
    expect(starts(spring)).toEqual(["2026-03-28T13:30:00+01:00", "2026-03-29T13:30:00+02:00", "2026-03-30T13:30:00+02:00"]);
    // 02:30 does not exist on 29 March: moved forward to 03:30 summer time.
    const gap = expandRecurrence({ rrule: "FREQ=DAILY", startLocal: "2026-03-28T02:30", durationMinutes: 60, until: "2026-03-30" });
    expect(starts(gap)).toEqual(["2026-03-28T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"]);
    // An evening course over the night of the autumn switch lasts its real duration.
    const night = expandRecurrence({ rrule: "FREQ=DAILY;COUNT=1", startLocal: "2026-10-25T01:00", durationMinutes: 180, until: "2026-10-25" });
    expect(night).toEqual([{ startsAt: "2026-10-25T01:00:00+02:00", endsAt: "2026-10-25T03:00:00+01:00" }]);
  });

  it("every two weeks (INTERVAL=2), anchored on the start date, across the spring switch", () => {
    const occ = expandRecurrence({ rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", startLocal: "2026-03-04T09:00", durationMinutes: 180, until: "2026-04-30" });
    expect(starts(occ)).toEqual([
      "2026-03-04T09:00:00+01:00",
      "2026-03-18T09:00:00+01:00",
      "2026-04-01T09:00:00+02:00",
      "2026-04-15T09:00:00+02:00",
      "2026-04-29T09:00:00+02:00",
    ]);
  });

  it("first Wednesday of the month (RULES §7 Nevele) both ways of writing it", () => {
    const expected = ["2026-09-02T09:00:00+02:00", "2026-10-07T09:00:00+02:00", "2026-11-04T09:00:00+01:00", "2026-12-02T09:00:00+01:00"];
    for (const rrule of ["FREQ=MONTHLY;BYDAY=1WE", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1"]) {
      const occ = expandRecurrence({ rrule, startLocal: "2026-09-02T09:00", durationMinutes: 165, until: "2026-12-31" });
      expect(starts(occ)).toEqual(expected);
      expect(occ[2]?.endsAt).toBe("2026-11-04T11:45:00+01:00");
    }
  });

  it("from/to window: dates are inclusive days, date-times are instants with exclusive end", () => {
    const base = { rrule: "FREQ=WEEKLY;BYDAY=TU", startLocal: "2026-01-06T09:00", durationMinutes: 60, until: "2026-12-31" };
    expect(starts(expandRecurrence({ ...base, from: "2026-03-24", to: "2026-03-31" }))).toEqual(["2026-03-24T09:00:00+01:00", "2026-03-31T09:00:00+02:00"]);
    expect(starts(expandRecurrence({ ...base, from: "2026-03-24T09:00:01+01:00", to: "2026-04-07T09:00:00+02:00" }))).toEqual(["2026-03-31T09:00:00+02:00"]);
    expect(starts(expandRecurrence({ ...base, from: "2026-03-31T07:00:00Z", to: "2026-03-31T07:00:01Z" }))).toEqual(["2026-03-31T09:00:00+02:00"]);
  });

  it("until and COUNT limit the series; a runaway series is refused", () => {
    expect(expandRecurrence({ rrule: "FREQ=DAILY;COUNT=3", startLocal: "2026-01-01T10:00", durationMinutes: 30, until: "2027-01-01" })).toHaveLength(3);
    expect(expandRecurrence({ rrule: "FREQ=DAILY", startLocal: "2026-01-01T10:00", durationMinutes: 30, until: "2026-01-10" })).toHaveLength(10);
    expect(() => expandRecurrence({ rrule: "FREQ=DAILY", startLocal: "2026-01-01T10:00", durationMinutes: 30, until: "2036-01-01" })).toThrow(/more than 1000/);
  });

  it("rejects bad input with ScheduleError", () => {
    const ok = { rrule: "FREQ=DAILY", startLocal: "2026-01-01T10:00", durationMinutes: 30, until: "2026-02-01" };
    expect(() => expandRecurrence({ ...ok, rrule: "FREQ=HOURLY" })).toThrow(ScheduleError);
    expect(() => expandRecurrence({ ...ok, startLocal: "2026-02-30T10:00" })).toThrow(/not a real date/);
    expect(() => expandRecurrence({ ...ok, startLocal: "2026-01-01" })).toThrow(/needs a time/);
    expect(() => expandRecurrence({ ...ok, durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => expandRecurrence({ ...ok, from: "yesterday" })).toThrow(ScheduleError);
  });
});

describe("officeHourSlots", () => {
  it("Nevele: 1st Wednesday of the month 9-11.45 in 30-minute slots, over the autumn switch", () => {
    const slots = officeHourSlots({
      rrule: "FREQ=MONTHLY;BYDAY=1WE",
      startTime: "09:00",
      endTime: "11:45",
      slotMinutes: 30,
      from: "2026-10-01",
      to: "2026-11-30",
      firstDate: "2026-01-07",
    });
    expect(starts(slots)).toEqual([
      "2026-10-07T09:00:00+02:00",
      "2026-10-07T09:30:00+02:00",
      "2026-10-07T10:00:00+02:00",
      "2026-10-07T10:30:00+02:00",
      "2026-10-07T11:00:00+02:00",
      "2026-11-04T09:00:00+01:00",
      "2026-11-04T09:30:00+01:00",
      "2026-11-04T10:00:00+01:00",
      "2026-11-04T10:30:00+01:00",
      "2026-11-04T11:00:00+01:00",
    ]);
    expect(slots[4]?.endsAt).toBe("2026-10-07T11:30:00+02:00");
  });

  it("Melle: Wednesday of even weeks 9-12, every two weeks from the first date, over the spring switch", () => {
    const slots = officeHourSlots({
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 60,
      from: "2026-03-16",
      to: "2026-04-05",
      firstDate: "2026-01-07",
    });
    expect(slots).toEqual([
      { startsAt: "2026-03-18T09:00:00+01:00", endsAt: "2026-03-18T10:00:00+01:00" },
      { startsAt: "2026-03-18T10:00:00+01:00", endsAt: "2026-03-18T11:00:00+01:00" },
      { startsAt: "2026-03-18T11:00:00+01:00", endsAt: "2026-03-18T12:00:00+01:00" },
      { startsAt: "2026-04-01T09:00:00+02:00", endsAt: "2026-04-01T10:00:00+02:00" },
      { startsAt: "2026-04-01T10:00:00+02:00", endsAt: "2026-04-01T11:00:00+02:00" },
      { startsAt: "2026-04-01T11:00:00+02:00", endsAt: "2026-04-01T12:00:00+02:00" },
    ]);
  });

  it("Kruishoutem Tuesday 9-12 in 20-minute slots: 9 per day, both sides of 29 March", () => {
    const slots = officeHourSlots({
      rrule: "FREQ=WEEKLY;BYDAY=TU",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 20,
      from: "2026-03-24",
      to: "2026-03-31",
      firstDate: "2026-01-06",
    });
    expect(slots).toHaveLength(18);
    expect(slots[8]?.endsAt).toBe("2026-03-24T12:00:00+01:00");
    expect(slots[9]?.startsAt).toBe("2026-03-31T09:00:00+02:00");
  });

  it("rejects bad times", () => {
    const ok = {
      rrule: "FREQ=WEEKLY;BYDAY=TU",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 30,
      from: "2026-03-01",
      to: "2026-03-31",
      firstDate: "2026-01-06",
    };
    expect(() => officeHourSlots({ ...ok, endTime: "08:00" })).toThrow(/after/);
    expect(() => officeHourSlots({ ...ok, startTime: "9u" })).toThrow(/HH:mm/);
    expect(() => officeHourSlots({ ...ok, slotMinutes: 0 })).toThrow(/slotMinutes/);
    expect(() => officeHourSlots({ ...ok, slotMinutes: 240 })).toThrow(/slotMinutes/);
  });
});

describe("liesWithinWindow", () => {
  const window = { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" };
  it.each([
    { why: "inside", startsAt: "2027-03-16T09:30:00+01:00", endsAt: "2027-03-16T11:30:00+01:00", ok: true },
    { why: "exactly the window (both ends inclusive)", startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T12:00:00+01:00", ok: true },
    { why: "the same instants written in UTC", startsAt: "2027-03-16T08:00:00Z", endsAt: "2027-03-16T11:00:00Z", ok: true },
    { why: "starts before the window", startsAt: "2027-03-16T08:59:00+01:00", endsAt: "2027-03-16T10:00:00+01:00", ok: false },
    { why: "ends after the window", startsAt: "2027-03-16T11:00:00+01:00", endsAt: "2027-03-16T12:01:00+01:00", ok: false },
    { why: "another day", startsAt: "2027-03-17T09:00:00+01:00", endsAt: "2027-03-17T10:00:00+01:00", ok: false },
  ])("API.md assignments: a worker is planned within the job's window: $why", ({ startsAt, endsAt, ok }) => {
    expect(liesWithinWindow({ startsAt, endsAt }, window)).toBe(ok);
  });
  it("refuses an unreadable instant", () => {
    expect(() => liesWithinWindow({ startsAt: "morgen", endsAt: "2027-03-16T10:00:00+01:00" }, window)).toThrow(RangeError);
  });
});

describe("a series in words (issue 16): the RRULE underneath and the Dutch a consultant says", () => {
  it.each([
    { repeat: "weekly", start: "2027-03-15T09:00:00+01:00", rrule: "FREQ=WEEKLY", words: "elke week op maandagvoormiddag" },
    { repeat: "every2weeks", start: "2027-03-16T14:00:00+01:00", rrule: "FREQ=WEEKLY;INTERVAL=2", words: "elke twee weken op dinsdagnamiddag" },
    { repeat: "every4weeks", start: "2027-07-02T19:30:00+02:00", rrule: "FREQ=WEEKLY;INTERVAL=4", words: "elke vier weken op vrijdagavond" },
  ] as const)("$repeat from $start: $rrule, '$words'", ({ repeat, start, rrule, words }) => {
    expect(isRepeat(repeat)).toBe(true);
    expect(repeatRrule(repeat)).toBe(rrule);
    expect(describeRrule(rrule, start)).toBe(words);
  });

  it.each([
    { rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T09:00:00+01:00", words: "elke week op dinsdagvoormiddag" },
    // RULES §7 Melle: Wednesday of even weeks; the rule's day wins over the first start's (a Monday here).
    { rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", start: "2026-01-05T09:00:00+01:00", words: "elke twee weken op woensdagvoormiddag" },
    { rrule: "FREQ=WEEKLY;BYDAY=TH", start: "2026-01-08T13:30:00+01:00", words: "elke week op donderdagnamiddag" },
  ])("a zitdag's weekly rule with its one day, $rrule: '$words'", ({ rrule, start, words }) => {
    expect(describeRrule(rrule, start)).toBe(words);
  });

  it("says nothing it cannot say exactly: other rules have no words", () => {
    expect(describeRrule("FREQ=MONTHLY;BYDAY=1WE", "2027-03-15T09:00:00+01:00")).toBeNull();
    expect(describeRrule("FREQ=WEEKLY;BYDAY=XX", "2027-03-15T09:00:00+01:00")).toBeNull();
    expect(describeRrule("FREQ=MONTHLY", "2027-03-15T09:00:00+01:00")).toBeNull();
    expect(describeRrule("FREQ=WEEKLY;BYDAY=MO,TH", "2027-03-15T09:00:00+01:00")).toBeNull();
    expect(isRepeat("daily")).toBe(false);
  });
});

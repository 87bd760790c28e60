import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFullDate,
  formatIban,
  formatMoney,
  formatAmount,
  formatDayDate,
  formatShortDate,
  formatShortDuration,
  formatTimeRange,
} from "../src/format.ts";

describe("dates and times in Europe/Brussels", () => {
  it("formats winter time", () => {
    // 08:00 UTC is 9:00 in Brussels in March before the switch.
    expect(formatDateTime("2026-03-03T08:00:00Z", "nl")).toBe("dinsdag 3 maart om 9.00 uur");
    expect(formatDateTime("2026-03-03T08:00:00Z", "fr")).toBe("mardi 3 mars à 9 h");
    expect(formatDateTime("2026-03-03T08:00:00Z", "en")).toBe("Tuesday 3 March at 9:00");
  });

  it("formats summer time (UTC+2)", () => {
    expect(formatDateTime("2026-07-14T07:30:00Z", "nl")).toBe("dinsdag 14 juli om 9.30 uur");
    expect(formatDateTime("2026-07-14T07:30:00Z", "fr")).toBe("mardi 14 juillet à 9 h 30");
  });

  it("puts late UTC evenings on the next Brussels day", () => {
    expect(formatDate("2026-03-03T23:30:00Z", "nl")).toBe("woensdag 4 maart");
  });

  it("keeps calendar dates on their day", () => {
    expect(formatFullDate("2027-03-03", "nl")).toBe("woensdag 3 maart 2027");
    expect(formatShortDate("2026-12-30", "nl")).toBe("wo 30/12");
    expect(formatShortDate("2026-03-03", "fr")).toBe("mar 3/3");
    expect(formatShortDate("2026-03-03", "en")).toBe("Tue 3/3");
  });

  it("formats ranges and durations", () => {
    expect(formatTimeRange("2026-03-03T08:00:00Z", "2026-03-03T11:30:00Z", "nl")).toBe("van 9.00 tot 12.30 uur");
    expect(formatTimeRange("2026-03-03T08:00:00Z", "2026-03-03T11:30:00Z", "fr")).toBe("de 9 h à 12 h 30");
    expect(formatTimeRange("2026-03-03T08:00:00Z", "2026-03-03T11:30:00Z", "en")).toBe("from 9:00 to 12:30");
    expect(formatDuration(150, "nl")).toBe("2 uur 30 minuten");
    expect(formatDuration(60, "fr")).toBe("1 heure");
    expect(formatDuration(45, "en")).toBe("45 minutes");
    expect(formatShortDuration(150, "nl")).toBe("2u30");
    expect(formatShortDuration(180, "fr")).toBe("3h");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date", "nl")).toThrow(RangeError);
  });
});

describe("money from cents", () => {
  it("formats per language without floating point", () => {
    expect(formatMoney(745, "nl")).toBe("€ 7,45");
    expect(formatMoney(745, "fr")).toBe("7,45 €");
    expect(formatMoney(745, "en")).toBe("€7.45");
    expect(formatMoney(123456789, "nl")).toBe("€ 1.234.567,89");
    expect(formatMoney(123456789, "en")).toBe("€1,234,567.89");
    expect(formatMoney(5, "nl")).toBe("€ 0,05");
    expect(formatMoney(-410, "nl")).toBe("-€ 4,10");
    expect(() => formatMoney(7.5, "nl")).toThrow(RangeError);
  });

  it("shows amounts on pages, in CSV and PDF with non-breaking spaces, one function for every language", () => {
    const nbsp = "\u00a0";
    expect(formatAmount(123456, "nl")).toBe(`€${nbsp}1.234,56`);
    expect(formatAmount(123456, "fr")).toBe(`1${nbsp}234,56${nbsp}€`);
    expect(formatAmount(123456, "en")).toBe("€1,234.56");
    expect(formatAmount(7467316, "nl")).toBe(`€${nbsp}74.673,16`);
    expect(formatAmount(0, "nl")).toBe(`€${nbsp}0,00`);
    expect(formatAmount(-410, "nl")).toBe(`-€${nbsp}4,10`);
    expect(formatAmount(-410, "fr")).toBe(`-4,10${nbsp}€`);
    expect(formatAmount(12345678901234n, "nl")).toBe(`€${nbsp}123.456.789.012,34`);
    expect(() => formatAmount(0.5, "nl")).toThrow(RangeError);
    // No ordinary space inside an amount: it cannot wrap between the euro sign and the number.
    for (const lang of ["nl", "fr", "en"] as const) expect(formatAmount(99999999, lang)).not.toMatch(/ /);
    // Messages get the same text with plain spaces.
    expect(formatMoney(123456, "nl")).toBe(formatAmount(123456, "nl").replaceAll(nbsp, " "));
  });

  it("dates in tables and files always carry the year, in Brussels time", () => {
    expect(formatDayDate("2026-12-05", "nl")).toBe("5 december 2026");
    expect(formatDayDate("2026-12-05", "fr")).toBe("5 décembre 2026");
    expect(formatDayDate("2026-12-05", "en")).toBe("5 December 2026");
    // 23:30 UTC on 31 December is already New Year in Brussels.
    expect(formatDayDate("2026-12-31T23:30:00Z", "nl")).toBe("1 januari 2027");
    expect(() => formatDayDate("gisteren", "nl")).toThrow(RangeError);
  });

  it("groups an IBAN by four", () => {
    expect(formatIban("be68539007547034")).toBe("BE68 5390 0754 7034");
  });
});

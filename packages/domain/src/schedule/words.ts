import { DateTime } from "luxon";
import { BRUSSELS_ZONE } from "../time/brussels.ts";

/**
 * A series of klussen as a consultant says it ("elke twee weken op maandag"), with the RRULE the API
 * stores underneath. The weekday is the first klus's own (RFC 5545: a weekly rule without BYDAY
 * repeats on the day of its start), so the words and the dates cannot disagree.
 */
export type Repeat = "weekly" | "every2weeks" | "every4weeks";

const RULES: Record<Repeat, string> = { weekly: "FREQ=WEEKLY", every2weeks: "FREQ=WEEKLY;INTERVAL=2", every4weeks: "FREQ=WEEKLY;INTERVAL=4" };
const WORDS: Record<number, string> = { 1: "elke week", 2: "elke twee weken", 3: "elke drie weken", 4: "elke vier weken" };
const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

export function isRepeat(value: string): value is Repeat {
  return value in RULES;
}

export function repeatRrule(repeat: Repeat): string {
  return RULES[repeat];
}

/** RFC 5545 day codes, Monday first (luxon's weekday 1–7). */
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * The series in Dutch words: "elke twee weken op maandag", or null for a rule these words do not cover.
 * A weekly rule may name its one day (BYDAY=TU, as zitdagen entered through the API do); without
 * it the day is the first start's own.
 */
export function describeRrule(rrule: string, firstStart: string): string | null {
  const parts = new Map(rrule.split(";").map((p) => p.split("=") as [string, string]));
  if (parts.get("FREQ") !== "WEEKLY" || [...parts.keys()].some((k) => k !== "FREQ" && k !== "INTERVAL" && k !== "BYDAY")) return null;
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const words = WORDS[interval];
  const start = DateTime.fromISO(firstStart, { setZone: true }).setZone(BRUSSELS_ZONE);
  const byday = parts.get("BYDAY");
  const weekday = byday === undefined ? start.weekday : BYDAY.indexOf(byday) + 1;
  if (!words || !start.isValid || weekday === 0) return null;
  const part = start.hour < 12 ? "voormiddag" : start.hour < 18 ? "namiddag" : "avond";
  return `${words} op ${WEEKDAYS[weekday - 1]}${part}`;
}

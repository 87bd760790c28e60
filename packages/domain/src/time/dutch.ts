import { DateTime } from "luxon";
import { BRUSSELS_ZONE, type IsoDate } from "./brussels.ts";

// Fixed names, not Intl: the text must not depend on the ICU data of the machine.
const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function brussels(instant: string): DateTime {
  const dt = DateTime.fromISO(instant, { setZone: true });
  if (!dt.isValid) throw new RangeError("time.invalid_instant");
  return dt.setZone(BRUSSELS_ZONE);
}

function dayText(dt: DateTime): string {
  return `${WEEKDAYS[dt.weekday - 1]} ${dt.day} ${MONTHS[dt.month - 1]} ${dt.year}`;
}

function clock(dt: DateTime): string {
  return `${dt.hour}.${String(dt.minute).padStart(2, "0")}`;
}

/**
 * Dates in Dutch messages as people read them (B1): "dinsdag 4 januari 2028", not "2028-01-04".
 * Same style as the notify templates.
 */
export function formatDutchDate(date: IsoDate): string {
  const dt = DateTime.fromISO(date, { zone: BRUSSELS_ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !dt.isValid) throw new RangeError("time.invalid_date");
  return dayText(dt);
}

/** A time window in Brussels time: "dinsdag 16 maart 2027 van 9.00 tot 12.00 uur" (or over two days). */
export function formatDutchWindow(from: string, to: string): string {
  const a = brussels(from);
  const b = brussels(to);
  if (a.hasSame(b, "day")) return `${dayText(a)} van ${clock(a)} tot ${clock(b)} uur`;
  return `${dayText(a)} ${clock(a)} uur tot ${dayText(b)} ${clock(b)} uur`;
}

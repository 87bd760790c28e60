import { DateTime } from "luxon";
import { describeRrule } from "@wijkwerk/domain";
import { formatTime } from "@wijkwerk/notify";

/** What the zitdag pages (routes/office-hours-*.ts) share: Dutch labels, the series in words, slot times. */

export const APPOINTMENT_STATUS: Record<string, string> = { planned: "Gepland", done: "Gezien", no_show: "Niet gekomen", cancelled: "Geannuleerd" };

/** The repetitions a consultant can choose (domain schedule/words.ts turns them into the RRULE). */
export const REPEATS = [
  { value: "weekly", label: "Elke week" },
  { value: "every2weeks", label: "Elke twee weken" },
  { value: "every4weeks", label: "Elke vier weken" },
];

export const SERIES_LABELS: Record<string, string> = {
  neighbourhoodId: "Wijk",
  location: "Plaats",
  repeat: "Hoe vaak?",
  rrule: "Hoe vaak?",
  firstDate: "Eerste zitdag",
  until: "Laatste zitdag",
  startTime: "Beginuur",
  endTime: "Einduur",
  slotMinutes: "Duur van een afspraak (minuten)",
  consultantId: "Bemiddelaar",
};

export const BOOKING_LABELS: Record<string, string> = {
  startsAt: "Tijdslot",
  name: "Naam",
  phone: "Telefoon",
  topic: "Waarvoor?",
  clientId: "Klant",
  workerId: "Wijk-werker",
};

export const WALK_IN_LABELS: Record<string, string> = {
  "walkIn.name": "Naam",
  "walkIn.phone": "Telefoon",
  "walkIn.topic": "Waarvoor?",
  "walkIn.date": "Datum",
};

/** "09:20" in Brussels. */
export const clock = (iso: string) => formatTime(iso, "nl");

/** A series' repetition in words ("elke twee weken op maandagvoormiddag"); the RRULE itself only where words fall short. */
export function seriesWords(s: { rrule: string; firstDate: string; startTime: string }): string {
  const firstStart = DateTime.fromISO(`${s.firstDate}T${s.startTime}`, { zone: "Europe/Brussels" }).toISO() ?? "";
  return describeRrule(s.rrule, firstStart) ?? `volgens de regel ${s.rrule}`;
}

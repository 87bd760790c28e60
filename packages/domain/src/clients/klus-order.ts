import type { IsoDate } from "../time/index.ts";

/**
 * Issue 17, "forms for people": a client asks how long a klus takes in hours and half hours, never
 * in minutes; from half an hour to a full working day of 8 hours (the API allows a klus of at most
 * one day). The values are minutes, as the API counts (DESIGN principle 3).
 */
export const KLUS_DURATION_MINUTES: readonly number[] = Array.from({ length: 16 }, (_, i) => (i + 1) * 30);

export function isKlusDuration(minutes: number): boolean {
  return KLUS_DURATION_MINUTES.includes(minutes);
}

/** A klus is asked for today or a later day (Brussels dates), never for a day that has passed. */
export function isKlusDayAllowed(day: IsoDate, today: IsoDate): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= today;
}

/** Start times a client picks from: every half hour from 07:00 to 20:00 (worker availability days run 07:00–22:00). */
export const KLUS_START_TIMES: readonly string[] = Array.from({ length: 27 }, (_, i) => {
  const m = 7 * 60 + i * 30;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${m % 60 === 0 ? "00" : "30"}`;
});

import { formatShortDuration } from "@wijkwerk/notify";

/** Dutch words and numbers shared by the charts and the tables beneath them. */

const MONTHS = ["jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** "2026-03" → "maa". */
export const monthShort = (month: string) => MONTHS[Number(month.slice(5, 7)) - 1] ?? month;

/** "2026-03" → "maa 2026". */
export const monthLabel = (month: string) => `${monthShort(month)} ${month.slice(0, 4)}`;

/** Minutes as people read hours: "12u", "7u30". */
export const hours = (minutes: number) => formatShortDuration(Math.max(0, Math.round(minutes)), "nl");

/** "1 klus", "3 klussen". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A round step for an axis up to `max` with about `ticks` steps: 1, 2, 5, 10, 20, 50… */
export function niceStep(max: number, ticks = 4): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return 10 * power;
}

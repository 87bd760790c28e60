import type { IsoDate, IsoMonth } from "../time/index.ts";

/** Issue 18: the default day of the next month on which a month's work is paid. */
export const DEFAULT_PAYOUT_DAY_OF_MONTH = 15;
/** The latest day a tenant may choose: every month has it. */
export const MAX_PAYOUT_DAY_OF_MONTH = 28;

const pad = (n: number) => String(n).padStart(2, "0");

/** The month after `month` ("2026-12" → "2027-01"). */
export function nextMonth(month: IsoMonth): IsoMonth {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/**
 * "When is month M paid": the work of month M is paid on the organisation's payout day of the next
 * month; a payout day on a Saturday or Sunday moves to the Monday after (banks do not execute
 * transfers in the weekend). Pure: the calendar a worker sees and the date in the approval message.
 */
export function payoutDateOf(month: IsoMonth, payoutDayOfMonth: number = DEFAULT_PAYOUT_DAY_OF_MONTH): IsoDate {
  const day = Math.min(Math.max(Math.trunc(payoutDayOfMonth), 1), MAX_PAYOUT_DAY_OF_MONTH);
  const [y, m] = nextMonth(month).split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1, day));
  const weekday = date.getUTCDay();
  if (weekday === 6) date.setUTCDate(day + 2);
  if (weekday === 0) date.setUTCDate(day + 1);
  return date.toISOString().slice(0, 10);
}

/** The calendar from `fromMonth` on, `count` months: each month of work with the day it is paid. */
export function payoutCalendar(fromMonth: IsoMonth, count: number, payoutDayOfMonth: number): { month: IsoMonth; paidOn: IsoDate }[] {
  const out: { month: IsoMonth; paidOn: IsoDate }[] = [];
  let month = fromMonth;
  for (let i = 0; i < count; i++) {
    out.push({ month, paidOn: payoutDateOf(month, payoutDayOfMonth) });
    month = nextMonth(month);
  }
  return out;
}

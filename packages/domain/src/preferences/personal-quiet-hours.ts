import { DateTime } from "luxon";
import { BRUSSELS_ZONE } from "../time/index.ts";
import { smsSendAfter } from "../quiet-hours/index.ts";

/**
 * A person's own quiet hours (issue 20, "Consent and preferences"): no SMS from `fromMinute` until
 * `untilMinute`, minutes after midnight in Europe/Brussels wall-clock time. A window that crosses
 * midnight (21:00–09:00) is the usual case; "no messages before 09:00" is 00:00–09:00 and
 * "none after 19:00" is 19:00–00:00 (until 00:00 = midnight).
 */
export interface QuietWindow {
  fromMinute: number;
  untilMinute: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" (24 h) → minutes after midnight; undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const m = CLOCK.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes after midnight → "HH:MM". */
export function formatClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export type QuietHoursProblem = "quiet_hours.empty";

/**
 * Rule "a quiet window has a length": from and until must differ (an equal pair would mean
 * either never or always quiet, and neither is what a person means). Valid → undefined.
 */
export function quietWindowProblem(w: QuietWindow): QuietHoursProblem | undefined {
  return w.fromMinute === w.untilMinute ? "quiet_hours.empty" : undefined;
}

/** True when the Brussels wall-clock minute `m` falls in the window (from inclusive, until exclusive). */
export function inWindow(w: QuietWindow, m: number): boolean {
  return w.fromMinute < w.untilMinute ? m >= w.fromMinute && m < w.untilMinute : m >= w.fromMinute || m < w.untilMinute;
}

/** The first instant at or after `now` outside the person's window (the next `until`, Brussels wall clock). */
function afterPersonalWindow(now: Date, w: QuietWindow): Date {
  const local = DateTime.fromJSDate(now).setZone(BRUSSELS_ZONE);
  const minute = local.hour * 60 + local.minute;
  if (!inWindow(w, minute)) return now;
  const day = minute >= w.untilMinute ? local.plus({ days: 1 }) : local;
  return day.set({ hour: Math.floor(w.untilMinute / 60), minute: w.untilMinute % 60, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * Rule "an SMS waits for the organisation's and the person's quiet hours": the organisation's
 * 21:00–08:00 (issue Notifications) always holds; the person's own window adds to it, never
 * shortens it. Returns `now` itself when both allow sending, else the first instant both do.
 */
export function smsSendAfterFor(now: Date, personal?: QuietWindow | null): Date {
  let t = smsSendAfter(now);
  if (!personal) return t;
  // Each step moves forward to the end of one window; two windows settle within a few steps.
  for (let i = 0; i < 4; i++) {
    const next = smsSendAfter(afterPersonalWindow(t, personal));
    if (next.getTime() === t.getTime()) return t;
    t = next;
  }
  return t;
}

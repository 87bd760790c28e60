import { DateTime } from "luxon";
import { isKlusDayAllowed, isKlusDuration, KLUS_DURATION_MINUTES, KLUS_START_TIMES } from "@wijkwerk/domain";
import { translate, type Lang } from "./i18n/index.ts";

/**
 * Ordering a klus, GOV.UK style (issue 17): one question per page, each checked here in the
 * reader's language before the next, then a page to check the answers. Without JavaScript every
 * step posts all answers so far in hidden fields.
 */
export const ORDER_STEPS = ["activity", "description", "when", "duration", "check"] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];
export const isOrderStep = (v: unknown): v is OrderStep => typeof v === "string" && (ORDER_STEPS as readonly string[]).includes(v);

export interface OrderAnswers {
  activityCode: string;
  description: string;
  date: string;
  start: string;
  minutes: string;
}

export const todayInBrussels = () => DateTime.now().setZone("Europe/Brussels").toISODate()!;

/** The error of one step, in the reader's language; undefined when the answer is fine. */
export function stepErrors(lang: Lang, step: OrderStep, a: OrderAnswers, allowed: readonly string[]): Record<string, string> {
  const t = (k: string) => translate(lang, k);
  const errors: Record<string, string> = {};
  if (step === "activity" && !allowed.includes(a.activityCode)) errors.activityCode = t("klus.error.activity");
  if (step === "description") {
    if (a.description.trim() === "") errors.description = t("klus.error.description");
    else if (a.description.length > 1000) errors.description = t("klus.error.descriptionLong");
  }
  if (step === "when") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.date) || !DateTime.fromISO(a.date).isValid) errors.date = t("klus.error.date");
    else if (!isKlusDayAllowed(a.date, todayInBrussels())) errors.date = t("klus.error.datePast");
    if (!KLUS_START_TIMES.includes(a.start)) errors.start = t("klus.error.start");
    else if (!errors.date && a.date === todayInBrussels() && a.start <= DateTime.now().setZone("Europe/Brussels").toFormat("HH:mm"))
      errors.start = t("klus.error.startPast");
  }
  if (step === "duration" && !isKlusDuration(Number(a.minutes))) errors.minutes = t("klus.error.duration");
  return errors;
}

/** "1 uur", "1½ uur", "2 uur"… in the reader's language. */
export function durationLabel(lang: Lang, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const half = minutes % 60 === 30;
  if (hours === 0) return translate(lang, "klus.duration.half");
  return translate(lang, half ? "klus.duration.hoursHalf" : hours === 1 ? "klus.duration.hour" : "klus.duration.hours", { n: hours });
}

export const durationOptions = (lang: Lang) => KLUS_DURATION_MINUTES.map((m) => ({ value: String(m), label: durationLabel(lang, m) }));
export const startOptions = () => KLUS_START_TIMES.map((s) => ({ value: s, label: s }));

/** The window the API wants: from the chosen start for the chosen duration (Brussels time, DST safe). */
export function windowOf(a: OrderAnswers): { from: string; to: string } {
  const from = DateTime.fromISO(`${a.date}T${a.start}`, { zone: "Europe/Brussels" });
  const to = from.plus({ minutes: Number(a.minutes) });
  return { from: from.toISO({ suppressMilliseconds: true })!, to: to.toISO({ suppressMilliseconds: true })! };
}

/** Which step holds a field the API refused. */
export function stepOfPath(path: string): OrderStep {
  if (path === "activityCode") return "activity";
  if (path === "description") return "description";
  if (path === "estimatedMinutes") return "duration";
  if (path.startsWith("window")) return "when";
  return "check";
}

// Dates, times, durations and money as people in Belgium read them, always in Europe/Brussels.

export const LANGUAGES = ["nl", "fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const TIME_ZONE = "Europe/Brussels";

const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** An instant (ISO string with offset, Date, epoch ms) or a calendar date "YYYY-MM-DD". */
export type DateInput = string | Date | number;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: DateInput): Date {
  // A calendar date has no time zone: pin it to noon UTC so it is the same day in Brussels.
  const date = typeof value === "string" && DATE_ONLY.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid date: ${String(value)}`);
  return date;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(value: DateInput, language: Language, options: Intl.DateTimeFormatOptions): Parts {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, formatter);
  }
  const result: Parts = {};
  for (const part of formatter.formatToParts(toDate(value))) result[part.type] = part.value;
  return result;
}

/** "dinsdag 3 maart", "mardi 3 mars", "Tuesday 3 March" */
export function formatDate(value: DateInput, language: Language): string {
  const p = parts(value, language, { weekday: "long", day: "numeric", month: "long" });
  return `${p.weekday ?? ""} ${p.day ?? ""} ${p.month ?? ""}`;
}

/** "dinsdag 3 maart 2027" */
export function formatFullDate(value: DateInput, language: Language): string {
  const p = parts(value, language, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  return `${p.weekday ?? ""} ${p.day ?? ""} ${p.month ?? ""} ${p.year ?? ""}`;
}

/** A month of work: "januari 2027", "janvier 2027", "January 2027" ("2027-01" or any date in it). */
export function formatMonth(value: DateInput, language: Language): string {
  const v = typeof value === "string" && /^\d{4}-\d{2}$/.test(value) ? `${value}-15` : value;
  const p = parts(v, language, { month: "long", year: "numeric" });
  return `${p.month ?? ""} ${p.year ?? ""}`;
}

/** Compact date for SMS: "di 3/3", "mar 3/3", "Tue 3/3" */
export function formatShortDate(value: DateInput, language: Language): string {
  const p = parts(value, language, { weekday: "short", day: "numeric", month: "numeric" });
  return `${(p.weekday ?? "").replace(/\.$/, "")} ${Number(p.day ?? "0")}/${Number(p.month ?? "0")}`;
}

function hourMinute(value: DateInput, language: Language): { hour: number; minute: string } {
  const p = parts(value, language, { hour: "numeric", minute: "2-digit", hourCycle: "h23" });
  return { hour: Number(p.hour ?? "0"), minute: (p.minute ?? "00").padStart(2, "0") };
}

/** Bare clock time: "9.00" (nl), "9 h" / "9 h 30" (fr), "9:00" (en). */
export function formatTime(value: DateInput, language: Language): string {
  const { hour, minute } = hourMinute(value, language);
  if (language === "nl") return `${hour}.${minute}`;
  if (language === "fr") return minute === "00" ? `${hour} h` : `${hour} h ${minute}`;
  return `${hour}:${minute}`;
}

/** "dinsdag 3 maart om 9.00 uur", "mardi 3 mars à 9 h", "Tuesday 3 March at 9:00" */
export function formatDateTime(value: DateInput, language: Language): string {
  const date = formatDate(value, language);
  const time = formatTime(value, language);
  if (language === "nl") return `${date} om ${time} uur`;
  if (language === "fr") return `${date} à ${time}`;
  return `${date} at ${time}`;
}

/** "van 9.00 tot 12.00 uur", "de 9 h à 12 h", "from 9:00 to 12:00" */
export function formatTimeRange(start: DateInput, end: DateInput, language: Language): string {
  const from = formatTime(start, language);
  const to = formatTime(end, language);
  if (language === "nl") return `van ${from} tot ${to} uur`;
  if (language === "fr") return `de ${from} à ${to}`;
  return `from ${from} to ${to}`;
}

/** Minutes as words: "2 uur 30 minuten", "2 heures 30", "2 hours 30 minutes". */
export function formatDuration(minutes: number, language: Language): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`invalid minutes: ${minutes}`);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const words = {
    nl: { h: (n: number) => `${n} uur`, m: (n: number) => `${n} ${n === 1 ? "minuut" : "minuten"}` },
    fr: { h: (n: number) => `${n} ${n === 1 ? "heure" : "heures"}`, m: (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}` },
    en: { h: (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`, m: (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}` },
  }[language];
  if (h === 0) return words.m(m);
  if (m === 0) return words.h(h);
  return `${words.h(h)} ${words.m(m)}`;
}

function groupThousands(n: bigint, separator: string): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const NBSP = "\u00a0";

/**
 * Integer cents as an amount on pages, in CSV files and PDFs: "€ 1.234,56" (nl), "1 234,56 €" (fr),
 * "€1,234.56" (en), the spaces non-breaking so an amount never wraps. No floating point involved.
 * This is the one money formatter; formatMoney is the same text with plain spaces for messages.
 */
export function formatAmount(cents: number | bigint, language: Language): string {
  const value = typeof cents === "bigint" ? cents : BigInt(cents);
  if (typeof cents === "number" && !Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer: ${cents}`);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const euros = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, "0");
  const sign = negative ? "-" : "";
  if (language === "en") return `${sign}€${groupThousands(euros, ",")}.${rest}`;
  if (language === "fr") return `${sign}${groupThousands(euros, NBSP)},${rest}${NBSP}€`;
  return `${sign}€${NBSP}${groupThousands(euros, ".")},${rest}`;
}

/** formatAmount with plain spaces, for SMS and mail texts: "€ 7,45", "7,45 €", "€7.45". */
export function formatMoney(cents: number | bigint, language: Language): string {
  return formatAmount(cents, language).replaceAll(NBSP, " ");
}

/** A day in a table or a file, always with its year: "5 december 2026", "5 décembre 2026", "5 December 2026". */
export function formatDayDate(value: DateInput, language: Language): string {
  const p = parts(value, language, { day: "numeric", month: "long", year: "numeric" });
  return `${p.day ?? ""} ${p.month ?? ""} ${p.year ?? ""}`;
}

/** IBAN in groups of four: "BE68 5390 0754 7034". */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, "$1 ");
}

/** Compact duration for SMS: "2u30", "2h30", "2h30"; whole hours "3u", "3h". */
export function formatShortDuration(minutes: number, language: Language): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`invalid minutes: ${minutes}`);
  const unit = language === "nl" ? "u" : "h";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}${unit}` : `${h}${unit}${String(m).padStart(2, "0")}`;
}

import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { HelperOptions, TemplateDelegate } from "handlebars";
import type { EventData } from "./event-data.ts";
import { EVENTS, EVENT_AUDIENCE, SMS_EVENTS, isEventName, type EventName } from "./events.ts";
import {
  LANGUAGES,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFullDate,
  formatMonth,
  formatIban,
  formatMoney,
  formatShortDate,
  formatShortDuration,
  formatTime,
  formatTimeRange,
  isLanguage,
} from "./format.ts";
import type { DateInput, Language } from "./format.ts";
import { toGsm7 } from "@wijkwerk/domain";
import { FOOTERS } from "./footer.ts";
import { activityName } from "./activities.ts";

export const DEFAULT_TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "templates");

export type RenderedMessage = {
  email?: { subject: string; html: string; text: string };
  sms?: string;
};

export type Renderer = {
  render<E extends EventName>(event: E, language: string, data: EventData[E]): RenderedMessage;
};

type Compiled = {
  subject: TemplateDelegate;
  html: TemplateDelegate;
  text: TemplateDelegate;
  sms?: TemplateDelegate;
};

function languageOf(options: HelperOptions): Language {
  const lang: unknown = (options.data as { lang?: unknown } | undefined)?.lang;
  return isLanguage(lang) ? lang : "nl";
}

/** Splits helper arguments from the trailing Handlebars options object. */
function split(args: unknown[]): { params: unknown[]; lang: Language } {
  const options = args[args.length - 1] as HelperOptions;
  return { params: args.slice(0, -1), lang: languageOf(options) };
}

function asDate(value: unknown, helper: string): DateInput {
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  throw new TypeError(`${helper}: expected a date, got ${typeof value}`);
}

function asNumber(value: unknown, helper: string): number {
  if (typeof value === "number") return value;
  throw new TypeError(`${helper}: expected a number, got ${typeof value}`);
}

function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("date", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatDate(asDate(params[0], "date"), lang);
  });
  hb.registerHelper("fullDate", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatFullDate(asDate(params[0], "fullDate"), lang);
  });
  hb.registerHelper("month", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatMonth(asDate(params[0], "month"), lang);
  });
  hb.registerHelper("shortDate", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatShortDate(asDate(params[0], "shortDate"), lang);
  });
  hb.registerHelper("time", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatTime(asDate(params[0], "time"), lang);
  });
  hb.registerHelper("dateTime", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatDateTime(asDate(params[0], "dateTime"), lang);
  });
  hb.registerHelper("timeRange", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatTimeRange(asDate(params[0], "timeRange"), asDate(params[1], "timeRange"), lang);
  });
  hb.registerHelper("duration", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatDuration(asNumber(params[0], "duration"), lang);
  });
  hb.registerHelper("shortDuration", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatShortDuration(asNumber(params[0], "shortDuration"), lang);
  });
  hb.registerHelper("money", (...args: unknown[]) => {
    const { params, lang } = split(args);
    return formatMoney(asNumber(params[0], "money"), lang);
  });
  hb.registerHelper("iban", (...args: unknown[]) => {
    const { params } = split(args);
    return formatIban(String(params[0]));
  });
  // {{plural count "cheque" "cheques"}} picks the word by count.
  hb.registerHelper("plural", (...args: unknown[]) => {
    const { params } = split(args);
    return asNumber(params[0], "plural") === 1 ? String(params[1]) : String(params[2]);
  });
  // {{clip text 30}} keeps free text from pushing an SMS over 160 characters.
  hb.registerHelper("clip", (...args: unknown[]) => {
    const { params } = split(args);
    const text = String(params[0]);
    const max = asNumber(params[1], "clip");
    const chars = Array.from(text);
    return chars.length <= max
      ? text
      : `${chars
          .slice(0, max - 3)
          .join("")
          .trimEnd()}...`;
  });
  return hb;
}

function readTemplate(path: string): string {
  if (!existsSync(path)) throw new Error(`missing template: ${path}`);
  return readFileSync(path, "utf8");
}

/** Collapses template whitespace; subjects are one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Trims each line and drops runs of more than one blank line. */
function tidyText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function createRenderer(options: { templatesDir?: string } = {}): Renderer {
  const dir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const hb = createHandlebars();
  // strict: a field the template uses but the data lacks throws instead of rendering empty.
  const compileHtml = (source: string): TemplateDelegate => hb.compile(source, { strict: true });
  const compilePlain = (source: string): TemplateDelegate => hb.compile(source, { strict: true, noEscape: true });

  const layoutHtml = compileHtml(readTemplate(join(dir, "_layout.html.hbs")));
  const layoutText = compilePlain(readTemplate(join(dir, "_layout.text.hbs")));

  const templates = new Map<string, Compiled>();
  for (const event of EVENTS) {
    for (const lang of LANGUAGES) {
      const file = (name: string): string => readTemplate(join(dir, event, `${lang}.${name}.hbs`));
      const compiled: Compiled = {
        subject: compilePlain(file("email.subject")),
        html: compileHtml(file("email.html")),
        text: compilePlain(file("email.text")),
      };
      if (SMS_EVENTS.includes(event)) compiled.sms = compilePlain(file("sms"));
      templates.set(`${event}|${lang}`, compiled);
    }
  }

  return {
    render(event, language, data) {
      if (!isEventName(event)) throw new Error(`unknown event: ${String(event)}`);
      const lang: Language = isLanguage(language) ? language : "nl";
      const compiled = templates.get(`${event}|${lang}`);
      if (!compiled) throw new Error(`no templates for ${event} in ${lang}`);
      const runtime = { data: { lang } };
      // Loaders pass the activity's code; the reader sees its name in their own language.
      if ("activity" in data && typeof data.activity === "string") data = { ...data, activity: activityName(data.activity, lang) };

      const subject = oneLine(compiled.subject(data, runtime));
      const footer = FOOTERS[lang][EVENT_AUDIENCE[event]](data.organisationName, data.organisationPhone);
      const layoutData = { lang, subject, organisationName: data.organisationName, footer };
      const html = layoutHtml({ ...layoutData, body: compiled.html(data, runtime) }, runtime);
      const text = tidyText(layoutText({ ...layoutData, body: tidyText(compiled.text(data, runtime)) }, runtime));

      const result: RenderedMessage = { email: { subject, html, text } };
      if (compiled.sms) result.sms = toGsm7(oneLine(compiled.sms(data, runtime)));
      return result;
    },
  };
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { formatPhoneNational } from "@wijkwerk/domain";
import { formatAmount, formatDate, formatDateTime, formatDayDate, formatFullDate, formatMonth, formatShortDuration, formatTime } from "@wijkwerk/notify";
import { translate, type Lang } from "./i18n/index.ts";
import { activityLabel } from "./i18n/activities.ts";

export const TEMPLATES_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

export interface PageData {
  title: string;
  lang: Lang;
  csrf: string;
  user?: { role: string } | undefined;
  /** Show the language switch (client and worker pages, sign-in with a code). */
  languageSwitch?: boolean;
  path: string;
  flash?: string | undefined;
  [k: string]: unknown;
}

/** What a route hands to reply.page(); the rest (lang, csrf, user, path) is filled in. */
export interface PageInput {
  title: string;
  flash?: string | undefined;
  languageSwitch?: boolean;
  lang?: Lang;
  [k: string]: unknown;
}

const lang = (options: Handlebars.HelperOptions): Lang => (options.data?.root?.lang as Lang | undefined) ?? "nl";

/** Handlebars with the layout, partials and helpers of the web UI; templates compile once. */
export function createRenderer(dir = TEMPLATES_DIR) {
  const hb = Handlebars.create();
  const partialsDir = join(dir, "partials");
  for (const file of readdirSync(partialsDir)) {
    if (file.endsWith(".hbs")) hb.registerPartial(file.slice(0, -4), readFileSync(join(partialsDir, file), "utf8"));
  }
  hb.registerHelper("t", function (key: string, options: Handlebars.HelperOptions) {
    const vars = options.hash as Record<string, unknown>;
    const html = Object.entries(vars).filter(([, v]) => v instanceof hb.SafeString);
    if (html.length === 0) return translate(lang(options), key, vars);
    // A value that is already HTML ({{amount}}: a no-wrap span) goes in as it is; all other text is escaped.
    const marked = { ...vars, ...Object.fromEntries(html.map(([k], i) => [k, `\uE000${i}\uE001`])) };
    const text = hb.escapeExpression(translate(lang(options), key, marked));
    return new hb.SafeString(text.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => (html[Number(i)]![1] as Handlebars.SafeString).toHTML()));
  });
  // {{activityText activity.code activity.name}}: the activity in the reader's language (not "activityName": a helper would shadow that data field).
  hb.registerHelper("activityText", function (code: unknown, name: unknown, options: Handlebars.HelperOptions) {
    return activityLabel(lang(options), String(code ?? ""), typeof name === "string" ? name : undefined);
  });
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper("lookupError", (errors: Record<string, string> | undefined, path: string) => errors?.[path]);
  hb.registerHelper("fieldId", (name: string) => `f-${String(name).replace(/[^a-zA-Z0-9]/g, "-")}`);
  // Amounts and days as finance reads them (issue 18): "€ 1.234,56" with non-breaking spaces (put it
  // in an element with class="amount" so it never wraps), days with their year ("5 december 2026").
  hb.registerHelper("money", function (cents: unknown, options: Handlebars.HelperOptions) {
    return typeof cents === "number" ? formatAmount(cents, lang(options)) : "";
  });
  // {{amount cents}}: the amount in a span with class="amount", also inside a sentence ({{t "key" price=(amount cents)}}).
  hb.registerHelper("amount", function (cents: unknown, options: Handlebars.HelperOptions) {
    return typeof cents === "number" ? new hb.SafeString(`<span class="amount">${hb.escapeExpression(formatAmount(cents, lang(options)))}</span>`) : "";
  });
  hb.registerHelper("day", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatDayDate(value, lang(options)) : "";
  });
  // {{monthText month}}: "november 2026" (not "month": a helper would shadow that data field).
  hb.registerHelper("monthText", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatMonth(value, lang(options)) : "";
  });
  hb.registerHelper("date", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatDate(value, lang(options)) : "";
  });
  hb.registerHelper("fulldate", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatFullDate(value, lang(options)) : "";
  });
  hb.registerHelper("datetime", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatDateTime(value, lang(options)) : "";
  });
  hb.registerHelper("time", function (value: unknown, options: Handlebars.HelperOptions) {
    return typeof value === "string" && value ? formatTime(value, lang(options)) : "";
  });
  hb.registerHelper("duration", function (minutes: unknown, options: Handlebars.HelperOptions) {
    return typeof minutes === "number" ? formatShortDuration(minutes, lang(options)) : "";
  });
  // Phones are stored in E.164; people read them as they write them ("0470 12 34 56").
  hb.registerHelper("phoneDisplay", (value: unknown) => (typeof value === "string" && value ? formatPhoneNational(value) : ""));
  hb.registerHelper("selected", (a: unknown, b: unknown) => (a !== undefined && String(a) === String(b) ? "selected" : ""));
  hb.registerHelper("checked", (value: unknown) => (value === true || value === "on" || value === "1" ? "checked" : ""));
  hb.registerHelper("includes", (list: unknown, value: unknown) => Array.isArray(list) && list.map(String).includes(String(value)));

  const layout = hb.compile(readFileSync(join(dir, "layout.hbs"), "utf8"));
  const cache = new Map<string, Handlebars.TemplateDelegate>();
  function template(name: string): Handlebars.TemplateDelegate {
    let compiled = cache.get(name);
    if (!compiled) {
      compiled = hb.compile(readFileSync(join(dir, `${name}.hbs`), "utf8"));
      cache.set(name, compiled);
    }
    return compiled;
  }

  return {
    render(name: string, data: PageData): string {
      const body = template(name)(data);
      return layout({ ...data, body });
    },
  };
}

export type Renderer = ReturnType<typeof createRenderer>;

import { readFileSync } from "node:fs";

export const LANGS = ["nl", "fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

// Dutch is the source: a key missing in fr/en falls back to the Dutch text, never to the key.
const load = (lang: Lang) => JSON.parse(readFileSync(new URL(`./${lang}.json`, import.meta.url), "utf8")) as Record<string, string>;
const dictionaries: Record<Lang, Record<string, string>> = { nl: load("nl"), fr: load("fr"), en: load("en") };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

export function translate(lang: Lang, key: string, vars: Record<string, unknown> = {}): string {
  const text = dictionaries[lang][key] ?? dictionaries.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export function keysOf(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}

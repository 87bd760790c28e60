import { readdirSync, readFileSync } from "node:fs";

export const LANGS = ["nl", "fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The message catalogues: one folder per language, one file per area (common, door, client,
 * proposal, …) so each part of the product keeps its words together. A key lives in one area only;
 * the boundaries test fails when a key is missing in any language.
 */
function load(lang: Lang): Record<string, string> {
  const dir = new URL(`./${lang}/`, import.meta.url);
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const area = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Record<string, string>;
    for (const [key, text] of Object.entries(area)) {
      if (key in out) throw new Error(`i18n: key "${key}" is defined twice in ${lang}/ (again in ${file})`);
      out[key] = text;
    }
  }
  return out;
}
const dictionaries: Record<Lang, Record<string, string>> = { nl: load("nl"), fr: load("fr"), en: load("en") };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

// Dutch is the source: a key missing in fr/en falls back to the Dutch text, never to the key.
export function translate(lang: Lang, key: string, vars: Record<string, unknown> = {}): string {
  const text = dictionaries[lang][key] ?? dictionaries.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Whether a key exists (in Dutch, the source). */
export function hasKey(key: string): boolean {
  return key in dictionaries.nl;
}

export function keysOf(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { hasKey, keysOf, LANGS, translate } from "../src/i18n/index.ts";
import { TEMPLATES_DIR } from "../src/render.ts";

/**
 * Issue 17: every string a client or worker can see comes from the catalogues in nl, fr and en.
 * A template they see may hold markup and data, never words of its own. Staff-only parts of the
 * shared layout (the consultant's menu) are in Dutch by design and left out.
 */

/** The pages clients and workers see; the partials they include are followed from here. */
const AUDIENCE_DIRS = ["client", "worker", "door"];
const AUDIENCE_FILES = ["layout", "auth/code-request", "auth/code-verify", "errors/error"];
/** Route files that serve only clients and workers (their errors must be in the reader's language). */
const AUDIENCE_ROUTES = [
  "client-portal.ts",
  "client-team.ts",
  "client-vouchers.ts",
  "worker-portal.ts",
  "worker-trainings.ts",
  "worker-money.ts",
  "answer-link.ts",
  "door.ts",
];
/** Words that are the same in every language: the product's name and each language's own name. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Wijkwerk", "Nederlands", "Français", "English"]);
/** Visible attributes: what a screen reader or a tooltip says. */
const VISIBLE_ATTRIBUTES = /\b(?:aria-label|placeholder|title|alt)="([^"]*)"/g;
const STAFF_ONLY = /isConsultant|isFinance|"admin"/;
const HOLE = "\u0000";
/** Keys whose text is the same in Dutch and another language on purpose (the product's name). */
const SAME_TEXT_OK = new Set(["app", "menu", "code.code", "worker.cap", "client.orderPage.bic"]);

const templates = (): string[] => {
  const names = [...AUDIENCE_FILES];
  for (const dir of AUDIENCE_DIRS) {
    let files: string[] = [];
    try {
      files = readdirSync(join(TEMPLATES_DIR, dir));
    } catch {
      continue; // a folder not (yet) there
    }
    names.push(...files.filter((f) => f.endsWith(".hbs")).map((f) => `${dir}/${f.slice(0, -4)}`));
  }
  return names;
};

const source = (name: string) => readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), "utf8");

/** The template's text with every mustache as a hole, staff-only blocks left out; and the partials it includes. */
function flatten(program: hbs.AST.Program, partials: Set<string>): string {
  let out = "";
  for (const node of program.body) {
    switch (node.type) {
      case "ContentStatement":
        out += (node as hbs.AST.ContentStatement).value;
        break;
      case "MustacheStatement":
        out += HOLE;
        break;
      case "PartialStatement": {
        const name = (node as hbs.AST.PartialStatement).name;
        if (name.type === "PathExpression") partials.add((name as hbs.AST.PathExpression).original);
        out += HOLE;
        break;
      }
      case "BlockStatement": {
        const block = node as hbs.AST.BlockStatement;
        const condition = JSON.stringify(block.params);
        if (!STAFF_ONLY.test(condition)) out += flatten(block.program, partials);
        if (block.inverse) out += flatten(block.inverse, partials);
        break;
      }
    }
  }
  return out;
}

/** Words a reader would see that are not data: text between tags and visible attribute values. */
function literalWords(text: string): string[] {
  const found: string[] = [];
  const visible: string[] = [];
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, "");
  const body = withoutComments.replace(/<[^>]*>/g, (tag) => {
    for (const m of tag.matchAll(VISIBLE_ATTRIBUTES)) visible.push(m[1]!);
    return " ";
  });
  for (const chunk of [body, ...visible]) {
    const words = chunk
      .replaceAll(HOLE, " ")
      .replace(/&[a-z]+;|&#\d+;/g, " ")
      .match(/[A-Za-zÀ-ÿ]{2,}/g);
    for (const w of words ?? []) if (!SAME_IN_EVERY_LANGUAGE.has(w)) found.push(w);
  }
  return found;
}

function audience(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = templates();
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    const partials = new Set<string>();
    const text = flatten(Handlebars.parse(source(name)), partials);
    seen.set(name, literalWords(text));
    for (const p of partials) queue.push(`partials/${p}`);
  }
  return seen;
}

describe("languages (issue 17)", () => {
  it("French and English have every key of the Dutch catalogue, and no key of their own", () => {
    const nl = keysOf("nl").sort();
    for (const lang of LANGS) expect(keysOf(lang).sort(), lang).toEqual(nl);
  });

  it("no text in French or English is left in Dutch (a copied text is a missing translation)", () => {
    const wordsOf = (t: string) => t.replace(/\{\w+\}/g, "").match(/[A-Za-zÀ-ÿ]{2,}/g) ?? [];
    const copied = keysOf("nl").filter((k) => {
      const nl = translate("nl", k);
      return wordsOf(nl).length > 0 && !SAME_TEXT_OK.has(k) && (translate("fr", k) === nl || translate("en", k) === nl);
    });
    expect(copied).toEqual([]);
  });

  it("templates a client or worker sees hold no words of their own: every text is a catalogue key", () => {
    const offenders = [...audience()].filter(([, words]) => words.length).map(([name, words]) => `${name}: ${words.join(" ")}`);
    expect(offenders).toEqual([]);
  });

  it("every key a client or worker template asks for exists", () => {
    const missing: string[] = [];
    for (const name of audience().keys()) for (const m of source(name).matchAll(/\{\{t\s+"([^"]+)"/g)) if (!hasKey(m[1]!)) missing.push(`${name}: ${m[1]}`);
    expect(missing).toEqual([]);
  });

  it("client and worker routes put API problems into the reader's language: no Dutch detail passed on, no form failure without the language", () => {
    const offenders: string[] = [];
    for (const file of AUDIENCE_ROUTES) {
      const text = readFileSync(new URL(`../src/routes/${file}`, import.meta.url), "utf8");
      text.split("\n").forEach((line, i) => {
        if (/problem\.(detail|title)\b/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        const failure = /formFailure\(([^;]*)\)/.exec(line);
        if (failure && !/request\.lang|\blang\b/.test(failure[1]!)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it("the check itself finds literal text, in content and in visible attributes, and ignores staff-only blocks", () => {
    const words = (t: string) => literalWords(flatten(Handlebars.parse(t), new Set()));
    expect(words('<p>{{t "a"}}</p><button aria-label="{{t "b"}}">{{x}}</button>')).toEqual([]);
    expect(words("<p>Kies een klus</p>")).toEqual(["Kies", "een", "klus"]);
    expect(words('<input placeholder="Zoek">')).toEqual(["Zoek"]);
    expect(words("{{#if isConsultant}}<a>Overzicht</a>{{else}}<a>Start</a>{{/if}}")).toEqual(["Start"]);
  });
});

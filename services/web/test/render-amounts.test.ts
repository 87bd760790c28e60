import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRenderer } from "../src/render.ts";

// Issue 18: the web's helpers for amounts and days, one formatter per language (formatAmount, formatDayDate).
const dir = mkdtempSync(join(tmpdir(), "ww-render-"));
mkdirSync(join(dir, "partials"));
writeFileSync(join(dir, "layout.hbs"), "{{{body}}}");
writeFileSync(
  join(dir, "x.hbs"),
  `{{money 123456}}|{{amount 123456}}|{{t "client.price" price=(amount 745)}}|{{t "client.price" price=evil}}|{{day "2026-12-05"}}|{{monthText "2026-11"}}`,
);
const render = (lang: "nl" | "fr" | "en") => createRenderer(dir).render("x", { title: "", lang, csrf: "", path: "/", evil: "<b>€</b>" }).split("|");
const NBSP = "\u00a0";

describe("amounts and days in the web's templates (issue 18)", () => {
  it("nl: € 1.234,56 with a non-breaking space, in a no-wrap span also inside a translated sentence; days with the year", () => {
    const [money, amount, price, escaped, day, month] = render("nl");
    expect(money).toBe(`€${NBSP}1.234,56`);
    expect(amount).toBe(`<span class="amount">€${NBSP}1.234,56</span>`);
    expect(price).toBe(`Eén cheque kost <span class="amount">€${NBSP}7,45</span>.`);
    // Plain values are still escaped.
    expect(escaped).toBe("Eén cheque kost &lt;b&gt;€&lt;/b&gt;.");
    expect(day).toBe("5 december 2026");
    expect(month).toBe("november 2026");
  });

  it("fr and en in their own convention", () => {
    expect(render("fr").slice(0, 2)).toEqual([`1${NBSP}234,56${NBSP}€`, `<span class="amount">1${NBSP}234,56${NBSP}€</span>`]);
    expect(render("fr")[4]).toBe("5 décembre 2026");
    expect(render("en").slice(0, 1)).toEqual(["€1,234.56"]);
    expect(render("en")[4]).toBe("5 December 2026");
  });
});

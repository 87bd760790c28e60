import type { Page } from "playwright-core";

/**
 * Issue 18, "Readable amounts and dates everywhere": what on the page breaks the rule. Every amount
 * in <main> must read "€ 1.234,56" with a non-breaking space and sit in an element with
 * class="amount" (white-space: nowrap); every day must carry its year ("5 december 2026"), never
 * "5 december" or "2026-12-05". Returns one line per problem (empty: the page keeps the rule).
 */
export async function unreadableAmountsAndDates(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const problems = [];
    const AMOUNT = /-?€\\s*[\\d.,\\u00a0 ]*\\d/g;
    const GOOD = /^-?€\\u00a0\\d{1,3}(\\.\\d{3})*,\\d{2}$/;
    const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
    const DAY_WITHOUT_YEAR = new RegExp("\\\\b\\\\d{1,2} (" + MONTHS + ")\\\\b(?!\\\\s+\\\\d{4})", "i");
    const ISO_DAY = /\\b\\d{4}-\\d{2}-\\d{2}\\b/;
    const main = document.querySelector("main");
    if (!main) return ["no <main>"];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const el = node.parentElement;
      if (!el || el.closest("svg, script, style")) continue;
      const text = node.textContent || "";
      for (const m of text.matchAll(AMOUNT)) {
        const amount = m[0].trim();
        if (!GOOD.test(amount)) problems.push("amount not as € 1.234,56: " + JSON.stringify(amount) + " in " + JSON.stringify(text.trim()));
        else if (!el.closest(".amount")) problems.push("amount without class=amount (may wrap): " + JSON.stringify(amount) + " in " + JSON.stringify(text.trim()));
      }
      if (DAY_WITHOUT_YEAR.test(text)) problems.push("day without its year: " + JSON.stringify(text.trim()));
      if (ISO_DAY.test(text)) problems.push("day as YYYY-MM-DD: " + JSON.stringify(text.trim()));
    }
    return problems;
  })()`)) as string[];
}

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsMonthOf, payoutDateOf } from "@wijkwerk/domain";
import { formatFullDate, formatMoney, formatMonth, formatShortDuration } from "@wijkwerk/notify";
import { addEntries, payoutWorld, type PayoutWorld } from "../../api/test/fixtures/payouts.ts";
import { tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 18, workers see their money: at 360 px in nl, fr and en, a worker opens "my money" from the
// menu and sees last month's payout (hours, cheques, travel, amount, date paid) and the payment
// calendar; never another worker's amount. Real API, real Chromium, axe WCAG 2.1 AA.
let h: Harness;
let tenant: TenantLogin;
let world: PayoutWorld;
let lastMonth: string;
const totals = new Map<string, number>();

const WORDS = {
  nl: { menu: "Mijn geld", calendar: "Wanneer krijg je je geld?", hours: "Uren", paidOn: "Betaald op" },
  fr: { menu: "Mon argent", calendar: "Quand recevez-vous votre argent ?", hours: "Heures", paidOn: "Payé le" },
  en: { menu: "My money", calendar: "When do you get your money?", hours: "Hours", paidOn: "Paid on" },
} as const;

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `loon-${randomUUID().slice(0, 6)}`);
  world = await payoutWorld(h.api.owner, tenant.tenantId, 3);
  const now = brusselsMonthOf(new Date());
  const [y, m] = now.split("-").map(Number) as [number, number];
  lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  const [a, b] = world.workers;
  await addEntries(h.api.owner, world, [
    { workerId: a!.id, date: `${lastMonth}-10`, minutes: 180, travelTenthsKm: 240 },
    { workerId: a!.id, date: `${lastMonth}-17`, minutes: 120 },
    { workerId: b!.id, date: `${lastMonth}-12`, minutes: 420 },
  ]);
  const run = await h.api.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(tenant.token), payload: { month: lastMonth } });
  expect(run.statusCode, run.body).toBe(201);
  const approved = await h.api.app.inject({ method: "POST", url: `/v1/payout-runs/${run.json().id}/approve`, headers: bearer(tenant.token) });
  expect(approved.statusCode, approved.body).toBe(200);
  const rows = await h.api.owner.sql<{ worker_id: string; total_cents: number }[]>`
    SELECT worker_id, total_cents FROM payout_lines WHERE tenant_id = ${tenant.tenantId} AND run_id = ${run.json().id}`;
  for (const r of rows) totals.set(r.worker_id, r.total_cents);
}, 120_000);
afterAll(async () => h?.close());

describe("a worker's money page (issue 18)", () => {
  for (const lang of ["nl", "fr", "en"] as const) {
    it(`${lang}: last month's payout and the payment calendar, at 360 px, from the menu`, async () => {
      const [a, b] = world.workers;
      const ctx = await scanContext(h.browser, { width: 360 });
      await ctx.addCookies([
        { name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "worker", a!.id), url: h.webUrl, httpOnly: true, sameSite: "Lax" },
        { name: "ww_lang", value: lang, url: h.webUrl },
      ]);
      const page = await ctx.newPage();
      try {
        await page.goto(`${h.webUrl}/werker`);
        // The menu leads there (no JavaScript: a plain link).
        await page.click(`nav a[href="/werker/geld"]`);
        await page.waitForURL(`${h.webUrl}/werker/geld`);
        const w = WORDS[lang];
        await expect(page.locator("h1").textContent()).resolves.toBe(w.menu);
        expect(await page.locator(`nav a[href="/werker/geld"]`).getAttribute("aria-current")).toBe("page");
        const main = (await page.locator("main").innerText()).replace(/\s+/g, " ");
        // The calendar: last month's work and when it is paid.
        expect(main).toContain(w.calendar);
        expect(main).toContain(formatMonth(lastMonth, lang));
        expect(main).toContain(formatFullDate(payoutDateOf(lastMonth, 15), lang));
        // Last month's line: 5 hours, 5 cheques (pay = 5 × 4,10), travel, the amount, the date paid.
        const card = page.locator("li.card", { has: page.locator("h3") }).first();
        const text = (await card.innerText()).replace(/\s+/g, " ");
        expect(text).toContain(formatMonth(lastMonth, lang));
        expect(text).toContain(`${w.hours} ${formatShortDuration(300, lang)} `);
        expect(text).toContain(formatMoney(totals.get(a!.id)!, lang));
        expect(text).toContain(formatMoney(totals.get(a!.id)! - 5 * 410, lang));
        expect(text).toContain(w.paidOn);
        expect(totals.get(a!.id)! - 5 * 410).toBeGreaterThan(0);
        // Never the other worker's amount.
        expect(main).not.toContain(formatMoney(totals.get(b!.id)!, lang));
        // The amount stays on one line.
        const amount = card.locator("strong.amount");
        const box = await amount.boundingBox();
        const lineHeight = Number(await page.evaluate("parseFloat(getComputedStyle(document.querySelector('li.card strong.amount')).lineHeight)"));
        expect(box!.height).toBeLessThan(lineHeight * 1.5);
        expect(await horizontalOverflow(page)).toBe(0);
        await check(page, `worker-money-${lang}-360`);
      } finally {
        await ctx.close();
      }
    });
  }

  it("a worker with nothing paid yet is told so, with the calendar; a token of no worker of this tenant shows no amounts", async () => {
    const c = world.workers[2]!;
    for (const [subject, paidNothing] of [
      [c.id, true],
      [randomUUID(), false],
    ] as const) {
      const ctx = await scanContext(h.browser, { width: 360 });
      await ctx.addCookies([
        { name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "worker", subject), url: h.webUrl, httpOnly: true, sameSite: "Lax" },
      ]);
      const page = await ctx.newPage();
      try {
        const res = await page.goto(`${h.webUrl}/werker/geld`);
        expect(res!.status()).toBeLessThan(500);
        const main = (await page.locator("main").innerText()).replace(/\s+/g, " ");
        for (const cents of totals.values()) expect(main).not.toContain(formatMoney(cents, "nl"));
        if (paidNothing) {
          expect(main).toContain("Je kreeg nog geen geld van ons.");
          expect(main).toContain(formatFullDate(payoutDateOf(lastMonth, 15), "nl"));
          await check(page, "worker-money-none-nl-360");
        }
      } finally {
        await ctx.close();
      }
    }
  });
});

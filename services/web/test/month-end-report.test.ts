import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarMonths, buildCodaStatement } from "@wijkwerk/domain";
import { formatAmount, formatMonth } from "@wijkwerk/notify";
import { addEntries, type PayoutWorld } from "../../api/test/fixtures/payouts.ts";
import { createAssignment, createClient, createWorkFixture, tokenFor, type WorkFixture } from "../../api/test/fixtures/vouchers.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { unreadableAmountsAndDates } from "./readable-amounts.ts";

// Issue 18: finance at month end. The month-end report as finance reads it (table, chart, CSV equal
// to the API), and every finance page showing amounts as "€ 1.234,56" (no wrap) and days with the year.
let h: Harness;
let tenant: TenantLogin;
let f: WorkFixture;
let runId: string;
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const month = (n: number) => addCalendarMonths(`${today.slice(0, 7)}-01`, n).slice(0, 7);
const OWN = "BE68539007547034";

const inject = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  h.api.app.inject({ method, url, headers: { ...bearer(tenant.token), "idempotency-key": randomUUID() }, ...(payload ? { payload } : {}) });

async function buyAndPay(clientId: string, quantity: number) {
  const o = await inject("POST", "/v1/voucher-orders", { clientId, quantity });
  expect(o.statusCode, o.body).toBe(201);
  const paid = await inject("POST", "/v1/payments", { paymentReference: o.json().paymentReference, amountCents: o.json().amountCents, paidOn: today });
  expect(paid.statusCode, paid.body).toBe(201);
}

async function as(role: "finance" | "consultant", width = 1280): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, role), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `maand-${randomUUID().slice(0, 6)}`);
  f = await createWorkFixture(h.api, tenant);
  expect((await inject("PUT", "/v1/organisation-account", { name: "Wijk-werken Maand", iban: OWN })).statusCode).toBe(200);
  const other = await createClient(h.api, tenant.tenantId, f.municipalityId, f.neighbourhoodId);
  // Last month: 130 cheques sold (a four-digit value), moved back in the ledger's history.
  const since = new Date();
  await buyAndPay(f.clientId, 120);
  await buyAndPay(other, 10);
  await h.api.owner
    .sql`UPDATE voucher_movements SET created_at = ${`${month(-1)}-10T12:00:00+01:00`} WHERE tenant_id = ${tenant.tenantId} AND created_at >= ${since.toISOString()}`;
  // This month: 4 more sold, 2 used for confirmed hours.
  await buyAndPay(other, 4);
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date(Date.now() - 86_400_000));
  const a = await createAssignment(h.api, f, `${day}T08:00:00Z`, 120);
  const entry = await h.api.app.inject({
    method: "POST",
    url: "/v1/time-entries",
    headers: { ...bearer(tokenFor(h.api, f.tenantId, "worker", f.workerId)), "idempotency-key": randomUUID() },
    payload: { assignmentId: a, date: day, minutes: 120, travelKm: 0 },
  });
  expect(entry.statusCode, entry.body).toBe(201);
  expect((await inject("POST", `/v1/time-entries/${entry.json().id}/confirm`)).json().status).toBe("confirmed");
  // Last month's payout: hours with travel, approved.
  const world: PayoutWorld = { ...f, workers: [{ id: f.workerId, firstName: "", lastName: "", iban: "", nationalNumber: "", referrer: "vdab" }] };
  await addEntries(h.api.owner, world, [{ workerId: f.workerId, date: `${month(-1)}-04`, minutes: 150, travelTenthsKm: 300 }]);
  const run = await inject("POST", "/v1/payout-runs", { month: month(-1) });
  expect(run.statusCode, run.body).toBe(201);
  runId = run.json().id;
  expect((await inject("POST", `/v1/payout-runs/${runId}/approve`)).statusCode).toBe(200);
});
afterAll(async () => h?.close());

type Figures = { opening: number; sold: number; consumed: number; expired: number; refunded: number; closing: number; difference: number };
type Report = {
  months: {
    month: string;
    vouchers: Figures;
    valueCents: Figures;
    paid: { minutes: number; payCents: number; travelCents: number; totalCents: number; transferCount: number };
  }[];
};

describe("the month-end report (issue 18)", () => {
  it("finance opens it from the menu, sees the numbers and the chart, downloads the CSV: equal to the API", async () => {
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    await page.click(`nav a[href="/financien/maandrapport"]`);
    await page.waitForURL(`${h.webUrl}/financien/maandrapport`);
    expect(await page.locator("h1").textContent()).toBe("Maandrapport");
    await page.fill("#f-van", month(-1));
    await page.fill("#f-tot", month(0));
    await page.click("button:has-text('Rapport tonen')");
    await page.waitForURL(/maandrapport\?van=/);
    const api = (await inject("GET", `/v1/reports/month-end?from=${month(-1)}&to=${month(0)}`)).json() as Report;
    const [last, now] = api.months;
    expect(last!.vouchers).toMatchObject({ opening: 0, sold: 130, closing: 130 });
    expect(now!.vouchers).toMatchObject({ opening: 130, sold: 4, consumed: 2, closing: 132 });
    expect(await page.textContent("[role=status]")).toContain("Alles klopt");
    // The table shows each month's numbers with their value, as finance reads amounts.
    const rowLast = (
      await page
        .locator("table")
        .first()
        .locator("tbody tr", { hasText: formatMonth(month(-1), "nl") })
        .innerText()
    ).replace(/\s+/g, " ");
    expect(rowLast).toContain(`130 ${formatAmount(last!.valueCents.sold, "nl")}`.replace(/\s+/g, " "));
    const rowNow = await page
      .locator("table")
      .first()
      .locator("tbody tr", { hasText: formatMonth(month(0), "nl") })
      .textContent();
    expect(rowNow).toContain(formatAmount(now!.valueCents.consumed, "nl"));
    expect(rowNow).toContain(formatAmount(now!.valueCents.closing, "nl"));
    const paidRow = await page
      .locator("table")
      .nth(1)
      .locator("tbody tr", { hasText: formatMonth(month(-1), "nl") })
      .textContent();
    expect(last!.paid.travelCents).toBeGreaterThan(0);
    expect(paidRow).toContain(formatAmount(last!.paid.travelCents, "nl"));
    expect(paidRow).toContain(formatAmount(last!.paid.totalCents, "nl"));
    // The chart: an accessible SVG with a column per month.
    const chart = page.locator("svg[role=img]#maandrapport");
    expect(await chart.locator("title").textContent()).toContain("Cheques per maand");
    expect(await chart.locator("circle").count()).toBeGreaterThanOrEqual(2);
    expect(await unreadableAmountsAndDates(page)).toEqual([]);
    await check(page, "financien-maandrapport");

    // The CSV download: the same numbers as the API.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a:has-text('Download als CSV-bestand')")]);
    expect(download.suggestedFilename()).toBe(`maandrapport-${month(-1)}-${month(0)}.csv`);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const rows = csv
      .trim()
      .split("\r\n")
      .map((l) => l.split(";"));
    expect(rows[0]!.slice(0, 3)).toEqual(["Maand", "Cheques bij begin", "Verkocht"]);
    const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
    for (const m of api.months) {
      const row = rows.find((r) => r[0] === m.month)!;
      const v = m.vouchers;
      expect(row.slice(1, 8).map(Number)).toEqual([v.opening, v.sold, v.consumed, v.expired, v.refunded, v.closing, v.difference]);
      const c = m.valueCents;
      expect(row.slice(8, 15)).toEqual([c.opening, c.sold, c.consumed, c.expired, c.refunded, c.closing, c.difference].map(euros));
      expect(row.slice(16, 19)).toEqual([m.paid.payCents, m.paid.travelCents, m.paid.totalCents].map(euros));
      expect(Number(row[19])).toBe(m.paid.transferCount);
    }
    await ctx.close();
  });

  it("at 360 px it fits; a range the API refuses is said at the field, not as an error page", async () => {
    const ctx = await as("finance", 360);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien/maandrapport`);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "financien-maandrapport-360");
    const res = await page.goto(`${h.webUrl}/financien/maandrapport?van=${month(0)}&tot=${month(-2)}`);
    expect(res?.status()).toBe(422);
    expect(await page.textContent(".error-summary")).toContain("het begin niet na het einde");
    expect(await page.inputValue("#f-van")).toBe(month(0));
    const bad = await page.goto(`${h.webUrl}/financien/maandrapport?van=vorige&tot=${month(0)}`);
    expect(bad?.status()).toBe(422);
    expect(await page.textContent("#f-van-error")).toContain("bijvoorbeeld");
    await check(page, "financien-maandrapport-fout");
    await ctx.close();
  });
});

describe("readable amounts and dates on every finance page (issue 18)", () => {
  it("the check itself finds a plain space, a missing class, a day without its year and an ISO day", async () => {
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.setContent(
      `<main><p>Goed: <span class="amount">€\u00a01.234,56</span> op 5 december 2026.</p><p>Fout: <span class="amount">€ 7,45</span></p>` +
        `<p>€\u00a04,10 zonder klasse</p><p>op 5 december</p><p>op 2026-12-05</p><td class="amount">€\u00a01234,56</td></main>`,
    );
    const found = await unreadableAmountsAndDates(page);
    expect(found).toHaveLength(5);
    expect(found.join("\n")).toMatch(/not as € 1.234,56: "€ 7,45"/);
    expect(found.join("\n")).toMatch(/without class=amount/);
    expect(found.join("\n")).toMatch(/day without its year: "op 5 december"/);
    expect(found.join("\n")).toMatch(/YYYY-MM-DD/);
    expect(found.join("\n")).toMatch(/not as € 1.234,56: "€\u00a01234,56"/);
    await ctx.close();
  });

  it("runs overview, a statement file read in, unmatched payments, the run's approval page, the report, the cheques page", async () => {
    const ctx = await as("finance");
    const page = await ctx.newPage();
    const problems: Record<string, string[]> = {};
    const walk = async (name: string) => {
      problems[name] = await unreadableAmountsAndDates(page);
    };
    // A statement with a known order (four-digit amount) and an unknown payment: matched and unmatched lists.
    const o = (await inject("POST", "/v1/voucher-orders", { clientId: f.clientId, quantity: 200 })).json() as { amountCents: number; paymentReference: string };
    const coda = buildCodaStatement({
      account: OWN,
      statementNumber: 3,
      date: today,
      oldBalanceCents: 0,
      movements: [
        { amountCents: o.amountCents, valueDate: today, structuredReference: o.paymentReference, counterpartyName: "Mevrouw Peeters" },
        { amountCents: 123456, valueDate: today, freeCommunication: "onbekend", counterpartyName: "Meneer Janssens" },
      ],
    });
    await page.goto(`${h.webUrl}/financien`);
    await page.setInputFiles("#f-statement", { name: "uittreksel.cod", mimeType: "application/octet-stream", buffer: Buffer.from(coda, "latin1") });
    await page.click("button:has-text('Bestand opladen')");
    await expect.poll(() => page.textContent("main")).toContain("Gekoppeld uit het uittreksel");
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain(formatAmount(o.amountCents, "nl"));
    expect(main).toContain(formatAmount(123456, "nl"));
    await walk("statement read in, runs, unmatched");
    // The runs overview counts transfers (workers paid), lines are detail.
    const runRow = page.locator("tbody tr", { hasText: formatMonth(month(-1), "nl") }).first();
    expect(await page.locator("thead", { hasText: "Overschrijvingen" }).count()).toBeGreaterThan(0);
    expect((await runRow.textContent())?.replace(/\s+/g, " ")).toContain("1 (1 lijn)");
    await page.goto(`${h.webUrl}/financien/uitbetalingen/${runId}`);
    await walk("approval page");
    await page.goto(`${h.webUrl}/financien/maandrapport?van=${month(-2)}&tot=${month(0)}`);
    await walk("month-end report");
    await ctx.close();
    const staff = await as("consultant");
    const cheques = await staff.newPage();
    await cheques.goto(`${h.webUrl}/cheques?clientId=${f.clientId}`);
    await cheques.fill("#f-quantity", "150");
    await cheques.click("form[action='/cheques'] button[type=submit]");
    await expect.poll(() => cheques.textContent("main")).toContain("over te schrijven");
    problems["cheques order"] = await unreadableAmountsAndDates(cheques);
    await staff.close();
    expect(problems).toEqual({ "statement read in, runs, unmatched": [], "approval page": [], "month-end report": [], "cheques order": [] });
  });
});

import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodaStatement } from "@wijkwerk/domain";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { sepaXsdErrors } from "../../api/test/fixtures/sepa-xsd.ts";
import { bearer, createTenant, login, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let clientId: string;
let workerId: string;
let assignmentId: string;

const year = new Date().getUTCFullYear();
const agreement = { start: `${year}-01-01`, end: `${year + 1}-12-31` };
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());

async function as(role: "worker" | "client" | "finance", subjectId?: string, width = 1280): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, role, subjectId), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

async function order(quantity: number): Promise<{ amountCents: number; paymentReference: string }> {
  const res = await h.api.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: { ...bearer(tenant.token), "idempotency-key": randomUUID() },
    payload: { clientId, quantity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `geld-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  clientId = await addClient(h.api, geo, { agreement });
  workerId = await addWorker(h.api, geo, { firstName: "Youssef", agreement });
  // An accepted assignment today (the worker registers hours for it); written as owner like the API's own fixtures.
  const jobId = randomUUID();
  assignmentId = randomUUID();
  const from = `${today}T08:00:00+01:00`;
  const to = `${today}T10:00:00+01:00`;
  await h.api.owner.sql`
    INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id)
    VALUES (${tenant.tenantId}, ${jobId}, ${clientId}, 'accompany.company', 'Boodschappen', 120, ${from}, ${to}, ${geo.centrum}, 'assigned', 'consultant', 'fixture')`;
  await h.api.owner.sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    VALUES (${tenant.tenantId}, ${assignmentId}, ${jobId}, ${workerId}, ${clientId}, ${from}, ${to}, 'accepted', 'fixture')`;
});
afterAll(async () => h?.close());

describe("money", () => {
  it("finance enters the organisation's bank account; a wrong IBAN is refused in Dutch at the field", async () => {
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    expect(await page.textContent("main")).toContain("Er is nog geen rekening ingevuld");
    await page.fill("#f-accountName", "Wijk-werken Geld");
    await page.fill("#f-iban", "BE68 5390 0754 7035");
    await page.click("button:has-text('Gegevens opslaan')");
    await expect.poll(() => page.locator("#f-iban-error").textContent()).toContain("bestaat niet");
    expect(await page.inputValue("#f-accountName")).toBe("Wijk-werken Geld");
    await check(page, "financien-rekening-fout");
    await page.fill("#f-iban", "BE68 5390 0754 7034");
    await page.click("button:has-text('Gegevens opslaan')");
    await page.waitForURL(`${h.webUrl}/financien`);
    expect(await page.textContent("main")).toContain("opgeslagen");
    expect(await page.textContent("main")).toContain("Wijk-werken Geld, BE68 5390 0754 7034");
    await check(page, "financien-rekening");
    const api = await h.api.app.inject({ url: "/v1/organisation-account", headers: bearer(tenant.token) });
    expect(api.json()).toMatchObject({ name: "Wijk-werken Geld", iban: "BE68539007547034", bic: null });
    await ctx.close();
  });

  it("finance books a bank payment by its OGM; a wrong amount is refused in Dutch", async () => {
    const o = await order(3);
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    await page.fill("#f-paymentReference", o.paymentReference);
    await page.fill("#f-amount", "1,00");
    await page.fill("#f-paidOn", today);
    await page.click("button:has-text('Betaling boeken')");
    await expect.poll(() => page.textContent(".error-summary")).toBeTruthy();
    expect(await page.inputValue("#f-paymentReference")).toBe(o.paymentReference);
    await check(page, "financien-betaling-fout");

    await page.fill("#f-amount", (o.amountCents / 100).toFixed(2).replace(".", ","));
    await page.click("button:has-text('Betaling boeken')");
    await page.waitForURL(`${h.webUrl}/financien`);
    expect(await page.textContent("[role=status]")).toBe("De betaling is geboekt.");
    await ctx.close();

    const wallet = await h.api.app.inject({ url: `/v1/clients/${clientId}/wallet`, headers: bearer(tenant.token) });
    expect(wallet.json().available).toBe(3);
  });

  it("a pasted CODA statement is matched; what cannot be matched is listed", async () => {
    const o = await order(2);
    const coda = buildCodaStatement({
      account: "BE68539007547034",
      statementNumber: 7,
      date: today,
      oldBalanceCents: 0,
      movements: [
        { amountCents: o.amountCents, valueDate: today, structuredReference: o.paymentReference, counterpartyName: "Mevrouw Peeters" },
        { amountCents: 2500, valueDate: today, freeCommunication: "voor de tuin", counterpartyName: "Meneer Janssens" },
      ],
    });
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    await page.fill("#f-coda", coda);
    await page.click("button:has-text('Inlezen')");
    await expect.poll(() => page.textContent("[role=status]")).toContain("1 betaling(en) gekoppeld, 1 niet gekoppeld");
    const row = page.locator("tr", { hasText: "Meneer Janssens" });
    expect(await row.textContent()).toContain("Onbekende of geen gestructureerde mededeling");
    await check(page, "financien-coda");
    await ctx.close();
  });

  it("the worker registers hours on a phone; the client confirms them", async () => {
    // Before the hours: today's accepted assignment (2 h) shows as an estimate, nothing is reserved.
    const before = await h.api.app.inject({ url: `/v1/clients/${clientId}/wallet`, headers: bearer(tenant.token) });
    expect(before.json()).toMatchObject({ available: 5, reserved: 0, planned: 2 });
    const worker = await as("worker", workerId, 360);
    const wp = await worker.newPage();
    await wp.goto(`${h.webUrl}/werker/uren`);
    await wp.selectOption("#f-assignmentId", assignmentId);
    // Issue 17: the duration is a choice of hours and half hours; a missing day is said at the field.
    const today = await wp.inputValue("#f-date");
    await wp.fill("#f-date", "");
    await wp.click("button:has-text('Doorgeven')");
    await expect.poll(() => wp.locator("#f-date-error").isVisible()).toBe(true);
    expect(await horizontalOverflow(wp)).toBeLessThanOrEqual(0);
    await check(wp, "werker-uren-fout-360");
    await wp.fill("#f-date", today);
    await wp.selectOption("#f-minutes", "90");
    await wp.fill("#f-travelKm", "2,5");
    await wp.click("button:has-text('Doorgeven')");
    await wp.waitForURL(`${h.webUrl}/werker/uren`);
    expect(await wp.textContent("[role=status]")).toBe("Uw uren zijn doorgegeven.");
    await wp.goto(`${h.webUrl}/werker`);
    expect(await wp.textContent("main")).toMatch(/deze maand/i);
    await check(wp, "werker-na-uren-360");
    await worker.close();

    const client = await as("client", clientId, 360);
    const cp = await client.newPage();
    await cp.goto(`${h.webUrl}/klant`);
    // 5 cheques bought above; the 1u30 just entered (2 cheques) is reserved until the client confirms.
    const fact = async (label: string) => (await cp.locator("dl.facts dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").textContent())?.trim();
    expect(await fact("Beschikbaar")).toBe("3");
    expect(await fact("Gereserveerd voor uren die nog niet betaald zijn")).toBe("2");
    expect(await cp.locator("dl.facts dt", { hasText: "Nog te kopen" }).count()).toBe(0);
    const entry = cp.locator(".card", { hasText: "1u30" });
    expect(await entry.count()).toBe(1);
    expect(await horizontalOverflow(cp)).toBeLessThanOrEqual(0);
    await check(cp, "klant-uren-nakijken-360");
    await entry.locator("button:has-text('Klopt')").first().click();
    await cp.waitForURL(`${h.webUrl}/klant`);
    expect(await cp.textContent("[role=status]")).toBe("Bedankt. De uren zijn bevestigd.");
    // Paid: the reservation is gone, what is available did not change.
    expect(await fact("Beschikbaar")).toBe("3");
    expect(await fact("Gereserveerd voor uren die nog niet betaald zijn")).toBe("0");
    // The fiscal certificate comes through the web app as a PDF download.
    const pdf = await cp.request.get(`${h.webUrl}/klant/attest?year=${year}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await client.close();

    const [row] = await h.api.owner.sql<
      { status: string }[]
    >`SELECT status FROM time_entries WHERE tenant_id = ${tenant.tenantId} AND assignment_id = ${assignmentId}`;
    expect(row?.status).toBe("confirmed");
  });
});

describe("payout run", () => {
  /** A finance officer with a name, signed in through the API (the approval page and the audit name them). */
  async function financeOfficer(name: string): Promise<BrowserContext> {
    const email = `${name.split(" ")[0]!.toLowerCase()}-${randomUUID().slice(0, 4)}@geld.be`;
    const created = await h.api.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(tenant.token),
      payload: { email, name, role: "finance", password: "correct horse battery" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([
      { name: "ww_session", value: await login(h.api, tenant.slug, email, "correct horse battery"), url: h.webUrl, httpOnly: true, sameSite: "Lax" },
    ]);
    return ctx;
  }

  it("issue 18: a draft computed by mistake is deleted from its page, and the month can be computed again", async () => {
    const ctx = await financeOfficer("Ann Claes");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    const month = today.slice(0, 7);
    await page.fill("#f-month", month);
    await page.click("button:has-text('Uitbetaling berekenen')");
    await page.waitForURL(`${h.webUrl}/financien`);
    await page.locator(`a:has-text('Nakijken en goedkeuren (${month})')`).click();
    await page.click("button:has-text('Ontwerp verwijderen')");
    await page.waitForURL(`${h.webUrl}/financien`);
    expect(await page.textContent("[role=status]")).toBe("Het ontwerp is verwijderd.");
    const runs = await h.api.app.inject({ url: `/v1/payout-runs?month=${month}`, headers: bearer(tenant.token) });
    expect(runs.json().items).toEqual([]);
    await ctx.close();
  });

  it("issue 18: one finance officer prepares the month, a second reads the summary and approves; the SEPA file passes the XSD", async () => {
    // Every amount needs a second person here, so the small test month shows the whole four-eyes journey.
    const setting = await h.api.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(tenant.token), payload: { fourEyesAboveCents: 0 } });
    expect(setting.statusCode, setting.body).toBe(200);
    const fatima = await financeOfficer("Fatima Peeters");
    const page = await fatima.newPage();
    await page.goto(`${h.webUrl}/financien`);
    const month = today.slice(0, 7);
    await page.fill("#f-month", month);
    await page.click("button:has-text('Uitbetaling berekenen')");
    await page.waitForURL(`${h.webUrl}/financien`);
    expect(await page.textContent("[role=status]")).toContain(`De uitbetaling voor ${month} is aangemaakt.`);
    const row = page.locator("tbody tr", { hasText: month }).first();
    expect(await row.textContent()).toContain("Ontwerp");
    await check(page, "financien-uitbetaling-ontwerp");
    await row.locator(`a:has-text('Nakijken en goedkeuren (${month})')`).click();
    expect(await page.textContent("main")).toContain("Klaargezet door Fatima Peeters");
    expect(await page.textContent("main"), (await page.textContent("main")) ?? "").toContain("U hebt deze uitbetaling zelf klaargezet");
    expect(await page.locator("button:has-text('Goedkeuren')").count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "financien-uitbetaling-zelf-klaargezet-360");
    const runUrl = page.url();

    const bart = await financeOfficer("Bart De Smet");
    const second = await bart.newPage();
    await second.goto(runUrl);
    const main = await second.textContent("main");
    expect(main).toContain("Overschrijvingen");
    expect(main).toContain("Youssef");
    expect(main).not.toContain("zelf klaargezet");
    await check(second, "financien-uitbetaling-nakijken-360");
    await second.click("button:has-text('Goedkeuren')");
    await second.waitForURL(`${h.webUrl}/financien`);
    expect(await second.textContent("[role=status]")).toBe("De uitbetaling is goedgekeurd.");
    expect(await second.locator("tbody tr", { hasText: month }).first().textContent()).toContain("Goedgekeurd");

    const sepaHref = await second.locator(`a:has-text('SEPA-bestand ${month}')`).getAttribute("href");
    const sepa = await second.request.get(`${h.webUrl}${sepaHref}`);
    expect(sepa.status()).toBe(200);
    const xml = await sepa.text();
    expect(xml).toContain("pain.001.001.09");
    expect(await sepaXsdErrors(xml)).toEqual([]);
    const csvHref = await second.locator(`a:has-text('CSV ${month}')`).getAttribute("href");
    const csv = await second.request.get(`${h.webUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Youssef");
    await check(second, "financien-uitbetaling-goedgekeurd");
    // Checked through the API: approved by Bart, and the audit names both.
    const runs = await h.api.app.inject({ url: `/v1/payout-runs?month=${month}`, headers: bearer(tenant.token) });
    expect(runs.json().items[0]).toMatchObject({ status: "exported" });
    const [audit] = await h.api.owner.sql<{ after: Record<string, unknown> }[]>`
      SELECT after FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity = 'payout_run' AND action = 'approve'`;
    expect(audit?.after).toMatchObject({ preparedBy: "Fatima Peeters", approvedByName: "Bart De Smet" });
    await fatima.close();
    await bart.close();
  });
});

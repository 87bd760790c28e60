import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodaStatement } from "@wijkwerk/domain";
import { sepaXsdErrors } from "../../api/test/fixtures/sepa-xsd.ts";
import { addClient, createGeo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, login, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { unreadableAmountsAndDates } from "./readable-amounts.ts";

// Issue 18, refunds that pay out: finance A returns an unmatched payment (from a CODA file) to its
// sender and refunds a client's vouchers; finance B approves both and downloads the SEPA file.

let h: Harness;
let tenant: TenantLogin;
let clientId: string;
let clientName: string;

const OWN = "BE68539007547034";
const CLIENT_IBAN = "BE71096123456769";
const SENDER_IBAN = "BE62510007547061";
const year = new Date().getUTCFullYear();
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const api = (url: string, method: "GET" | "POST" | "PUT" | "PATCH" = "GET", payload?: object) =>
  h.api.app.inject({
    method,
    url,
    headers: { ...bearer(tenant.token), ...(method === "POST" ? { "idempotency-key": randomUUID() } : {}) },
    ...(payload ? { payload } : {}),
  });

async function financeOfficer(name: string): Promise<BrowserContext> {
  const email = `${name.split(" ")[0]!.toLowerCase()}@terug.be`;
  const created = await api("/v1/staff", "POST", { email, name, role: "finance", password: "correct horse battery" });
  expect(created.statusCode, created.body).toBe(201);
  const ctx = await scanContext(h.browser, { width: 360 });
  await ctx.addCookies([
    { name: "ww_session", value: await login(h.api, tenant.slug, email, "correct horse battery"), url: h.webUrl, httpOnly: true, sameSite: "Lax" },
  ]);
  return ctx;
}

const status = async (page: Page) => (await page.textContent("[role=status]")) ?? "";

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `terug-${randomUUID().slice(0, 6)}`);
  const geo = await createGeo(h.api, tenant.tenantId);
  clientId = await addClient(h.api, geo, { agreement: { start: `${year}-01-01`, end: `${year + 1}-12-31` } });
  clientName = (await api(`/v1/clients/${clientId}`)).json().name;
  expect((await api("/v1/organisation-account", "PUT", { name: "Wijk-werken Terug", iban: OWN })).statusCode).toBe(200);
  // Four eyes from 10,00 euro: both transfers of this journey need a second person.
  expect((await api("/v1/settings", "PATCH", { fourEyesAboveCents: 1000 })).statusCode).toBe(200);
});
afterAll(async () => h?.close());

describe("refunds that pay out", () => {
  it("finance A returns an unmatched payment and refunds vouchers; finance B approves both and downloads an XSD-valid SEPA file", async () => {
    const order = (await api("/v1/voucher-orders", "POST", { clientId, quantity: 3 })).json();
    const cod = buildCodaStatement({
      account: OWN,
      statementNumber: 41,
      date: today,
      oldBalanceCents: 0,
      movements: [
        {
          amountCents: order.amountCents,
          valueDate: today,
          structuredReference: order.paymentReference,
          counterpartyName: clientName,
          counterpartyAccount: CLIENT_IBAN,
        },
        { amountCents: 2000, valueDate: today, freeCommunication: "voor de klusjes", counterpartyName: "Marc Janssens", counterpartyAccount: SENDER_IBAN },
      ],
    });
    const fatima = await financeOfficer("Fatima Peeters");
    const a = await fatima.newPage();
    await a.goto(`${h.webUrl}/financien`);
    await a.setInputFiles("#f-statement", { name: "uittreksel.cod", mimeType: "application/octet-stream", buffer: Buffer.from(cod, "latin1") });
    await a.click("button:has-text('Bestand opladen')");
    await a.waitForLoadState("load");
    expect(await status(a)).toContain("1 betaling(en) gekoppeld, 1 niet gekoppeld");

    // Refund-to-sender: from the list of unmatched payments to the confirmation page.
    await a.click("nav a:has-text('Terugbetalingen')");
    await a.click("a:has-text('terugstorten aan afzender (Marc Janssens)')");
    const main = (await a.textContent("main")) ?? "";
    expect(main).toContain("Marc Janssens");
    expect(main).toContain("BE62 **** **** 7061");
    expect(main).toMatch(/€\s20,00/);
    expect(main).toContain(String(year));
    expect(await horizontalOverflow(a)).toBe(0);
    expect(await unreadableAmountsAndDates(a)).toEqual([]);
    await check(a, "financien-terugstorten-360");
    await a.click("button:has-text('Terugstorten')");
    await a.waitForURL(`${h.webUrl}/financien/terugbetalingen`);
    expect(await status(a)).toContain("aan Marc Janssens staat klaar");

    // Vouchers back: pick the client, two of the three cheques; the account is the one the client paid from.
    await a.click("a:has-text('Cheques van een klant terugnemen en terugbetalen')");
    await a.fill("#zoek-clientId", clientName);
    await a.click("button:has-text('Zoeken')");
    await a.click(`a:has-text('Kies ${clientName}')`);
    expect(await a.textContent("main")).toContain("Vrij om terug te nemen: 3 cheque(s)");
    await check(a, "cheques-terugbetalen-360");
    await a.fill("#f-quantity", "2");
    await a.click("button:has-text('Cheques terugnemen')");
    await a.waitForLoadState("load");
    expect(await unreadableAmountsAndDates(a)).toEqual([]);
    expect(await status(a)).toMatch(/2 cheque\(s\) teruggenomen\. De terugbetaling van €\s14,90 naar BE71 \*\*\*\* \*\*\*\* 6769 volgt/);

    // The preparer may not approve her own transfers above 10,00 euro.
    await a.goto(`${h.webUrl}/financien/terugbetalingen`);
    expect(await a.locator("button:has-text('Goedkeuren')").count()).toBe(0);
    expect(await a.locator("text=U zette dit zelf klaar").count()).toBe(2);
    expect(await unreadableAmountsAndDates(a)).toEqual([]);
    expect(await horizontalOverflow(a)).toBe(0);
    await check(a, "financien-terugbetalingen-zelf-360");

    const bart = await financeOfficer("Bart De Smet");
    const b = await bart.newPage();
    await b.goto(`${h.webUrl}/financien/terugbetalingen`);
    expect(await b.textContent("main")).toContain("Fatima Peeters");
    await check(b, "financien-terugbetalingen-goedkeuren-360");
    for (const who of ["Marc Janssens", clientName]) {
      await b.click(`button:has-text('aan ${who})')`);
      await b.waitForURL(`${h.webUrl}/financien/terugbetalingen`);
      expect(await status(b)).toBe("De terugbetaling is goedgekeurd. Ze komt in het volgende SEPA-bestand.");
    }
    await b.click("button:has-text('SEPA-bestand maken')");
    await b.waitForURL(`${h.webUrl}/financien/terugbetalingen`);
    expect(await status(b)).toContain("Het SEPA-bestand is klaar");
    expect(await unreadableAmountsAndDates(b)).toEqual([]);
    const link = b.locator("a:has-text('SEPA-bestand van')");
    expect(await link.textContent()).toContain(String(year));
    const sepa = await b.request.get(`${h.webUrl}${await link.getAttribute("href")}`);
    expect(sepa.status()).toBe(200);
    const xml = await sepa.text();
    expect(await sepaXsdErrors(xml)).toEqual([]);
    expect(xml).toContain(`<IBAN>${OWN}</IBAN>`);
    expect(xml).toContain(`<IBAN>${SENDER_IBAN}</IBAN>`);
    expect(xml).toContain(`<IBAN>${CLIENT_IBAN}</IBAN>`);
    expect(xml).toContain("<CtrlSum>34.90</CtrlSum>");

    // Through the API: both exported, the exact amounts to the right accounts, approved by Bart.
    const exported = (await api("/v1/client-transfers?status=exported")).json().items as { id: string; kind: string; amountCents: number }[];
    expect(exported.map((t) => [t.kind, t.amountCents]).sort()).toEqual([
      ["payment_return", 2000],
      ["voucher_refund", 1490],
    ]);
    for (const t of exported) {
      const full = (await api(`/v1/client-transfers/${t.id}`)).json();
      expect(full.creditorIban).toBe(t.kind === "payment_return" ? SENDER_IBAN : CLIENT_IBAN);
      expect(full).toMatchObject({ preparedBy: { name: "Fatima Peeters" }, approvedBy: { name: "Bart De Smet" } });
    }
    expect((await api(`/v1/clients/${clientId}/wallet`)).json().available).toBe(1);
    await fatima.close();
    await bart.close();
  });
});

import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodaStatement, permanentOgm } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { unreadableAmountsAndDates } from "./readable-amounts.ts";

// Issue 18, matching as payers really pay: a CODA file with (a) an order paid by the client's permanent OGM,
// (b) an OGM one digit off, (c) an unknown payment; finance confirms (b) in one click and links (c) to a client.

let h: Harness;
let tenant: TenantLogin;
let sofie: { id: string; number: number };
let tom: { id: string; number: number };

const OWN = "BE68539007547034";
const year = new Date().getUTCFullYear();
const agreement = { start: `${year}-01-01`, end: `${year + 1}-12-31` };
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());

let geo: Awaited<ReturnType<typeof createGeo>>;
async function client(name: string): Promise<{ id: string; number: number }> {
  const id = await addClient(h.api, geo, { agreement });
  const [row] = await h.api.owner.sql<{ n: string }[]>`UPDATE clients SET name = ${name} WHERE id = ${id} RETURNING client_number::text AS n`;
  return { id, number: Number(row!.n) };
}

async function order(clientId: string, quantity: number): Promise<{ id: string; amountCents: number; paymentReference: string }> {
  const res = await h.api.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: { ...bearer(tenant.token), "idempotency-key": randomUUID() },
    payload: { clientId, quantity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
/** Text with non-breaking spaces read as spaces ("€ 1.234,56" is written with U+00A0). */
const plain = (s: string | null) => (s ?? "").replaceAll("\u00a0", " ");
const api = async (url: string) => (await h.api.app.inject({ url, headers: bearer(tenant.token) })).json();

async function finance(width: number): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "finance"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `koppelen-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  sofie = await client("Sofie Verhaegen");
  tom = await client("Tom Claeys");
  const res = await h.api.app.inject({
    method: "PUT",
    url: "/v1/organisation-account",
    headers: bearer(tenant.token),
    payload: { name: "Wijk-werken Koppelen", iban: OWN },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => h?.close());

describe("unmatched payments, as finance works them", () => {
  it("at 360 px: upload, confirm the one-digit-off payment in one click, link the unknown one to a client as credit", async () => {
    const a = await order(sofie.id, 2);
    const b = await order(tom.id, 3);
    const digits = b.paymentReference.replace(/\D/g, "");
    const typo = digits.slice(0, 9) + String((Number(digits[9]) + 1) % 10) + digits.slice(10);
    const cod = buildCodaStatement({
      account: OWN,
      statementNumber: 7,
      date: today,
      oldBalanceCents: 0,
      movements: [
        { amountCents: a.amountCents, valueDate: today, structuredReference: permanentOgm(sofie.number), counterpartyName: "S. Verhaegen" },
        { amountCents: b.amountCents, valueDate: today, structuredReference: typo, counterpartyName: "T. Claeys" },
        { amountCents: 123_456, valueDate: today, freeCommunication: "voor de cheques", counterpartyName: "Onbekende betaler" },
      ],
    });
    const ctx = await finance(360);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/financien`);
    await page.setInputFiles("#f-statement", { name: "uittreksel.cod", mimeType: "application/octet-stream", buffer: Buffer.from(cod, "latin1") });
    await page.click("button:has-text('Bestand opladen')");
    expect(await page.locator("[role=status]").first().textContent()).toContain("1 betaling(en) gekoppeld, 2 niet gekoppeld");
    expect(await page.locator("ul.statement-matched").textContent()).toContain("2 cheques uitgegeven");

    await page.click("a:has-text('Niet gekoppelde betalingen behandelen')");
    const cardB = page.locator("li.card", { hasText: "T. Claeys" });
    const cardC = page.locator("li.card", { hasText: "Onbekende betaler" });
    expect(await cardB.textContent()).toContain("Eén cijfer verschilt");
    expect(await cardB.textContent()).toContain(`Bestelling ${b.paymentReference} van Tom Claeys`);
    expect(plain(await cardC.locator("h2").textContent())).toContain("€ 1.234,56");
    expect(await cardC.locator("h2").textContent()).toContain(String(year));
    expect(await cardC.getByRole("link", { name: "Terugstorten aan afzender" }).getAttribute("href")).toMatch(
      /^\/financien\/betalingen\/[0-9a-f-]{36}\/terugstorten$/,
    );
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await unreadableAmountsAndDates(page)).toEqual([]);
    await check(page, "financien-niet-gekoppeld-360");

    await cardB.getByRole("button", { name: /^Bevestigen/ }).click();
    expect(await page.locator("p.notice[role=status]").textContent()).toContain("3 cheques zijn uitgegeven");
    expect(await page.locator("li.card", { hasText: "T. Claeys" }).count()).toBe(0);

    await cardC.locator("summary").click();
    await cardC.getByLabel("Klant zoeken op naam of klantnummer").fill("Verhaegen");
    await cardC.getByRole("button", { name: "Zoeken" }).click();
    const found = page.locator("li.card", { hasText: "Onbekende betaler" });
    expect(await found.locator("details").getAttribute("open")).not.toBeNull();
    await check(page, "financien-niet-gekoppeld-zoeken-360");
    await found.getByRole("button", { name: /^Koppelen aan klant Sofie Verhaegen/ }).click();
    expect(await page.locator("p.notice[role=status]").textContent()).toContain("De betaling staat als tegoed op de rekening van de klant");
    expect(await page.locator("li.card").count()).toBe(0);
    const credits = page.locator("table", { hasText: "Tegoed van klanten" });
    expect(plain(await credits.locator("tr", { hasText: "Sofie Verhaegen" }).textContent())).toContain("€ 1.234,56");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await unreadableAmountsAndDates(page)).toEqual([]);
    await check(page, "financien-tegoeden-360");
    await ctx.close();

    // The outcome, through the API.
    expect((await api(`/v1/voucher-orders/${a.id}`)).status).toBe("paid");
    expect((await api(`/v1/voucher-orders/${b.id}`)).status).toBe("paid");
    expect((await api(`/v1/clients/${sofie.id}/wallet`)).available).toBe(2);
    expect((await api(`/v1/clients/${tom.id}/wallet`)).available).toBe(3);
    const credit = await api(`/v1/clients/${sofie.id}/credit`);
    expect(credit).toMatchObject({ balanceCents: 123_456, permanentReference: permanentOgm(sofie.number) });
    expect((await api("/v1/payments?status=unmatched")).items).toHaveLength(0);
    const [audit] = await h.api.owner
      .sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity = 'payment' AND action IN ('confirm_match', 'link')`;
    expect(audit?.n).toBe(2);
  });

  it("the client sees the permanent OGM and the credit (tegoed) on the vouchers page, in French too; staff see both on the client page", async () => {
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "client", sofie.id), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/klant/cheques`);
    const body = (await page.textContent("main")) ?? "";
    expect(body).toContain("Betalen met uw vaste mededeling");
    expect(body).toContain(permanentOgm(sofie.number));
    expect(plain(body)).toContain("€ 1.234,56");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await unreadableAmountsAndDates(page)).toEqual([]);
    await check(page, "klant-vaste-mededeling-360");
    // An order the credit covers is paid from it at once.
    await page.fill("#f-quantity", "2");
    await page.click("form[action='/klant/cheques'] button[type=submit]");
    await page.click("form[action='/klant/cheques/bestellen'] button[type=submit]");
    await page.waitForURL(/\/klant\/cheques\/bestellingen\//);
    expect(await page.locator("p.notice[role=status]").textContent()).toContain("meteen betaald met uw tegoed");
    expect((await api(`/v1/clients/${sofie.id}/wallet`)).available).toBe(4);
    const left = 123_456 - 2 * (await api(`/v1/clients/${sofie.id}/voucher-terms`)).unitPriceCents;
    expect((await api(`/v1/clients/${sofie.id}/credit`)).balanceCents).toBe(left);
    await ctx.addCookies([{ name: "ww_lang", value: "fr", url: h.webUrl }]);
    await page.goto(`${h.webUrl}/klant/cheques`);
    expect(await page.textContent("main")).toContain("Payer avec votre communication fixe");
    await ctx.close();

    const staff = await scanContext(h.browser, { width: 360 });
    await staff.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const sp = await staff.newPage();
    await sp.goto(`${h.webUrl}/klanten/${sofie.id}`);
    const text = (await sp.textContent("main")) ?? "";
    expect(text).toContain(permanentOgm(sofie.number));
    expect(text).toContain("Tegoed");
    expect(await unreadableAmountsAndDates(sp)).toEqual([]);
    await check(sp, "klant-tegoed-medewerker-360");
    await staff.close();
  });
});

import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCamt053, buildCodaStatement } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 18, bank statements as files: finance uploads a .cod and a camt.053 .xml through the form (no JavaScript).

let h: Harness;
let tenant: TenantLogin;
let clientId: string;

const OWN = "BE68539007547034";
const year = new Date().getUTCFullYear();
const agreement = { start: `${year}-01-01`, end: `${year + 1}-12-31` };
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());

async function finance(width: number): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "finance"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

async function order(quantity: number): Promise<{ id: string; amountCents: number; paymentReference: string }> {
  const res = await h.api.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: { ...bearer(tenant.token), "idempotency-key": randomUUID() },
    payload: { clientId, quantity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const orderStatus = async (id: string) => (await h.api.app.inject({ url: `/v1/voucher-orders/${id}`, headers: bearer(tenant.token) })).json().status as string;

async function upload(page: Page, name: string, content: string | Buffer, mimeType: string) {
  await page.goto(`${h.webUrl}/financien`);
  await page.setInputFiles("#f-statement", { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, "latin1") });
  await page.click("button:has-text('Bestand opladen')");
  await page.waitForLoadState("load");
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `uittreksel-${randomUUID().slice(0, 6)}`);
  const geo = await createGeo(h.api, tenant.tenantId);
  clientId = await addClient(h.api, geo, { agreement });
  const res = await h.api.app.inject({
    method: "PUT",
    url: "/v1/organisation-account",
    headers: bearer(tenant.token),
    payload: { name: "Wijk-werken Uittreksel", iban: OWN },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => h?.close());

describe("bank statements as files", () => {
  for (const width of [1280, 360]) {
    it(`at ${width} px: a .cod file with two statements, then a camt.053 file; what was matched is shown and the orders are paid`, async () => {
      const a = await order(1);
      const b = await order(2);
      const c = await order(3);
      const ctx = await finance(width);
      const page = await ctx.newPage();

      const cod =
        buildCodaStatement({
          account: OWN,
          statementNumber: width,
          date: today,
          oldBalanceCents: 0,
          movements: [{ amountCents: a.amountCents, valueDate: today, structuredReference: a.paymentReference, counterpartyName: "Mevrouw Peeters" }],
        }) +
        buildCodaStatement({
          account: OWN,
          statementNumber: width + 1,
          date: today,
          oldBalanceCents: a.amountCents,
          movements: [
            { amountCents: b.amountCents, valueDate: today, structuredReference: b.paymentReference },
            { amountCents: 2500, valueDate: today, freeCommunication: "voor de tuin", counterpartyName: `Meneer Janssens ${width}` },
          ],
        });
      await upload(page, "uittreksel.cod", cod, "application/octet-stream");
      const status = page.locator("[role=status]").first();
      expect(await status.textContent()).toContain("(CODA, 2 uittreksel(s)): 2 betaling(en) gekoppeld, 1 niet gekoppeld, 0 al eerder ingelezen");
      const matched = page.locator("ul.statement-matched");
      expect(await matched.textContent()).toContain(a.paymentReference);
      expect(await matched.textContent()).toContain(b.paymentReference);
      expect(await page.locator("tr", { hasText: `Meneer Janssens ${width}` }).textContent()).toContain("Onbekende of geen gestructureerde mededeling");
      expect(await horizontalOverflow(page)).toBe(0);
      await check(page, `financien-uittreksel-coda-${width}`);

      const xml = buildCamt053([
        {
          iban: OWN,
          statementId: `${year}-${width}`,
          movements: [
            {
              amountCents: c.amountCents,
              bookingDate: today,
              structuredReference: c.paymentReference,
              counterpartyName: "An Peeters",
              accountServicerReference: `XML-${width}-1`,
            },
          ],
        },
      ]);
      await upload(page, "uittreksel.xml", xml, "application/xml");
      expect(await page.locator("[role=status]").first().textContent()).toContain(
        "(camt.053, 1 uittreksel(s)): 1 betaling(en) gekoppeld, 0 niet gekoppeld, 0 al eerder ingelezen",
      );
      expect(await page.locator("ul.statement-matched").textContent()).toContain("3 cheques uitgegeven");
      expect(await horizontalOverflow(page)).toBe(0);
      await check(page, `financien-uittreksel-camt-${width}`);

      // The same file again: recognised, nothing booked twice.
      await upload(page, "uittreksel-opnieuw.xml", xml, "text/xml");
      expect(await page.locator("[role=status]").first().textContent()).toContain("0 betaling(en) gekoppeld, 0 niet gekoppeld, 1 al eerder ingelezen");
      await ctx.close();

      for (const o of [a, b, c]) expect(await orderStatus(o.id)).toBe("paid");
      const [lots] = await h.api.owner.sql`SELECT count(*)::int AS n FROM voucher_lots WHERE order_id IN (${a.id}, ${b.id}, ${c.id})`;
      expect(lots?.n).toBe(3);
    });
  }

  it("at 360 px: a statement of another account, garbage and no file at all are refused at the field, in Dutch", async () => {
    const ctx = await finance(360);
    const page = await ctx.newPage();
    const other = buildCamt053([
      {
        iban: "BE62510007547061",
        statementId: "ANDER-1",
        movements: [{ amountCents: 100, bookingDate: today, communication: "x", accountServicerReference: "A-1" }],
      },
    ]);
    await upload(page, "andere-rekening.xml", other, "application/xml");
    expect(await page.locator(".error-summary").textContent()).toContain("BE62 **** **** 7061");
    expect(await page.locator("#f-statement-error").textContent()).toContain("andere rekening");
    expect(await page.getAttribute("#f-statement", "aria-invalid")).toBe("true");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "financien-uittreksel-andere-rekening");

    await upload(page, "foto.pdf", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff]), "application/pdf");
    expect(await page.locator(".error-summary").textContent()).toContain("geen tekstbestand");

    await page.goto(`${h.webUrl}/financien`);
    await page.click("button:has-text('Bestand opladen')");
    await page.waitForLoadState("load");
    expect(await page.locator("#f-statement-error").textContent()).toContain("Kies het bestand");
    await check(page, "financien-uittreksel-geen-bestand");
    await ctx.close();
  });
});

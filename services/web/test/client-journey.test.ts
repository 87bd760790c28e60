import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAmount } from "@wijkwerk/notify";
import { createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer } from "../../api/test/helpers.ts";
import { translate, type Lang } from "../src/i18n/index.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 17: a client who was registered through the API a minute ago finds the door, signs in
// with a code, orders a klus one question at a time and buys vouchers — at 360 px, without
// JavaScript, in nl, fr and en.
let h: Harness;
let tenantId: string;
let geo: Geo;
let priceCents: number;

const inject = (method: "GET" | "POST" | "PUT", url: string, token: string, payload?: Record<string, unknown>) =>
  h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
const ymd = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A private client registered through the API, with an agreement whose fee is paid: ready to order. */
async function registerClient(phone: string, lang: Lang): Promise<string> {
  const consultant = tokenFor(h.api, tenantId, "consultant");
  const res = await inject("POST", "/v1/clients", consultant, {
    type: "private",
    name: `Maria Peeters ${lang}`,
    language: lang,
    contact: { firstName: "Maria", lastName: "Peeters", phone },
    address: { street: "Kouter", number: "1", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
  });
  expect(res.statusCode, res.body).toBe(201);
  const clientId = res.json().id as string;
  const agreement = await inject("POST", `/v1/clients/${clientId}/agreements`, consultant, { startDate: ymd(0) });
  expect(agreement.statusCode, agreement.body).toBe(201);
  const paid = await inject("POST", "/v1/payments", tokenFor(h.api, tenantId, "finance"), {
    paymentReference: agreement.json().paymentReference,
    amountCents: agreement.json().feeCents,
    paidOn: ymd(0),
  });
  expect(paid.statusCode, paid.body).toBeLessThan(300);
  return clientId;
}

beforeAll(async () => {
  h = await startHarness();
  const created = await h.api.app.inject({
    method: "POST",
    url: "/v1/platform/tenants",
    headers: bearer(h.api.config.PLATFORM_TOKEN),
    payload: { name: "Wijk-Werken Gent", slug: "gent", adminEmail: "admin@gent.be", adminPassword: "correct horse battery", phone: "09 210 10 10" },
  });
  expect(created.statusCode, created.body).toBe(201);
  tenantId = created.json().id;
  geo = await createGeo(h.api, tenantId);
  // School crossings are allowed here, but for local governments only: a household must not see them.
  await h.api.owner.sql`
    INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types)
    VALUES (${tenantId}, ${geo.municipalityId}, 'prevention.school_crossing', ${["localGovernment", "education"]})`;
  const account = await inject("PUT", "/v1/organisation-account", tokenFor(h.api, tenantId, "admin"), {
    name: "Wijk-werken Gent EVA",
    iban: "BE68 5390 0754 7034",
    bic: "GKCCBEBB",
  });
  expect(account.statusCode, account.body).toBe(200);
  const settings = await inject("GET", "/v1/settings", tokenFor(h.api, tenantId, "admin"));
  priceCents = settings.json().voucherPriceCents.private;
});
afterAll(async () => h?.close());

describe("the door", () => {
  it("/Gent redirects to /gent, which shows the name, the phone and the three choices", async () => {
    const res = await fetch(`${h.webUrl}/Gent`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/gent");
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/gent`);
    expect(await page.textContent("h1")).toBe("Wijk-Werken Gent");
    expect(await page.textContent("main")).toContain("09 210 10 10");
    expect(await page.locator("ul.choices a").count()).toBe(3);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "deur-organisatie-360");
    expect((await fetch(`${h.webUrl}/nergens-te-vinden`)).status).toBe(404);
    await ctx.close();
  });

  it("a landline is told to phone the consultant, with the organisation's number; nothing is sent", async () => {
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden/code?organisatie=gent&voor=klant`);
    expect(await page.locator("#f-tenant").count()).toBe(0);
    await page.fill("#f-contact", "09 223 45 67");
    await page.click("form[action='/aanmelden/code'] button[type=submit]");
    await expect.poll(() => page.locator("#f-contact-error").textContent()).toContain("Bel uw consulent op 09 210 10 10");
    await check(page, "deur-vast-nummer-360");
    const [n] = await h.api.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`;
    expect(n!.n).toBe(0);
    await ctx.close();
  });

  it("an unknown number gets the same honest answer as a known one", async () => {
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden/code?organisatie=gent&voor=klant`);
    await page.fill("#f-contact", "0479 99 88 77");
    await page.click("form[action='/aanmelden/code'] button[type=submit]");
    await expect.poll(() => page.textContent("[role=status]")).toContain("Als dit nummer bij ons bekend is, krijgt u binnen een minuut een code");
    await ctx.close();
  });
});

const JOURNEYS: { lang: Lang; phone: string; search: string }[] = [
  { lang: "nl", phone: "0470 11 22 01", search: "wijk-werken gent" },
  { lang: "fr", phone: "0470 11 22 02", search: "gent" },
  { lang: "en", phone: "0470 11 22 03", search: "merelbeke" },
];

describe.each(JOURNEYS)("a new client orders a klus and vouchers ($lang, 360 px)", ({ lang, phone, search }) => {
  it("from / to the klus visible and an order with price, total, IBAN and OGM", async () => {
    const t = (k: string, v: Record<string, unknown> = {}) => translate(lang, k, v);
    if (search === "merelbeke")
      await h.api.owner
        .sql`INSERT INTO municipalities (tenant_id, id, name, nis_code, postal_codes) VALUES (${tenantId}, ${randomUUID()}, 'Merelbeke', '44043', '{9820}')`;
    const clientId = await registerClient(phone, lang);
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_lang", value: lang, url: h.webUrl }]);
    const page = await ctx.newPage();
    let taps = 0;
    const tap = async (selector: string) => {
      taps++;
      await page.click(selector);
    };
    const shot = async (name: string) => {
      expect(await horizontalOverflow(page), name).toBe(0);
      await check(page, `klant-${lang}-${name}`);
    };

    // The door: who are you → client → find the organisation by typing → code.
    await page.goto(`${h.webUrl}/`);
    expect(await page.textContent("h1")).toBe(t("door.who"));
    await shot("wie-bent-u");
    await tap(`a:has-text("${t("door.client")}")`);
    await page.fill("#f-q", search);
    await tap("form[role=search] button[type=submit]");
    await shot("organisatie-gevonden");
    await tap("a:has-text('Wijk-Werken Gent')");
    await page.waitForURL(/\/aanmelden\/code\?organisatie=gent/);
    await page.fill("#f-contact", phone);
    await tap("form[action='/aanmelden/code'] button[type=submit]");
    await expect.poll(() => page.textContent("[role=status]")).toContain(t("door.sent.phone"));
    await shot("code-invullen");
    // No worker process runs here: the code is read from the outbox row it would send by SMS.
    const [row] = await h.api.owner.sql<{ code: string }[]>`
      SELECT payload->>'code' AS code FROM outbox WHERE tenant_id = ${tenantId} AND topic = 'events/auth.code' AND payload->>'subjectId' = ${clientId}
       ORDER BY created_at DESC LIMIT 1`;
    await page.fill("#f-code", row!.code);
    await tap("form[action='/aanmelden/code/bevestigen'] button[type=submit]");
    await page.waitForURL(`${h.webUrl}/klant`);
    const doorTaps = taps;
    // The organisation's phone under every page (the layout), not only on the door.
    expect(await page.textContent(".org-contact")).toContain("09 210 10 10");
    await shot("home");

    // Ordering a klus, one question per page.
    taps = 0;
    await tap(`a:has-text("${t("client.order")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.activity.title"));
    expect(await page.locator("input[value='prevention.school_crossing']").count()).toBe(0);
    expect(await page.locator("input[name=activityCode]").count()).toBe(3);
    await tap(`button:has-text("${t("next")}")`);
    await expect.poll(() => page.locator("#f-activityCode-error").textContent()).toContain(t("klus.error.activity"));
    await shot("klus-wat-fout");
    await tap("input[value='garden.hedges']");
    await tap(`button:has-text("${t("next")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.description.title"));
    await page.fill("#f-description", `Haag snoeien ${lang}`);
    await tap(`button:has-text("${t("next")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.when.title"));
    await page.fill("#f-date", ymd(-1));
    await tap(`button:has-text("${t("next")}")`);
    await expect.poll(() => page.locator("#f-date-error").textContent()).toContain(t("klus.error.datePast"));
    await shot("klus-wanneer-verleden");
    await page.fill("#f-date", ymd(3));
    await page.selectOption("#f-start", "10:00");
    taps++;
    await tap(`button:has-text("${t("next")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.duration.title"));
    const options = await page.locator("#f-minutes option").allTextContents();
    expect(options).toContain(t("klus.duration.hoursHalf", { n: 1 }));
    expect(options.some((o) => /min/i.test(o))).toBe(false);
    await page.selectOption("#f-minutes", "90");
    taps++;
    await tap(`button:has-text("${t("next")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.check.title"));
    expect(await page.textContent("main")).toContain(`Haag snoeien ${lang}`);
    expect(await page.textContent("main")).toContain(t("klus.duration.hoursHalf", { n: 1 }));
    await shot("klus-nakijken");
    // "Wijzigen" one answer: back to that question, then straight back to the check.
    await tap("button[name=edit][value=description]");
    await page.fill("#f-description", `Haag vooraan snoeien ${lang}`);
    await tap(`button:has-text("${t("next")}")`);
    expect(await page.textContent("h1")).toBe(t("klus.check.title"));
    await tap(`button:has-text("${t("client.send")}")`);
    await page.waitForURL(/\/klant\?nieuw=/);
    const fresh = page.locator(".card.is-new");
    expect(await fresh.count()).toBe(1);
    expect(await fresh.textContent()).toContain(`Haag vooraan snoeien ${lang}`);
    expect(await fresh.textContent()).toContain(t("client.status.open"));
    const orderTaps = taps;
    await shot("klus-zichtbaar");
    const jobs = await inject("GET", "/v1/jobs", tokenFor(h.api, tenantId, "client", clientId));
    expect(jobs.json().items).toEqual([
      expect.objectContaining({ activityCode: "garden.hedges", estimatedMinutes: 90, description: `Haag vooraan snoeien ${lang}` }),
    ]);

    // Vouchers: the price first, the total and the IBAN before ordering, a question above 40.
    await page.click(`a:has-text("${t("client.vouchers")}")`);
    expect(await page.textContent("main")).toContain(t("client.price", { price: formatAmount(priceCents, lang) }));
    await page.fill("#f-quantity", "50");
    await page.click(`button:has-text("${t("client.voucherNext")}")`);
    expect(await page.textContent("h1")).toBe(t("client.voucherCheck.title"));
    const checkText = (await page.textContent("main")) ?? "";
    expect(checkText).toContain(formatAmount(50 * priceCents, lang));
    expect(checkText).toContain("BE68 5390 0754 7034");
    expect(checkText).toContain(t("client.voucherCheck.large", { n: 50 }));
    await page.click(`form[action='/klant/cheques/bestellen'] button[type=submit]`);
    await expect.poll(() => page.locator("#f-sure-error").textContent()).toContain(t("client.voucherCheck.confirmMissing"));
    await shot("cheques-veel");
    expect((await inject("GET", "/v1/voucher-orders", tokenFor(h.api, tenantId, "client", clientId))).json().items).toEqual([]);
    await page.check("#f-sure");
    await page.click(`form[action='/klant/cheques/bestellen'] button[type=submit]`);
    await page.waitForURL(/\/klant\/cheques\/bestellingen\//);
    const orderText = (await page.textContent("main")) ?? "";
    expect(orderText).toContain("BE68 5390 0754 7034");
    expect(orderText).toMatch(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    expect(orderText).toContain(formatAmount(50 * priceCents, lang));
    await shot("cheques-betalen");
    // Printed, the page keeps the facts to pay and drops the menus and forms (CSS only).
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.top").isVisible()).toBe(false);
    expect(await page.locator(".ogm").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    const orders = await inject("GET", "/v1/voucher-orders", tokenFor(h.api, tenantId, "client", clientId));
    expect(orders.json().items).toEqual([
      expect.objectContaining({ quantity: 50, amountCents: 50 * priceCents, status: "awaiting_payment", paymentReference: expect.stringMatching(/^\+\+\+/) }),
    ]);
    await page.click(`a:has-text("${t("client.orderPage.back")}")`);
    expect(await page.textContent("main")).toContain(t("client.toPay", { amount: formatAmount(50 * priceCents, lang) }));

    // Signing out lands on the organisation's door.
    await page.click("form[action='/afmelden'] button");
    await page.waitForURL(`${h.webUrl}/gent`);
    await ctx.close();
    console.log(`taps (${lang}): door to /klant ${doorTaps}; klus incl. one refused empty choice, one past date and one Wijzigen: ${orderTaps}`);
  });
});

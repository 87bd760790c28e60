import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { translate } from "../src/i18n/index.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 20, "Consent and preferences": SMS, e-mail and quiet hours set on the web, checked through the API.
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `voorkeur-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
});
afterAll(async () => h?.close());

const prefsOf = async (kind: "workers" | "clients", id: string) => {
  const res = await h.api.app.inject({ method: "GET", url: `/v1/${kind}/${id}/preferences`, headers: bearer(tokenFor(h.api, tenant.tenantId, "consultant")) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe("contact preferences on the web (issue 20)", () => {
  it("a worker on a phone, in French, signs in with a code and sets no SMS and no SMS after 20:00 / before 09:00", async () => {
    const t = (k: string) => translate("fr", k);
    const workerId = await addWorker(h.api, geo, { firstName: "Amina" });
    await h.api.owner.sql`UPDATE workers SET language = 'fr' WHERE id = ${workerId}`;
    const [w] = await h.api.owner.sql<{ phone: string }[]>`SELECT phone FROM workers WHERE id = ${workerId}`;
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_lang", value: "fr", url: h.webUrl }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden/code?organisatie=${tenant.slug}&voor=werker`);
    await page.fill("#f-contact", `0${w!.phone.slice(3)}`);
    await page.click("form[action='/aanmelden/code'] button[type=submit]");
    await expect.poll(() => page.locator("#f-code").count()).toBe(1);
    const [row] = await h.api.owner.sql<{ code: string }[]>`
      SELECT payload->>'code' AS code FROM outbox WHERE tenant_id = ${tenant.tenantId} AND topic = 'events/auth.code' AND payload->>'subjectId' = ${workerId}
       ORDER BY created_at DESC LIMIT 1`;
    await page.fill("#f-code", row!.code);
    await page.click("form[action='/aanmelden/code/bevestigen'] button[type=submit]");
    await page.waitForURL(`${h.webUrl}/werker`);

    await page.click(`nav a:has-text("${t("prefs.menu")}")`);
    await page.waitForURL(`${h.webUrl}/werker/voorkeuren`);
    expect(await page.textContent("h1")).toBe(t("prefs.title"));
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "voorkeuren-werker-fr-360");
    // Same hour at both ends: refused at the field, in French.
    await page.getByLabel(t("prefs.after")).selectOption("20:00");
    await page.getByLabel(t("prefs.before")).selectOption("20:00");
    await page.click(`button:has-text("${t("prefs.save")}")`);
    await expect.poll(() => page.locator("#f-before-error").textContent()).toContain(t("problem.preferences.quiet_hours_empty"));
    await check(page, "voorkeuren-werker-fr-fout-360");

    await page
      .getByRole("group", { name: t("prefs.sms") })
      .getByLabel(t("prefs.no"))
      .check();
    await page.getByLabel(t("prefs.after")).selectOption("20:00");
    await page.getByLabel(t("prefs.before")).selectOption("09:00");
    await page.click(`button:has-text("${t("prefs.save")}")`);
    await page.waitForURL(`${h.webUrl}/werker`);
    expect(await page.textContent("[role=status]")).toContain(t("prefs.saved"));
    await ctx.close();

    expect(await prefsOf("workers", workerId)).toMatchObject({ sms: false, email: true, quietHours: { from: "20:00", until: "09:00" } });
    const [audit] = await h.api.owner.sql<{ actor_type: string }[]>`
      SELECT actor_type FROM audit_log WHERE entity_id = ${workerId} AND action = 'preferences.update'`;
    expect(audit?.actor_type).toBe("worker");

    // No SMS and no e-mail address: the consultant sees on the worker's page that nothing reaches them.
    const staff = await scanContext(h.browser);
    await staff.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const staffPage = await staff.newPage();
    await staffPage.goto(`${h.webUrl}/werkers/${workerId}`);
    expect(await staffPage.textContent("[role=note]")).toContain("Niet bereikbaar");
    await check(staffPage, "werker-niet-bereikbaar");
    await staff.close();
  });

  it("a consultant sets no e-mail and 'no SMS before 10:00' for a client from the client's page", async () => {
    const clientId = await addClient(h.api, geo);
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/klanten/${clientId}`);
    await page.click("a:has-text('Sms, e-mail en rustige uren')");
    await page.waitForURL(`${h.webUrl}/klanten/${clientId}/voorkeuren`);
    await page.getByRole("group", { name: "Wilt u berichten krijgen per e-mail?" }).getByLabel("Nee").check();
    await page.getByLabel("Geen sms voor").selectOption("10:00");
    await page.click("button:has-text('Bewaren')");
    await page.waitForURL(`${h.webUrl}/klanten/${clientId}`);
    // On someone's behalf the confirmation names them (issue 20).
    const [c] = await h.api.owner.sql<{ name: string }[]>`SELECT name FROM clients WHERE id = ${clientId}`;
    expect(await page.textContent("[role=status]")).toContain(`Voorkeuren van ${c!.name} bewaard.`);
    await page.goto(`${h.webUrl}/klanten/${clientId}/voorkeuren`);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "voorkeuren-klant-namens-360");
    await ctx.close();
    expect(await prefsOf("clients", clientId)).toMatchObject({ sms: true, email: false, quietHours: { from: "00:00", until: "10:00" } });
  });

  it("'Niet bereikbaar' on the client's page and as a marker in the worker and client lists, without JavaScript; the worker's save names them", async () => {
    // A client without phone or e-mail and a worker opted out of both: nothing reaches them.
    const clientId = await addClient(h.api, geo);
    await h.api.owner.sql`UPDATE clients SET phone = NULL, email = NULL, name = 'Onbereikbaar Peeters' WHERE id = ${clientId}`;
    const reachableClient = await addClient(h.api, geo);
    const workerId = await addWorker(h.api, geo, { firstName: "Zoë" });
    await h.api.owner.sql`UPDATE workers SET sms_opt_out = true, email_opt_out = true, last_name = 'Onbereikbaar' WHERE id = ${workerId}`;
    const reachableWorker = await addWorker(h.api, geo, { firstName: "Bereikbaar" });

    const ctx = await h.browser.newContext({ javaScriptEnabled: false, bypassCSP: true, viewport: { width: 360, height: 900 }, locale: "nl-BE" });
    await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/klanten/${clientId}`);
    expect(await page.textContent("[role=note]")).toContain("Niet bereikbaar:");
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(`${h.webUrl}/klanten/${reachableClient}`);
    expect(await page.locator("text=Niet bereikbaar").count()).toBe(0);

    // The lists: the words in the row of the person, not in another's.
    const rowOf = (id: string, base: string) => page.locator(`tr:has(a[href="/${base}/${id}"])`);
    await page.goto(`${h.webUrl}/klanten?q=Onbereikbaar`);
    expect(await rowOf(clientId, "klanten").textContent()).toContain("Niet bereikbaar");
    await page.goto(`${h.webUrl}/klanten`);
    expect(await rowOf(reachableClient, "klanten").textContent()).not.toContain("Niet bereikbaar");
    await page.goto(`${h.webUrl}/werkers`);
    expect(await rowOf(workerId, "werkers").textContent()).toContain("Niet bereikbaar");
    expect(await rowOf(reachableWorker, "werkers").textContent()).not.toContain("Niet bereikbaar");
    expect(await horizontalOverflow(page)).toBe(0);

    // The consultant turns SMS back on for the worker: the confirmation says whose preferences were saved.
    await page.goto(`${h.webUrl}/werkers/${workerId}/voorkeuren`);
    await page.getByRole("group", { name: "Wilt u berichten krijgen per sms?" }).getByLabel("Ja").check();
    await page.click("button:has-text('Bewaren')");
    await page.waitForURL(`${h.webUrl}/werkers/${workerId}`);
    expect(await page.textContent("[role=status]")).toContain("Voorkeuren van Zoë Onbereikbaar bewaard.");
    expect(await page.locator("text=Niet bereikbaar").count()).toBe(0);
    await ctx.close();
    expect(await prefsOf("workers", workerId)).toMatchObject({ sms: true, email: false, unreachable: false });

    // WCAG 2.1 AA (axe runs as a script, so in a context with JavaScript) of the pages with the marker.
    const scan = await scanContext(h.browser, { width: 360 });
    await scan.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const scanned = await scan.newPage();
    await scanned.goto(`${h.webUrl}/klanten/${clientId}`);
    await check(scanned, "klant-niet-bereikbaar-360");
    await scanned.goto(`${h.webUrl}/klanten?q=Onbereikbaar`);
    await check(scanned, "klanten-lijst-niet-bereikbaar-360");
    await scan.close();
  });
});

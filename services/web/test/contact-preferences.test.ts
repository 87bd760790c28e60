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
    expect(await page.textContent("[role=status]")).toContain("Uw keuze is bewaard.");
    await page.goto(`${h.webUrl}/klanten/${clientId}/voorkeuren`);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "voorkeuren-klant-namens-360");
    await ctx.close();
    expect(await prefsOf("clients", clientId)).toMatchObject({ sms: true, email: false, quietHours: { from: "00:00", until: "10:00" } });
  });
});

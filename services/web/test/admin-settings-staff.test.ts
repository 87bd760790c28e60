import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

let h: Harness;
let tenant: TenantLogin;

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `beheer-${randomUUID().slice(0, 6)}`);
});
afterAll(async () => h?.close());

const api = (url: string, token = tenant.token) => h.api.app.inject({ url, headers: bearer(token) });

/** The organisation's admin signs in on a phone (3 steps and a click). */
async function signedIn(): Promise<Page> {
  const ctx = await scanContext(h.browser, { width: 360 });
  const page = await ctx.newPage();
  await page.goto(`${h.webUrl}/aanmelden`);
  await page.fill("#f-tenant", tenant.slug);
  await page.fill("#f-email", tenant.email);
  await page.fill("#f-password", tenant.password);
  await page.click("button[type=submit]:has-text('Aanmelden')");
  await page.waitForURL(`${h.webUrl}/consulent`);
  return page;
}

async function atThePage(page: Page, name: string) {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await check(page, name);
}

describe("issue 16, admin: settings and staff on a phone", () => {
  // 11 steps: sign in (4), the menu, a cap above the law (2: said at the field), a lawful cap and a new cheque price (3).
  it("the admin sets a monthly cap above the law (said at the field), then 50 hours and a new cheque price from 1 January; the API has both", async () => {
    const page = await signedIn();
    await page.click("nav a:has-text('Instellingen')");
    await page.waitForURL(`${h.webUrl}/instellingen`);
    expect(await page.textContent("main")).toContain("hoogstens 60 uur per kalendermaand");
    await atThePage(page, "instellingen");
    await page.fill("#f-monthlyCapMinutes", "61");
    await page.click("button:has-text('Instellingen bewaren')");
    await expect.poll(() => page.textContent("#f-monthlyCapMinutes-error")).toContain("maximaal 60 uur per maand");
    await atThePage(page, "instellingen-fout");
    expect((await api("/v1/settings")).json().monthlyCapMinutes).toBe(3600);

    await page.fill("#f-monthlyCapMinutes", "50");
    await page.fill("#f-voucherPrice", "6,45");
    await page.click("button:has-text('Instellingen bewaren')");
    await page.waitForURL(`${h.webUrl}/instellingen`);
    expect(await page.textContent("[role=status]")).toContain("bewaard");
    expect(await page.inputValue("#f-monthlyCapMinutes")).toBe("50");
    expect(await page.textContent("main")).toContain("Nieuwe chequeprijs: € 6,45 vanaf");
    await page.context().close();

    const settings = (await api("/v1/settings")).json();
    expect(settings.monthlyCapMinutes).toBe(50 * 60);
    expect(settings.voucherPriceSchedule).toEqual([
      { effectiveFrom: `${new Date().getUTCFullYear() + 1}-01-01`, voucherPriceCents: expect.objectContaining({ private: 645, education: 645 }) },
    ]);
  });

  it("issue 17: the admin sets the phone number and e-mail clients and workers see; a wrong number is said at the field", async () => {
    const page = await signedIn();
    await page.goto(`${h.webUrl}/instellingen`);
    await page.fill("#f-orgPhone", "09 2");
    await page.click("button:has-text('Contact bewaren')");
    await expect.poll(() => page.textContent("#f-orgPhone-error")).toContain("Minstens 6 tekens");
    await atThePage(page, "instellingen-contact-fout");
    await page.fill("#f-orgPhone", "09 210 30 30");
    await page.fill("#f-orgEmail", "Wijkwerk@Gent.example");
    await page.click("button:has-text('Contact bewaren')");
    await page.waitForURL(`${h.webUrl}/instellingen`);
    expect(await page.inputValue("#f-orgPhone")).toBe("09 210 30 30");
    const contact = (await api("/v1/organisation-contact")).json();
    expect(contact).toEqual({ phone: "+3292103030", email: "wijkwerk@gent.example" });
    await page.context().close();
  });

  // 16 steps: sign in (4), the menu, invite (4), change the role (2), a new password (1), switch off (2);
  // and the admin's own role, which the last admin keeps (2).
  it("the admin invites a consultant, makes her finance, gives her a new password and switches her off; the API and her sign-ins follow each step", async () => {
    const page = await signedIn();
    await page.click("nav a:has-text('Medewerkers')");
    await page.waitForURL(`${h.webUrl}/medewerkers`);
    await page.fill("#f-name", "Els Peeters");
    await page.fill("#f-email", "els.peeters@example.be");
    await page.selectOption("#f-role", "consultant");
    // Issue 20: an invitation by e-mail is the default; this admin hands over a temporary password.
    await page.check("input[name=how][value=temporary]");
    await page.click("button:has-text('Account maken')");
    await expect.poll(() => page.locator(".ogm").isVisible()).toBe(true);
    const first = (await page.textContent(".ogm"))!.trim();
    await atThePage(page, "medewerker-uitgenodigd");
    const staff = async () => (await api("/v1/staff?limit=100")).json().items as { id: string; email: string; role: string; active: boolean }[];
    const els = (await staff()).find((s) => s.email === "els.peeters@example.be")!;
    expect(els).toMatchObject({ role: "consultant", active: true });
    const elsToken = await login(h.api, tenant.slug, "els.peeters@example.be", first);

    const card = page.locator(`#m-${els.id}`);
    await card.locator("select[name=role]").selectOption("finance");
    await card.locator("button:has-text('Rol wijzigen')").click();
    await page.waitForURL(`${h.webUrl}/medewerkers`);
    expect(await page.textContent("[role=status]")).toContain("Els Peeters is nu financiën");
    expect((await staff()).find((s) => s.id === els.id)!.role).toBe("finance");
    expect((await api("/v1/skills", elsToken)).statusCode).toBe(401);

    await page.locator(`#m-${els.id}`).locator("button:has-text('Nieuw wachtwoord')").click();
    await expect.poll(() => page.locator(".ogm").isVisible()).toBe(true);
    const second = (await page.textContent(".ogm"))!.trim();
    expect(second).not.toBe(first);
    await atThePage(page, "medewerker-nieuw-wachtwoord");
    const refused = await h.api.app.inject({ method: "POST", url: "/v1/auth/login", payload: { tenant: tenant.slug, email: els.email, password: first } });
    expect(refused.statusCode).toBe(401);
    const financeToken = await login(h.api, tenant.slug, els.email, second);
    expect((await api("/v1/payout-runs", financeToken)).statusCode).toBe(200);

    await page.locator(`#m-${els.id} summary`).click();
    await page.locator(`#m-${els.id}`).locator("button:has-text('Ja, Els Peeters uitschakelen')").click();
    await page.waitForURL(`${h.webUrl}/medewerkers`);
    expect(await page.textContent("[role=status]")).toContain("kan zich niet meer aanmelden");
    expect((await staff()).find((s) => s.id === els.id)!.active).toBe(false);
    expect((await api("/v1/payout-runs", financeToken)).statusCode).toBe(401);

    // The only admin cannot give up the role: said on their own card.
    const me = (await staff()).find((s) => s.email === tenant.email)!;
    await page.locator(`#m-${me.id}`).locator("select[name=role]").selectOption("consultant");
    await page.locator(`#m-${me.id}`).locator("button:has-text('Rol wijzigen')").click();
    await expect.poll(() => page.locator(`#m-${me.id} .error`).textContent()).toContain("laatste actieve beheerder");
    await atThePage(page, "medewerker-laatste-beheerder");
    expect((await staff()).find((s) => s.id === me.id)!.role).toBe("admin");
    await page.context().close();

    const actions = await h.api.owner.sql<{ action: string }[]>`SELECT action FROM audit_log WHERE entity = 'staff' AND entity_id = ${els.id} ORDER BY at`;
    expect(actions.map((a) => a.action)).toEqual(["create", "change_role", "reset_password", "deactivate"]);
  });

  // 13 steps: sign in with the temporary password (4), the menu, a wrong current password (4: said at the field), the right one (4).
  it("a consultant invited with a temporary password signs in on a phone and chooses her own; only the new one signs in afterwards", async () => {
    const invited = await h.api.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(tenant.token),
      payload: { name: "Bram Wouters", email: "bram.wouters@example.be", role: "consultant" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const temporary = invited.json().temporaryPassword as string;
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden`);
    await page.fill("#f-tenant", tenant.slug);
    await page.fill("#f-email", "bram.wouters@example.be");
    await page.fill("#f-password", temporary);
    await page.click("button[type=submit]:has-text('Aanmelden')");
    await page.waitForURL(`${h.webUrl}/consulent`);
    await page.click("nav a:has-text('Mijn account')");
    await page.click("a:has-text('Mijn wachtwoord veranderen')");
    await page.waitForURL(`${h.webUrl}/wachtwoord`);
    await page.fill("#f-currentPassword", "dat weet ik niet meer");
    await page.fill("#f-newPassword", "de kouter op zondagmorgen");
    await page.fill("#f-repeat", "de kouter op zondagmorgen");
    await page.click("button:has-text('Wachtwoord veranderen')");
    await expect.poll(() => page.textContent("#f-currentPassword-error")).toContain("niet uw huidige wachtwoord");
    await atThePage(page, "eigen-wachtwoord-fout");
    await page.fill("#f-currentPassword", temporary);
    await page.fill("#f-newPassword", "de kouter op zondagmorgen");
    await page.fill("#f-repeat", "de kouter op zondagmorgen");
    await page.click("button:has-text('Wachtwoord veranderen')");
    await page.waitForURL(`${h.webUrl}/aanmelden`);
    expect(await page.textContent("[role=status]")).toContain("Uw wachtwoord is veranderd");
    await ctx.close();

    const old = await h.api.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { tenant: tenant.slug, email: "bram.wouters@example.be", password: temporary },
    });
    expect(old.statusCode).toBe(401);
    expect((await api("/v1/skills", await login(h.api, tenant.slug, "bram.wouters@example.be", "de kouter op zondagmorgen"))).statusCode).toBe(200);
  });
});

import { randomUUID } from "node:crypto";
import { TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { waitFor } from "../../worker/test/notify-harness.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { startMessages, type Messages } from "./messages-harness.ts";

/**
 * Issue 20, staff accounts as people use them on a phone: an admin invites a finance colleague by
 * e-mail; she chooses her password through the link in the real mail, must set up her second
 * factor (the organisation gives 0 days), signs in with a code, and later resets a forgotten
 * password through "Wachtwoord vergeten?". Each outcome is checked through the API.
 */
let h: Harness;
let m: Messages;
let tenant: TenantLogin;

beforeAll(async () => {
  h = await startHarness();
  m = await startMessages(h);
  tenant = await createTenant(h.api, `team-${randomUUID().slice(0, 6)}`);
});
afterAll(async () => {
  await m?.stop();
  await h?.close();
});

const api = (method: "GET" | "PATCH", url: string, payload?: object) =>
  h.api.app.inject({ method, url, headers: bearer(tenant.token), ...(payload ? { payload } : {}) });
/** The mail as sent, quoted-printable decoded. */
const unfold = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
/** The link to choose a password in the newest mail to `to` with `subject`, once it arrived. */
const linkIn = async (to: string, subject: RegExp, before: number) =>
  waitFor(async () => {
    const mail = m.smtp.mails.slice(before).find((x) => x.to.includes(to) && subject.test(unfold(x.raw)));
    return mail ? /https?:\/\/\S+\/wachtwoord-kiezen\?o=[\w-]+&c=[\w-]+/.exec(unfold(mail.raw))?.[0] : undefined;
  }, `mail to ${to}`);
const code = (secret: string, steps = 0) => new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });
/** The web of the test harness, whatever host PUBLIC_WEB_URL names in the mail. */
const onTheWeb = (link: string) => `${h.webUrl}${new URL(link).pathname}${new URL(link).search}`;

async function phone(): Promise<Page> {
  return (await scanContext(h.browser, { width: 360 })).newPage();
}
async function atThePage(page: Page, name: string) {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await check(page, name);
}
async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${h.webUrl}/aanmelden?organisatie=${tenant.slug}`);
  await page.fill("#f-email", email);
  await page.fill("#f-password", password);
  await page.click("button[type=submit]:has-text('Aanmelden')");
}

describe("issue 20: staff accounts on a phone", () => {
  it("invited by e-mail, a finance officer chooses a password, sets up her second factor and signs in with a code; then resets a forgotten password", async () => {
    const email = "fatima.elamrani@example.be";

    // The admin invites her (the default way: a mail), within the admin's own enrolment period.
    const mailsBefore = m.smtp.mails.length;
    const admin = await phone();
    await signIn(admin, tenant.email, tenant.password);
    await admin.waitForURL(`${h.webUrl}/consulent`);
    await admin.click("nav a:has-text('Medewerkers')");
    await admin.fill("#f-name", "Fatima El Amrani");
    await admin.fill("#f-email", email);
    await admin.selectOption("#f-role", "finance");
    await admin.click("button:has-text('Account maken')");
    await admin.waitForURL(`${h.webUrl}/medewerkers`);
    expect(await admin.textContent("[role=status]")).toContain("krijgt een mail op fatima.elamrani@example.be");
    await atThePage(admin, "medewerker-uitnodiging");
    await admin.context().close();
    expect((await api("PATCH", "/v1/settings", { secondFactorEnrolmentDays: 0 })).statusCode).toBe(200);

    // Fatima opens the link from the real mail and chooses her password (typed twice; a mismatch is said at the field).
    const invite = await linkIn(email, /Welkom bij/, mailsBefore);
    const page = await phone();
    await page.goto(onTheWeb(invite));
    expect(await page.textContent("h1")).toContain("Welkom, Fatima El Amrani");
    await page.fill("#f-password", "de schelde bij laagwater");
    await page.fill("#f-repeat", "de schelde bij hoogwater");
    await page.click("button:has-text('Wachtwoord bewaren')");
    await expect.poll(() => page.textContent("#f-repeat-error")).toContain("niet gelijk");
    await atThePage(page, "wachtwoord-kiezen-fout");
    await page.fill("#f-password", "de schelde bij laagwater");
    await page.fill("#f-repeat", "de schelde bij laagwater");
    await page.click("button:has-text('Wachtwoord bewaren')");
    await page.waitForURL(/\/aanmelden/);
    expect(await page.textContent("[role=status]")).toContain("Uw wachtwoord is bewaard");

    // Past the enrolment period she can only set up the second factor.
    await signIn(page, email, "de schelde bij laagwater");
    await page.waitForURL(`${h.webUrl}/account/tweede-stap`);
    await page.click("button:has-text('Begin')");
    await expect.poll(() => page.locator(".qr svg").isVisible()).toBe(true);
    await atThePage(page, "tweede-stap-qr");
    const secret = (await page.textContent("#secret"))!.replace(/\s/g, "");
    await page.fill("#f-code", code(secret));
    await page.click("button:has-text('Bevestigen')");
    await page.waitForURL(`${h.webUrl}/account`);
    expect(await page.textContent("[role=status]")).toContain("Uw tweede stap staat aan");
    await atThePage(page, "mijn-account");
    const fatima = ((await api("GET", "/v1/staff?limit=100")).json().items as { email: string; secondFactor: boolean; invited: boolean }[]).find(
      (s) => s.email === email,
    );
    expect(fatima).toMatchObject({ secondFactor: true, invited: false });

    // Next time: password, then the code.
    await page.click("button:has-text('Overal afmelden')");
    await page.waitForURL(`${h.webUrl}/aanmelden`);
    await signIn(page, email, "de schelde bij laagwater");
    await expect.poll(() => page.textContent("h1")).toContain("Code uit uw app");
    await atThePage(page, "aanmelden-code");
    await page.fill("#f-code", "000000" === code(secret, 1) ? "111111" : "000000");
    await page.click("button:has-text('Aanmelden')");
    await expect.poll(() => page.textContent("#f-code-error")).toContain("niet juist");
    await page.fill("#f-code", code(secret, 1));
    await page.click("button:has-text('Aanmelden')");
    await page.waitForURL(`${h.webUrl}/financien`);
    await page.context().close();

    // Forgot password: a link by mail, a new password; the old one no longer signs in.
    const resetBefore = m.smtp.mails.length;
    const again = await phone();
    await again.goto(`${h.webUrl}/aanmelden?organisatie=${tenant.slug}`);
    await again.click("a:has-text('Wachtwoord vergeten?')");
    await again.fill("#f-email", email);
    await again.click("button:has-text('Stuur mij een link')");
    await expect.poll(() => again.textContent("[role=status]")).toContain("Is dit adres bij ons bekend?");
    await atThePage(again, "wachtwoord-vergeten");
    const reset = await linkIn(email, /Een nieuw wachtwoord/, resetBefore);
    await again.goto(onTheWeb(reset));
    await again.fill("#f-password", "een nieuwe zin voor fatima");
    await again.fill("#f-repeat", "een nieuwe zin voor fatima");
    await again.click("button:has-text('Wachtwoord bewaren')");
    await again.waitForURL(/\/aanmelden/);
    await again.context().close();
    // The password step alone says which password is right: the new one gets to the code, the old one not.
    const login = async (password: string) =>
      (await h.api.app.inject({ method: "POST", url: "/v1/auth/login", payload: { tenant: tenant.slug, email, password } })).json().code;
    expect(await login("de schelde bij laagwater")).toBe("auth.invalid_credentials");
    expect(await login("een nieuwe zin voor fatima")).toBe("auth.second_factor_required");
  });
});

import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, type TenantLogin } from "../../api/test/helpers.ts";
import { addWorker, createGeo, type Geo } from "../../api/test/fixtures/work.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/**
 * Issue 20, scope by area, as people use it on a phone: the admin limits a consultant to the wijk
 * Ledeberg on the staff page (no JavaScript: ticked boxes); the consultant then sees only
 * Ledeberg's workers in the list and in search. The area is checked through the API.
 */
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let consultantId: string;
const EMAIL = "lien.de.smet@example.be";
const PASSWORD = "a long password 1";

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `wijk-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  await addWorker(h.api, geo, { firstName: "Lotte", neighbourhoodId: geo.ledeberg });
  await addWorker(h.api, geo, { firstName: "Cedric", neighbourhoodId: geo.centrum });
  const res = await h.api.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(tenant.token),
    payload: { email: EMAIL, name: "Lien De Smet", role: "consultant", password: PASSWORD },
  });
  expect(res.statusCode).toBe(201);
  consultantId = res.json().id;
});
afterAll(async () => h?.close());

async function phone(): Promise<Page> {
  return (await scanContext(h.browser, { width: 360 })).newPage();
}
async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${h.webUrl}/aanmelden?organisatie=${tenant.slug}`);
  await page.fill("#f-email", email);
  await page.fill("#f-password", password);
  await page.click("button[type=submit]:has-text('Aanmelden')");
}

describe("issue 20: a consultant limited to one wijk", () => {
  it("the admin ticks Ledeberg for a consultant, who then sees only Ledeberg's workers in the list and in search", async () => {
    // Before: the consultant sees both workers.
    const before = await phone();
    await signIn(before, EMAIL, PASSWORD);
    await before.waitForURL(`${h.webUrl}/consulent`);
    await before.goto(`${h.webUrl}/werkers`);
    expect(await before.textContent("main")).toContain("Cedric");
    await before.context().close();

    const admin = await phone();
    await signIn(admin, tenant.email, tenant.password);
    await admin.waitForURL(`${h.webUrl}/consulent`);
    await admin.click("nav a:has-text('Medewerkers')");
    await admin.click("a:has-text('Gebied van Lien De Smet kiezen')");
    await admin.waitForURL(`${h.webUrl}/medewerkers/${consultantId}/gebied`);
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0);
    await check(admin, "medewerker-gebied");
    await admin.check(`input[name=neighbourhoodIds][value="${geo.ledeberg}"]`);
    await admin.click("button:has-text('Gebied bewaren')");
    await admin.waitForURL(`${h.webUrl}/medewerkers`);
    expect(await admin.textContent("[role=status]")).toContain("ziet nu alleen dat gebied");
    await admin.context().close();

    const area = await h.api.app.inject({ url: `/v1/staff/${consultantId}/area`, headers: bearer(tenant.token) });
    expect(area.json()).toMatchObject({ municipalityIds: [], neighbourhoodIds: [geo.ledeberg], limited: true });

    const page = await phone();
    await signIn(page, EMAIL, PASSWORD);
    await page.waitForURL(`${h.webUrl}/consulent`);
    await page.goto(`${h.webUrl}/werkers`);
    const list = (await page.textContent("main")) ?? "";
    expect(list).toContain("Lotte");
    expect(list).not.toContain("Cedric");
    await page.goto(`${h.webUrl}/zoeken?q=Janssens`);
    const found = (await page.textContent("main")) ?? "";
    expect(found).toContain("Lotte");
    expect(found).not.toContain("Cedric");
    await page.context().close();

    // Through the API too: the consultant's own token lists one worker.
    const token = await login(h.api, tenant.slug, EMAIL, PASSWORD);
    const workers = (await h.api.app.inject({ url: "/v1/workers", headers: bearer(token) })).json().items;
    expect(workers.map((w: { firstName: string }) => w.firstName)).toEqual(["Lotte"]);
  });
});

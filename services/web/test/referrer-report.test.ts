import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, inDays, staffMember, today } from "../../api/test/fixtures/coaching.ts";
import { addClient, addWorkedTime, addWorker, createGeo, type Geo } from "../../api/test/fixtures/work.ts";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 19, "the referrer's report", as the consultant and the admin live it in Chromium: consent
// noted per category and withdrawn again, the report downloaded as CSV and PDF with only what the
// worker consented to share, and the organisation's outflow page with its CSV.
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let els: { id: string; token: string };

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, "verslag-gent");
  geo = await createGeo(h.api, tenant.tenantId);
  els = await staffMember(h.api, tenant, "Els Peeters");
});
afterAll(async () => h?.close());

async function signedIn(token: string) {
  const ctx = await scanContext(h.browser);
  await ctx.addCookies([{ name: "ww_session", value: token, url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return { ctx, page: await ctx.newPage() };
}

describe("issue 19: the consultant notes consent and downloads the referrer's report", () => {
  it("consent for hours → the CSV and PDF hold the hours and say what is not shared; withdrawn → left out; every download audited", async () => {
    const call = caller(h.api);
    const worker = await addWorker(h.api, geo, { firstName: "Samira", agreement: { start: inDays(-200), end: inDays(160) } });
    expect((await call(els.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id })).statusCode).toBe(200);
    await addWorkedTime(h.api, geo, worker, await addClient(h.api, geo), inDays(-30), 90);

    const { ctx, page } = await signedIn(els.token);
    await page.goto(`${h.webUrl}/werkers/${worker}`);
    await page.click('a:has-text("Verslag voor de toeleider")');
    expect(await page.textContent("h1")).toBe("Verslag voor de toeleider: Samira Janssens");
    await check(page, "verslag-leeg");

    // A missing date is said at the field.
    await page.selectOption("#f-category", "hours");
    await page.fill("#f-givenOn", "");
    await page.click('button:has-text("Toestemming noteren")');
    expect(await page.locator(".error-summary").count()).toBe(1);
    await check(page, "verslag-fout");
    await page.selectOption("#f-category", "hours");
    await page.fill("#f-givenOn", today);
    await page.click('button:has-text("Toestemming noteren")');
    await page.waitForURL(`${h.webUrl}/werkers/${worker}/verslag`);
    expect(await page.textContent("main")).toContain("Gewerkte uren: ja");
    expect(await page.locator('tr[data-consent="hours"]').textContent()).toContain("Els Peeters");
    await check(page, "verslag-toestemming");

    await page.fill("#f-from", inDays(-100));
    await page.fill("#f-to", today);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("CSV downloaden")')]);
    const csvText = await readFile((await csv.path())!, "utf8");
    expect(csvText).toContain(`Gewerkte uren per maand;${inDays(-30).slice(0, 7)};1,50 uur`);
    expect(csvText).toMatch(/Activiteiten;Niet gedeeld/);
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("PDF downloaden")')]);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");

    // Withdrawn today: the hours are left out from today on.
    await page.click('button:has-text("Intrekken: Gewerkte uren")');
    await page.waitForURL(`${h.webUrl}/werkers/${worker}/verslag`);
    expect(await page.textContent("main")).toContain("Gewerkte uren: nee");
    const [again] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("CSV downloaden")')]);
    expect(await readFile((await again.path())!, "utf8")).toMatch(/Gewerkte uren per maand;Niet gedeeld/);
    const audits = await h.api.owner
      .sql`SELECT after->>'format' AS format FROM audit_log WHERE entity = 'referrer_report' AND entity_id = ${worker} ORDER BY at`;
    expect(audits.map((a) => a.format)).toEqual(["csv", "pdf", "csv"]);
    const consents = (await call(els.token, "GET", `/v1/workers/${worker}/report-consents`)).json().items;
    expect(consents).toMatchObject([{ category: "hours", withdrawnOn: today, withdrawnBy: { id: els.id }, active: false }]);
    await ctx.close();
  });
});

describe("issue 19: the admin reads the outflow to work", () => {
  it("exits in the period with their follow-ups → the share in work, unknown apart; CSV", async () => {
    const call = caller(h.api);
    for (const s of ["in_work", "none", null] as const) {
      const w = await addWorker(h.api, geo, { agreement: { start: "2025-01-01", end: "2025-12-31" } });
      const exit = await call(tenant.token, "POST", `/v1/workers/${w}/coaching/exits`, { reason: "agreement_ended", exitDate: "2025-02-01" });
      expect(exit.statusCode, exit.body).toBe(201);
      if (s) await call(tenant.token, "POST", `/v1/workers/${w}/coaching/exits/${exit.json().id}/follow-ups`, { situation: s });
    }
    const { ctx, page } = await signedIn(tenant.token);
    await page.goto(`${h.webUrl}/consulent`);
    await page.click('nav a:has-text("Uitstroom")');
    await page.fill("#f-from", "2025-01-01");
    await page.fill("#f-to", "2025-12-31");
    await page.click('button:has-text("Tonen")');
    expect(await page.textContent("[data-share]")).toContain("50 % aan het werk 9 maanden na het einde (1 van de 2 opgevolgde wijk-werkers)");
    expect(await page.textContent('[data-figure="exited"]')).toBe("3");
    expect(await page.textContent('[data-figure="unknown"]')).toBe("1");
    await check(page, "uitstroom");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click('a:has-text("Downloaden als CSV")')]);
    expect(await readFile((await csv.path())!, "utf8")).toContain("2025-01-01;2025-12-31;3;1;0;1;1;0;50");
    // A period the wrong way round is said in words, not a crash.
    await page.goto(`${h.webUrl}/uitstroom?from=2025-12-31&to=2025-01-01`);
    expect(await page.locator(".error-summary").textContent()).toContain("Het begin van de periode ligt na het einde");
    await ctx.close();
  });
});

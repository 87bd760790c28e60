import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller } from "../../api/test/fixtures/coaching.ts";
import { addClient, addWorker, createGeo, type Geo } from "../../api/test/fixtures/work.ts";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 20, "the person's rights", in Chromium: the admin downloads everything held about a worker
// (JSON and PDF) and erases the worker; erasing a client with an unpaid order is refused and says
// why. The outcome is checked through the API.
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, "rechten-gent");
  geo = await createGeo(h.api, tenant.tenantId);
});
afterAll(async () => h?.close());

async function signedIn(token: string) {
  const ctx = await scanContext(h.browser);
  await ctx.addCookies([{ name: "ww_session", value: token, url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return { ctx, page: await ctx.newPage() };
}

describe("issue 20: export and erasure from the staff pages", () => {
  it("the admin downloads a worker's data as JSON and PDF, then erases the worker", async () => {
    const call = caller(h.api);
    const worker = await addWorker(h.api, geo, { firstName: "Samira", agreement: null });
    const [row] = await h.api.owner.sql`SELECT national_number FROM workers WHERE id = ${worker}`;
    const { ctx, page } = await signedIn(tenant.token);
    await page.goto(`${h.webUrl}/werkers/${worker}`);
    const [json] = await Promise.all([page.waitForEvent("download"), page.click('a:has-text("downloaden (JSON)")')]);
    const exported = JSON.parse(await readFile((await json.path())!, "utf8"));
    expect(exported.person).toMatchObject({ id: worker, firstName: "Samira", nationalNumber: row!.national_number });
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.click('a:has-text("downloaden (PDF)")')]);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");

    await page.click('a:has-text("wissen")');
    expect(await page.textContent("h1")).toBe("Gegevens wissen: Samira Janssens");
    await check(page, "gegevens-wissen");
    await page.click('button:has-text("Definitief wissen")');
    await page.waitForURL(`${h.webUrl}/werkers/${worker}`);
    expect(await page.textContent("main")).toContain("Gewist #");

    const after = (await call(tenant.token, "GET", `/v1/workers/${worker}`)).json();
    expect(after).toMatchObject({ firstName: "Gewist", email: null, status: "inactive", availability: [] });
    const audits = await h.api.owner.sql`SELECT action FROM audit_log WHERE entity = 'worker' AND entity_id = ${worker} ORDER BY at`;
    expect(audits.map((a) => a.action)).toEqual(["data_export", "data_export", "erase"]);
    await ctx.close();
  });

  it("erasing a client with an order still to pay is refused, the page says why, nothing changes", async () => {
    const call = caller(h.api);
    const client = await addClient(h.api, geo, { agreement: { start: "2026-01-01", end: "2026-12-31" } });
    const ordered = await call(tenant.token, "POST", "/v1/voucher-orders", { clientId: client, quantity: 2 });
    expect(ordered.statusCode, ordered.body).toBe(201);
    const before = (await call(tenant.token, "GET", `/v1/clients/${client}`)).json();
    const { ctx, page } = await signedIn(tenant.token);
    await page.goto(`${h.webUrl}/klanten/${client}`);
    await page.click('a:has-text("wissen")');
    await page.check('input[value="request"]');
    await page.click('button:has-text("Definitief wissen")');
    expect(await page.textContent(".error-summary")).toContain("Wissen kan nog niet");
    expect(await page.textContent(".error-summary")).toContain("ordersOpen: 1");
    await check(page, "gegevens-wissen-geweigerd");
    expect((await call(tenant.token, "GET", `/v1/clients/${client}`)).json()).toEqual(before);
    await ctx.close();
  });
});

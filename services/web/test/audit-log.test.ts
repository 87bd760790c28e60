import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mod97 } from "@wijkwerk/domain";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/**
 * Issue 20, the audit trail on a phone: the admin changes a worker's phone number, opens the
 * worker's history from the worker's page, sees the change (old → new, the INSZ masked), narrows
 * to their own changes and downloads the selection; the API has the change and the export.
 */
let h: Harness;
let tenant: TenantLogin;
let workerId: string;
const NATIONAL = (() => {
  const nine = "850730123";
  return nine + String(97 - mod97(nine)).padStart(2, "0");
})();

async function api(method: "GET" | "POST" | "PUT", url: string, body?: object) {
  const res = await h.api.app.inject({ method, url, headers: bearer(tenant.token), ...(body ? { payload: body } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `log-${randomUUID().slice(0, 6)}`);
  const municipality = await api("POST", "/v1/municipalities", { name: "Gent", nisCode: "44021", postalCodes: ["9000"] });
  const wijk = await api("POST", "/v1/neighbourhoods", { municipalityId: municipality.id, name: "Noord", centroid: { lat: 51.07, lon: 3.72 } });
  const worker = await api("POST", "/v1/workers", {
    firstName: "Amina",
    lastName: "Bakkali",
    nationalNumber: NATIONAL,
    phone: "0471 23 45 67",
    language: "nl",
    address: { street: "Kerkstraat", number: "1", postalCode: "9000", municipalityId: municipality.id, neighbourhoodId: wijk.id },
    iban: "BE68539007547034",
    referrer: "vdab",
    availability: [{ weekday: 1, from: "09:00", to: "12:00" }],
    maxTravelKm: 1,
  });
  workerId = worker.id;
});
afterAll(async () => h?.close());

describe("issue 20: the admin reads the audit trail", () => {
  it("changes a worker's phone, finds the change in the worker's history, narrows it to themselves and downloads it", async () => {
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden?organisatie=${tenant.slug}`);
    await page.fill("#f-email", tenant.email);
    await page.fill("#f-password", tenant.password);
    await page.click("button[type=submit]:has-text('Aanmelden')");
    await page.waitForURL(`${h.webUrl}/consulent`);

    await page.goto(`${h.webUrl}/werkers/${workerId}/wijzigen`);
    await page.fill("#f-phone", "0472 99 88 77");
    await page.click("button:has-text('Wijzigingen bewaren')");
    await page.waitForURL(`${h.webUrl}/werkers/${workerId}`);
    await page.click("a:has-text('Geschiedenis in het logboek')");
    await page.waitForURL(`${h.webUrl}/logboek?persoon=${workerId}`);
    const table = (await page.textContent("table.audit"))!;
    expect(table).toContain("wijk-werker gewijzigd");
    expect(table).toMatch(/phone: \+32471234567 → \+32472998877/);
    expect(table).toContain("wijk-werker aangemaakt");
    expect(await page.textContent("main")).not.toContain(NATIONAL);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check(page, "logboek-persoon");

    const me = ((await api("GET", "/v1/staff")).items as { id: string; email: string }[]).find((s) => s.email === tenant.email)!;
    await page.selectOption("#f-medewerker", me.id);
    await page.click("button:has-text('Tonen')");
    await page.waitForURL(/medewerker=/);
    expect(await page.locator("table.audit tbody tr").count()).toBeGreaterThanOrEqual(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a:has-text('Als bestand (CSV)')")]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(csv).toContain("Tijdstip;Wie (soort)");
    expect(csv).toContain("+32472998877");
    expect(csv).not.toContain(NATIONAL);
    await ctx.close();

    const changes = (await api("GET", `/v1/audit-log?subjectId=${workerId}`)).items as { action: string; after: { phone?: string } }[];
    expect(changes[0]).toMatchObject({ action: "update", after: expect.objectContaining({ phone: "+32472998877" }) });
    const exports = (await api("GET", "/v1/audit-log?entity=audit_log")).items as { after: { actorId?: string; subjectId?: string } }[];
    expect(exports[0]!.after).toMatchObject({ actorId: me.id, subjectId: workerId });
  });
});

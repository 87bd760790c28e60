import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mod97 } from "@wijkwerk/domain";
import { tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

let h: Harness;
let tenant: TenantLogin;
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const consultant = { email: "bemiddelaar@dashboard.be", password: "een lang wachtwoord 2026" };
const wijk: Record<"noord" | "zuid" | "oost", string> = { noord: "", zuid: "", oost: "" };

async function api(method: "GET" | "POST" | "PUT", url: string, payload?: object, token = tenant.token) {
  const res = await h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/**
 * A fresh organisation set up through the API as an admin would: a municipality with three
 * wijken (Noord and Zuid adjacent, Oost 5 km off), hedge trimming allowed, a consultant; then a
 * client in Noord with a paid agreement and a klus, and a worker in Zuid with a running agreement.
 */
beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `dash-${randomUUID().slice(0, 6)}`);
  const municipality = await api("POST", "/v1/municipalities", { name: "Gent", nisCode: "44021", postalCodes: ["9000"] });
  wijk.noord = (await api("POST", "/v1/neighbourhoods", { municipalityId: municipality.id, name: "Noord", centroid: { lat: 51.07, lon: 3.72 } })).id;
  wijk.zuid = (
    await api("POST", "/v1/neighbourhoods", { municipalityId: municipality.id, name: "Zuid", centroid: { lat: 51.04, lon: 3.72 }, adjacentIds: [wijk.noord] })
  ).id;
  wijk.oost = (await api("POST", "/v1/neighbourhoods", { municipalityId: municipality.id, name: "Oost", centroid: { lat: 51.05, lon: 3.8 } })).id;
  await api("PUT", `/v1/municipalities/${municipality.id}/activities`, { allowed: [{ activityCode: "garden.hedges", clientTypes: ["private"] }] });
  await api("POST", "/v1/staff", { email: consultant.email, name: "Sofie Bemiddelaar", role: "consultant", password: consultant.password });

  const address = (neighbourhoodId: string) => ({ street: "Kerkstraat", number: "1", postalCode: "9000", municipalityId: municipality.id, neighbourhoodId });
  const client = await api("POST", "/v1/clients", {
    type: "private",
    name: "Maria Peeters",
    contact: { firstName: "Maria", lastName: "Peeters", phone: "0470 12 34 56" },
    address: address(wijk.noord),
  });
  const agreement = await api("POST", `/v1/clients/${client.id}/agreements`, { startDate: today });
  await api(
    "POST",
    "/v1/payments",
    { paymentReference: agreement.paymentReference, amountCents: agreement.feeCents, paidOn: today },
    tokenFor(h.api, tenant.tenantId, "finance"),
  );
  const from = new Date(Date.now() + 7 * 86_400_000);
  await api("POST", "/v1/jobs", {
    clientId: client.id,
    activityCode: "garden.hedges",
    description: "De haag snoeien",
    estimatedMinutes: 120,
    window: { from: from.toISOString(), to: new Date(from.getTime() + 3 * 3_600_000).toISOString() },
  });
  const nine = "850730123";
  const worker = await api("POST", "/v1/workers", {
    firstName: "Amina",
    lastName: "Bakkali",
    nationalNumber: nine + String(97 - mod97(nine)).padStart(2, "0"),
    phone: "0471 23 45 67",
    language: "nl",
    address: address(wijk.zuid),
    iban: "BE68539007547034",
    referrer: "vdab",
    availability: [{ weekday: 1, from: "09:00", to: "12:00" }],
    maxTravelKm: 1,
  });
  await api("POST", `/v1/workers/${worker.id}/agreements`, { startDate: today });
});
afterAll(async () => h?.close());

/** The map's group for a wijk: the numbers in its circle (open klussen) and square (workers), and its name. */
async function mapWijk(page: Page, name: string) {
  const texts = await page.locator("#kaart g.wijk", { hasText: name }).locator("text").allTextContents();
  return { openJobs: Number(texts[0]), availableWorkers: Number(texts[1]), label: texts[2] };
}

/** The rows of a chart's table, each as its cells' text. */
async function tableRows(page: Page, id: string) {
  return page.locator(`#${id} tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? "")));
}

describe("issue 16, the dashboard as people would rather look than read", () => {
  it("a consultant signs in on a phone and sees on the map and in the table the wijk with the one open klus, as the API counts it", async () => {
    const figures = await api("GET", "/v1/reports/dashboard");
    const byName = Object.fromEntries(
      (figures.neighbourhoods as { name: string; openJobs: number; availableWorkers: number }[]).map((n) => [n.name, [n.openJobs, n.availableWorkers]]),
    );
    // The API: the klus in Noord; the worker of Zuid reaches Zuid and Noord next door, not Oost.
    expect(byName).toEqual({ Noord: [1, 1], Oost: [0, 0], Zuid: [0, 1] });

    // Journey, 6 steps: open sign-in (1), fill organisation, e-mail and password (2–4), sign in (5) — at 360 px;
    // open the dashboard at 1280 px (6).
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/aanmelden`);
    await page.fill("#f-tenant", tenant.slug);
    await page.fill("#f-email", consultant.email);
    await page.fill("#f-password", consultant.password);
    await page.click("button[type=submit]:has-text('Aanmelden')");
    await page.waitForURL(`${h.webUrl}/consulent`);

    // The map: Noord with 1 open klus and 1 worker, by name; every wijk's numbers are the API's.
    expect(await page.getAttribute("#kaart", "role")).toBe("img");
    expect(await page.textContent("#kaart title")).toContain("Kaart van de wijken");
    expect(await mapWijk(page, "Noord")).toEqual({ openJobs: 1, availableWorkers: 1, label: "Noord" });
    for (const [name, [jobs, workers]] of Object.entries(byName)) {
      expect(await mapWijk(page, name)).toMatchObject({ openJobs: jobs, availableWorkers: workers });
    }
    // The table beneath says the same, row by row.
    expect(await page.textContent("#kaart-tabel caption")).toBe("Open klussen en beschikbare wijk-werkers per wijk");
    expect(await tableRows(page, "kaart-tabel")).toEqual(Object.entries(byName).map(([name, [jobs, workers]]) => [name, String(jobs), String(workers)]));
    // The training demand: the hedge in Noord needs Tuinonderhoud, which nobody nearby has.
    const demand = (await api("GET", "/v1/reports/training-demand")).items;
    expect(demand).toMatchObject([{ neighbourhoodId: wijk.noord, openJobs: 1, qualifiedWorkers: 0, suggestTraining: true }]);
    expect(await page.textContent("#opleiding")).toContain("Opleiding Tuinonderhoud nodig");
    expect(await tableRows(page, "opleiding-tabel")).toEqual([["Noord: Hagen snoeien (Tuinonderhoud): opleiding nodig", "1", "0"]]);
    // No hours yet in this organisation: a sentence, not an empty chart.
    expect(await page.locator("section", { hasText: "Gewerkte uren per maand" }).locator(".chart-empty").textContent()).toBe(
      "Er zijn nog geen gewerkte uren in de laatste twee jaar.",
    );
    expect(await page.locator("#uren").count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "dashboard-kaart-360");
    const cookies = await ctx.cookies();
    await ctx.close();

    const wide = await scanContext(h.browser, { width: 1280 });
    await wide.addCookies(cookies);
    const desk = await wide.newPage();
    await desk.goto(`${h.webUrl}/consulent`);
    expect(await mapWijk(desk, "Noord")).toEqual({ openJobs: 1, availableWorkers: 1, label: "Noord" });
    expect(await horizontalOverflow(desk)).toBe(0);
    // Scaled, not cut: the map is as wide as its box allows, and no wider.
    const box = await desk.locator("#kaart").boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.width).toBeLessThanOrEqual(34 * 18 + 1);
    await check(desk, "dashboard-kaart-1280");
    await wide.close();
  });
});

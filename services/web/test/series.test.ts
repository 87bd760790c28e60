import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mod97 } from "@wijkwerk/domain";
import { createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

let h: Harness;
let tenant: TenantLogin;
let geo: Geo;

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
/** A Brussels date `days` ahead (the windows below are winter times, +01:00). */
const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const api = (method: "GET" | "POST", url: string, payload?: object) =>
  h.api.app.inject({ method, url, headers: bearer(tenant.token), ...(payload ? { payload } : {}) });

/** A client registered a minute ago at the zitdag, with a running agreement whose fee is paid. */
async function registerClient(): Promise<string> {
  const created = await api("POST", "/v1/clients", {
    type: "private",
    name: "Germaine Verstraete",
    contact: { firstName: "Germaine", lastName: "Verstraete", phone: "0478 12 21 12" },
    address: { street: "Vlaanderenstraat", number: "7", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
  });
  expect(created.statusCode, created.body).toBe(201);
  const agreement = await api("POST", `/v1/clients/${created.json().id}/agreements`, { startDate: today });
  expect(agreement.statusCode, agreement.body).toBe(201);
  // Finance books the agreement fee (RULES §3): without it no klus can be ordered.
  const { paymentReference, feeCents } = agreement.json();
  const paid = await h.api.app.inject({
    method: "POST",
    url: "/v1/payments",
    headers: bearer(tokenFor(h.api, tenant.tenantId, "finance")),
    payload: { paymentReference, amountCents: feeCents, paidOn: today },
  });
  expect(paid.statusCode, paid.body).toBe(201);
  return created.json().id;
}

/** A worker registered a minute ago: every day available, accompanying people, an agreement from today. */
async function registerWorker(): Promise<string> {
  const nine = "880412061";
  const created = await api("POST", "/v1/workers", {
    firstName: "Youssef",
    lastName: "Benali",
    nationalNumber: nine + String(97 - mod97(nine)).padStart(2, "0"),
    phone: "0485 66 77 88",
    language: "nl",
    address: { street: "Kouter", number: "3", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
    iban: "BE68 5390 0754 7034",
    referrer: "vdab",
    availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: "07:00", to: "22:00" })),
    activityCodes: ["accompany.company"],
  });
  expect(created.statusCode, created.body).toBe(201);
  const agreement = await api("POST", `/v1/workers/${created.json().id}/agreements`, { startDate: today });
  expect(agreement.statusCode, agreement.body).toBe(201);
  return created.json().id;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `reeks-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
});
afterAll(async () => h?.close());

describe("issue 16, a series in words, and a worker for the whole series", () => {
  // 12 steps on a 360 px phone: open the klus form, fill 5 fields, choose the repetition, submit (the
  // missing end date is said at the field), fill it, submit; then on the series' page "Voor de hele
  // reeks", untouched review, propose.
  it("the consultant orders 'elke twee weken' for a client registered a minute ago, sees the series in words, and proposes a new worker for every date but the one they are taken", async () => {
    const clientId = await registerClient();
    const workerId = await registerWorker();
    const first = ahead(14);
    const dates = [first, ahead(28), ahead(42), ahead(56)];
    // Youssef already has another klus on the second date at 10:30.
    const elsewhere = await api("POST", "/v1/jobs", {
      clientId,
      activityCode: "accompany.company",
      description: "Naar de dokter",
      estimatedMinutes: 60,
      window: { from: `${dates[1]}T10:00:00+01:00`, to: `${dates[1]}T12:00:00+01:00` },
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const taken = await api("POST", `/v1/jobs/${elsewhere.json().id}/assignments`, {
      workerId,
      startsAt: `${dates[1]}T10:30:00+01:00`,
      endsAt: `${dates[1]}T11:30:00+01:00`,
    });
    expect(taken.statusCode, taken.body).toBe(201);

    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/klussen/nieuw?clientId=${clientId}`);
    await page.selectOption("#f-activityCode", "accompany.company");
    await page.fill("#f-description", "Samen naar de bib");
    await page.fill("#f-estimatedMinutes", "60");
    await page.fill("#f-window-from", `${first}T10:00`);
    await page.fill("#f-window-to", `${first}T11:30`);
    await page.selectOption("#f-repeat", "every2weeks");
    // A series needs its last day: said at the field.
    await page.click("button:has-text('Klus opnemen')");
    await expect.poll(() => page.locator("#f-repeatUntil-error").isVisible()).toBe(true);
    await check(page, "reeks-zonder-einddatum");
    await page.fill("#f-repeatUntil", dates[3]!);
    await page.click("button:has-text('Klus opnemen')");
    await page.waitForURL(/\/klussen\/[0-9a-f-]{36}$/);
    const weekday = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"][new Date(`${first}T12:00:00Z`).getUTCDay()];
    expect(await page.textContent("dl.facts")).toContain(`elke twee weken op ${weekday}voormiddag`);
    expect(await page.locator("h2:has-text('De volgende keren') + ul li").count()).toBe(3);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check(page, "reeks-opgenomen");
    const headId = new URL(page.url()).pathname.split("/").pop()!;

    // The whole series for Youssef: the review names the date he cannot, the others are ticked.
    await page.locator(".card", { hasText: "Youssef Benali" }).locator("button:has-text('Voor de hele reeks')").click();
    await page.waitForURL(`${h.webUrl}/klussen/${headId}/reeks-voorstellen`);
    expect(await page.locator(".refused").count()).toBe(1);
    expect(await page.textContent(".refused")).toContain("al een andere klus");
    expect(await page.locator("input[name=jobIds]:checked").count()).toBe(3);
    expect(await page.textContent(".warning")).toContain("cheques te weinig");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check(page, "reeks-voorstel-nakijken");
    await page.click("button:has-text('Voorstellen voor de aangevinkte keren')");
    await page.waitForURL(`${h.webUrl}/klussen/${headId}`);
    expect(await page.textContent("[role=status]")).toContain("voor 3 keren");
    await ctx.close();

    // The outcome, through the API: the series in RRULE, and Youssef proposed on the three free dates at 10:00.
    const job = (await api("GET", `/v1/jobs/${headId}`)).json();
    expect(job.recurrence).toEqual({ rrule: "FREQ=WEEKLY;INTERVAL=2", until: dates[3] });
    expect(job.occurrences).toHaveLength(3);
    const mine = (await api("GET", `/v1/assignments?workerId=${workerId}&limit=50`)).json().items as { jobId: string; startsAt: string; status: string }[];
    const seriesJobs = [headId, ...job.occurrences.map((o: { id: string }) => o.id)];
    const proposed = mine.filter((a) => seriesJobs.includes(a.jobId));
    expect(proposed.map((a) => a.startsAt.slice(0, 16)).sort()).toEqual([dates[0], dates[2], dates[3]].map((d) => `${d}T10:00`));
    expect(proposed.every((a) => a.status === "proposed")).toBe(true);
  });
});

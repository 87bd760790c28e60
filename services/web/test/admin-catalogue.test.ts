import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mod97 } from "@wijkwerk/domain";
import { tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/** Issue 16, Admin: the geography, the activities each municipality allows, skills, trainings and their sessions. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const insz = (nine: string) => nine + String(97 - mod97(nine)).padStart(2, "0");
const api = (token: string, method: "GET" | "POST", url: string, payload?: object) =>
  h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

async function adminPage(tenant: TenantLogin) {
  const ctx = await scanContext(h.browser, { width: 360 });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "admin"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return { ctx, page: await ctx.newPage() };
}

describe("issue 16, admin: municipalities, wijken and the activities they allow", () => {
  it("the admin signs in, adds a municipality and two wijken (the second borders the first) and allows hedge trimming for private clients", async () => {
    const tenant = await createTenant(h.api);
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();

    // Steps (page actions), 24 in all:
    // 1-5. Open /gemeenten, sign in (organisation, e-mail, password, button), land back on /gemeenten.
    await page.goto(`${h.webUrl}/gemeenten`);
    await page.fill("#f-tenant", tenant.slug);
    await page.fill("#f-email", tenant.email);
    await page.fill("#f-password", tenant.password);
    await page.click("button:has-text('Aanmelden')");
    await page.waitForURL(`${h.webUrl}/gemeenten`);
    expect(await page.textContent("main")).toContain("Er zijn nog geen gemeenten.");
    await check(page, "gemeenten-leeg-360");

    // 6-9. A municipality with a wrong postal code: refused at the field, the rest kept.
    await page.fill("#f-name", "Lochristi");
    await page.fill("#f-nisCode", "44034");
    await page.fill("#f-postalCodes", "9080, 908");
    await page.click("button:has-text('Gemeente toevoegen')");
    await expect.poll(() => page.locator("#f-postalCodes-error").isVisible()).toBe(true);
    expect(await page.inputValue("#f-name")).toBe("Lochristi");
    await check(page, "gemeente-fout-360");
    // 10-11. Corrected: the municipality's page, ready for its wijken.
    await page.fill("#f-postalCodes", "9080");
    await page.click("button:has-text('Gemeente toevoegen')");
    await page.waitForURL(/\/gemeenten\/[0-9a-f-]{36}$/);
    const municipalityId = page.url().split("/").at(-1)!;
    expect(await page.textContent("[role=status]")).toContain("Lochristi is toegevoegd");
    expect(await page.textContent("main")).toContain("Er zijn nog geen andere wijken om aan te vinken.");
    await check(page, "gemeente-nieuw-360");

    // 12-15. The first wijk: nothing to border yet.
    await page.fill("#f-name", "Centrum");
    await page.fill("#f-centroid-lat", "51.0961");
    await page.fill("#f-centroid-lon", "3.8325");
    await page.click("button:has-text('Wijk toevoegen')");
    await page.waitForURL(new RegExp(`/gemeenten/${municipalityId}#wijk-`));
    // 16-20. The second wijk, Centrum ticked as its neighbour.
    await page.fill("#f-name", "Hijfte");
    await page.fill("#f-centroid-lat", "51.1167");
    await page.fill("#f-centroid-lon", "3.8167");
    await page.check("label.choice:has-text('Centrum') input");
    await page.click("button:has-text('Wijk toevoegen')");
    await page.waitForURL(new RegExp(`/gemeenten/${municipalityId}#wijk-`));
    const card = (name: string) => page.locator(".card", { has: page.locator(`h3:text-is('${name}')`) });
    expect(await card("Hijfte").textContent()).toContain("Grenst aan Centrum.");
    expect(await card("Centrum").textContent()).toContain("Grenst aan Hijfte.");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "gemeente-wijken-360");

    // 21-24. The allowed activities: hedge trimming for private clients only.
    await page.click("a:has-text('Toegelaten activiteiten')");
    await page.waitForURL(`${h.webUrl}/gemeenten/${municipalityId}/activiteiten`);
    await check(page, "gemeente-activiteiten-360");
    await page.check("input[value='garden.hedges|private']");
    await page.click("button:has-text('Activiteiten bewaren')");
    await page.waitForURL(`${h.webUrl}/gemeenten/${municipalityId}/activiteiten`);
    expect(await page.textContent("[role=status]")).toContain("1 activiteit is toegelaten");
    expect(await page.isChecked("input[value='garden.hedges|private']")).toBe(true);
    expect(await page.isChecked("input[value='garden.hedges|nonprofit']")).toBe(false);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "gemeente-activiteiten-bewaard-360");
    await page.goto(`${h.webUrl}/gemeenten`);
    expect(await page.textContent("main")).toContain("Hijfte");
    await check(page, "gemeenten-360");
    await ctx.close();

    // The outcome, through the API: the wijken border each other both ways; one activity, for private clients.
    const wijken = (await api(tenant.token, "GET", `/v1/neighbourhoods?municipalityId=${municipalityId}`)).json().items as {
      id: string;
      name: string;
      adjacentIds: string[];
      centroid: { lat: number; lon: number };
    }[];
    const centrum = wijken.find((w) => w.name === "Centrum")!;
    const hijfte = wijken.find((w) => w.name === "Hijfte")!;
    expect(wijken).toHaveLength(2);
    expect(hijfte).toMatchObject({ adjacentIds: [centrum.id], centroid: { lat: 51.1167, lon: 3.8167 } });
    expect(centrum.adjacentIds).toEqual([hijfte.id]);
    const allowed = await api(tenant.token, "GET", `/v1/municipalities/${municipalityId}/activities`);
    expect(allowed.json().items).toEqual([{ activityCode: "garden.hedges", name: "Hagen snoeien", category: "small_garden", clientTypes: ["private"] }]);
  });

  it("the admin changes which wijken border a wijk; the change holds both ways", async () => {
    const tenant = await createTenant(h.api);
    const m = await api(tenant.token, "POST", "/v1/municipalities", { name: "Melle", nisCode: "44043", postalCodes: ["9090"] });
    expect(m.statusCode, m.body).toBe(201);
    const municipalityId = m.json().id as string;
    const wijk = async (name: string, adjacentIds: string[] = []) => {
      const res = await api(tenant.token, "POST", "/v1/neighbourhoods", { municipalityId, name, centroid: { lat: 51, lon: 3.8 }, adjacentIds });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const dorp = await wijk("Dorp");
    const vogelhoek = await wijk("Vogelhoek");
    const gontrode = await wijk("Gontrode", [dorp]);
    const { ctx, page } = await adminPage(tenant);

    // Steps (page actions), 5 in all: open the municipality, open Gontrode's neighbours, untick Dorp, tick Vogelhoek, save.
    await page.goto(`${h.webUrl}/gemeenten/${municipalityId}`);
    await page.click("a:has-text('Buurwijken wijzigen van Gontrode')");
    await page.waitForURL(`${h.webUrl}/gemeenten/${municipalityId}/wijken/${gontrode}`);
    expect(await page.isChecked("label.choice:has-text('Dorp') input")).toBe(true);
    expect(await page.locator("label.choice:has-text('Gontrode')").count()).toBe(0);
    await check(page, "buurwijken-360");
    await page.uncheck("label.choice:has-text('Dorp') input");
    await page.check("label.choice:has-text('Vogelhoek') input");
    await page.click("button:has-text('Buurwijken bewaren')");
    await page.waitForURL(new RegExp(`/gemeenten/${municipalityId}#wijk-${gontrode}`));
    expect(await page.textContent("[role=status]")).toContain("Gontrode zijn bewaard");
    await check(page, "buurwijken-bewaard-360");
    await ctx.close();

    const byId = new Map(
      ((await api(tenant.token, "GET", `/v1/neighbourhoods?municipalityId=${municipalityId}`)).json().items as { id: string; adjacentIds: string[] }[]).map(
        (w) => [w.id, w.adjacentIds],
      ),
    );
    expect(byId.get(gontrode)).toEqual([vogelhoek]);
    expect(byId.get(vogelhoek)).toEqual([gontrode]);
    expect(byId.get(dorp)).toEqual([]);
  });
});

describe("issue 16, admin: a skill, a training that grants it, a session with a waitlist, and attendance", () => {
  it("one place, two workers: the first gets it, the second waits; attending grants the first the skill", async () => {
    const tenant = await createTenant(h.api);
    // Two workers registered through the API, in a municipality and wijk added through the API.
    const m = await api(tenant.token, "POST", "/v1/municipalities", { name: "Gent", nisCode: "44021", postalCodes: ["9000"] });
    const n = await api(tenant.token, "POST", "/v1/neighbourhoods", { municipalityId: m.json().id, name: "Sluizeken", centroid: { lat: 51.06, lon: 3.72 } });
    expect(n.statusCode, n.body).toBe(201);
    const register = async (firstName: string, nine: string, phone: string) => {
      const res = await api(tenant.token, "POST", "/v1/workers", {
        firstName,
        lastName: "Peeters",
        nationalNumber: insz(nine),
        phone,
        language: "nl",
        address: { street: "Oudburg", number: "5", postalCode: "9000", municipalityId: m.json().id, neighbourhoodId: n.json().id },
        iban: "BE71 0961 2345 6769",
        referrer: "vdab",
        availability: [{ weekday: 2, from: "09:00", to: "12:00" }],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const amina = await register("Amina", "900101123", "0470 11 22 33");
    const bram = await register("Bram", "880202456", "0470 44 55 66");
    const nextWeek = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date(Date.now() + 7 * 86_400_000));
    const { ctx, page } = await adminPage(tenant);

    // Steps (page actions), 24 in all:
    // 1-3. The skill.
    await page.goto(`${h.webUrl}/competenties`);
    await check(page, "competenties-leeg-360");
    await page.fill("#f-name", "Tuinonderhoud");
    await page.click("button:has-text('Competentie toevoegen')");
    await page.waitForURL(/\/competenties#competentie-/);
    expect(await page.textContent("main")).toContain("Nog geen opleiding die deze competentie geeft.");
    await check(page, "competenties-360");
    // 4-6. A training that grants it (the skill comes chosen from the skill's card).
    await page.click("a:has-text('Opleiding toevoegen voor Tuinonderhoud')");
    await page.waitForURL(/\/opleidingen\/nieuw\?skillId=/);
    await check(page, "opleiding-nieuw-360");
    await page.fill("#f-name", "Tuinonderhoud voor beginners");
    await page.click("button:has-text('Opleiding toevoegen')");
    await page.waitForURL(/\/opleidingen\/plannen\?trainingId=/);
    // 7-12. A session next week with one place.
    await page.fill("#f-startsAt", `${nextWeek}T09:00`);
    await page.fill("#f-endsAt", `${nextWeek}T12:00`);
    await page.fill("#f-location", "Buurthuis Sluizeken");
    await page.fill("#f-capacity", "1");
    await page.fill("#f-trainer", "Koen");
    await check(page, "sessie-plannen-360");
    await page.click("button:has-text('Sessie plannen')");
    await page.waitForURL(/\/opleidingen\/sessies\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split("/").at(-1)!;
    expect(await page.textContent("main")).toContain("0 van 1 plaatsen bezet");
    await check(page, "sessie-360");
    // 13-16. Amina, found by name, gets the place.
    await page.fill("#zoek-workerId", "Amina");
    await page.click(".picker button:has-text('Zoeken')");
    await page.click("a:has-text('Kies Amina Peeters')");
    await page.click("button:has-text('Amina Peeters inschrijven')");
    await page.waitForURL(`${h.webUrl}/opleidingen/sessies/${sessionId}`);
    expect(await page.textContent("[role=status]")).toContain("heeft een plaats");
    // 17-20. Bram goes on the waitlist.
    await page.fill("#zoek-workerId", "Bram");
    await page.click(".picker button:has-text('Zoeken')");
    await page.click("a:has-text('Kies Bram Peeters')");
    await page.click("button:has-text('Bram Peeters inschrijven (wachtlijst)')");
    await page.waitForURL(`${h.webUrl}/opleidingen/sessies/${sessionId}`);
    expect(await page.textContent("[role=status]")).toContain("wachtlijst (plaats 1)");
    expect(await page.locator("h2:has-text('Wachtlijst') + p + ol").textContent()).toContain("Bram Peeters");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "sessie-wachtlijst-360");

    // The session takes place: its time moved into the past, as the clock would.
    await h.api.owner
      .sql`UPDATE training_sessions SET starts_at = starts_at - interval '8 days', ends_at = ends_at - interval '8 days' WHERE id = ${sessionId}`;
    // 21-24. The roll: Amina was there.
    await page.goto(`${h.webUrl}/opleidingen/sessies/${sessionId}`);
    await check(page, "sessie-aanwezigheid-360");
    expect(await page.locator("label.choice:has-text('Bram Peeters')").count()).toBe(0);
    await page.check("label.choice:has-text('Amina Peeters') input");
    await page.click("button:has-text('Aanwezigheid bewaren')");
    await page.waitForURL(`${h.webUrl}/opleidingen/sessies/${sessionId}`);
    expect(await page.textContent("[role=status]")).toContain("1 wijk-werker(s) kregen de competentie");
    expect(await page.textContent("label.choice:has-text('Amina Peeters')")).toContain("aanwezig");
    await check(page, "sessie-aanwezig-360");
    await page.goto(`${h.webUrl}/competenties`);
    expect(await page.textContent("main")).toContain("Opleiding: Tuinonderhoud voor beginners.");
    await ctx.close();

    // The outcome, through the API: Amina holds the skill from the session's date, Bram does not; the list says who attended and who waits.
    const skill = (await api(tenant.token, "GET", "/v1/skills")).json().items[0] as { id: string; name: string };
    const aminaNow = (await api(tenant.token, "GET", `/v1/workers/${amina}`)).json();
    const sessionDay = new Date(Date.parse(`${nextWeek}T12:00:00Z`) - 8 * 86_400_000).toISOString().slice(0, 10);
    expect(aminaNow.skills).toEqual([{ skillId: skill.id, name: "Tuinonderhoud", obtainedOn: sessionDay }]);
    expect((await api(tenant.token, "GET", `/v1/workers/${bram}`)).json().skills).toEqual([]);
    const enrollments = (await api(tenant.token, "GET", `/v1/training-sessions/${sessionId}/enrollments`)).json().items as {
      workerId: string;
      status: string;
      waitlistPosition: number | null;
    }[];
    expect(enrollments.find((e) => e.workerId === amina)).toMatchObject({ status: "attended", waitlistPosition: null });
    expect(enrollments.find((e) => e.workerId === bram)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
  });
});

import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeo, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, login, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let consultant: { id: string; token: string };

const ZONE = "Europe/Brussels";
const brussels = () => DateTime.now().setZone(ZONE).startOf("day");
const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!;

async function api(method: "GET" | "POST", url: string, payload?: Record<string, unknown>, token = tenant.token) {
  const res = await h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}

/** Every page visited: axe 0 violations (check) and no horizontal scroll at 360 px. */
async function seen(page: Page, name: string) {
  await check(page, name);
  expect(await horizontalOverflow(page), `${name}: horizontal scroll`).toBe(0);
}

async function signedIn(token: string): Promise<Page> {
  const ctx = await scanContext(h.browser, { width: 360 });
  await ctx.addCookies([{ name: "ww_session", value: token, url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx.newPage();
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `zitdag-${Math.random().toString(36).slice(2, 8)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  // A consultant of this fresh organisation, through the API, signed in with a password like anyone.
  const staff = await api("POST", "/v1/staff", { email: `an@${tenant.slug}.be`, name: "An Bemiddelaar", role: "consultant", password: "zitdag password 1" });
  expect(staff.status, JSON.stringify(staff.body)).toBe(201);
  consultant = { id: staff.body.id, token: await login(h.api, tenant.slug, `an@${tenant.slug}.be`, "zitdag password 1") };
});
afterAll(async () => h?.close());

describe("issue 16, admin: a zitdag series with its repetition in words", () => {
  // Steps (page actions): 1 open Zitdagen, 2 click "Nieuwe zitdag-reeks", 3 choose the wijk, 4 type the place,
  // 5 choose "Elke twee weken", 6 type the first day, 7 type an end before the start, 8 choose the bemiddelaar,
  // 9 submit (refused at the field), 10 correct the end, 11 submit: 11 steps.
  it("the admin orders 'elke twee weken' on Monday morning; a wrong end hour is said at the field; the API stores the RRULE", async () => {
    const monday = (() => {
      let d = brussels().plus({ days: 1 });
      while (d.weekday !== 1) d = d.plus({ days: 1 });
      return d.toFormat("yyyy-MM-dd");
    })();
    const page = await signedIn(tenant.token);
    await page.goto(`${h.webUrl}/zitdagen`);
    expect(await page.textContent("main")).toContain("Er zijn nog geen zitdagen.");
    await seen(page, "zitdagen-leeg-360");
    await page.click("a:has-text('Nieuwe zitdag-reeks')");
    await page.waitForURL(`${h.webUrl}/zitdagen/reeksen/nieuw`);
    await seen(page, "zitdag-reeks-nieuw-360");
    await page.selectOption("#f-neighbourhoodId", geo.brugse);
    await page.fill("#f-location", "Buurthuis De Bloeiende Brugse Poort");
    await page.selectOption("#f-repeat", "every2weeks");
    await page.fill("#f-firstDate", monday);
    await page.fill("#f-endTime", "08:30");
    await page.selectOption("#f-consultantId", consultant.id);
    await page.click("button:has-text('Zitdag-reeks maken')");
    await expect.poll(() => page.locator("#f-endTime-error").isVisible()).toBe(true);
    expect(await page.textContent("#f-endTime-error")).toContain("Het einduur moet na het beginuur liggen.");
    expect(await page.inputValue("#f-location")).toBe("Buurthuis De Bloeiende Brugse Poort");
    await seen(page, "zitdag-reeks-fout-360");
    await page.fill("#f-endTime", "11:45");
    await page.click("button:has-text('Zitdag-reeks maken')");
    await page.waitForURL(`${h.webUrl}/zitdagen/reeksen`);
    expect(await page.textContent("[role=status]")).toContain("elke twee weken op maandagvoormiddag, van 09:00 tot 11:45");
    expect(await page.locator("li.card", { hasText: "Buurthuis De Bloeiende Brugse Poort" }).textContent()).toContain("elke twee weken op maandagvoormiddag");
    await seen(page, "zitdag-reeksen-360");
    await page.context().close();

    const list = await api("GET", "/v1/office-hours");
    expect(list.body.items).toHaveLength(1);
    const series = list.body.items[0];
    expect(series).toMatchObject({
      neighbourhoodId: geo.brugse,
      location: "Buurthuis De Bloeiende Brugse Poort",
      rrule: "FREQ=WEEKLY;INTERVAL=2",
      startTime: "09:00",
      endTime: "11:45",
      slotMinutes: 20,
      consultantId: consultant.id,
      consultantName: "An Bemiddelaar",
      firstDate: monday,
      until: null,
    });
    // Every other Monday: within four weeks, the first day and the one two weeks later.
    const to = DateTime.fromISO(monday).plus({ days: 27 }).toFormat("yyyy-MM-dd");
    const slots = await api("GET", `/v1/office-hours/${series.id}/slots?from=${monday}&to=${to}`);
    const days = [...new Set(slots.body.items.map((s: { startsAt: string }) => s.startsAt.slice(0, 10)))];
    expect(days).toEqual([monday, DateTime.fromISO(monday).plus({ weeks: 2 }).toFormat("yyyy-MM-dd")]);
    const [audit] = await h.api.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'office_hours' AND entity_id = ${series.id}`;
    expect(audit!.n).toBe(1);
  });
});

describe("issue 16, a consultant's own zitdag series", () => {
  // Steps (page actions): 1 open the new series form, 2 choose the wijk, 3 type the place, 4 submit: 4 steps.
  it("a consultant, who may not list the staff, holds the new series themself by default; 'elke week' is stored as FREQ=WEEKLY", async () => {
    const page = await signedIn(consultant.token);
    await page.goto(`${h.webUrl}/zitdagen/reeksen/nieuw`);
    expect(await page.inputValue("#f-consultantId")).toBe(consultant.id);
    await seen(page, "zitdag-reeks-nieuw-consulent-360");
    await page.selectOption("#f-neighbourhoodId", geo.ledeberg);
    await page.fill("#f-location", "Dienstencentrum Ledeberg");
    await page.click("button:has-text('Zitdag-reeks maken')");
    await page.waitForURL(`${h.webUrl}/zitdagen/reeksen`);
    expect(await page.locator("li.card", { hasText: "Dienstencentrum Ledeberg" }).textContent()).toMatch(/elke week op \w+voormiddag/);
    await seen(page, "zitdag-reeksen-consulent-360");
    await page.context().close();
    const list = await api("GET", `/v1/office-hours?neighbourhoodId=${geo.ledeberg}`, undefined, consultant.token);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        location: "Dienstencentrum Ledeberg",
        rrule: "FREQ=WEEKLY",
        consultantId: consultant.id,
        firstDate: brussels().toFormat("yyyy-MM-dd"),
      }),
    ]);
  });
});

describe("issue 16, the consultant's zitdag: book for someone, walk-ins, seen or not come", () => {
  // Steps (page actions): 1 open Zitdagen (lands on the first series' next zitdag), 2 choose this zitdag, 3 type tomorrow,
  // 4 show, 5 type the client's name in the search, 6 search, 7 choose the client, 8 click "Boeken" at 9.30, 9 type the
  // topic, 10 book (a colleague took 9.30: said at the slot), 11 choose 10.00, 12 book, 13 type a walk-in's name, 14 their
  // topic, 15 put them in the queue, 16 "Gezien" for the client, 17 "Niet gekomen" for the walk-in, 18 open "Afspraak
  // annuleren" for the colleague's booking, 19 confirm, 20 follow the client's name to their page: 20 steps.
  it("a client registered a minute ago is found and booked, a walk-in joins the queue; seen, not come and a cancellation are in the API's day", async () => {
    const tomorrow = brussels().plus({ days: 1 }).toFormat("yyyy-MM-dd");
    const created = await api("POST", "/v1/office-hours", {
      neighbourhoodId: geo.centrum,
      location: "Wijkpost Centrum",
      rrule: "FREQ=WEEKLY",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 30,
      consultantId: consultant.id,
      firstDate: tomorrow,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const officeHoursId = created.body.id as string;
    const client = await api("POST", "/v1/clients", {
      type: "private",
      name: "Yasmina El Amrani",
      contact: { firstName: "Yasmina", lastName: "El Amrani", phone: "0485 12 34 56" },
      address: { street: "Lange Violettestraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
    });
    expect(client.status, JSON.stringify(client.body)).toBe(201);
    const clientId = client.body.id as string;

    const page = await signedIn(consultant.token);
    const dayUrl = `${h.webUrl}/zitdagen/${officeHoursId}/${tomorrow}`;
    await page.goto(`${h.webUrl}/zitdagen`);
    // The first series (the Brugse Poort one of the test above) is shown; choose this one and tomorrow.
    await page.waitForURL(new RegExp(`/zitdagen/[0-9a-f-]{36}/\\d{4}-\\d{2}-\\d{2}$`));
    await seen(page, "zitdag-eerste-reeks-360");
    await page.selectOption("#f-id", officeHoursId);
    await page.fill("#f-date", tomorrow);
    await page.click("button:has-text('Tonen')");
    await page.waitForURL(dayUrl);
    expect(await page.textContent("h2")).toContain("Centrum, Wijkpost Centrum");
    await seen(page, "zitdag-dag-360");

    await page.fill("#zoek-persoon", "El Amrani");
    await page
      .locator("form", { has: page.locator("#zoek-persoon") })
      .locator("button:has-text('Zoeken')")
      .click();
    await page.waitForURL(`${dayUrl}?zoek=El+Amrani`);
    await seen(page, "zitdag-zoeken-360");
    await page.click("a:has-text('Kies Yasmina El Amrani')");
    await page.waitForURL(`${dayUrl}?clientId=${clientId}#boeken`);
    expect(await page.textContent("main")).toContain("Voor: Yasmina El Amrani");
    await page.locator("li.card", { hasText: "9.30–10.00" }).locator("a:has-text('Boeken')").click();
    await page.waitForURL(`${dayUrl}?tijd=9.30&clientId=${clientId}#boeken`);
    expect(await page.inputValue("#f-startsAt")).toBe(at(tomorrow, "09:30"));
    await seen(page, "zitdag-boeken-360");
    await page.fill("#f-topic", "Klus aanvragen: de haag snoeien");
    // Meanwhile a colleague books 09:30 by phone for someone else.
    const colleague = await api("POST", "/v1/appointments", { officeHoursId, startsAt: at(tomorrow, "09:30"), name: "Jef Claes", topic: "Cheques kopen" });
    expect(colleague.status).toBe(201);
    await page.click("form[action$='/boeken'] button:has-text('Boeken')");
    await expect.poll(() => page.locator("#f-startsAt-error").isVisible()).toBe(true);
    expect(await page.textContent("#f-startsAt-error")).toContain("Kies een ander uur");
    expect(await page.inputValue("#f-topic")).toBe("Klus aanvragen: de haag snoeien");
    await seen(page, "zitdag-slot-bezet-360");
    await page.selectOption("#f-startsAt", { label: "10.00–10.30" });
    await page.click("form[action$='/boeken'] button:has-text('Boeken')");
    await page.waitForURL(`${dayUrl}#slot-10.00`);
    expect(await page.textContent("[role=status]")).toContain("Geboekt om 10.00.");
    const booked = page.locator("li.card", { hasText: "10.00–10.30" });
    expect(await booked.textContent()).toContain("Gepland");
    await seen(page, "zitdag-geboekt-360");

    await page.fill("#f-walkIn-name", "Marc");
    await page.fill("#f-walkIn-topic", "Vraag over zijn uitbetaling");
    await page.click("button:has-text('In de wachtrij zetten')");
    await page.waitForURL(`${dayUrl}#wachtrij-1`);
    expect(await page.textContent("[role=status]")).toContain("Marc staat in de wachtrij als nummer 1.");
    await seen(page, "zitdag-wachtrij-360");

    await booked.locator("button:has-text('Gezien')").click();
    await page.waitForURL(dayUrl);
    expect(await page.textContent("[role=status]")).toContain("gezien");
    expect(await booked.textContent()).toContain("Gezien");
    expect(await booked.locator("button").count()).toBe(0);
    await page.locator("li.card", { hasText: "Nummer 1" }).locator("button:has-text('Niet gekomen')").click();
    await page.waitForURL(dayUrl);
    expect(await page.locator("li.card", { hasText: "Nummer 1" }).textContent()).toContain("Niet gekomen");
    await seen(page, "zitdag-gezien-360");
    const jef = page.locator("li.card", { hasText: "9.30–10.00" });
    await jef.locator("summary").click();
    await jef.locator("button:has-text('Ja, afspraak annuleren')").click();
    await page.waitForURL(dayUrl);
    expect(await page.textContent("[role=status]")).toContain("Het tijdslot is weer vrij.");
    expect(await page.locator("li.card", { hasText: "9.30–10.00" }).textContent()).toContain("vrij");
    await seen(page, "zitdag-geannuleerd-360");
    await booked.locator("a:has-text('Yasmina El Amrani')").click();
    await page.waitForURL(`${h.webUrl}/klanten/${clientId}`);
    await seen(page, "zitdag-naar-klant-360");
    await page.context().close();

    // The outcome, through the API's day: the client seen by name, the walk-in not come, 09:30 free again.
    const day = await api("GET", `/v1/office-hours/${officeHoursId}/day?date=${tomorrow}`, undefined, consultant.token);
    expect(day.status).toBe(200);
    const bySlot = new Map(day.body.slots.map((s: { startsAt: string; appointment?: unknown }) => [s.startsAt, s.appointment]));
    expect(bySlot.get(at(tomorrow, "10:00"))).toMatchObject({
      clientId,
      personName: "Yasmina El Amrani",
      topic: "Klus aanvragen: de haag snoeien",
      status: "done",
    });
    expect(bySlot.get(at(tomorrow, "09:30"))).toBeUndefined();
    expect(day.body.walkIns).toEqual([
      expect.objectContaining({ queueNumber: 1, name: "Marc", personName: "Marc", topic: "Vraag over zijn uitbetaling", status: "no_show" }),
    ]);
    const audit = await h.api.owner.sql<{ action: string; actor_id: string }[]>`
      SELECT action, actor_id::text FROM audit_log WHERE entity = 'appointment' AND tenant_id = ${tenant.tenantId} AND action IN ('seen', 'no_show', 'cancel', 'walk_in') ORDER BY at`;
    expect(audit.map((a) => a.action)).toEqual(["walk_in", "seen", "no_show", "cancel"]);
    expect(new Set(audit.map((a) => a.actor_id))).toEqual(new Set([consultant.id]));
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths } from "@wijkwerk/domain";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/**
 * Issue 19, continuity: a worker's agreement ends in 25 days. From the worklist the consultant picks
 * another successor than the suggested one for the worker's regular client, plans the inloopbeurt on
 * the worker's last visit there and moves the client's weekly series over. Checked through the API.
 */
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const year = Number(today.slice(0, 4));
const end = addCalendarDays(today, 25);
const long = { start: `${year - 1}-01-01`, end: `${year + 2}-12-31` };
const at = (d: string, hour: number) => `${d}T${String(hour).padStart(2, "0")}:00:00+01:00`;
const api = (method: "GET" | "POST", url: string, payload?: object, token = tenant.token) =>
  h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `overdracht-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
});
afterAll(async () => h?.close());

describe("issue 19: a handover planned from the worklist", () => {
  it("the consultant announces the suggestion, takes it back for another worker, plans the inloopbeurt and moves the series", async () => {
    const luc = await addWorker(h.api, geo, { agreement: { start: addCalendarMonths(today, -11), end }, firstName: "Luc" });
    await addWorker(h.api, geo, { agreement: long, firstName: "Nadia" });
    const ahmed = await addWorker(h.api, geo, { agreement: long, firstName: "Ahmed", neighbourhoodId: geo.brugse });
    const client = await addClient(h.api, geo, { agreement: long });
    await addWorkedTime(h.api, geo, luc, client, addCalendarDays(today, -70), 120);
    await addWorkedTime(h.api, geo, luc, client, addCalendarDays(today, -10), 120);
    // Luc's last visit before the end, and the weekly series after it.
    const lastDay = addCalendarDays(today, 6);
    const visit = (
      await api("POST", "/v1/jobs", {
        clientId: client,
        activityCode: "accompany.company",
        description: "Boodschappen",
        estimatedMinutes: 60,
        window: { from: at(lastDay, 9), to: at(lastDay, 12) },
      })
    ).json();
    const luca = (await api("POST", `/v1/jobs/${visit.id}/assignments`, { workerId: luc, startsAt: at(lastDay, 9), endsAt: at(lastDay, 10) })).json();
    expect((await api("POST", `/v1/assignments/${luca.id}/respond`, { response: "accept" }, tokenFor(h.api, tenant.tenantId, "worker", luc))).statusCode).toBe(
      200,
    );
    const first = addCalendarDays(end, 2);
    const series = (
      await api("POST", "/v1/jobs", {
        clientId: client,
        activityCode: "accompany.company",
        description: "Wekelijks boodschappen",
        estimatedMinutes: 60,
        window: { from: at(first, 9), to: at(first, 12) },
        recurrence: { rrule: "FREQ=WEEKLY;INTERVAL=1", until: addCalendarDays(first, 14) },
      })
    ).json();
    expect(series.occurrences).toHaveLength(2);

    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/te-doen`);
    const card = page.locator(`#overdracht-${luc}-${client}`);
    expect(await card.textContent()).toContain("Dringend: nog 25 dagen");
    expect(await card.textContent()).toContain("Voorstel: Nadia Janssens");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check(page, "overdracht-voorstel");
    // The consultant first accepts the suggestion, then takes it back: Ahmed fits better.
    await card.locator("button:has-text('Opvolger aankondigen')").click();
    await page.waitForURL(`${h.webUrl}/te-doen#overdrachten`);
    expect(await page.textContent("[role=status]")).toContain("Nadia Janssens is aangekondigd als opvolger");
    await card.locator("summary:has-text('Aankondiging intrekken')").click();
    await card.locator("textarea[name=reason]").fill("Nadia verhuist");
    await card.locator("button:has-text('Intrekken')").click();
    await page.waitForURL(`${h.webUrl}/te-doen#overdrachten`);
    expect(await page.textContent("[role=status]")).toContain("De aankondiging van Nadia Janssens is ingetrokken");
    await card.locator("select[name=successorId]").selectOption(ahmed);
    await card.locator("button:has-text('Opvolger aankondigen')").click();
    await page.waitForURL(`${h.webUrl}/te-doen#overdrachten`);
    expect(await page.textContent("[role=status]")).toContain("Ahmed Janssens is aangekondigd als opvolger");
    expect(await card.textContent()).toContain("Aangekondigd: Ahmed Janssens komt vanaf");
    await check(page, "overdracht-aangekondigd");
    await card.locator("button:has-text('Inloopbeurt plannen')").click();
    await page.waitForURL(`${h.webUrl}/te-doen#overdrachten`);
    expect(await page.textContent("[role=status]")).toContain("De inloopbeurt is gepland");
    await card.locator("button:has-text('Reeks overzetten naar Ahmed Janssens')").click();
    await page.waitForURL(`${h.webUrl}/te-doen#overdrachten`);
    expect(await page.textContent("[role=status]")).toContain("3 bezoeken zijn voorgesteld aan Ahmed Janssens");
    await check(page, "overdracht-overgezet");
    await ctx.close();

    // The outcome, through the API.
    const [handover] = (await api("GET", `/v1/handovers?clientId=${client}&status=moved`)).json().items;
    expect(handover).toMatchObject({ leavingWorkerId: luc, successorId: ahmed, status: "moved", movedCount: 3 });
    expect(handover.inloop.startsAt.slice(0, 16)).toBe(`${lastDay}T09:00`);
    const lastVisit = (await api("GET", `/v1/jobs/${visit.id}`)).json();
    expect(lastVisit.assignments.map((a: { workerId: string }) => a.workerId)).toEqual([luc, ahmed]);
    for (const id of [series.id, ...series.occurrences.map((o: { id: string }) => o.id)]) {
      const job = (await api("GET", `/v1/jobs/${id}`)).json();
      expect(job.assignments.map((a: { workerId: string; status: string }) => [a.workerId, a.status])).toEqual([[ahmed, "proposed"]]);
    }
    const [told] = await h.api.owner
      .sql`SELECT payload FROM outbox WHERE tenant_id = ${tenant.tenantId} AND topic = 'events/handover.announced' AND payload->>'successorId' = ${ahmed}`;
    expect(told?.payload).toMatchObject({ clientId: client, successorId: ahmed, leavingWorkerId: luc });
  });
});

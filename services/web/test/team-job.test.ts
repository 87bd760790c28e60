import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/**
 * Issue 19, collective deployment: the consultant takes a team job for a vzw in the web, proposes
 * two workers from the matches, sees the team fill (n of N); the vzw confirms the whole team's hours
 * with one button. Each outcome is checked through the API.
 */
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const yesterday = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date(Date.now() - 86_400_000));
const year = Number(today.slice(0, 4));
const agreement = { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` };
const api = (method: "GET" | "POST", url: string, payload?: object, token = tenant.token) =>
  h.api.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

async function as(role: "consultant" | "client", subjectId?: string, width = 360) {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, role, subjectId), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `team-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
});
afterAll(async () => h?.close());

describe("issue 19: a team job from the form to the confirmed hours", () => {
  it("the consultant takes a job for a team of two at a vzw, fills it from the matches; the vzw confirms all hours with one button", async () => {
    const clientId = await addClient(h.api, geo, { agreement });
    await h.api.owner
      .sql`UPDATE clients SET type = 'nonprofit', enterprise_number = '0412345678', name = 'vzw De Buurtpot' WHERE tenant_id = ${tenant.tenantId} AND id = ${clientId}`;
    const order = (await api("POST", "/v1/voucher-orders", { clientId, quantity: 10 })).json();
    const finance = tokenFor(h.api, tenant.tenantId, "finance");
    expect(
      (await api("POST", "/v1/payments", { paymentReference: order.paymentReference, amountCents: order.amountCents, paidOn: today }, finance)).statusCode,
    ).toBe(201);
    const amira = await addWorker(h.api, geo, { agreement, firstName: "Amira" });
    const bart = await addWorker(h.api, geo, { agreement, firstName: "Bart" });

    const ctx = await as("consultant");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/klussen/nieuw?clientId=${clientId}`);
    await page.selectOption("#f-activityCode", "accompany.company");
    await page.fill("#f-description", "Maaltijden uitdelen in het buurthuis");
    await page.fill("#f-estimatedMinutes", "60");
    await page.fill("#f-window-from", `${yesterday}T09:00`);
    await page.fill("#f-window-to", `${yesterday}T12:00`);
    await page.fill("#f-workersNeeded", "2");
    await page.fill("#f-supervisor-name", "Sofie Verhaegen");
    await page.fill("#f-supervisor-phone", "+32470123456");
    await page.fill("#f-tasks", "Tafels klaarzetten\nMaaltijden uitdelen");
    await check(page, "team-klus-formulier");
    await page.click("button:has-text('Klus opnemen')");
    await page.waitForURL(/\/klussen\/[0-9a-f-]{36}$/);
    const jobId = new URL(page.url()).pathname.split("/").pop()!;
    const facts = await page.textContent("dl.facts");
    expect(facts).toContain("0 van 2 wijk-werkers");
    expect(facts).toContain("Sofie Verhaegen");
    expect(facts).toContain("Maaltijden uitdelen");

    const assignmentIds: string[] = [];
    for (const name of ["Amira", "Bart"]) {
      await page
        .locator(".card", { hasText: `${name} Janssens` })
        .locator("button:has-text('Voorstellen aan')")
        .click();
      await page.waitForLoadState();
      // Warnings first (issue 16), then the proposal.
      if (await page.locator("button:has-text('Toch voorstellen')").count()) await page.click("button:has-text('Toch voorstellen')");
      await page.waitForURL(`${h.webUrl}/klussen/${jobId}`);
    }
    const detail = (await api("GET", `/v1/jobs/${jobId}`)).json();
    for (const a of detail.assignments) assignmentIds.push(a.id);
    expect(detail.assignments.map((a: { workerId: string }) => a.workerId).sort()).toEqual([amira, bart].sort());
    // Both accept (by their own link or app); the page then shows the team full.
    for (const [i, w] of [amira, bart].entries()) {
      const res = await api("POST", `/v1/assignments/${assignmentIds[i]}/respond`, { response: "accept" }, tokenFor(h.api, tenant.tenantId, "worker", w));
      expect(res.statusCode, res.body).toBe(200);
    }
    await page.goto(`${h.webUrl}/klussen/${jobId}`);
    expect(await page.textContent("dl.facts")).toContain("2 van 2 wijk-werkers");
    expect(await page.textContent("dl.facts")).toContain("Toegewezen");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check(page, "team-klus-vol");
    await ctx.close();
    const full = (await api("GET", `/v1/jobs/${jobId}`)).json();
    expect(full).toMatchObject({
      status: "assigned",
      workersNeeded: 2,
      supervisor: { name: "Sofie Verhaegen" },
      tasks: ["Tafels klaarzetten", "Maaltijden uitdelen"],
    });

    // Both enter their hour; the vzw confirms the whole team at once.
    for (const [i, w] of [amira, bart].entries()) {
      const e = await api(
        "POST",
        "/v1/time-entries",
        { assignmentId: assignmentIds[i], date: yesterday, minutes: 60, travelKm: 0 },
        tokenFor(h.api, tenant.tenantId, "worker", w),
      );
      expect(e.statusCode, e.body).toBe(201);
    }
    const client = await as("client", clientId);
    const home = await client.newPage();
    await home.goto(`${h.webUrl}/klant`);
    await check(home, "team-alles-bevestigen");
    await home.locator(`#team-${jobId}`).locator("button:has-text('Alles bevestigen')").click();
    await home.waitForURL(`${h.webUrl}/klant`);
    expect(await home.textContent("[role=status]")).toContain("De uren van het team zijn bevestigd (2 prestaties)");
    await client.close();
    const done = (await api("GET", `/v1/jobs/${jobId}`)).json();
    expect(done.status).toBe("done");
    expect(done.assignments.map((a: { status: string }) => a.status)).toEqual(["completed", "completed"]);
  });
});

import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inDays, staffMember, today } from "../../api/test/fixtures/coaching.ts";
import { addWorker, createGeo, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";

// Issue 19, "wijk-werken +": the consultant records a worker's trajectory in the browser, without JavaScript.
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let els: { id: string; token: string };

async function as(token: string, width = 360): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width });
  await ctx.addCookies([{ name: "ww_session", value: token, url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `traject-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  els = await staffMember(h.api, tenant, "Els Peeters");
});
afterAll(async () => h?.close());

describe("the Traject page (issue 19)", () => {
  it("a consultant takes a new worker, records intake, two goals, a conversation with an action, an evaluation and the exit 'job found'", async () => {
    const workerId = await addWorker(h.api, geo, { firstName: "Youssef", agreement: { start: inDays(-100), end: inDays(265) } });
    const ctx = await as(els.token);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/werkers/${workerId}`);
    await page.click("a:has-text('Traject (begeleiding)')");
    expect(await page.textContent("main")).toContain("nog geen bemiddelaar");
    await page.click("button:has-text('Ik word de bemiddelaar')");
    await page.waitForURL(`${h.webUrl}/werkers/${workerId}/traject#bemiddelaar`);
    expect(await page.textContent("main")).toContain("Els Peeters");

    await page.fill("#f-contactName", "Sofie De Smet");
    await page.fill("#f-contactEmail", "sofie.desmet@vdab.be");
    await page.fill("#f-contactPhone", "+3292345678");
    await page.fill("#f-startingSituation", "Drie jaar zonder werk. Wil graag buiten werken.");
    await page.fill("#f-language0", "ar");
    await page.selectOption("#f-level0", "native");
    await page.fill("#f-language1", "nl");
    await page.selectOption("#f-level1", "A2");
    await page.fill("#f-learningWishes", "Tuinonderhoud en beter Nederlands spreken.");
    await page.click("button:has-text('Intake bewaren')");
    await expect.poll(() => page.textContent("main")).toContain("De intake is bewaard.");

    for (const goal of ["Stiptheid (Houding)", "Tuinonderhoud (Vaardigheid)"]) {
      await page.selectOption("#f-goalTypeId", { label: goal });
      await page.click("button:has-text('Doel toevoegen')");
      await expect.poll(() => page.textContent("main")).toContain("Het doel is toegevoegd.");
    }

    await page.fill("#f-heldOn", today);
    await page.fill("#f-conversationNotes", "Komt soms te laat. Is gemotiveerd.");
    await page.fill("#f-action0", "Wekker zetten om 7 uur");
    await page.fill("#f-actionDue0", inDays(14));
    await page.click("button:has-text('Gesprek bewaren')");
    await expect.poll(() => page.textContent("main")).toContain("Het gesprek is bewaard.");
    expect(await page.textContent("main")).toContain("Wekker zetten om 7 uur");

    await page.selectOption("#f-moment", "months_3");
    await page.fill("#f-evaluationHeldOn", today);
    const goalIds = await page.locator("select[id^='f-outcome-']").evaluateAll((els) => els.map((e) => e.id));
    expect(goalIds).toHaveLength(2);
    await page.selectOption(`#${goalIds[0]}`, "progressing");
    await page.selectOption(`#${goalIds[1]}`, "reached");
    await page.fill("#f-evaluationNotes", "Goede vooruitgang na 3 maanden.");
    await page.click("button:has-text('Evaluatie bewaren')");
    await expect.poll(() => page.textContent("main")).toContain("De evaluatie is bewaard.");

    await page.selectOption("#f-reason", "job_found");
    await page.fill("#f-exitDate", today);
    await page.click("button:has-text('Einde bewaren')");
    await expect.poll(() => page.textContent("main")).toContain("Het einde van het traject is bewaard.");
    expect(await page.textContent("main")).toContain("Werk gevonden");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "traject-360");

    const api = await h.api.app.inject({ url: `/v1/workers/${workerId}/coaching`, headers: bearer(els.token) });
    const t = api.json();
    expect(t).toMatchObject({
      consultant: { id: els.id },
      intake: {
        referrerContact: { name: "Sofie De Smet", email: "sofie.desmet@vdab.be", phone: "+3292345678" },
        languages: [
          { language: "ar", level: "native" },
          { language: "nl", level: "A2" },
        ],
        learningWishes: "Tuinonderhoud en beter Nederlands spreken.",
      },
    });
    expect(t.goals.map((g: { name: string }) => g.name)).toEqual(["Stiptheid", "Tuinonderhoud"]);
    expect(t.conversations).toMatchObject([
      { heldOn: today, staff: { id: els.id }, actions: [{ description: "Wekker zetten om 7 uur", dueOn: inDays(14), done: false }] },
    ]);
    expect(t.evaluations).toMatchObject([{ moment: "months_3", heldOn: today, notes: "Goede vooruitgang na 3 maanden." }]);
    expect(t.evaluations[0].outcomes.map((o: { goalName: string; outcome: string }) => [o.goalName, o.outcome]).sort()).toEqual([
      ["Stiptheid", "progressing"],
      ["Tuinonderhoud", "reached"],
    ]);
    expect(t.exits).toMatchObject([{ reason: "job_found", exitDate: today, followUps: [] }]);
    await ctx.close();
  });

  it("another consultant sees why not, a wrong intake is refused at the form, and the admin edits the goal list", async () => {
    const workerId = await addWorker(h.api, geo, { agreement: { start: inDays(-10), end: inDays(300) } });
    await h.api.app.inject({ method: "PUT", url: `/v1/workers/${workerId}/consultant`, headers: bearer(els.token), payload: { consultantId: els.id } });
    const jan = await staffMember(h.api, tenant, "Jan Claes");
    const other = await (await as(jan.token)).newPage();
    const res = await other.goto(`${h.webUrl}/werkers/${workerId}/traject`);
    expect(res?.status()).toBe(403);
    expect(await other.textContent("main")).toContain("andere bemiddelaar");
    await other.click("button:has-text('Ik word de bemiddelaar')");
    await expect.poll(() => other.textContent("main")).toContain("al een andere bemiddelaar");

    // The worklist ("Te doen") names a worker whose evaluation after 3 months is due, linking to the Traject page.
    const due = await addWorker(h.api, geo, { firstName: "Amina", agreement: { start: inDays(-95), end: inDays(270) } });
    await h.api.app.inject({ method: "PUT", url: `/v1/workers/${due}/consultant`, headers: bearer(els.token), payload: { consultantId: els.id } });
    const page = await (await as(els.token)).newPage();
    await page.goto(`${h.webUrl}/te-doen`);
    expect(await page.textContent("#td-evaluaties")).toContain("Evaluaties te doen (1)");
    await page.click("section:has(#td-evaluaties) a:has-text('Amina Janssens')");
    await page.waitForURL(`${h.webUrl}/werkers/${due}/traject#evaluaties`);
    expect(await page.locator("#f-moment option").first().getAttribute("value")).toBe("months_3");
    await page.goto(`${h.webUrl}/werkers/${workerId}/traject`);
    await page.fill("#f-startingSituation", "Start");
    await page.fill("#f-learningWishes", "Leren");
    await page.fill("#f-language0", "nl");
    await page.click("button:has-text('Intake bewaren')");
    await expect.poll(() => page.textContent(".error-summary")).toContain("Niveau van taal 1");
    expect(await page.inputValue("#f-language0")).toBe("nl");
    expect(await page.inputValue("#f-startingSituation")).toBe("Start");

    const admin = await (await as(tenant.token, 1280)).newPage();
    await admin.goto(`${h.webUrl}/instellingen/traject`);
    await admin.fill("#f-name", "Samenwerken");
    await admin.selectOption("#f-kind", "attitude");
    await admin.click("button:has-text('Doel toevoegen')");
    await expect.poll(() => admin.textContent("main")).toContain("Het doel staat op de lijst.");
    await admin.fill("#f-evaluationMonths", "2, 5");
    await admin.click("button:has-text('Momenten bewaren')");
    await expect.poll(() => admin.textContent("main")).toContain("De evaluatiemomenten zijn bewaard.");
    await check(admin, "traject-instellingen");
    const settings = await h.api.app.inject({ url: "/v1/coaching/settings", headers: bearer(tenant.token) });
    expect(settings.json()).toEqual({ evaluationMonths: [2, 5], evaluationBeforeEndDays: 30 });
    const goals = await h.api.app.inject({ url: "/v1/coaching/goal-types", headers: bearer(tenant.token) });
    expect(goals.json().items.map((g: { name: string }) => g.name)).toContain("Samenwerken");
  });
});

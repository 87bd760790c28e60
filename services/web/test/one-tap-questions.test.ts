import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf, feedbackMonthOf, gsm7Length } from "@wijkwerk/domain";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { askClientFeedback } from "../../worker/src/processors/client-feedback.ts";
import { askExitFollowUps } from "../../worker/src/processors/exit-follow-up.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { startMessages, type Messages } from "./messages-harness.ts";

// Issue 19's one-tap questions as people live them at 360 px in Chromium, through the real worker
// pipeline and the SMS gateway stand-in, opened WITHOUT signing in: "client feedback" (the monthly
// question about last month's work; the consultant reads the answer) and "exit follow-up asked by
// SMS" (9 months after the exit the worker says whether they work now; coaching shows it).
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let messages: Messages;
const now = new Date();
const month = feedbackMonthOf(brusselsDateOf(now));

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, "feedback-gent");
  geo = await createGeo(h.api, tenant.tenantId);
  messages = await startMessages(h);
});
afterAll(async () => {
  await messages?.stop();
  await h?.close();
});

const feedbackOf = async (workerId: string) =>
  (
    await h.api.app.inject({
      method: "GET",
      url: `/v1/workers/${workerId}/client-feedback`,
      headers: { authorization: `Bearer ${tokenFor(h.api, tenant.tenantId, "consultant")}` },
    })
  ).json().items as { answer: string | null; comment: string | null; client: { id: string } }[];

describe("issue 19: the client answers last month's question in one tap, the consultant reads it", () => {
  it("nl and fr clients: SMS → /f/<code> → comment + one tap → stored; answered once; the consultant's page shows it", async () => {
    const workerId = await addWorker(h.api, geo, { firstName: "Samira" });
    const nlClient = await addClient(h.api, geo);
    const frClient = await addClient(h.api, geo);
    await h.api.owner.sql`UPDATE clients SET language = 'fr', phone = '+32470000077' WHERE id = ${frClient}`;
    await addWorkedTime(h.api, geo, workerId, nlClient, `${month}-05`, 120);
    await addWorkedTime(h.api, geo, workerId, frClient, `${month}-12`, 60);
    const before = { nl: messages.seen("+32470000001"), fr: messages.seen("+32470000077") };
    expect(await askClientFeedback(h.api.owner, messages.pipeline.deps.config, now)).toEqual({ asked: 2 });

    const pathOf = (sms: string) => new URL(/(https?:\/\/\S+\/f\/[A-Z0-9]{8})$/.exec(sms)![1]!).pathname;
    const nlSms = await messages.nextSms("+32470000001", /hoe was het werk van Samira/, before.nl, "the nl question");
    const frSms = await messages.nextSms("+32470000077", /le travail de Samira/, before.fr, "the fr question");
    for (const sms of [nlSms, frSms]) expect(gsm7Length(sms)).toBeLessThanOrEqual(160);

    // nl: the link opened in a browser that never signed in; a comment, then one tap on "Kan beter".
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}${pathOf(nlSms)}`);
    expect(await page.textContent("h1")).toMatch(/^Hoe was het werk van Samira in \S+ \d{4}\?$/);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.textContent("main")).not.toContain("Janssens");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "feedback-open-nl-360");
    await page.fill("#f-comment", "Vriendelijk, maar kwam te laat.");
    await page.click('button:has-text("Kan beter")');
    expect(await page.textContent("[role=status]")).toContain("Dank u wel");
    expect(await page.textContent("main")).toContain("Uw antwoord: Kan beter");
    await check(page, "feedback-answered-nl-360");
    // Only one answer: the buttons are gone (a second POST is 409 feedback_link.used, see the API test).
    expect(await page.locator('button[name="answer"]').count()).toBe(0);

    // fr: the page speaks the client's language; one tap on "Bien" without a comment.
    await page.goto(`${h.webUrl}${pathOf(frSms)}`);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.textContent("h1")).toMatch(/^Comment était le travail de Samira en \S+ \d{4} \?$/);
    await page.click('button:has-text("Bien")');
    expect(await page.textContent("[role=status]")).toContain("Merci");
    await check(page, "feedback-answered-fr-360");
    await ctx.close();

    const items = await feedbackOf(workerId);
    expect(items.find((i) => i.client.id === nlClient)).toMatchObject({ answer: "could_be_better", comment: "Vriendelijk, maar kwam te laat." });
    expect(items.find((i) => i.client.id === frClient)).toMatchObject({ answer: "good", comment: null });

    // The consultant's page, linked from the worker's page.
    const staff = await scanContext(h.browser);
    await staff.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "consultant"), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const sp = await staff.newPage();
    await sp.goto(`${h.webUrl}/werkers/${workerId}`);
    await sp.click('a:has-text("Feedback van klanten")');
    expect(await sp.textContent("h1")).toBe("Feedback van klanten over Samira Janssens");
    expect(await sp.locator('tr[data-feedback="could_be_better"]').textContent()).toContain("Vriendelijk, maar kwam te laat.");
    expect(await sp.locator('tr[data-feedback="good"]').count()).toBe(1);
    expect(await sp.textContent("main")).toContain("2 van de 2 vragen zijn beantwoord.");
    await check(sp, "feedback-consultant");
    await staff.close();

    // Next to the evaluations on the worker's trajectory (the admin may coach every worker).
    const admin = await scanContext(h.browser);
    await admin.addCookies([{ name: "ww_session", value: tenant.token, url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
    const ap = await admin.newPage();
    await ap.goto(`${h.webUrl}/werkers/${workerId}/traject`);
    const evaluations = (await ap.textContent("section[aria-labelledby=evaluaties]"))!;
    expect(evaluations).toContain("Wat klanten zeggen");
    expect(evaluations).toContain("Kan beter");
    expect(evaluations).toContain("Vriendelijk, maar kwam te laat.");
    await admin.close();
  });

  it("an unknown link says so, with a 404", async () => {
    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    const res = await page.goto(`${h.webUrl}/f/ZZZZZZZZ`);
    expect(res?.status()).toBe(404);
    expect(await page.textContent("main")).toContain("Deze link bestaat niet");
    await ctx.close();
  });
});

describe("issue 19: the exit follow-up SMS answered in one tap", () => {
  it('en worker: SMS 9 months after the exit → /v/<code> → "I have work" → a coaching follow-up with source sms', async () => {
    const workerId = await addWorker(h.api, geo, { firstName: "Youssef", agreement: { start: "2026-01-01", end: "2026-06-30" } });
    await h.api.owner.sql`UPDATE workers SET language = 'en', phone = '+32470000088' WHERE id = ${workerId}`;
    const exit = await h.api.app.inject({
      method: "POST",
      url: `/v1/workers/${workerId}/coaching/exits`,
      headers: { authorization: `Bearer ${tenant.token}` },
      payload: { reason: "agreement_ended", exitDate: "2026-06-30" },
    });
    expect(exit.statusCode, exit.body).toBe(201);
    expect(exit.json().followUpDueOn).toBe("2027-03-30");
    const before = messages.seen("+32470000088");
    expect(await askExitFollowUps(h.api.owner, messages.pipeline.deps.config, new Date("2027-03-30T09:00:00Z"))).toEqual({ asked: 1 });
    const sms = await messages.nextSms("+32470000088", /Do you work now/, before, "the follow-up SMS");
    expect(gsm7Length(sms)).toBeLessThanOrEqual(160);

    const ctx = await scanContext(h.browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}${new URL(/(https?:\/\/\S+\/v\/[A-Z0-9]{8})$/.exec(sms)![1]!).pathname}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("How are you doing now?");
    expect(await page.textContent("main")).toContain("Hello Youssef");
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "follow-up-open-en-360");
    await page.click('button:has-text("I have work")');
    expect(await page.textContent("[role=status]")).toContain("Thank you");
    expect(await page.textContent("main")).toContain("Your answer: I have work");
    await check(page, "follow-up-answered-en-360");
    await ctx.close();

    const trajectory = await h.api.app.inject({ method: "GET", url: `/v1/workers/${workerId}/coaching`, headers: { authorization: `Bearer ${tenant.token}` } });
    const followUps = trajectory.json().exits[0].followUps as { situation: string; source: string }[];
    expect(followUps).toMatchObject([{ situation: "in_work", source: "sms" }]);
  });
});

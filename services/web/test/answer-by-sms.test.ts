import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gsm7Length, mod97 } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer, createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { waitFor } from "../../worker/test/notify-harness.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { startMessages, type Messages } from "./messages-harness.ts";

// Issue 17 as a worker lives it, in nl, fr and en, at 360 px in Chromium: a freshly registered
// worker gets a proposal by SMS (through the real worker and the gateway stand-in), opens the short
// link WITHOUT signing in and taps "Ik doe het"; declines a second one with a reason and undoes it;
// accepts a third by replying JA / OUI / YES by SMS.
const INBOUND = "browser-inbound-secret-17";
process.env.SMS_INBOUND_TOKEN = INBOUND;
let h: Harness;
let tenant: TenantLogin;
let geo: Geo;
let clientId: string;
let messages: Messages;
let gateway: Messages["gateway"];
let dayOffset = 3;
let seq = 0;

const insz = () => {
  const first9 = `850730${String(++seq + 500).padStart(3, "0")}`;
  return first9 + String(97 - mod97(first9)).padStart(2, "0");
};
const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const WORDS = {
  nl: {
    title: "Een klus voor jou",
    accept: "Ik doe het",
    decline: "Ik kan niet",
    ill: "Ik ben ziek",
    send: "Verstuur: ik kan niet",
    undo: "Ongedaan maken",
    yes: "JA",
    reply: /^Bedankt! Je doet/,
  },
  fr: {
    title: "Un travail pour vous",
    accept: "Je le fais",
    decline: "Je ne peux pas",
    ill: "Je suis malade",
    send: "Envoyer : je ne peux pas",
    undo: "Annuler ma réponse",
    yes: "OUI",
    reply: /^Merci ! Vous faites/,
  },
  en: {
    title: "A job for you",
    accept: "I will do it",
    decline: "I cannot",
    ill: "I am ill",
    send: "Send: I cannot",
    undo: "Undo",
    yes: "YES",
    reply: /^Thank you! You will do/,
  },
} as const;

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `sms-${randomUUID().slice(0, 6)}`);
  geo = await createGeo(h.api, tenant.tenantId);
  const year = new Date().getUTCFullYear();
  clientId = await addClient(h.api, geo, { agreement: { start: `${year}-01-01`, end: `${year + 1}-12-31` } });
  messages = await startMessages(h);
  gateway = messages.gateway;
});
afterAll(async () => {
  await messages?.stop();
  await h?.close();
});

/** A worker registered by the consultant through the API, with an agreement from today. */
async function register(language: "nl" | "fr" | "en", phone: string): Promise<string> {
  const res = await h.api.app.inject({
    method: "POST",
    url: "/v1/workers",
    headers: bearer(tenant.token),
    payload: {
      firstName: `Werker-${language}`,
      lastName: "Test",
      nationalNumber: insz(),
      phone,
      language,
      address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse },
      iban: "BE68 5390 0754 7034",
      referrer: "vdab",
      availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: "08:00", to: "18:00" })),
      activityCodes: ["accompany.company"],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const agreement = await h.api.app.inject({
    method: "POST",
    url: `/v1/workers/${id}/agreements`,
    headers: bearer(tenant.token),
    payload: { startDate: ahead(0) },
  });
  expect(agreement.statusCode, agreement.body).toBe(201);
  return id;
}

/** The consultant proposes the worker on a new klus; returns the assignment and the SMS the gateway got. */
async function proposeAndCatchSms(workerId: string, phone: string): Promise<{ id: string; sms: string; path: string }> {
  const day = ahead(dayOffset++);
  const job = await h.api.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(tenant.token),
    payload: {
      clientId,
      activityCode: "accompany.company",
      description: "Samen boodschappen doen",
      estimatedMinutes: 120,
      window: { from: `${day}T09:00:00+01:00`, to: `${day}T12:00:00+01:00` },
    },
  });
  expect(job.statusCode, job.body).toBe(201);
  const res = await h.api.app.inject({
    method: "POST",
    url: `/v1/jobs/${job.json().id}/assignments`,
    headers: bearer(tenant.token),
    payload: { workerId, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T11:00:00+01:00` },
  });
  expect(res.statusCode, res.body).toBe(201);
  const before = new Set(gateway.accepted.filter((r) => r.to === phone).map((r) => r.text));
  const sms = await waitFor(
    async () => gateway.accepted.find((r) => r.to === phone && !before.has(r.text) && /\/j\/[A-Z0-9]{8}$/.test(r.text)),
    `proposal SMS to ${phone}`,
  );
  expect(gsm7Length(sms.text)).toBeLessThanOrEqual(160);
  const path = new URL(/(https?:\/\/\S+\/j\/[A-Z0-9]{8})$/.exec(sms.text)![1]!).pathname;
  return { id: res.json().id, sms: sms.text, path };
}

const statusOf = async (id: string) => (await h.api.owner.sql`SELECT status FROM assignments WHERE id = ${id}`)[0]?.status as string;

describe("issue 17: from the SMS to accepted, without signing in, at 360 px", () => {
  const phones = { nl: "0470 11 22 31", fr: "0470 11 22 32", en: "0470 11 22 33" } as const;
  for (const lang of ["nl", "fr", "en"] as const) {
    it(`${lang}: SMS → short link → "${WORDS[lang].accept}" (2 taps) → accepted; a decline with a reason, undone; "${WORDS[lang].yes}" by SMS accepts`, async () => {
      const w = WORDS[lang];
      const e164 = `+32${phones[lang].replace(/\s/g, "").slice(1)}`;
      const workerId = await register(lang, phones[lang]);

      // 1. The proposal SMS, its short link opened in a browser that never signed in.
      const first = await proposeAndCatchSms(workerId, e164);
      const ctx = await scanContext(h.browser, { width: 360 });
      const page = await ctx.newPage();
      let taps = 0;
      await page.goto(`${h.webUrl}${first.path}`); // tap 1: the link in the SMS
      taps++;
      expect(await page.textContent("h1")).toBe(w.title);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      const main = (await page.textContent("main"))!;
      expect(main).toContain("Maria"); // the client's first name only
      expect(main).not.toMatch(/Peeters/);
      expect(main).toContain("Kouter 1"); // street and number
      expect(main).toContain("Centrum"); // the wijk
      expect(await horizontalOverflow(page)).toBe(0);
      await check(page, `j-open-${lang}-360`);
      await page.click(`button:has-text("${w.accept}")`); // tap 2
      taps++;
      await expect.poll(() => statusOf(first.id)).toBe("accepted");
      expect(taps).toBe(2);
      expect(await page.textContent("main")).toContain(
        lang === "nl" ? "Je doet deze klus" : lang === "fr" ? "Vous faites ce travail" : "You are doing this job",
      );
      await check(page, `j-accepted-${lang}-360`);

      // 2. A second proposal declined with a reason, then undone within 10 minutes.
      const second = await proposeAndCatchSms(workerId, e164);
      await page.goto(`${h.webUrl}${second.path}`);
      await page.click(`button:has-text("${w.decline}")`);
      await page.waitForURL((url) => url.pathname === `${second.path}/nee`);
      await check(page, `j-reason-${lang}-360`);
      await page.check(`label:has-text("${w.ill}") input`);
      await page.fill("#f-reason", "Griep");
      await page.click(`button:has-text("${w.send}")`);
      await expect.poll(() => statusOf(second.id)).toBe("declined");
      const [reason] = await h.api.owner.sql`SELECT response_reason FROM assignments WHERE id = ${second.id}`;
      expect(reason?.response_reason).toBe("Ik ben ziek: Griep");
      await check(page, `j-declined-${lang}-360`);
      await page.click(`button:has-text("${w.undo}")`);
      await expect.poll(() => statusOf(second.id)).toBe("proposed");
      expect(await page.locator(`button:has-text("${w.accept}")`).count()).toBe(1);
      await check(page, `j-undone-${lang}-360`);
      // The language switch on the page wins over the worker's stored language.
      const other = lang === "en" ? "Nederlands" : "English";
      await page.click(`form.lang button:has-text("${other}")`);
      await page.waitForURL((url) => url.pathname === second.path && !url.search);
      expect(await page.textContent("h1")).toBe(lang === "en" ? WORDS.nl.title : WORDS.en.title);
      await ctx.close();

      // 3. Answering by SMS: the gateway posts the reply, the API accepts, the reply SMS goes out through the worker.
      const third = await proposeAndCatchSms(workerId, e164);
      const inbound = await h.api.app.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${INBOUND}` },
        payload: { from: e164, text: `${w.yes.toLowerCase()}!`, messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
      expect(inbound.json()).toMatchObject({ outcome: "accepted", reply: "accepted" });
      // The most recent open proposal is the third (the second is open again too): the reply says so.
      expect(await statusOf(third.id)).toBe("accepted");
      expect(await statusOf(second.id)).toBe("proposed");
      const reply = await waitFor(async () => gateway.accepted.find((r) => r.to === e164 && w.reply.test(r.text)), "the reply SMS");
      expect(gsm7Length(reply.text)).toBeLessThanOrEqual(160);
    });
  }
});

describe("issue 17: the signed-in worker page /werker at 360 px", () => {
  it("cards show what, where, for whom, how far; proposed and confirmed differ; decline with a reason and undo; hours in half hours with errors at the field", async () => {
    const phone = "0470 11 22 34";
    const e164 = "+32470112234";
    const workerId = await register("fr", phone);
    const accepted = await proposeAndCatchSms(workerId, e164);
    const open = await proposeAndCatchSms(workerId, e164);
    await h.api.app.inject({ method: "POST", url: `/v1/answer-links/${accepted.path.split("/j/")[1]}/respond`, payload: { response: "accept" } });
    const ctx = await scanContext(h.browser, { width: 360 });
    await ctx.addCookies([
      { name: "ww_session", value: tokenFor(h.api, tenant.tenantId, "worker", workerId), url: h.webUrl, httpOnly: true, sameSite: "Lax" },
      { name: "ww_lang", value: "fr", url: h.webUrl },
    ]);
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/werker`);
    const cards = page.locator("li.card");
    expect(await cards.count()).toBe(2);
    expect(await page.locator(".tag.tag-ok", { hasText: "Confirmé : vous faites ce travail" }).count()).toBe(1);
    expect(await page.locator(".tag", { hasText: "Proposition : pas encore confirmée" }).count()).toBe(1);
    const text = (await page.textContent("main"))!;
    for (const part of ["Maria", "Kouter 1", "quartier Centrum", "Aller-retour environ", "Voir le trajet sur la carte"]) expect(text).toContain(part);
    expect(await horizontalOverflow(page)).toBe(0);
    await check(page, "werker-kaarten-fr-360");

    await page.click('li.card button:has-text("Je ne peux pas")');
    await check(page, "werker-reden-fr-360");
    await page.check('label:has-text("C\'est trop loin") input');
    await page.click('button:has-text("Envoyer : je ne peux pas")');
    await page.waitForURL(`${h.webUrl}/werker`);
    await expect.poll(() => statusOf(open.id)).toBe("declined");
    expect((await h.api.owner.sql`SELECT response_reason FROM assignments WHERE id = ${open.id}`)[0]?.response_reason).toBe("Het is te ver");
    await check(page, "werker-geweigerd-fr-360");
    await page.click('button:has-text("Annuler ma réponse")');
    await page.waitForURL(`${h.webUrl}/werker`);
    await expect.poll(() => statusOf(open.id)).toBe("proposed");
    expect(await page.textContent("[role=status]")).toContain("La proposition est à nouveau ouverte");

    // Hours: a select of half hours, never minutes typed; a missing answer is said at the field, in French.
    await h.api.owner.sql`UPDATE assignments SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ${accepted.id}`;
    await page.goto(`${h.webUrl}/werker/uren`);
    const options = await page.locator("#f-minutes option").allTextContents();
    expect(options[0]).toBe("0h30");
    expect(options.at(-1)).toBe("2h30");
    expect(options).toHaveLength(5); // 0:30 … 2:00 planned + 0:30 tolerance
    await check(page, "werker-uren-fr-360");
    await page.fill("#f-date", "");
    await page.click('button:has-text("Envoyer")');
    expect(await page.textContent("#f-date-error")).toContain("Indiquez le jour");
    await check(page, "werker-uren-fout-fr-360");
    await ctx.close();
  });
});

import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gsm7Length, mod97 } from "@wijkwerk/domain";
import { formatAmount } from "@wijkwerk/notify";
import { createGeo, tokenFor, type Geo } from "../../api/test/fixtures/work.ts";
import { bearer } from "../../api/test/helpers.ts";
import { translate, type Lang } from "../src/i18n/index.ts";
import { check, horizontalOverflow, scanContext, startHarness, type Harness } from "./browser-harness.ts";
import { startMessages, type Messages } from "./messages-harness.ts";

/**
 * Issue 17 as a whole, in nl, fr and en, at 360 px in Chromium, with the messages really sent
 * (relay, notification workers, SMTP listener, SMS gateway stand-in): a client and a worker
 * registered a minute ago; the client signs in with the code from the SMS and orders a klus step by
 * step; the consultant proposes the worker, who accepts from the SMS link without signing in; a
 * second klus is accepted by replying "JA" by SMS; the days of the work come; the worker signs in
 * with a code and gives the hours in hours and half hours; the client confirms one entry and
 * disputes the other (which stays visible); the client orders vouchers and sees what to pay where.
 * Every outcome is checked through the API.
 */
const INBOUND = "whole-journey-inbound-secret";
process.env.SMS_INBOUND_TOKEN = INBOUND;
const SLUG = "heel";
let h: Harness;
let messages: Messages;
let tenantId: string;
let geo: Geo;
let priceCents: number;
let seq = 0;

const ymd = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const consultant = () => tokenFor(h.api, tenantId, "consultant");
const inject = (method: "GET" | "POST" | "PUT", url: string, token: string, payload?: Record<string, unknown>) =>
  h.api.app.inject({
    method,
    url,
    headers: { ...bearer(token), ...(method === "POST" ? { "idempotency-key": randomUUID() } : {}) },
    ...(payload ? { payload } : {}),
  });
const e164 = (national: string) => `+32${national.replace(/\s/g, "").slice(1)}`;
const insz = () => {
  const first9 = `900101${String(++seq + 700).padStart(3, "0")}`;
  return first9 + String(97 - mod97(first9)).padStart(2, "0");
};

beforeAll(async () => {
  h = await startHarness();
  const created = await h.api.app.inject({
    method: "POST",
    url: "/v1/platform/tenants",
    headers: bearer(h.api.config.PLATFORM_TOKEN),
    payload: { name: "Wijk-Werken Heel", slug: SLUG, adminEmail: "admin@heel.be", adminPassword: "correct horse battery", phone: "09 210 20 20" },
  });
  expect(created.statusCode, created.body).toBe(201);
  tenantId = created.json().id;
  geo = await createGeo(h.api, tenantId);
  const account = await inject("PUT", "/v1/organisation-account", tokenFor(h.api, tenantId, "admin"), {
    name: "Wijk-werken Heel",
    iban: "BE68 5390 0754 7034",
    bic: "GKCCBEBB",
  });
  expect(account.statusCode, account.body).toBe(200);
  priceCents = (await inject("GET", "/v1/settings", tokenFor(h.api, tenantId, "admin"))).json().voucherPriceCents.private;
  messages = await startMessages(h);
});
afterAll(async () => {
  await messages?.stop();
  await h?.close();
});

/** A household registered by the consultant, with an agreement whose fee is paid. */
async function registerClient(phone: string, lang: Lang): Promise<string> {
  const res = await inject("POST", "/v1/clients", consultant(), {
    type: "private",
    name: `Rosa Claes ${lang}`,
    language: lang,
    contact: { firstName: "Rosa", lastName: "Claes", phone },
    address: { street: "Kouter", number: "7", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const agreement = await inject("POST", `/v1/clients/${id}/agreements`, consultant(), { startDate: ymd(-3) });
  expect(agreement.statusCode, agreement.body).toBe(201);
  const paid = await inject("POST", "/v1/payments", tokenFor(h.api, tenantId, "finance"), {
    paymentReference: agreement.json().paymentReference,
    amountCents: agreement.json().feeCents,
    paidOn: ymd(0),
  });
  expect(paid.statusCode, paid.body).toBeLessThan(300);
  return id;
}

/** A worker registered at the zitdag, with an agreement and the tuinonderhoud skill. */
async function registerWorker(phone: string, lang: Lang): Promise<string> {
  const res = await inject("POST", "/v1/workers", consultant(), {
    firstName: `Samir-${lang}`,
    lastName: "Haddad",
    nationalNumber: insz(),
    phone,
    language: lang,
    address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse },
    iban: "BE68 5390 0754 7034",
    referrer: "vdab",
    availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: "08:00", to: "18:00" })),
    activityCodes: ["garden.hedges"],
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  expect((await inject("POST", `/v1/workers/${id}/agreements`, consultant(), { startDate: ymd(-3) })).statusCode).toBe(201);
  // Hedges need the tuinonderhoud training, which the worker followed last month.
  const skill = await inject("POST", `/v1/workers/${id}/skills`, consultant(), { skillId: geo.tuinonderhoudSkillId, obtainedOn: ymd(-30) });
  expect(skill.statusCode, skill.body).toBe(201);
  return id;
}

/** Signs in at the organisation's door with the code the SMS gateway received. */
async function signInWithCode(page: Page, phone: string, home: string): Promise<void> {
  const before = messages.seen(e164(phone));
  await page.goto(`${h.webUrl}/aanmelden/code?organisatie=${SLUG}`);
  await page.fill("#f-contact", phone);
  await page.click("form[action='/aanmelden/code'] button[type=submit]");
  const sms = await messages.nextSms(e164(phone), /\d{6}/, before, `the sign-in code for ${phone}`);
  await page.fill("#f-code", /(\d{6})/.exec(sms)![1]!);
  await page.click("form[action='/aanmelden/code/bevestigen'] button[type=submit]");
  await page.waitForURL(`${h.webUrl}${home}`);
}

/** The consultant proposes the worker; the short link of the SMS that follows. */
async function propose(
  jobId: string,
  workerId: string,
  phone: string,
  day: string,
  from: string,
  to: string,
): Promise<{ assignmentId: string; path: string; sms: string }> {
  const before = messages.seen(e164(phone));
  const res = await inject("POST", `/v1/jobs/${jobId}/assignments`, consultant(), {
    workerId,
    startsAt: `${day}T${from}:00+01:00`,
    endsAt: `${day}T${to}:00+01:00`,
  });
  expect(res.statusCode, res.body).toBe(201);
  const sms = await messages.nextSms(e164(phone), /\/j\/[A-Z0-9]{8}$/, before, "the proposal SMS");
  expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
  return { assignmentId: res.json().id, path: new URL(/(https?:\/\/\S+\/j\/[A-Z0-9]{8})$/.exec(sms)![1]!).pathname, sms };
}

const statusOf = async (id: string) => (await h.api.owner.sql`SELECT status FROM assignments WHERE id = ${id}`)[0]?.status as string;

const JOURNEYS: { lang: Lang; client: string; worker: string; yes: string }[] = [
  { lang: "nl", client: "0471 20 30 41", worker: "0472 20 30 41", yes: "Ja" },
  { lang: "fr", client: "0471 20 30 42", worker: "0472 20 30 42", yes: "oui." },
  { lang: "en", client: "0471 20 30 43", worker: "0472 20 30 43", yes: "YES" },
];

describe("issue 17: a client and a worker on their own phones, from the klus to the vouchers", () => {
  for (const { lang, client, worker, yes } of JOURNEYS) {
    it(`${lang}: order a klus, the worker accepts from the SMS link and by replying "${yes}", hours, confirm and dispute, vouchers`, async () => {
      const t = (k: string, v: Record<string, unknown> = {}) => translate(lang, k, v);
      const clientId = await registerClient(client, lang);
      const workerId = await registerWorker(worker, lang);
      const ctx = await scanContext(h.browser, { width: 360 });
      await ctx.addCookies([{ name: "ww_lang", value: lang, url: h.webUrl }]);
      const page = await ctx.newPage();
      const shot = async (p: Page, name: string) => {
        expect(await horizontalOverflow(p), name).toBe(0);
        await check(p, `heel-${lang}-${name}`);
      };

      // 1. The client signs in with the code from the SMS and orders a klus, one question per page.
      await signInWithCode(page, client, "/klant");
      await page.click(`a:has-text("${t("client.order")}")`);
      await page.check("input[value='garden.hedges']");
      await page.click(`button:has-text("${t("next")}")`);
      await page.fill("#f-description", `De haag achteraan (${lang})`);
      await page.click(`button:has-text("${t("next")}")`);
      const day = ymd(2);
      await page.fill("#f-date", day);
      await page.selectOption("#f-start", "10:00");
      await page.click(`button:has-text("${t("next")}")`);
      await page.selectOption("#f-minutes", "120");
      await page.click(`button:has-text("${t("next")}")`);
      expect(await page.textContent("h1")).toBe(t("klus.check.title"));
      await page.click(`button:has-text("${t("client.send")}")`);
      await page.waitForURL(/\/klant\?nieuw=/);
      const jobs = (await inject("GET", "/v1/jobs", tokenFor(h.api, tenantId, "client", clientId))).json().items;
      expect(jobs).toEqual([expect.objectContaining({ activityCode: "garden.hedges", estimatedMinutes: 120, status: "open" })]);
      const jobId = jobs[0].id as string;

      // 2. The consultant proposes the worker; the worker taps the link in the SMS and "Ik doe het": 2 taps, no sign-in.
      const first = await propose(jobId, workerId, worker, day, "10:00", "12:00");
      const phone = await ctx.browser()!.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
      const workerPage = await phone.newPage();
      await workerPage.goto(`${h.webUrl}${first.path}`);
      expect(await workerPage.getAttribute("html", "lang")).toBe(lang);
      expect(await workerPage.textContent("main")).toContain("Rosa");
      await shot(workerPage, "voorstel");
      await workerPage.click(`button:has-text("${t("proposal.accept")}")`);
      await expect.poll(() => statusOf(first.assignmentId)).toBe("accepted");

      // The client sees who comes: the worker's first name, confirmed.
      await page.goto(`${h.webUrl}/klant`);
      const visit = page.locator(".visit.is-confirmed");
      expect(await visit.count()).toBe(1);
      expect(await visit.textContent()).toContain(`Samir-${lang}`);
      await shot(page, "wie-komt");

      // 3. A second klus, accepted by replying to the SMS.
      const second = await inject("POST", "/v1/jobs", consultant(), {
        clientId,
        activityCode: "garden.hedges",
        description: `De haag vooraan (${lang})`,
        estimatedMinutes: 60,
        window: { from: `${ymd(3)}T14:00:00+01:00`, to: `${ymd(3)}T15:00:00+01:00` },
      });
      expect(second.statusCode, second.body).toBe(201);
      const other = await propose(second.json().id, workerId, worker, ymd(3), "14:00", "15:00");
      const before = messages.seen(e164(worker));
      const inbound = await h.api.app.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${INBOUND}` },
        payload: { from: e164(worker), text: yes, messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
      expect(inbound.statusCode, inbound.body).toBe(200);
      expect(await statusOf(other.assignmentId)).toBe("accepted");
      await messages.nextSms(e164(worker), /./, before, "the thank-you SMS");

      // 4. The days of the work come (the database's clock cannot be moved: the visits are moved to yesterday).
      const yesterday = ymd(-1);
      for (const [id, from, to] of [
        [first.assignmentId, "10:00", "12:00"],
        [other.assignmentId, "14:00", "15:00"],
      ] as const)
        await h.api.owner
          .sql`UPDATE assignments SET starts_at = ${`${yesterday}T${from}:00+01:00`}, ends_at = ${`${yesterday}T${to}:00+01:00`} WHERE id = ${id}`;

      // 5. The worker signs in with a code and gives the hours, in hours and half hours.
      await signInWithCode(workerPage, worker, "/werker");
      // Signed in with a code, the worker's pages are in the worker's own language.
      expect(await workerPage.getAttribute("html", "lang")).toBe(lang);
      for (const [assignmentId, minutes] of [
        [first.assignmentId, "120"],
        [other.assignmentId, "60"],
      ] as const) {
        await workerPage.goto(`${h.webUrl}/werker/uren`);
        await workerPage.selectOption("#f-assignmentId", assignmentId);
        await workerPage.fill("#f-date", yesterday);
        await workerPage.selectOption("#f-minutes", minutes);
        await workerPage.click(`button:has-text("${t("worker.send")}")`);
        await workerPage.waitForURL(`${h.webUrl}/werker/uren`);
        expect(await workerPage.textContent("[role=status]")).toBe(t("worker.sent"));
      }
      await shot(workerPage, "uren");
      await phone.close();

      // 6. The client confirms the first entry and disputes the second; the disputed one stays, with its state.
      const entries = (await inject("GET", "/v1/time-entries", tokenFor(h.api, tenantId, "client", clientId))).json().items as {
        id: string;
        assignmentId: string;
      }[];
      expect(entries).toHaveLength(2);
      const e1 = entries.find((e) => e.assignmentId === first.assignmentId)!.id;
      const e2 = entries.find((e) => e.assignmentId === other.assignmentId)!.id;
      await page.goto(`${h.webUrl}/klant`);
      expect(await page.textContent(`#prestatie-${e1}`)).toContain(`Samir-${lang}`);
      await shot(page, "uren-nakijken");
      await page.click(`#prestatie-${e1} button:has-text("${t("client.confirm")}")`);
      await page.waitForURL(`${h.webUrl}/klant`);
      await page.fill(`#reason-${e2}`, "Hij was er maar een half uur");
      await page.click(`#prestatie-${e2} button:has-text("${t("client.dispute")}")`);
      await page.waitForURL(`${h.webUrl}/klant`);
      expect(await page.textContent(`#prestatie-${e2}`)).toContain(t("client.entry.disputed"));
      await shot(page, "betwist");
      const statuses = Object.fromEntries(
        ((await inject("GET", "/v1/time-entries", tokenFor(h.api, tenantId, "client", clientId))).json().items as { id: string; status: string }[]).map((e) => [
          e.id,
          e.status,
        ]),
      );
      // Confirmed, but the household has no vouchers yet: the hours wait for them (RULES §4).
      expect(statuses).toEqual({ [e1]: "awaiting_vouchers", [e2]: "disputed" });

      // 7. Vouchers: the price, the total and where to pay, before and after ordering.
      await page.click(`a:has-text("${t("client.vouchers")}")`);
      await page.fill("#f-quantity", "6");
      await page.click(`button:has-text("${t("client.voucherNext")}")`);
      expect(await page.textContent("main")).toContain(formatAmount(6 * priceCents, lang));
      await page.click("form[action='/klant/cheques/bestellen'] button[type=submit]");
      await page.waitForURL(/\/klant\/cheques\/bestellingen\//);
      const pay = (await page.textContent("main")) ?? "";
      expect(pay).toContain("BE68 5390 0754 7034");
      expect(pay).toMatch(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
      await shot(page, "betalen");
      const orders = (await inject("GET", "/v1/voucher-orders", tokenFor(h.api, tenantId, "client", clientId))).json().items;
      expect(orders).toEqual([expect.objectContaining({ quantity: 6, amountCents: 6 * priceCents, status: "awaiting_payment" })]);
      // The bank transfer arrives: the vouchers pay the confirmed hours that waited for them.
      const paid = await inject("POST", "/v1/payments", tokenFor(h.api, tenantId, "finance"), {
        paymentReference: orders[0].paymentReference,
        amountCents: orders[0].amountCents,
        paidOn: ymd(0),
      });
      expect(paid.statusCode, paid.body).toBeLessThan(300);
      const statusOfEntry = async (id: string) =>
        ((await inject("GET", "/v1/time-entries", tokenFor(h.api, tenantId, "client", clientId))).json().items as { id: string; status: string }[]).find(
          (e) => e.id === id,
        )?.status;
      await expect.poll(() => statusOfEntry(e1)).toBe("confirmed");
      await ctx.close();
    });
  }
});

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gsm7Length, isGsm7 } from "@wijkwerk/domain";
import { ACTIVITY_NAMES, createRenderer, DEFAULT_TEMPLATES_DIR, EVENTS, LANGUAGES, SMS_EVENTS } from "../src/index.ts";
import type { EventName } from "../src/index.ts";
import { LONGEST, TYPICAL } from "./fixtures.ts";

const renderer = createRenderer();
const render = (event: EventName, language: string, data: unknown) => renderer.render(event, language, data as never);

describe("every event in every language", () => {
  for (const event of EVENTS) {
    for (const lang of LANGUAGES) {
      it(`${event} ${lang}`, () => {
        const out = render(event, lang, TYPICAL[event]);
        const email = out.email;
        expect(email).toBeDefined();
        if (!email) return;
        expect(email.subject.length).toBeGreaterThan(5);
        expect(email.subject).not.toMatch(/\n/);
        expect(email.html).toContain(`<html lang="${lang}">`);
        expect(email.html).toContain(TYPICAL[event].organisationName);
        expect(email.html).toContain("<footer");
        expect(email.text.startsWith(TYPICAL[event].organisationName)).toBe(true);
        for (const part of [email.subject, email.html, email.text, out.sms ?? ""]) {
          expect(part).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/);
        }
        expect(out.sms === undefined).toBe(!SMS_EVENTS.includes(event));
      });
    }
  }
});

describe("SMS fits one GSM-7 message", () => {
  for (const event of SMS_EVENTS) {
    for (const lang of LANGUAGES) {
      it(`${event} ${lang} with the longest values`, () => {
        for (const data of [LONGEST[event], TYPICAL[event]]) {
          const sms = render(event, lang, data).sms;
          expect(sms).toBeDefined();
          if (sms === undefined) return;
          expect(isGsm7(sms), sms).toBe(true);
          expect(gsm7Length(sms), sms).toBeLessThanOrEqual(160);
        }
      });
    }
  }

  it("keeps the link whole", () => {
    const sms = render("assignment.proposed", "fr", LONGEST["assignment.proposed"]).sms ?? "";
    expect(sms).toContain("https://wijk.werk/a/XXXXXXXXXXXX");
  });

  it("transliterates data that is not GSM-7", () => {
    const sms = render("assignment.proposed", "nl", {
      ...TYPICAL["assignment.proposed"],
      activity: "snoeiën – ‘haag’",
      address: { street: "Rue de l’Église 3", postalCode: "1640", municipality: "Rhode-Saint-Genèse" },
    }).sms;
    expect(sms).toBe("Klus snoeien - 'haag' di 3/3 9.00-12.00, Rue de l'Église 3, Rhode-Saint-Genèse. Ja/nee: https://wijk.werk/a/abc123DEF456");
  });
});

describe("rendering", () => {
  it("uses B1 Dutch with the date and time written out", () => {
    const email = render("assignment.proposed", "nl", TYPICAL["assignment.proposed"]).email;
    expect(email?.subject).toBe("Nieuwe klus voor jou: tuinonderhoud op dinsdag 3 maart");
    expect(email?.text).toContain("Wanneer: dinsdag 3 maart, van 9.00 tot 12.00 uur");
    expect(email?.html).toContain('href="https://wijk.werk/a/abc123DEF456"');
  });

  it("formats money and the structured reference", () => {
    const out = render("voucher_order.created", "nl", { ...LONGEST["voucher_order.created"], quantity: 10, amountCents: 7450 });
    expect(out.email?.text).toContain("Bedrag: € 74,50");
    expect(out.email?.text).toContain("Gestructureerde mededeling: +++090/9337/55493+++");
    expect(out.email?.text).toContain("BE68 5390 0754 7034");
    expect(out.sms).toContain("€ 74,50");
    const en = render("voucher_order.created", "en", { ...LONGEST["voucher_order.created"], quantity: 1, amountCents: 745 });
    expect(en.email?.subject).toContain("€7.45");
    expect(en.email?.text).toContain("1 wijk-werk voucher.");
  });

  it("writes an activity given by its code in the reader's language (issue 17)", () => {
    const data = { ...TYPICAL["assignment.proposed"], activity: "garden.mowing" };
    expect(render("assignment.proposed", "nl", data).email?.subject).toContain("Gras maaien");
    expect(render("assignment.proposed", "fr", data).email?.subject).toContain("Tondre la pelouse");
    expect(render("assignment.proposed", "en", data).sms).toContain("Mowing the lawn");
  });

  it("every activity's name in every language keeps the proposal SMS within one message", () => {
    for (const code of Object.keys(ACTIVITY_NAMES))
      for (const lang of LANGUAGES) {
        const sms = render("assignment.proposed", lang, { ...LONGEST["assignment.proposed"], activity: code }).sms ?? "";
        expect(isGsm7(sms) && gsm7Length(sms), `${code} ${lang}: ${sms}`).toBeLessThanOrEqual(160);
      }
  });

  it("falls back to Dutch for an unknown language", () => {
    const out = render("auth.code", "de", LONGEST["auth.code"]);
    expect(out.email?.html).toContain('<html lang="nl">');
    expect(out.email?.subject).toBe("Uw code om aan te melden: 987654");
  });

  it("escapes data in HTML", () => {
    const out = render("assignment.confirmed", "nl", {
      ...LONGEST["assignment.confirmed"],
      workerName: '<script>alert("x")</script>',
      organisationName: "A & B",
    });
    const html = out.email?.html ?? "";
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("A &amp; B");
    // Plain text and SMS are not HTML: no entities there.
    expect(out.email?.text).toContain('<script>alert("x")</script>');
    expect(out.email?.subject).toContain("<script>");
  });

  it("throws on a missing field instead of rendering a gap", () => {
    const { link: _link, ...withoutLink } = LONGEST["assignment.proposed"];
    expect(() => render("assignment.proposed", "nl", withoutLink)).toThrow(/link/);
    const { address: _address, ...withoutAddress } = LONGEST["assignment.proposed"];
    expect(() => render("assignment.proposed", "fr", withoutAddress)).toThrow();
  });

  it("throws on a wrong type for a helper", () => {
    expect(() => render("voucher_order.created", "nl", { ...LONGEST["voucher_order.created"], amountCents: "74,50" })).toThrow(/money/);
  });

  it("rejects an unknown event", () => {
    expect(() => renderer.render("nope" as EventName, "nl", LONGEST["auth.code"] as never)).toThrow(/unknown event/);
  });

  it("uses the footer for the audience", () => {
    expect(render("assignment.proposed", "nl", TYPICAL["assignment.proposed"]).email?.text).toContain(
      "Je krijgt dit bericht omdat je wijk-werker bent bij Wijk-werken Gent.",
    );
    expect(render("vouchers.low", "nl", LONGEST["vouchers.low"]).email?.text).toContain("Wilt u geen mails of sms'en meer? Bel +32 9 266 77 00");
    expect(render("vouchers.low", "fr", LONGEST["vouchers.low"]).email?.text).toContain("Vous ne voulez plus de mails ou de SMS ?");
  });
});

describe("templates folder", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("accepts a custom folder and fails early when a template is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "notify-templates-"));
    dirs.push(dir);
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    expect(() => createRenderer({ templatesDir: dir })).not.toThrow();
    rmSync(join(dir, "vouchers.low", "fr.sms.hbs"));
    expect(() => createRenderer({ templatesDir: dir })).toThrow(/missing template: .*vouchers\.low.*fr\.sms\.hbs/);
  });
});

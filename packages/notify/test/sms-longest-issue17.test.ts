import { describe, expect, it } from "vitest";
import { gsm7Length } from "@wijkwerk/domain";
import { createRenderer, LANGUAGES } from "../src/index.ts";

// Issue 17: the proposal SMS carries the short answer link and stays ONE SMS (160 GSM-7 septets)
// with the longest realistic names; so do the replies to a worker's SMS. The longest values:
// - activity: the longest name in the Flemish list (migrations, household.ex_pwa, 58 characters);
// - street: a long Flemish street name with a long house number and box;
// - municipality: the longest Flemish municipality names;
// - link: https://<PUBLIC_WEB_URL>/j/<8 characters> with a 24-character host (https://gent.wijkwerk.be).
const ACTIVITIES = [
  "Koken, wassen, grote schoonmaak (overgangsregeling ex-PWA)",
  "Kleine oppervlakken schilderen of behangen",
  "Gemachtigd opzichter (schooloversteek)",
  // As loaders pass them: by code, written in the worker's language (the longest French and English names).
  "household.ex_pwa",
  "accompany.care_home",
  "accompany.winter_shelter",
];
const STREETS = ["Burgemeester Van Gansberghelaan 1234 bus 12", "Kortrijksepoortstraat 215 bus 3", "Onze-Lieve-Vrouw-Waverstraat 101"];
const MUNICIPALITIES = ["Sint-Katelijne-Waver", "Sint-Martens-Latem", "Kapelle-op-den-Bos", "Sint-Lievens-Houtem", "Heist-op-den-Berg"];
const LINK = "https://gent.wijkwerk.be/j/WXYZ2345";
const base = { organisationName: "Wijk-werkorganisator Zuid-West-Vlaanderen", organisationPhone: "+32 9 266 77 00", recipientName: "Marie-Christine" };
// 30 December, 10:30-12:30 Brussels: two-digit day and month, minutes in both times.
const START = "2026-12-30T09:30:00Z";
const END = "2026-12-30T11:30:00Z";
const renderer = createRenderer();

describe("issue 17: the proposal SMS with the short link, longest realistic names", () => {
  let longest = { length: 0, text: "", lang: "" };
  for (const lang of LANGUAGES) {
    it(`${lang}: every combination fits one SMS and ends with the whole link`, () => {
      for (const activity of ACTIVITIES)
        for (const street of STREETS)
          for (const municipality of MUNICIPALITIES) {
            const sms = renderer.render("assignment.proposed", lang, {
              ...base,
              activity,
              clientName: "Marie-Christine Vandenabeele-Vanderstraeten",
              startsAt: START,
              endsAt: END,
              address: { street, postalCode: "2860", municipality },
              respondBy: "2026-12-28T17:00:00Z",
              link: LINK,
            }).sms!;
            expect(gsm7Length(sms) ?? 999, sms).toBeLessThanOrEqual(160);
            expect(sms.endsWith(LINK), sms).toBe(true);
            if ((gsm7Length(sms) ?? 999) > longest.length) longest = { length: gsm7Length(sms) ?? 999, text: sms, lang };
          }
    });
  }
  it("reports the longest", () => {
    console.log(`longest proposal SMS: ${longest.length} septets (${longest.lang}): ${longest.text}`);
    expect(longest.length).toBeGreaterThan(140);
  });
});

describe("issue 17: the reply to a worker's SMS, every kind, longest values", () => {
  const kinds = ["accepted", "declined", "taken", "help"] as const;
  for (const lang of LANGUAGES)
    for (const kind of kinds)
      it(`${lang} ${kind}: one SMS, names the klus and date (not for help), says when several were open`, () => {
        const sms = renderer.render("sms.reply", lang, {
          ...base,
          accepted: kind === "accepted",
          declined: kind === "declined",
          taken: kind === "taken",
          help: kind === "help",
          started: false,
          activity: ACTIVITIES[0]!,
          startsAt: START,
          several: true,
        }).sms!;
        expect(gsm7Length(sms) ?? 999, sms).toBeLessThanOrEqual(160);
        expect(sms).toContain(base.organisationPhone);
        if (kind !== "help") expect(sms).toContain("30/12");
        if (kind === "accepted" || kind === "declined") expect(sms).toMatch(/JA|NEE|OUI|NON|YES|NO/);
        if (kind === "help") expect(sms).toMatch(/STOP/);
      });
});

describe("issue 20: the confirmation of START, per language", () => {
  const says = { nl: /weer sms'en/, fr: /à nouveau nos SMS/, en: /our SMS again/ } as const;
  for (const lang of LANGUAGES)
    it(`${lang}: one short GSM-7 SMS (at most 160 septets) that SMS are on again, how to stop, and the phone number`, () => {
      const sms = renderer.render("sms.reply", lang, {
        ...base,
        accepted: false,
        declined: false,
        taken: false,
        help: false,
        started: true,
        activity: "",
        startsAt: START,
        several: false,
      }).sms!;
      expect(gsm7Length(sms), sms).not.toBeNull();
      expect(gsm7Length(sms)!, sms).toBeLessThanOrEqual(160);
      expect(sms).toMatch(says[lang as keyof typeof says]);
      expect(sms).toContain("STOP");
      expect(sms).toContain(base.organisationPhone);
    });
});

import { describe, expect, it } from "vitest";
import { gsm7Length } from "@wijkwerk/domain";
import { createRenderer, LANGUAGES } from "../src/index.ts";
import { LONGEST } from "./fixtures.ts";

// Issue 19: the client's monthly question and the worker's follow-up 9 months after exit, one SMS each.
const renderer = createRenderer();

describe("client_feedback.asked and exit_follow_up.asked (issue 19)", () => {
  it("nl: the client is asked about the worker's first name and the month with its year", () => {
    const out = renderer.render("client_feedback.asked", "nl", LONGEST["client_feedback.asked"]);
    expect(out.sms).toContain("september 2027");
    expect(out.sms).toContain("hoe was het werk van Marie-Christine");
    expect(out.email?.subject).toBe("Hoe was het werk van Marie-Christine Vandenabeele in september 2027?");
    expect(out.email?.text).toContain("goed, kan beter of niet goed");
  });

  for (const event of ["client_feedback.asked", "exit_follow_up.asked"] as const) {
    for (const lang of LANGUAGES) {
      it(`${event} ${lang}: the SMS fits 160 GSM-7 septets and ends with the whole link`, () => {
        const data = LONGEST[event];
        const sms = renderer.render(event, lang, data).sms!;
        expect(gsm7Length(sms) ?? 999, sms).toBeLessThanOrEqual(160);
        expect(sms.endsWith(data.link), sms).toBe(true);
      });
    }
  }
});

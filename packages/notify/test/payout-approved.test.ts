import { describe, expect, it } from "vitest";
import { gsm7Length } from "@wijkwerk/domain";
import { createRenderer, LANGUAGES } from "../src/index.ts";
import { LONGEST } from "./fixtures.ts";

// Issue 18: a worker is told their run was approved: the month, the amount as people read it, when it is paid.
const renderer = createRenderer();
const data = LONGEST["payout.approved"];

describe("payout.approved (issue 18)", () => {
  it("nl: the amount as € 1.234,56, the month with its year and the pay day, in one SMS", () => {
    const out = renderer.render("payout.approved", "nl", data);
    expect(out.sms).toContain("€ 1.234,56");
    expect(out.sms).toContain("september 2027");
    expect(out.sms).toContain("wo 13/10");
    expect(out.email?.text).toContain("woensdag 13 oktober 2027");
    expect(out.email?.html).toContain('<strong style="white-space:nowrap;">€ 1.234,56</strong>');
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: the SMS fits 160 GSM-7 septets and ends with the whole link`, () => {
      const sms = renderer.render("payout.approved", lang, data).sms!;
      expect(gsm7Length(sms) ?? 999, sms).toBeLessThanOrEqual(160);
      expect(sms.endsWith(data.link), sms).toBe(true);
    });
  }
});

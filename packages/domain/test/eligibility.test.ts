import { describe, expect, it } from "vitest";
import { eligibilityProblems, isFlemishPostalCode } from "../src/workers/index.ts";

// RULES §1 (S1, S8): domiciled in Flanders; referred by VDAB (job seeker) or OCMW (leefloon) (S4, S9).
describe("RULES §1: who can be a wijk-werker", () => {
  it.each([
    { code: "9000", flemish: true, where: "Gent" },
    { code: "1500", flemish: true, where: "Halle (Flemish Brabant)" },
    { code: "3999", flemish: true, where: "Limburg" },
    { code: "8400", flemish: true, where: "Oostende" },
    { code: "1000", flemish: false, where: "Brussels" },
    { code: "1299", flemish: false, where: "Brussels" },
    { code: "1300", flemish: false, where: "Walloon Brabant" },
    { code: "4000", flemish: false, where: "Liège" },
    { code: "7999", flemish: false, where: "Hainaut" },
  ])("postal code $code ($where) is in the Flemish Region: $flemish", ({ code, flemish }) => {
    expect(isFlemishPostalCode(code)).toBe(flemish);
  });
  it.each([
    { name: "Gent, VDAB", p: { postalCode: "9000", referrer: "vdab" }, paths: [] },
    { name: "Aalst, OCMW", p: { postalCode: "9300", referrer: "ocmw" }, paths: [] },
    { name: "Brussels", p: { postalCode: "1000", referrer: "vdab" }, paths: ["address.postalCode"] },
    { name: "Charleroi", p: { postalCode: "6000", referrer: "ocmw" }, paths: ["address.postalCode"] },
    { name: "referred by someone else", p: { postalCode: "9000", referrer: "mutualiteit" }, paths: ["referrer"] },
    { name: "a referral dated tomorrow", p: { postalCode: "9000", referrer: "vdab", referralDate: "2026-12-06" }, paths: ["referralDate"] },
  ])("$name: refused at $paths", ({ p, paths }) => {
    const problems = eligibilityProblems(p, "2026-12-05");
    expect(problems.map((x) => x.path)).toEqual(paths);
    for (const x of problems) expect(x.message.length).toBeGreaterThan(20);
  });
  it("the message names where the postal code lies", () => {
    expect(eligibilityProblems({ postalCode: "1000", referrer: "vdab" }, "2026-12-05")[0]?.message).toMatch(/Postcode 1000 ligt in Brussel/);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, applySettingsPatch, resolveSettings, validateSettingsPatch } from "../src/settings/index.ts";
import type { Settings, SettingsPatch } from "../src/settings/index.ts";

const current = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

describe("DEFAULT_SETTINGS", () => {
  it("API.md GET /v1/settings fields are all present", () => {
    for (const k of [
      "voucherPriceCents",
      "registrationFeeCents",
      "workerHourlyCents",
      "travelCentsPerKm",
      "monthlyCapMinutes",
      "yearlyCapMinutes",
      "agreementMaxMonths",
      "confirmWindowDays",
      "voucherValidityMonths",
    ]) {
      expect(DEFAULT_SETTINGS).toHaveProperty(k);
    }
    expect(Object.keys(DEFAULT_SETTINGS.voucherPriceCents).sort()).toEqual(["agriculture", "education", "localGovernment", "nonprofit", "private"]);
  });
  it.each([
    { path: "voucherPriceCents.private", value: 745, rule: "RULES §4 prices seen 7,45 (S2, S3, S48)" },
    { path: "voucherPriceCents.agriculture", value: 745, rule: "RULES §4 no price difference by user type (S7)" },
    { path: "registrationFeeCents", value: 750, rule: "RULES §3 annual fee 7,50 (S2, S3, S24)" },
    { path: "workerHourlyCents", value: 410, rule: "RULES §2 hourly pay 4,10 (S8)" },
    { path: "travelCentsPerKm", value: 17, rule: "RULES §2 travel 0,17/km from 2024 (S10)" },
    { path: "monthlyCapMinutes", value: 3600, rule: "RULES §1 hour caps 60 h/month (S6)" },
    { path: "yearlyCapMinutes", value: 37800, rule: "RULES §1 hour caps 630 h/year (S6)" },
    { path: "agreementMaxMonths", value: 12, rule: "RULES §1 duration 12 months (S4)" },
    { path: "confirmWindowDays", value: 4, rule: "RULES §5 user check 4 calendar days (S34)" },
    { path: "voucherValidityMonths", value: 12, rule: "RULES §4 validity 12 months (S11)" },
    { path: "proposalExpiryHours", value: 48, rule: "design choice" },
  ])("$rule: $path = $value", ({ path, value }) => {
    const got = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_SETTINGS);
    expect(got).toBe(value);
  });
  it("is frozen", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.voucherPriceCents)).toBe(true);
  });
});

describe("validateSettingsPatch", () => {
  const codes = (patch: SettingsPatch) => validateSettingsPatch(current(), patch).map((e) => `${e.path}:${e.code}`);
  it.each([
    { name: "empty patch", patch: {}, errors: [] },
    { name: "lower monthly cap is fine (RULES §1 S6)", patch: { monthlyCapMinutes: 3000 }, errors: [] },
    { name: "monthly cap above 60 h (RULES §1 S6)", patch: { monthlyCapMinutes: 3601 }, errors: ["monthlyCapMinutes:settings.cap_above_legal"] },
    { name: "yearly cap above 630 h (RULES §1 S6)", patch: { yearlyCapMinutes: 40000 }, errors: ["yearlyCapMinutes:settings.cap_above_legal"] },
    { name: "monthly cap above yearly cap (RULES §1)", patch: { yearlyCapMinutes: 3000 }, errors: ["monthlyCapMinutes:settings.cap_month_above_year"] },
    {
      name: "all prices to 6,45 (RULES §4 S7)",
      patch: { voucherPriceCents: { private: 645, localGovernment: 645, education: 645, nonprofit: 645, agriculture: 645 } },
      errors: [],
    },
    {
      name: "one type differs (RULES §4 S7)",
      patch: { voucherPriceCents: { private: 645 } },
      errors: ["voucherPriceCents:settings.voucher_price_not_uniform"],
    },
    {
      name: "price off the ladder (RULES §4 S7)",
      patch: { voucherPriceCents: { private: 700, localGovernment: 700, education: 700, nonprofit: 700, agriculture: 700 } },
      errors: [
        "voucherPriceCents.private:settings.voucher_price_not_allowed",
        "voucherPriceCents.localGovernment:settings.voucher_price_not_allowed",
        "voucherPriceCents.education:settings.voucher_price_not_allowed",
        "voucherPriceCents.nonprofit:settings.voucher_price_not_allowed",
        "voucherPriceCents.agriculture:settings.voucher_price_not_allowed",
      ],
    },
    { name: "unknown client type", patch: { voucherPriceCents: { company: 745 } as never }, errors: ["voucherPriceCents.company:settings.unknown_field"] },
    {
      name: "agreementMaxMonths 13 (RULES §1 S4)",
      patch: { agreementMaxMonths: 13 },
      errors: ["agreementMaxMonths:settings.agreement_max_months_out_of_range"],
    },
    { name: "agreementMaxMonths 6 (RULES §1 S19)", patch: { agreementMaxMonths: 6 }, errors: [] },
    { name: "agreementMaxMonths 0", patch: { agreementMaxMonths: 0 }, errors: ["agreementMaxMonths:settings.not_positive_integer"] },
    { name: "fractional confirm window", patch: { confirmWindowDays: 4.5 }, errors: ["confirmWindowDays:settings.not_positive_integer"] },
    { name: "string fee", patch: { registrationFeeCents: "750" as never }, errors: ["registrationFeeCents:settings.not_positive_integer"] },
    { name: "the hourly pay is fixed by law (RULES §2 S8)", patch: { workerHourlyCents: 500 }, errors: ["workerHourlyCents:settings.fixed_by_law"] },
    { name: "the travel rate is fixed by law (RULES §2 S10)", patch: { travelCentsPerKm: 20 }, errors: ["travelCentsPerKm:settings.fixed_by_law"] },
    { name: "unknown field", patch: { foo: 1 } as never, errors: ["foo:settings.unknown_field"] },
    { name: "weight out of range", patch: { matchWeights: { fairness: 101 } }, errors: ["matchWeights.fairness:settings.weight_out_of_range"] },
    { name: "weight 0 is fine", patch: { matchWeights: { fairness: 0 } }, errors: [] },
  ])("PATCH /v1/settings: $name", ({ patch, errors }) => {
    expect(codes(patch as SettingsPatch)).toEqual(errors);
  });
  it("DESIGN principle 7: malformed bodies get an error, not a crash", () => {
    expect(codes(null as never)).toEqual([":settings.not_an_object"]);
    expect(codes({ voucherPriceCents: null } as never)).toEqual(["voucherPriceCents:settings.not_an_object"]);
    expect(codes({ matchWeights: [1] } as never)).toEqual(["matchWeights:settings.not_an_object"]);
  });
  it("messages are Dutch and non-empty", () => {
    const e = validateSettingsPatch(current(), { monthlyCapMinutes: 4000 });
    expect(e[0]?.message).toMatch(/60 uur per maand/);
  });
  it("applySettingsPatch merges nested objects", () => {
    const s = applySettingsPatch(current(), { voucherPriceCents: { private: 645 }, matchWeights: { fairness: 20 }, confirmWindowDays: 5 });
    expect(s.voucherPriceCents).toEqual({ private: 645, localGovernment: 745, education: 745, nonprofit: 745, agriculture: 745 });
    expect(s.matchWeights.fairness).toBe(20);
    expect(s.matchWeights.continuity).toBe(30);
    expect(s.confirmWindowDays).toBe(5);
  });
});

describe("RULES §2: pay and travel are fixed by law, not by the tenant", () => {
  it.each([
    { onDate: "2023-06-01", travel: 15, rule: "0,15/km before 2024 (S8, S9)" },
    { onDate: "2024-06-01", travel: 17, rule: "0,17/km from 2024 (S10)" },
    { onDate: "2026-06-01", travel: 17.69, rule: "+2 % a year from 2025 (S10)" },
  ])("on $onDate the settings show 4,10 per hour and $travel cents per km ($rule), whatever was stored", ({ onDate, travel }) => {
    const s = resolveSettings({ workerHourlyCents: 500, travelCentsPerKm: 99, confirmWindowDays: 5 }, onDate);
    expect(s.workerHourlyCents).toBe(410);
    expect(s.travelCentsPerKm).toBe(travel);
    expect(s.confirmWindowDays).toBe(5);
  });
});

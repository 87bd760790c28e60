import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf, travelRatePer100Km } from "@wijkwerk/domain";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 14: the rules of the scheme a tenant setting may not override (RULES §2 pay, §4 price).
let t: TestApp;
let gent: TenantLogin;
beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
});
afterAll(async () => t?.close());

const patch = (payload: object) => t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload });

describe("RULES §2: the worker's pay and the travel rate are fixed by law", () => {
  it("GET /v1/settings shows 4,10 per hour and the travel rate in force today", async () => {
    const res = await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) });
    expect(res.json()).toMatchObject({ workerHourlyCents: 410, travelCentsPerKm: travelRatePer100Km(brusselsDateOf(new Date())) / 100 });
  });

  it.each([
    { field: "workerHourlyCents", value: 500, says: /4,10 euro per uur/ },
    { field: "travelCentsPerKm", value: 20, says: /verplaatsingsvergoeding ligt vast/ },
  ])("PATCH with $field is 422 settings.invalid with a Dutch message at the field; nothing changes", async ({ field, value, says }) => {
    const res = await patch({ [field]: value, confirmWindowDays: 5 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("settings.invalid");
    expect(res.json().errors).toEqual([{ path: field, message: expect.stringMatching(says) }]);
    const now = (await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) })).json();
    expect(now).toMatchObject({ workerHourlyCents: 410, confirmWindowDays: 4 });
  });
});

describe("RULES §4 (S7): one voucher price, on the ladder, for every client type and activity", () => {
  it.each([
    {
      name: "two types at different prices",
      prices: { private: 645, localGovernment: 745, education: 745, nonprofit: 745, agriculture: 745 },
      says: /geen prijsverschil per soort gebruiker of activiteit/,
    },
    {
      name: "a price off the ladder",
      prices: { private: 700, localGovernment: 700, education: 700, nonprofit: 700, agriculture: 700 },
      says: /5,95, 6,45, 6,95 of 7,45/,
    },
  ])("$name is 422 with a message citing the rule", async ({ prices, says }) => {
    const res = await patch({ voucherPriceCents: prices });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(" "),
    ).toMatch(says);
  });

  it("the defaults follow the rule: 7,45 for every client type", async () => {
    const res = await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) });
    expect(new Set(Object.values(res.json().voucherPriceCents as Record<string, number>))).toEqual(new Set([745]));
  });
});

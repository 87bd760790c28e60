import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryption } from "@wijkwerk/db";
import { mod97 } from "@wijkwerk/domain";
import { createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 14, RULES §1 (S1, S8, S4, S9): domiciled in Flanders, referred by VDAB or the OCMW. */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
let n = 100;
const insz = () => {
  const nine = `850730${String(n++).padStart(3, "0")}`;
  return nine + String(97 - mod97(nine)).padStart(2, "0");
};

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
});
afterAll(async () => t?.close());

const body = (over: Record<string, unknown> = {}, postalCode = "9000") => ({
  firstName: "Amina",
  lastName: `Bakkali ${randomUUID().slice(0, 4)}`,
  nationalNumber: insz(),
  phone: "0471 23 45 67",
  language: "nl",
  address: { street: "Kerkstraat", number: "1", postalCode, municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
  iban: "BE68539007547034",
  referrer: "vdab",
  availability: [{ weekday: 1, from: "09:00", to: "12:00" }],
  ...over,
});
const register = (payload: object) => t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(consultant), payload });

describe("RULES §1: who can be registered as a wijk-werker", () => {
  it.each([
    { postalCode: "1000", where: "Brussel" },
    { postalCode: "1348", where: "Wallonië" },
    { postalCode: "6000", where: "Wallonië" },
  ])(
    "someone living at postal code $postalCode is refused: 422 worker.not_eligible with a Dutch message at the field; nothing is stored",
    async ({ postalCode, where }) => {
      const payload = body({}, postalCode);
      const res = await register(payload);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("worker.not_eligible");
      expect(res.json().errors).toEqual([{ path: "address.postalCode", message: expect.stringContaining(`ligt in ${where}`) }]);
      // Issue 20: stored encrypted; found by its lookup hash.
      expect(await t.owner.sql`SELECT 1 FROM workers WHERE national_number_hmac = ${encryption.nationalNumberHash(payload.nationalNumber)}`).toHaveLength(0);
    },
  );

  it("the referral's date and reference are stored and shown; a date in the future is refused", async () => {
    const ok = await register(body({ referrer: "ocmw", referralDate: "2026-11-20", referralReference: "OCMW-GENT-2026-0412" }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ referrer: "ocmw", referralDate: "2026-11-20", referralReference: "OCMW-GENT-2026-0412" });
    const future = await register(body({ referralDate: "2999-01-01" }));
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe("referralDate");
  });

  it("a referrer other than VDAB or the OCMW is refused by the contract", async () => {
    const res = await register(body({ referrer: "mutualiteit" }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("referrer");
  });

  it("moving out of Flanders (PATCH to a Brussels address) is refused the same way", async () => {
    const created = await register(body());
    const res = await t.app.inject({
      method: "PATCH",
      url: `/v1/workers/${created.json().id}`,
      headers: bearer(consultant),
      payload: { address: { postalCode: "1050" } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("worker.not_eligible");
  });
});

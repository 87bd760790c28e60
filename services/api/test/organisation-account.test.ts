import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEntries, payoutWorld, staffToken } from "./fixtures/payouts.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// The tenant's own bank account, the debtor of its SEPA payout files (issue 7).
let t: TestApp;
let gent: TenantLogin;
let finance: string;
let consultant: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  finance = await staffToken(t, gent, "finance");
  consultant = await staffToken(t, gent, "consultant");
});
afterAll(async () => t?.close());

const put = (token: string, payload: unknown) =>
  t.app.inject({ method: "PUT", url: "/v1/organisation-account", headers: bearer(token), payload: payload as object });
const get = (token: string, url = "/v1/organisation-account") => t.app.inject({ method: "GET", url, headers: bearer(token) });

describe("organisation account", () => {
  it("is not set at first: 404 with a Dutch explanation", async () => {
    const res = await get(finance);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "resource.not_found", detail: expect.stringContaining("bankrekening") });
  });

  it("finance sets it; the IBAN and BIC are stored in electronic format and the change is audited", async () => {
    const res = await put(finance, { name: "  Wijk-werken   Gent EVA ", iban: "be68 5390 0754 7034", bic: "gkcc be bb" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: "Wijk-werken Gent EVA", iban: "BE68539007547034", bic: "GKCCBEBB" });
    expect((await get(finance)).json()).toMatchObject({ name: "Wijk-werken Gent EVA", iban: "BE68539007547034", bic: "GKCCBEBB" });
    // The admin may change it too; without a BIC is fine.
    const again = await put(gent.token, { name: "Wijk-werken Gent", iban: "BE71 0961 2345 6769" });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ iban: "BE71096123456769", bic: null });
    const audit = await t.owner
      .sql`SELECT action, before, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'organisation_account' ORDER BY at`;
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    // Audit rows hold every IBAN masked (issue 13 item 15), the organisation's own account too:
    // the change stays recognisable by the last four digits.
    expect(audit[1]!.before).toMatchObject({ iban: "BE68 **** **** 7034" });
    expect(audit[1]!.after).toMatchObject({ iban: "BE71 **** **** 6769" });
  });

  it("refuses a wrong IBAN, BIC or an empty name with 422 validation.failed and Dutch field messages; nothing is stored", async () => {
    const cases: [object, string][] = [
      [{ name: "Gent", iban: "BE68 5390 0754 7035" }, "iban"],
      [{ name: "Gent", iban: "BE00539007547034" }, "iban"],
      [{ name: "Gent", iban: "rekening" }, "iban"],
      [{ name: "Gent", iban: "BE68539007547034", bic: "GKCC" }, "bic"],
      [{ name: "   ", iban: "BE68539007547034" }, "name"],
    ];
    for (const [payload, path] of cases) {
      const res = await put(finance, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().code).toBe("validation.failed");
      expect(res.json().errors).toEqual([{ path, message: expect.stringMatching(/[a-z]/) }]);
    }
    const wrong = await put(finance, { name: "Gent", iban: "BE68 5390 0754 7035" });
    expect(wrong.json().errors[0].message).toMatch(/rekeningnummer/);
    for (const payload of [{}, { name: "Gent" }, { name: "Gent", iban: 12 }, { name: "Gent", iban: "BE68539007547034", extra: 1 }]) {
      expect((await put(finance, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await get(finance)).json().iban).toBe("BE71096123456769");
  });

  it("only finance and admin may read or change it (403 for a consultant), and 401 without a token", async () => {
    for (const res of [await get(consultant), await put(consultant, { name: "X", iban: "BE68539007547034" })]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("auth.forbidden");
    }
    expect((await t.app.inject({ method: "GET", url: "/v1/organisation-account" })).statusCode).toBe(401);
  });

  it("is per tenant: another tenant sees its own (none) and changing it leaves Gent's alone", async () => {
    const aalst = await createTenant(t, "aalst");
    expect((await get(aalst.token)).statusCode).toBe(404);
    expect((await put(aalst.token, { name: "Wijk-werken Aalst", iban: "BE68539007547034" })).statusCode).toBe(200);
    expect((await get(aalst.token)).json().name).toBe("Wijk-werken Aalst");
    expect((await get(finance)).json()).toMatchObject({ name: "Wijk-werken Gent", iban: "BE71096123456769" });
  });

  it("is the debtor of the SEPA file of the next run", async () => {
    const w = await payoutWorld(t.owner, gent.tenantId, 1);
    await addEntries(t.owner, w, [{ workerId: w.workers[0]!.id, date: "2025-03-03", minutes: 60 }]);
    const run = (await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(finance), payload: { month: "2025-03" } })).json();
    expect((await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(finance) })).statusCode).toBe(200);
    const xml = (await get(finance, `/v1/payout-runs/${run.id}/sepa.xml`)).body;
    expect(xml).toContain("<Dbtr><Nm>Wijk-werken Gent</Nm></Dbtr><DbtrAcct><Id><IBAN>BE71096123456769</IBAN>");
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    expect(Object.keys(doc.paths["/v1/organisation-account"]).sort()).toEqual(["get", "put"]);
  });
});

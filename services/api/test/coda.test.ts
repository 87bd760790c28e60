import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodaStatement } from "@wijkwerk/domain";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { createWorkFixture, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let f: WorkFixture;
let finance: string;
let samples: TenantLogin;

/** The organisation's account, as finance enters it (statements of any other account are refused). */
async function setAccount(app: TestApp, tenantId: string, iban: string) {
  const res = await app.app.inject({
    method: "PUT",
    url: "/v1/organisation-account",
    headers: bearer(tokenFor(app, tenantId, "finance")),
    payload: { name: "Wijk-werken", iban },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const sampleDir = new URL("../../../../shared/standards/coda/", import.meta.url);

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  f = await createWorkFixture(t, gent);
  finance = tokenFor(t, gent.tenantId, "finance");
  await setAccount(t, gent.tenantId, "BE68 5390 0754 7034");
  await setAccount(t, aalst.tenantId, "BE68 5390 0754 7034");
  // The samples' accounts are synthetic (their Belgian check digits fail), so the API would refuse them as the
  // organisation's account: a tenant whose account they are is written as owner.
  samples = await createTenant(t, "samples");
  await t.owner.sql`INSERT INTO organisation_accounts (tenant_id, name, iban) VALUES (${samples.tenantId}, 'Samples', 'BE12138536152215')`;
});
afterAll(async () => t?.close());

const upload = (body: string, token = finance, type = "text/plain") =>
  t.app.inject({ method: "POST", url: "/v1/payments/coda", headers: { ...bearer(token), "content-type": type }, payload: body });

async function order(quantity: number) {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: bearer(tokenFor(t, gent.tenantId, "consultant")),
    payload: { clientId: f.clientId, quantity },
  });
  return res.json() as { id: string; amountCents: number; paymentReference: string };
}

describe("POST /v1/payments/coda", () => {
  it("the php-coda-parser sample: its structured references fail mod-97, so every credit is unmatched", async () => {
    const text = await readFile(new URL("php-coda-parser_sample1.cod", sampleDir), "latin1");
    const refused = await upload(text);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "statement.other_account", account: "BE12 **** **** 2215" });
    finance = tokenFor(t, samples.tenantId, "finance");
    const res = await upload(text);
    expect(res.statusCode).toBe(200);
    expect(res.json().matched).toHaveLength(0);
    expect(res.json().unmatched.map((u: { amountCents: number }) => u.amountCents)).toEqual([500, 2500, 2000, 3000]);
    expect(res.json().unmatched.every((u: { reason: string }) => u.reason === "reference_unknown")).toBe(true);
    const list = await t.app.inject({ url: "/v1/payments?status=unmatched", headers: bearer(finance) });
    expect(list.json().items.filter((p: { source: string }) => p.source === "coda")).toHaveLength(4);
    finance = tokenFor(t, gent.tenantId, "finance");
  });

  it("sample 6 reads as application/octet-stream too; it is another account (…6815), so it is refused naming that account", async () => {
    const text = await readFile(new URL("php-coda-parser_sample6.cod", sampleDir), "latin1");
    const res = await upload(text, tokenFor(t, samples.tenantId, "finance"), "application/octet-stream");
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("statement.other_account");
    expect(res.json().detail).toContain("BE53 **** **** 6815");
  });

  it("a statement with a real order reference issues the vouchers; a second import records nothing twice", async () => {
    const o = await order(3);
    const other = await order(2);
    const text = buildCodaStatement({
      account: "BE68539007547034",
      statementNumber: 12,
      date: "2026-11-20",
      oldBalanceCents: 100_000,
      movements: [
        { amountCents: o.amountCents, valueDate: "2026-11-19", structuredReference: o.paymentReference, counterpartyName: "Mevrouw Peeters" },
        { amountCents: other.amountCents + 100, valueDate: "2026-11-19", structuredReference: other.paymentReference },
        { amountCents: 1000, valueDate: "2026-11-19", freeCommunication: "gift" },
        { amountCents: -5000, valueDate: "2026-11-19", freeCommunication: "huur" },
      ],
    });
    const res = await upload(text);
    expect(res.statusCode).toBe(200);
    expect(res.json().matched).toHaveLength(1);
    expect(res.json().matched[0]).toMatchObject({ orderId: o.id, vouchers: 3, paidOn: "2026-11-19" });
    expect(res.json().unmatched.map((u: { reason: string }) => u.reason)).toEqual(["amount_mismatch", "reference_unknown"]);
    const wallet = await t.app.inject({ url: `/v1/clients/${f.clientId}/wallet`, headers: bearer(finance) });
    expect(wallet.json().available).toBe(3);

    const again = await upload(text);
    expect(again.json()).toMatchObject({ matched: [], unmatched: [] });
    expect(again.json().duplicates).toHaveLength(3);
    const [count] = await t.owner.sql`SELECT count(*)::int AS n FROM voucher_lots WHERE client_id = ${f.clientId}`;
    expect(count?.n).toBe(1);
  });

  it("a malformed file is 422 coda.invalid with the line number; nothing is recorded", async () => {
    const text = buildCodaStatement({
      account: "BE68539007547034",
      statementNumber: 13,
      date: "2026-11-21",
      oldBalanceCents: 0,
      movements: [{ amountCents: 100, valueDate: "2026-11-21", freeCommunication: "x" }],
    });
    const lines = text.split("\n");
    lines[2] = `21${"X".repeat(126)}`;
    const res = await upload(lines.join("\n"));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "coda.invalid", line: 3 });
    const json = await t.app.inject({ method: "POST", url: "/v1/payments/coda", headers: bearer(finance), payload: { file: "x" } });
    expect(json.statusCode).toBe(422);
    expect(json.json().code).toBe("coda.invalid");
  });

  it("only finance imports; another tenant never matches our references", async () => {
    expect((await upload("x", tokenFor(t, gent.tenantId, "consultant"))).statusCode).toBe(403);
    const o = await order(1);
    const text = buildCodaStatement({
      account: "BE68539007547034",
      statementNumber: 14,
      date: "2026-11-22",
      oldBalanceCents: 0,
      movements: [{ amountCents: o.amountCents, valueDate: "2026-11-22", structuredReference: o.paymentReference }],
    });
    const res = await upload(text, tokenFor(t, aalst.tenantId, "finance"));
    expect(res.json().matched).toHaveLength(0);
    expect(res.json().unmatched[0].reason).toBe("reference_unknown");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCamt053, buildCodaStatement } from "@wijkwerk/domain";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { createWorkFixture, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";

// POST /v1/payments/statements: bank statements as files (issue 18), CODA and camt.053 told apart by content.

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let brugge: TenantLogin;
let f: WorkFixture;
let finance: string;

const OWN = "BE68539007547034";
const AALST = "BE71096123456769";
const OTHER = "BE62510007547061";

async function setAccount(tenantId: string, iban: string) {
  const res = await t.app.inject({
    method: "PUT",
    url: "/v1/organisation-account",
    headers: bearer(tokenFor(t, tenantId, "finance")),
    payload: { name: "Wijk-werken", iban },
  });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  brugge = await createTenant(t, "brugge");
  f = await createWorkFixture(t, gent);
  finance = tokenFor(t, gent.tenantId, "finance");
  await setAccount(gent.tenantId, OWN);
  await setAccount(aalst.tenantId, AALST);
});
afterAll(async () => t?.close());

const upload = (body: string | Buffer, type: string, token = finance) =>
  t.app.inject({ method: "POST", url: "/v1/payments/statements", headers: { ...bearer(token), "content-type": type }, payload: body });

async function order(quantity: number) {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: bearer(tokenFor(t, gent.tenantId, "consultant")),
    payload: { clientId: f.clientId, quantity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; amountCents: number; paymentReference: string };
}
const orderStatus = async (id: string) => (await t.app.inject({ url: `/v1/voucher-orders/${id}`, headers: bearer(finance) })).json() as { status: string };
const lots = async () => (await t.owner.sql`SELECT count(*)::int AS n FROM voucher_lots WHERE client_id = ${f.clientId}`)[0]?.n as number;
const payments = async (tenantId: string) => (await t.owner.sql`SELECT count(*)::int AS n FROM payments WHERE tenant_id = ${tenantId}`)[0]?.n as number;

describe("POST /v1/payments/statements", () => {
  it("the OpenAPI document lists it with its error codes", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    expect(doc.paths["/v1/payments/statements"].post.operationId).toBe("importBankStatementFile");
  });

  it("a CODA file with two statements: both read, each credit matched by its OGM", async () => {
    const a = await order(1);
    const b = await order(2);
    const file =
      buildCodaStatement({
        account: OWN,
        statementNumber: 101,
        date: "2026-11-02",
        oldBalanceCents: 0,
        movements: [{ amountCents: a.amountCents, valueDate: "2026-11-02", structuredReference: a.paymentReference }],
      }) +
      buildCodaStatement({
        account: OWN,
        statementNumber: 102,
        date: "2026-11-03",
        oldBalanceCents: a.amountCents,
        movements: [
          { amountCents: b.amountCents, valueDate: "2026-11-03", structuredReference: b.paymentReference, counterpartyName: "Mevrouw Peeters" },
          { amountCents: -1200, valueDate: "2026-11-03", freeCommunication: "huur" },
        ],
      });
    const res = await upload(Buffer.from(file, "latin1"), "application/octet-stream");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: "coda", statements: 2, unmatched: [], duplicates: [] });
    expect(res.json().matched.map((m: { orderId: string }) => m.orderId)).toEqual([a.id, b.id]);
    expect((await orderStatus(a.id)).status).toBe("paid");
    expect((await orderStatus(b.id)).status).toBe("paid");
  });

  it("a camt.053 file: matched by the OGM in Strd/CdtrRefInf/Ref; the same file again books nothing twice", async () => {
    const o = await order(3);
    const before = await lots();
    const xml = buildCamt053([
      {
        iban: OWN,
        statementId: "2026-00231",
        movements: [
          {
            amountCents: o.amountCents,
            bookingDate: "2026-11-20",
            valueDate: "2026-11-19",
            structuredReference: o.paymentReference,
            counterpartyName: "Peeters An",
            counterpartyIban: "BE71096123456769",
            accountServicerReference: "231-0001",
          },
          {
            amountCents: 2500,
            bookingDate: "2026-11-20",
            communication: "voor de tuin",
            counterpartyName: "Meneer Janssens",
            accountServicerReference: "231-0002",
          },
          { amountCents: -1640, bookingDate: "2026-11-20", communication: "koffiekoeken", counterpartyName: "Bakkerij", accountServicerReference: "231-0003" },
        ],
      },
    ]);
    const res = await upload(xml, "application/xml");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: "camt053", statements: 1, duplicates: [] });
    expect(res.json().matched).toHaveLength(1);
    expect(res.json().matched[0]).toMatchObject({ orderId: o.id, vouchers: 3, paidOn: "2026-11-19" });
    expect(res.json().unmatched.map((u: { reason: string; amountCents: number }) => [u.reason, u.amountCents])).toEqual([["reference_unknown", 2500]]);
    expect((await orderStatus(o.id)).status).toBe("paid");
    expect(await lots()).toBe(before + 1);
    const [row] = await t.owner.sql`SELECT source, counterparty_name FROM payments WHERE tenant_id = ${gent.tenantId} AND matched_order_id = ${o.id}`;
    expect(row).toEqual({ source: "camt053", counterparty_name: "Peeters An" });

    const paymentsBefore = await payments(gent.tenantId);
    const again = await upload(xml, "text/xml");
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ format: "camt053", matched: [], unmatched: [] });
    expect(again.json().duplicates.map((d: { amountCents: number }) => d.amountCents)).toEqual([o.amountCents, 2500]);
    expect(await lots()).toBe(before + 1);
    expect(await payments(gent.tenantId)).toBe(paymentsBefore);
  });

  it("the format is read from the content: a camt.053 file sent as octet-stream is camt.053", async () => {
    const xml = buildCamt053([
      { iban: OWN, statementId: "S-9", movements: [{ amountCents: 100, bookingDate: "2026-11-21", communication: "x", accountServicerReference: "S9-1" }] },
    ]);
    const res = await upload(Buffer.from(xml), "application/octet-stream");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().format).toBe("camt053");
  });

  it("a statement of another account is refused whole, its account named (masked as accounts are in lists); nothing is recorded", async () => {
    const o = await order(1);
    const before = await payments(gent.tenantId);
    const xml = buildCamt053([
      {
        iban: OWN,
        statementId: "OK-1",
        movements: [{ amountCents: o.amountCents, bookingDate: "2026-11-22", structuredReference: o.paymentReference, accountServicerReference: "OK-1-1" }],
      },
      {
        iban: OTHER,
        statementId: "ANDER-7",
        movements: [{ amountCents: 500, bookingDate: "2026-11-22", communication: "x", accountServicerReference: "A7-1" }],
      },
    ]);
    const res = await upload(xml, "application/xml");
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "statement.other_account", account: "BE62 **** **** 7061", organisationAccount: "BE68 **** **** 7034" });
    expect(res.json().detail).toContain("BE62 **** **** 7061");
    expect(res.json().detail).toContain("ANDER-7");
    expect(await payments(gent.tenantId)).toBe(before);
    expect((await orderStatus(o.id)).status).toBe("awaiting_payment");

    const coda = buildCodaStatement({
      account: OTHER,
      statementNumber: 5,
      date: "2026-11-22",
      oldBalanceCents: 0,
      movements: [{ amountCents: 100, valueDate: "2026-11-22", freeCommunication: "x" }],
    });
    const viaCoda = await upload(coda, "text/plain");
    expect(viaCoda.statusCode).toBe(422);
    expect(viaCoda.json().detail).toContain("BE62 **** **** 7061");
  });

  it("without the organisation's account nothing can be checked, so nothing is read: 409 statement.no_organisation_account", async () => {
    const coda = buildCodaStatement({
      account: OWN,
      statementNumber: 5,
      date: "2026-11-22",
      oldBalanceCents: 0,
      movements: [{ amountCents: 100, valueDate: "2026-11-22", freeCommunication: "x" }],
    });
    const res = await upload(coda, "text/plain", tokenFor(t, brugge.tenantId, "finance"));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("statement.no_organisation_account");
  });

  it("garbage gets a 422 with a stable code and a message, never a 500 or silence", async () => {
    const before = await payments(gent.tenantId);
    const valid = buildCamt053([
      { iban: OWN, statementId: "G-1", movements: [{ amountCents: 100, bookingDate: "2026-11-23", communication: "x", accountServicerReference: "G1-1" }] },
    ]);
    const cases: [string, string | Buffer, string, string][] = [
      ["empty", "", "text/plain", "statement.empty"],
      ["blank lines", "\n \r\n", "application/octet-stream", "statement.empty"],
      [
        "a PDF",
        Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xe2, 0xe3, 0xcf, 0xd3]),
        "application/octet-stream",
        "statement.unrecognised",
      ],
      ["a CSV export", "Datum;Bedrag;Mededeling\n2026-11-20;24,60;+++090/0000/12391+++\n", "text/plain", "statement.unrecognised"],
      ["truncated XML", valid.slice(0, Math.floor(valid.length * 0.6)), "application/xml", "camt.invalid"],
      [
        "another ISO 20022 message",
        `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>`,
        "application/xml",
        "camt.invalid",
      ],
      [
        "a broken CODA record",
        `0000012112672505        00000000  WIJK-WERKEN                  GKCCBEBB   00000000000 00000                                       2\n1X`,
        "text/plain",
        "coda.invalid",
      ],
      ["JSON", JSON.stringify({ file: "x" }), "application/json", "statement.unrecognised"],
    ];
    for (const [what, body, type, code] of cases) {
      const res = await upload(body, type);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(422);
      expect(res.headers["content-type"], what).toContain("application/problem+json");
      expect(res.json().code, what).toBe(code);
      expect(res.json().detail, what).toBeTruthy();
    }
    expect(await payments(gent.tenantId)).toBe(before);
  });

  it("only finance imports; another tenant never matches our references nor sees our imports as duplicates", async () => {
    expect((await upload("x", "text/plain", tokenFor(t, gent.tenantId, "consultant"))).statusCode).toBe(403);
    const o = await order(1);
    const forAalst = buildCamt053([
      {
        iban: AALST,
        statementId: "AA-1",
        movements: [{ amountCents: o.amountCents, bookingDate: "2026-11-24", structuredReference: o.paymentReference, accountServicerReference: "231-0001" }],
      },
    ]);
    const res = await upload(forAalst, "application/xml", tokenFor(t, aalst.tenantId, "finance"));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ matched: [], duplicates: [] });
    expect(res.json().unmatched[0].reason).toBe("reference_unknown");
    expect((await orderStatus(o.id)).status).toBe("awaiting_payment");
    // Gent's statement is not Aalst's account: refused for Aalst.
    const gentFile = buildCamt053([
      { iban: OWN, statementId: "X", movements: [{ amountCents: 1, bookingDate: "2026-11-24", communication: "x", accountServicerReference: "X1" }] },
    ]);
    expect((await upload(gentFile, "application/xml", tokenFor(t, aalst.tenantId, "finance"))).json().code).toBe("statement.other_account");
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodaStatement, makeOgm, permanentOgm } from "@wijkwerk/domain";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { createClient, createWorkFixture, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";

// Issue 18, matching as payers really pay: the permanent OGM, credit, likely matches, links by hand.

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let f: WorkFixture;
let finance: string;
let unit: number;
const OWN = "BE68539007547034";
let statementNo = 1;

type Json = Record<string, unknown>;
const post = (url: string, payload: unknown, token = finance) => t.app.inject({ method: "POST", url, headers: bearer(token), payload: payload as Json });
const get = async (url: string, token = finance) => (await t.app.inject({ url, headers: bearer(token) })).json();

/** A private client of gent with its own name (the name rule must not see two "Jeanne Peeters"). */
async function client(name: string, opts: { feeUnpaid?: boolean } = {}): Promise<{ id: string; number: number; ogm: string }> {
  const id = await createClient(t, gent.tenantId, f.municipalityId, f.neighbourhoodId, "private", { agreement: !opts.feeUnpaid });
  await t.owner.sql`UPDATE clients SET name = ${name} WHERE tenant_id = ${gent.tenantId} AND id = ${id}`;
  if (opts.feeUnpaid)
    await t.owner.sql`INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference)
      VALUES (${gent.tenantId}, ${randomUUID()}, ${id}, current_date - 30, current_date + 334, 750, ${makeOgm(8_000_000_000 + Math.floor(Math.random() * 1e6))})`;
  const [row] = await t.owner.sql<{ n: string }[]>`SELECT client_number::text AS n FROM clients WHERE id = ${id}`;
  const number = Number(row!.n);
  return { id, number, ogm: permanentOgm(number) };
}

async function order(clientId: string, quantity: number): Promise<{ id: string; amountCents: number; paymentReference: string; status: string }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/voucher-orders",
    headers: { ...bearer(tokenFor(t, gent.tenantId, "consultant")), "idempotency-key": randomUUID() },
    payload: { clientId, quantity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const pay = (paymentReference: string, amountCents: number) =>
  t.app.inject({
    method: "POST",
    url: "/v1/payments",
    headers: { ...bearer(finance), "idempotency-key": randomUUID() },
    payload: { paymentReference, amountCents, paidOn: "2026-11-20" },
  });

/** One credit through a CODA statement (free communication and a payer's name); its unmatched listing. */
async function coda(m: { amountCents: number; structuredReference?: string; freeCommunication?: string; counterpartyName?: string }) {
  const text = buildCodaStatement({
    account: OWN,
    statementNumber: statementNo++,
    date: "2026-11-20",
    oldBalanceCents: 0,
    movements: [{ valueDate: "2026-11-20", ...m }],
  });
  const res = await t.app.inject({ method: "POST", url: "/v1/payments/coda", headers: { ...bearer(finance), "content-type": "text/plain" }, payload: text });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { matched: Json[]; unmatched: { paymentId: string }[] };
}

async function listed(paymentId: string) {
  const items = (await get("/v1/payments?status=unmatched&limit=100")).items as { id: string; proposal: Json | null }[];
  return items.find((i) => i.id === paymentId);
}
const wallet = async (clientId: string) => (await get(`/v1/clients/${clientId}/wallet`)).available as number;
const credit = async (clientId: string) => get(`/v1/clients/${clientId}/credit`);
const orderStatus = async (id: string) => (await get(`/v1/voucher-orders/${id}`)).status;

function typo(reference: string, i: number): string {
  const d = reference.replace(/\D/g, "");
  return d.slice(0, i) + String((Number(d[i]) + 5) % 10) + d.slice(i + 1);
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  f = await createWorkFixture(t, gent);
  finance = tokenFor(t, gent.tenantId, "finance");
  const acc = await t.app.inject({ method: "PUT", url: "/v1/organisation-account", headers: bearer(finance), payload: { name: "Wijk-werken", iban: OWN } });
  expect(acc.statusCode, acc.body).toBe(200);
  unit = (await get(`/v1/clients/${f.clientId}/voucher-terms`)).unitPriceCents;
});
afterAll(async () => t?.close());

describe("the client's permanent OGM", () => {
  it("is shown with the voucher terms and the credit, and is valid mod 97", async () => {
    const c = await client("Anna Claes");
    expect((await get(`/v1/clients/${c.id}/voucher-terms`)).permanentReference).toBe(c.ogm);
    expect(await credit(c.id)).toMatchObject({ clientId: c.id, balanceCents: 0, permanentReference: c.ogm, movements: [] });
    const own = await get(`/v1/clients/${c.id}/credit`, tokenFor(t, gent.tenantId, "client", c.id));
    expect(own.permanentReference).toBe(c.ogm);
  });

  it("pays the OLDEST open order whose amount fits exactly and issues its lot", async () => {
    const c = await client("Bart Dewulf");
    const oldest = await order(c.id, 2);
    const other = await order(c.id, 3);
    const newer = await order(c.id, 2);
    const res = await pay(c.ogm, 2 * unit);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: "matched", orderId: oldest.id, vouchers: 2, clientId: c.id });
    expect([await orderStatus(oldest.id), await orderStatus(other.id), await orderStatus(newer.id)]).toEqual(["paid", "awaiting_payment", "awaiting_payment"]);
    expect(await wallet(c.id)).toBe(2);
    const [p] = await t.owner.sql`SELECT match_method FROM payments WHERE id = ${res.json().paymentId}`;
    expect(p?.match_method).toBe("permanent_ogm");
  });

  it("pays the open agreement fee when the amount equals it", async () => {
    const c = await client("Chris Maes", { feeUnpaid: true });
    const res = await pay(c.ogm.replace(/\D/g, ""), 750);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().clientAgreementId).toBeDefined();
    const [a] = await t.owner.sql`SELECT fee_paid_on::text AS paid FROM client_agreements WHERE client_id = ${c.id}`;
    expect(a?.paid).toBe("2026-11-20");
  });

  it("becomes credit when no open order or fee fits; a new order the credit covers is paid from it at once", async () => {
    const c = await client("Dirk Wouters");
    const open = await order(c.id, 4);
    const res = await pay(c.ogm, 3 * unit);
    expect(res.json()).toMatchObject({ status: "matched", creditCents: 3 * unit, clientId: c.id });
    expect(await orderStatus(open.id)).toBe("awaiting_payment");
    const before = await credit(c.id);
    expect(before.balanceCents).toBe(3 * unit);
    expect(before.movements[0]).toMatchObject({ kind: "payment", amountCents: 3 * unit, paidOn: "2026-11-20" });
    const listedPayment = (await get("/v1/payments?status=matched&limit=100")).items.find((i: Json) => i.id === res.json().paymentId);
    expect(listedPayment).toMatchObject({ creditedClientId: c.id, matchMethod: "permanent_ogm" });

    const next = await order(c.id, 2);
    expect(next.status).toBe("paid");
    expect(await wallet(c.id)).toBe(2);
    const after = await credit(c.id);
    expect(after.balanceCents).toBe(unit);
    expect(after.movements[0]).toMatchObject({ kind: "order", amountCents: -2 * unit, orderId: next.id, orderReference: next.paymentReference });
    const [audit] = await t.owner.sql`SELECT after FROM audit_log WHERE entity = 'client_credit' AND action = 'pay_order' AND after->>'orderId' = ${next.id}`;
    expect(audit).toBeDefined();
    // More than the credit: to pay as usual.
    expect((await order(c.id, 2)).status).toBe("awaiting_payment");
    // The fiscal certificate counts the order paid from credit, in the year it was used.
    const year = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date()).slice(0, 4);
    const pdf = await t.app.inject({ url: `/v1/clients/${c.id}/tax-certificate?year=${year}`, headers: bearer(finance) });
    expect(pdf.statusCode).toBe(200);
    const euros = `${Math.floor((2 * unit) / 100)},${String((2 * unit) % 100).padStart(2, "0")}`;
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(`Aantal wijk-werkcheques betaald in ${year}: 2`);
    expect(text).toMatch(new RegExp(`Betaald bedrag:.*${euros}`));
  });

  it("a permanent OGM of a client number nobody has stays unmatched", async () => {
    const res = await pay(permanentOgm(987_654_321), 1000);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("payment.reference_unknown");
  });
});

describe("likely matches", () => {
  it("one digit off an open order: proposed with the reason in words, confirmed in one click as the right OGM would", async () => {
    const c = await client("Els Jacobs");
    const o = await order(c.id, 5);
    const wrong = typo(o.paymentReference, 8);
    const res = await pay(wrong, o.amountCents);
    expect(res.json().code).toBe("payment.reference_unknown");
    const [row] = await t.owner.sql<{ id: string }[]>`SELECT id FROM payments WHERE payment_reference = ${wrong}`;
    const item = await listed(row!.id);
    expect(item?.proposal).toMatchObject({
      kind: "order",
      orderId: o.id,
      clientId: c.id,
      clientName: "Els Jacobs",
      reason: "one_digit",
      reasonText: "Eén cijfer verschilt",
    });

    const confirmed = await post(`/v1/payments/${row!.id}/confirm-match`, { kind: "order", targetId: o.id });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: "matched", matchMethod: "proposal", orderId: o.id, vouchers: 5 });
    expect(await orderStatus(o.id)).toBe("paid");
    expect(await wallet(c.id)).toBe(5);
    const [audit] = await t.owner.sql`SELECT actor_id, after FROM audit_log WHERE entity = 'payment' AND entity_id = ${row!.id} AND action = 'confirm_match'`;
    expect(audit?.after).toMatchObject({ matchMethod: "proposal", reason: "Eén cijfer verschilt" });
    expect(audit?.actor_id).toBeTruthy();
    const again = await post(`/v1/payments/${row!.id}/confirm-match`, { kind: "order", targetId: o.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("payment.not_unmatched");
  });

  it("one digit off an unpaid agreement fee: the fee is proposed and confirming marks it paid", async () => {
    const c = await client("Mieke Aerts", { feeUnpaid: true });
    const [a] = await t.owner.sql<{ id: string; ref: string }[]>`SELECT id, payment_reference AS ref FROM client_agreements WHERE client_id = ${c.id}`;
    const r = await coda({ amountCents: 750, structuredReference: typo(a!.ref, 2), counterpartyName: "M. Aerts" });
    const id = r.unmatched[0]!.paymentId;
    expect((await listed(id))?.proposal).toMatchObject({ kind: "fee", clientAgreementId: a!.id, reason: "one_digit", expectedCents: 750 });
    const ok = await post(`/v1/payments/${id}/confirm-match`, { kind: "fee", targetId: a!.id });
    expect(ok.json()).toMatchObject({ clientAgreementId: a!.id, matchMethod: "proposal" });
    const [paid] = await t.owner.sql`SELECT fee_paid_on::text AS d FROM client_agreements WHERE id = ${a!.id}`;
    expect(paid?.d).toBe("2026-11-20");
  });

  it("two neighbouring digits swapped in the client's permanent OGM: the client is proposed; confirming pays the fitting order", async () => {
    const c = await client("Filip Goossens");
    const o = await order(c.id, 3);
    const d = c.ogm.replace(/\D/g, "");
    const i = [...d].findIndex((x, k) => k > 0 && k < 11 && x !== d[k + 1]);
    const swapped = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
    const r = await coda({ amountCents: o.amountCents, freeCommunication: `+++${swapped.slice(0, 3)}/${swapped.slice(3, 7)}/${swapped.slice(7)}+++` });
    const id = r.unmatched[0]!.paymentId;
    const item = await listed(id);
    expect(item?.proposal).toMatchObject({ kind: "client", clientId: c.id, reference: c.ogm });
    expect((item?.proposal as Json).reason).toBe("swapped_digits");
    const stale = await post(`/v1/payments/${id}/confirm-match`, { kind: "client", targetId: randomUUID() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("payment.proposal_changed");
    const ok = await post(`/v1/payments/${id}/confirm-match`, { kind: "client", targetId: c.id });
    expect(ok.json()).toMatchObject({ orderId: o.id, vouchers: 3 });
  });

  it("swapped digits in a structured reference are proposed as such", async () => {
    const c = await client("Greet Hermans");
    const o = await order(c.id, 6);
    const d = o.paymentReference.replace(/\D/g, "");
    const i = [...d].findIndex((x, k) => k < 11 && x !== d[k + 1]);
    const swapped = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
    const res = await pay(swapped, o.amountCents);
    expect(res.statusCode).toBe(404);
    const [row] = await t.owner.sql<{ id: string }[]>`SELECT id FROM payments WHERE payment_reference = ${swapped} ORDER BY created_at DESC LIMIT 1`;
    expect((await listed(row!.id))?.proposal).toMatchObject({ orderId: o.id, reason: "swapped_digits", reasonText: "Twee cijfers staan omgewisseld" });
  });

  it("the client's name and an amount equal to an open order in the free text: proposed; a name without a fitting amount is not", async () => {
    const c = await client("Hilde Van Damme");
    const o = await order(c.id, 7);
    const r = await coda({ amountCents: o.amountCents, freeCommunication: "wijkwerkcheques", counterpartyName: "VAN DAMME HILDE" });
    const item = await listed(r.unmatched[0]!.paymentId);
    expect(item?.proposal).toMatchObject({ kind: "order", orderId: o.id, reason: "name_and_amount", reasonText: "Naam en bedrag kloppen" });
    const none = await coda({ amountCents: o.amountCents + 1, freeCommunication: "cheques Hilde Van Damme" });
    expect((await listed(none.unmatched[0]!.paymentId))?.proposal).toBeNull();
  });

  it("an order's OGM or the client number written in the free text is proposed", async () => {
    const c = await client("Ivo Lambrechts");
    const o = await order(c.id, 8);
    const r = await coda({ amountCents: o.amountCents, freeCommunication: `betaling ${o.paymentReference.replace(/\D/g, "")}` });
    expect((await listed(r.unmatched[0]!.paymentId))?.proposal).toMatchObject({ orderId: o.id, reason: "reference_in_text" });
    const n = await coda({ amountCents: 1234, freeCommunication: `klantnummer ${c.number}` });
    expect((await listed(n.unmatched[0]!.paymentId))?.proposal).toMatchObject({ kind: "client", clientId: c.id, reason: "client_number_in_text" });
  });
});

describe("linking by hand", () => {
  it("to a client: credit when nothing fits, the fitting order when one does; audited with who linked", async () => {
    const c = await client("Jan Peeters-Smet");
    const r = await coda({ amountCents: 999, freeCommunication: "zomaar" });
    const id = r.unmatched[0]!.paymentId;
    const res = await post(`/v1/payments/${id}/link`, { clientId: c.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ matchMethod: "link", creditCents: 999, clientId: c.id });
    expect((await credit(c.id)).balanceCents).toBe(999);
    const credits = (await get("/v1/client-credits")).items as Json[];
    expect(credits.find((i) => i.clientId === c.id)).toMatchObject({ clientName: "Jan Peeters-Smet", clientNumber: c.number, balanceCents: 999 });
    expect((await t.app.inject({ url: "/v1/client-credits", headers: bearer(tokenFor(t, gent.tenantId, "consultant")) })).statusCode).toBe(403);
    const [audit] = await t.owner.sql`SELECT after FROM audit_log WHERE entity = 'payment' AND entity_id = ${id} AND action = 'link'`;
    expect(audit?.after).toMatchObject({ creditedClientId: c.id, matchMethod: "link" });

    const o = await order(c.id, 9);
    const fits = await coda({ amountCents: o.amountCents, freeCommunication: "?" });
    const linked = await post(`/v1/payments/${fits.unmatched[0]!.paymentId}/link`, { clientId: c.id });
    expect(linked.json()).toMatchObject({ orderId: o.id, vouchers: 9 });
  });

  it("to an order: 409 when it is paid already or the amount differs; nothing changes", async () => {
    const c = await client("Karel Willems");
    const o = await order(c.id, 2);
    await pay(o.paymentReference, o.amountCents);
    const r = await coda({ amountCents: o.amountCents, freeCommunication: "nog eens" });
    const id = r.unmatched[0]!.paymentId;
    const paid = await post(`/v1/payments/${id}/link`, { orderId: o.id });
    expect(paid.statusCode).toBe(409);
    expect(paid.json().code).toBe("payment.order_not_open");
    const open = await order(c.id, 3);
    const mismatch = await post(`/v1/payments/${id}/link`, { orderId: open.id });
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json()).toMatchObject({ code: "payment.amount_mismatch", expectedCents: open.amountCents });
    expect(await listed(id)).toBeDefined();
    const both = await post(`/v1/payments/${id}/link`, { orderId: open.id, clientId: c.id });
    expect(both.statusCode).toBe(422);
    expect(both.json().code).toBe("payment.link_target");
    expect((await post(`/v1/payments/${id}/link`, {})).json().code).toBe("payment.link_target");
    const exact = await coda({ amountCents: open.amountCents, freeCommunication: "x" });
    const ok = await post(`/v1/payments/${exact.unmatched[0]!.paymentId}/link`, { orderId: open.id });
    expect(ok.json()).toMatchObject({ orderId: open.id, vouchers: 3 });
  });

  it("another tenant's payment or client is not found; a payment without proposal is 409; only finance links", async () => {
    const c = await client("Lies Mertens");
    const r = await coda({ amountCents: 4321, freeCommunication: "onbekend" });
    const id = r.unmatched[0]!.paymentId;
    const theirs = tokenFor(t, aalst.tenantId, "finance");
    expect((await post(`/v1/payments/${id}/link`, { clientId: c.id }, theirs)).statusCode).toBe(404);
    expect((await post(`/v1/payments/${id}/confirm-match`, { kind: "client", targetId: c.id }, theirs)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/v1/clients/${c.id}/credit`, headers: bearer(theirs) })).statusCode).toBe(404);
    expect((await post(`/v1/payments/${id}/link`, { clientId: randomUUID() })).statusCode).toBe(404);
    const none = await post(`/v1/payments/${id}/confirm-match`, { kind: "client", targetId: c.id });
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe("payment.no_proposal");
    expect((await post(`/v1/payments/${id}/link`, { clientId: c.id }, tokenFor(t, gent.tenantId, "consultant"))).statusCode).toBe(403);
    expect((await post(`/v1/payments/not-a-uuid/link`, { clientId: c.id })).statusCode).toBe(422);
  });
});

/** The text runs of a PDF (as vouchers.test.ts reads the certificate). */
function pdfText(pdf: Buffer): string {
  const parts: string[] = [];
  for (const m of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    parts.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
  }
  return parts.join("\n");
}

import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { brusselsDateOf, voucherExpiresOn } from "@wijkwerk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { createAssignment, createClient, createWorkFixture, createWorker, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let f: WorkFixture;
let consultant: string;
let finance: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  f = await createWorkFixture(t, gent);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

const post = (url: string, token: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url, headers: { ...bearer(token), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
const get = (url: string, token: string) => t.app.inject({ url, headers: bearer(token) });

async function order(clientId: string, quantity: number) {
  const res = await post("/v1/voucher-orders", consultant, { clientId, quantity });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; amountCents: number; paymentReference: string };
}
async function pay(paymentReference: string, amountCents: number, paidOn = "2026-11-02") {
  return post("/v1/payments", finance, { paymentReference, amountCents, paidOn });
}

/** DESIGN principle 5, checked in SQL: every posting and the whole ledger sum to zero; no lot below zero. */
async function assertLedgerSound(tenantId: string) {
  const unbalanced = await t.owner.sql`SELECT posting_id FROM voucher_movements WHERE tenant_id = ${tenantId} GROUP BY posting_id HAVING sum(vouchers) <> 0`;
  expect(unbalanced).toHaveLength(0);
  const [total] = await t.owner.sql`SELECT COALESCE(sum(vouchers), 0)::int AS n FROM voucher_movements WHERE tenant_id = ${tenantId}`;
  expect(total?.n).toBe(0);
  const negative = await t.owner
    .sql`SELECT account, lot_id FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%' GROUP BY account, lot_id HAVING sum(vouchers) < 0`;
  expect(negative).toHaveLength(0);
}

describe("contract", () => {
  it("the OpenAPI document lists the time-entry and voucher paths", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    for (const path of [
      "/v1/time-entries",
      "/v1/time-entries/{id}/confirm",
      "/v1/time-entries/{id}/dispute",
      "/v1/voucher-orders",
      "/v1/payments",
      "/v1/payments/coda",
      "/v1/voucher-refunds",
      "/v1/clients/{id}/wallet",
      "/v1/clients/{id}/tax-certificate",
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});

describe("POST /v1/voucher-orders", () => {
  it("RULES §4: price of the tenant's settings, an OGM reference, the client is told", async () => {
    const res = await post("/v1/voucher-orders", consultant, { clientId: f.clientId, quantity: 10 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amountCents: 7450, unitPriceCents: 745, status: "awaiting_payment", quantity: 10 });
    expect(res.json().paymentReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const [ev] = await t.owner.sql`SELECT payload FROM outbox WHERE topic = 'events/voucher_order.created' AND payload->>'orderId' = ${res.json().id}`;
    expect(ev?.payload).toMatchObject({ clientId: f.clientId, paymentReference: res.json().paymentReference });
  });

  it("each order gets its own reference; a client orders for itself only", async () => {
    const a = await order(f.clientId, 1);
    const b = await order(f.clientId, 1);
    expect(a.paymentReference).not.toBe(b.paymentReference);
    const own = await post("/v1/voucher-orders", tokenFor(t, gent.tenantId, "client", f.clientId), { clientId: f.clientId, quantity: 2 });
    expect(own.statusCode).toBe(201);
    const other = await post("/v1/voucher-orders", tokenFor(t, gent.tenantId, "client", randomUUID()), { clientId: f.clientId, quantity: 2 });
    expect(other.statusCode).toBe(404);
    expect((await post("/v1/voucher-orders", tokenFor(t, gent.tenantId, "worker", f.workerId), { clientId: f.clientId, quantity: 2 })).statusCode).toBe(403);
  });

  it("bad input is 422 with paths; another tenant's client is 404", async () => {
    const res = await post("/v1/voucher-orders", consultant, { clientId: "x", quantity: 501 });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["clientId", "quantity"]);
    const cross = await post("/v1/voucher-orders", tokenFor(t, aalst.tenantId, "consultant"), { clientId: f.clientId, quantity: 1 });
    expect(cross.statusCode).toBe(404);
  });
});

describe("POST /v1/payments", () => {
  it("a matching payment issues a lot valid 12 months (RULES §4) with a balanced issue posting", async () => {
    const o = await order(f.clientId, 4);
    const res = await pay(o.paymentReference, o.amountCents);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "matched", orderId: o.id, vouchers: 4, clientId: f.clientId });
    const [lot] = await t.owner.sql`SELECT issued_on::text, expires_on::text, quantity FROM voucher_lots WHERE id = ${res.json().lotId}`;
    const issued = lot!.issued_on as string;
    expect(lot?.quantity).toBe(4);
    expect(lot?.expires_on).toBe(voucherExpiresOn(issued, 12));
    expect(issued).toBe(brusselsDateOf(new Date()));
    const [o2] = await t.owner.sql`SELECT status, paid_at FROM voucher_orders WHERE id = ${o.id}`;
    expect(o2?.status).toBe("paid");
    await assertLedgerSound(gent.tenantId);
  });

  it("the same reference paid twice is 409 payment.already_paid; the Idempotency-Key replays instead", async () => {
    const o = await order(f.clientId, 1);
    const key = randomUUID();
    const body = { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: "2026-11-03" };
    const first = await post("/v1/payments", finance, body, { "idempotency-key": key });
    const replay = await post("/v1/payments", finance, body, { "idempotency-key": key });
    expect(replay.json()).toEqual(first.json());
    const twice = await post("/v1/payments", finance, body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("payment.already_paid");
    const lots = await t.owner.sql`SELECT id FROM voucher_lots WHERE order_id = ${o.id}`;
    expect(lots).toHaveLength(1);
  });

  it("a wrong amount is 409 payment.amount_mismatch and kept as unmatched; no vouchers issued", async () => {
    const o = await order(f.clientId, 2);
    const res = await pay(o.paymentReference, o.amountCents - 1);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("payment.amount_mismatch");
    const [p] = await t.owner.sql`SELECT status, unmatched_reason FROM payments WHERE payment_reference = ${o.paymentReference}`;
    expect(p).toMatchObject({ status: "unmatched", unmatched_reason: "amount_mismatch" });
    expect(await t.owner.sql`SELECT id FROM voucher_lots WHERE order_id = ${o.id}`).toHaveLength(0);
  });

  it("an unknown reference is 404 payment.reference_unknown and listed as unmatched for finance", async () => {
    const res = await pay("+++999/9999/99948+++", 745);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("payment.reference_unknown");
    const list = await get("/v1/payments?status=unmatched", finance);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { paymentReference: string }) => i.paymentReference)).toContain("+++999/9999/99948+++");
    expect((await get("/v1/payments", consultant)).statusCode).toBe(403);
    expect((await get("/v1/payments?status=unmatched", tokenFor(t, aalst.tenantId, "finance"))).json().items).toHaveLength(0);
  });

  it("another tenant's order reference is unknown here", async () => {
    const o = await order(f.clientId, 1);
    const res = await post("/v1/payments", tokenFor(t, aalst.tenantId, "finance"), {
      paymentReference: o.paymentReference,
      amountCents: o.amountCents,
      paidOn: "2026-11-02",
    });
    expect(res.statusCode).toBe(404);
  });

  it("a client agreement fee is matched by its reference and marked paid", async () => {
    const agreementId = randomUUID();
    const [n] = await t.owner.sql`SELECT 4242424242::bigint AS n`;
    const base = String(n!.n);
    const ref = `+++${(base + String(Number(BigInt(base) % 97n) || 97).padStart(2, "0")).replace(/^(\d{3})(\d{4})(\d{5})$/, "$1/$2/$3")}+++`;
    const c = await createClient(t, gent.tenantId, f.municipalityId, f.neighbourhoodId, "private", { agreement: false });
    await t.owner
      .sql`INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference) VALUES (${gent.tenantId}, ${agreementId}, ${c}, '2026-01-01', '2026-12-31', 750, ${ref})`;
    const wrong = await pay(ref, 700);
    expect(wrong.json().code).toBe("payment.amount_mismatch");
    const res = await pay(ref, 750, "2026-02-01");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "matched", clientAgreementId: agreementId });
    const [a] = await t.owner.sql`SELECT fee_paid_on::text FROM client_agreements WHERE id = ${agreementId}`;
    expect(a?.fee_paid_on).toBe("2026-02-01");
  });

  it("only finance registers payments; bad input is 422", async () => {
    expect((await post("/v1/payments", consultant, { paymentReference: "+++999/9999/99948+++", amountCents: 1, paidOn: "2026-01-01" })).statusCode).toBe(403);
    const bad = await post("/v1/payments", finance, { paymentReference: "x", amountCents: 0, paidOn: "gisteren" });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["amountCents", "paidOn", "paymentReference"]);
  });
});

describe("wallet and refunds", () => {
  it("GET /v1/clients/{id}/wallet sums the lots; expiring within 30 days shows apart", async () => {
    const g = await createWorkFixture(t, gent);
    const o1 = await order(g.clientId, 3);
    const lot1 = (await pay(o1.paymentReference, o1.amountCents)).json().lotId;
    const o2 = await order(g.clientId, 2);
    await pay(o2.paymentReference, o2.amountCents);
    await t.owner.sql`UPDATE voucher_lots SET expires_on = current_date + 10 WHERE id = ${lot1}`;
    const res = await get(`/v1/clients/${g.clientId}/wallet`, tokenFor(t, gent.tenantId, "client", g.clientId));
    expect(res.json()).toMatchObject({ available: 5, reserved: 0, expiringWithin30Days: 3 });
    expect(res.json().lots.map((l: { count: number }) => l.count)).toEqual([3, 2]);
    expect((await get(`/v1/clients/${g.clientId}/wallet`, tokenFor(t, gent.tenantId, "client", f.clientId))).statusCode).toBe(404);
    expect((await get(`/v1/clients/${g.clientId}/wallet`, tokenFor(t, aalst.tenantId, "consultant"))).statusCode).toBe(404);
  });

  it("POST /v1/voucher-refunds takes back unused vouchers; more than available is 409", async () => {
    const g = await createWorkFixture(t, gent);
    const o = await order(g.clientId, 3);
    await pay(o.paymentReference, o.amountCents);
    const tooMany = await post("/v1/voucher-refunds", finance, { clientId: g.clientId, quantity: 4 });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().code).toBe("wallet.insufficient_vouchers");
    const res = await post("/v1/voucher-refunds", finance, { clientId: g.clientId, quantity: 2 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ quantity: 2, amountCents: 1490 });
    expect((await get(`/v1/clients/${g.clientId}/wallet`, consultant)).json().available).toBe(1);
    expect((await post("/v1/voucher-refunds", tokenFor(t, aalst.tenantId, "finance"), { clientId: g.clientId, quantity: 1 })).statusCode).toBe(404);
    expect((await post("/v1/voucher-refunds", tokenFor(t, gent.tenantId, "client", g.clientId), { clientId: g.clientId, quantity: 1 })).statusCode).toBe(403);
    await assertLedgerSound(gent.tenantId);
  });

  it("the ledger is append-only for the application role", async () => {
    await expect(
      t.database.sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${gent.tenantId}, true)`;
        await tx`UPDATE voucher_movements SET vouchers = 100`;
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${gent.tenantId}, true)`;
        await tx`DELETE FROM voucher_movements`;
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${gent.tenantId}, true)`;
        await tx`INSERT INTO voucher_movements (tenant_id, posting_id, account, vouchers, kind) VALUES (${gent.tenantId}, ${randomUUID()}, 'system:issuer', -1, 'issue')`;
      }),
    ).rejects.toThrow(/does not balance/);
  });
});

describe("GET /v1/clients/{id}/tax-certificate", () => {
  it("RULES §4: a PDF with the vouchers paid in the year and the 20 % deduction", async () => {
    const g = await createWorkFixture(t, gent);
    const o = await order(g.clientId, 10);
    await pay(o.paymentReference, o.amountCents, "2025-12-30");
    const res = await get(`/v1/clients/${g.clientId}/tax-certificate?year=2025`, tokenFor(t, gent.tenantId, "client", g.clientId));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/application\/pdf/);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("€\u00a074,50");
    expect(text).toContain("€\u00a014,90");
    expect(text).toContain("(20 %)");
    expect(text).toContain(`Wijk-Werken gent`);
    expect(text).toContain("Ondernemingsnummer: nog niet ingevuld");
    expect(text).toContain("Aantal wijk-werkcheques gebruikt in 2025: 0");
    expect(text).not.toContain("VOORLOPIG");
    const none = await get(`/v1/clients/${g.clientId}/tax-certificate?year=2026`, consultant);
    expect(pdfText(none.rawPayload)).toContain("€\u00a00,00");
  });

  it("issue 17: in the client's language (French for a French-speaking client), saying the Dutch one is official; ?lang picks another", async () => {
    const g = await createWorkFixture(t, gent);
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/v1/clients/${g.clientId}`,
      headers: bearer(consultant),
      payload: { language: "fr", contact: { phone: "+32470112233" } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const o = await order(g.clientId, 10);
    await pay(o.paymentReference, o.amountCents, "2025-12-30");
    const fr = await get(`/v1/clients/${g.clientId}/tax-certificate?year=2025`, tokenFor(t, gent.tenantId, "client", g.clientId));
    expect(fr.headers["content-disposition"]).toContain("attestation-fiscale-2025.pdf");
    const text = pdfText(fr.rawPayload);
    expect(text).toContain("Attestation fiscale");
    expect(text).toContain("Montant payé: 74,50\u00a0€");
    expect(text).toContain("Réduction d'impôt (20 %): 14,90\u00a0€");
    expect(text).toContain("néerlandais est le document officiel");
    const en = pdfText((await get(`/v1/clients/${g.clientId}/tax-certificate?year=2025&lang=en`, consultant)).rawPayload);
    expect(en).toContain("Amount paid: €74.50");
    const nl = pdfText((await get(`/v1/clients/${g.clientId}/tax-certificate?year=2025&lang=nl`, consultant)).rawPayload);
    expect(nl).toContain("Betaald bedrag: €\u00a074,50");
    expect(nl).not.toContain("officiel");
    expect((await get(`/v1/clients/${g.clientId}/tax-certificate?year=2025&lang=de`, consultant)).statusCode).toBe(422);
  });

  it("issue 14 (RULES §3, §4): it names the organisation (name, KBO, address), the vouchers bought and used, and marks the current year provisional", async () => {
    const account = await t.app.inject({
      method: "PUT",
      url: "/v1/organisation-account",
      headers: bearer(finance),
      payload: {
        name: "Wijk-Werken Gent vzw",
        iban: "BE68539007547034",
        enterpriseNumber: "0123.456.749",
        address: { street: "Kortrijksesteenweg", number: "1", postalCode: "9000", city: "Gent" },
      },
    });
    expect(account.statusCode, account.body).toBe(200);
    expect(account.json()).toMatchObject({ enterpriseNumber: "0123456749", address: { city: "Gent" } });
    const g = await createWorkFixture(t, gent);
    const year = Number(brusselsDateOf(new Date()).slice(0, 4));
    const o = await order(g.clientId, 6);
    await pay(o.paymentReference, o.amountCents, brusselsDateOf(new Date()));
    const day = brusselsDateOf(new Date(Date.now() - 86_400_000));
    const a = await createAssignment(t, g, `${day}T08:00:00Z`, 120);
    const entry = await post("/v1/time-entries", tokenFor(t, g.tenantId, "worker", g.workerId), { assignmentId: a, date: day, minutes: 120, travelKm: 0 });
    expect((await post(`/v1/time-entries/${entry.json().id}/confirm`, consultant)).json().status).toBe("confirmed");
    const res = await get(`/v1/clients/${g.clientId}/tax-certificate?year=${year}`, consultant);
    const text = pdfText(res.rawPayload);
    expect(text).toContain("Uitgereikt door: Wijk-Werken Gent vzw");
    expect(text).toContain("Ondernemingsnummer: 0123.456.749");
    expect(text).toContain("Adres: Kortrijksesteenweg 1, 9000 Gent");
    expect(text).toContain(`Aantal wijk-werkcheques betaald in ${year}: 6`);
    expect(text).toContain(`Aantal wijk-werkcheques gebruikt in ${year}: 2`);
    expect(text).toContain("VOORLOPIG");
    const bad = await t.app.inject({
      method: "PUT",
      url: "/v1/organisation-account",
      headers: bearer(finance),
      payload: { name: "X", iban: "BE68539007547034", enterpriseNumber: "0123.456.748" },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("enterpriseNumber");
  });

  it("only for private clients (422); another tenant's client is 404; the year is required", async () => {
    const school = await createClient(t, gent.tenantId, f.municipalityId, f.neighbourhoodId, "education");
    const res = await get(`/v1/clients/${school}/tax-certificate?year=2025`, consultant);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("tax_certificate.not_private");
    expect((await get(`/v1/clients/${f.clientId}/tax-certificate?year=2025`, tokenFor(t, aalst.tenantId, "consultant"))).statusCode).toBe(404);
    expect((await get(`/v1/clients/${f.clientId}/tax-certificate`, consultant)).statusCode).toBe(422);
  });
});

describe("DESIGN principle 4: no voucher is spent twice", () => {
  async function entries(g: WorkFixture, count: number, minutes: number, day = "2026-11-0"): Promise<string[]> {
    const ids: string[] = [];
    const workers = await Promise.all(Array.from({ length: Math.ceil(count / 10) }, () => createWorker(t, g.tenantId, g.municipalityId, g.neighbourhoodId)));
    for (let i = 0; i < count; i++) {
      const worker = workers[Math.floor(i / 10)]!;
      const date = `${day}${(i % 9) + 1}`;
      const hour = String(6 + (i % 10)).padStart(2, "0");
      const a = await createAssignment(t, g, `${date}T${hour}:00:00Z`, 60, "accepted", worker);
      const res = await post("/v1/time-entries", tokenFor(t, g.tenantId, "worker", worker), { assignmentId: a, date, minutes, travelKm: 0 });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    return ids;
  }

  it("50 parallel confirmations on one wallet of 30 vouchers: exactly 30 confirmed, 20 waiting", async () => {
    const g = await createWorkFixture(t, gent);
    const ids = await entries(g, 50, 45);
    const o1 = await order(g.clientId, 20);
    await pay(o1.paymentReference, o1.amountCents);
    const o2 = await order(g.clientId, 10);
    await pay(o2.paymentReference, o2.amountCents);
    const client = tokenFor(t, gent.tenantId, "client", g.clientId);
    const results = await Promise.all(ids.map((id) => post(`/v1/time-entries/${id}/confirm`, client)));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const statuses = results.map((r) => r.json().status);
    expect(statuses.filter((s) => s === "confirmed")).toHaveLength(30);
    expect(statuses.filter((s) => s === "awaiting_vouchers")).toHaveLength(20);
    const [consumed] = await t.owner
      .sql`SELECT COALESCE(sum(vouchers), 0)::int AS n FROM voucher_movements WHERE account = 'system:consumed' AND time_entry_id = ANY(${ids}::uuid[])`;
    expect(consumed?.n).toBe(30);
    expect((await get(`/v1/clients/${g.clientId}/wallet`, client)).json().available).toBe(0);
    await assertLedgerSound(gent.tenantId);
  });

  it("property: for any lots and entries, confirmed vouchers never exceed what was paid and the ledger balances", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 6 }),
        async (lots, minutes) => {
          const g = await createWorkFixture(t, gent);
          const ids: string[] = [];
          for (const [i, m] of minutes.entries()) {
            const a = await createAssignment(t, g, `2026-08-${String(i + 1).padStart(2, "0")}T08:00:00Z`, 180);
            const res = await post("/v1/time-entries", tokenFor(t, gent.tenantId, "worker", g.workerId), {
              assignmentId: a,
              date: `2026-08-${String(i + 1).padStart(2, "0")}`,
              minutes: m,
              travelKm: 0,
            });
            ids.push(res.json().id);
          }
          const client = tokenFor(t, gent.tenantId, "client", g.clientId);
          const half = Math.ceil(ids.length / 2);
          await Promise.all(ids.slice(0, half).map((id) => post(`/v1/time-entries/${id}/confirm`, client)));
          for (const q of lots) {
            const o = await order(g.clientId, q);
            await pay(o.paymentReference, o.amountCents);
          }
          await Promise.all(ids.slice(half).map((id) => post(`/v1/time-entries/${id}/confirm`, client)));
          const paid = lots.reduce((s, q) => s + q, 0);
          const [row] = await t.owner
            .sql`SELECT COALESCE(sum(te.vouchers), 0)::int AS confirmed FROM time_entries te WHERE te.client_id = ${g.clientId} AND te.status = 'confirmed'`;
          const [consumed] = await t.owner
            .sql`SELECT COALESCE(sum(vouchers), 0)::int AS n FROM voucher_movements WHERE account = 'system:consumed' AND time_entry_id = ANY(${ids}::uuid[])`;
          const w = (await get(`/v1/clients/${g.clientId}/wallet`, client)).json();
          expect(consumed?.n).toBe(row?.confirmed);
          expect(row!.confirmed).toBeLessThanOrEqual(paid);
          // What is held is split: reserved for the waiting entries (at most what is held), the rest available.
          const held = paid - row!.confirmed;
          expect(w.available + w.reserved).toBe(held);
          const [waiting] = await t.owner
            .sql`SELECT COALESCE(sum(vouchers), 0)::int AS need, min(vouchers)::int AS smallest FROM time_entries WHERE client_id = ${g.clientId} AND status = 'awaiting_vouchers'`;
          expect(w.reserved).toBe(Math.min(held, waiting!.need));
          expect(w.shortfall).toBe(waiting!.need - w.reserved);
          // Nothing waits while the wallet could pay it.
          if (waiting?.smallest != null) expect(waiting.smallest).toBeGreaterThan(held);
          await assertLedgerSound(gent.tenantId);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("wallet reservations (API.md wallet.reserved, available)", () => {
  const wallet = async (g: WorkFixture) => (await get(`/v1/clients/${g.clientId}/wallet`, consultant)).json();
  async function buy(g: WorkFixture, quantity: number) {
    const o = await order(g.clientId, quantity);
    expect((await pay(o.paymentReference, o.amountCents)).statusCode).toBe(201);
  }
  /** One submitted entry per minutes value, on consecutive November days (one worker, no cap issues). */
  async function enter(g: WorkFixture, minutes: number[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, m] of minutes.entries()) {
      const date = `2026-11-${String(i + 1).padStart(2, "0")}`;
      const a = await createAssignment(t, g, `${date}T08:00:00Z`, 180);
      const res = await post("/v1/time-entries", tokenFor(t, g.tenantId, "worker", g.workerId), { assignmentId: a, date, minutes: m, travelKm: 0 });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    return ids;
  }

  it("entered hours reserve their vouchers until paid; a dispute keeps them, a cancellation frees them; confirming leaves available alone", async () => {
    const g = await createWorkFixture(t, gent);
    await buy(g, 10);
    const [a, b, c] = await enter(g, [150, 60, 61]);
    expect(await wallet(g)).toMatchObject({ available: 4, reserved: 6, shortfall: 0, lots: [{ count: 10 }] });
    const client = tokenFor(t, gent.tenantId, "client", g.clientId);
    expect((await post(`/v1/time-entries/${b}/dispute`, client, { reason: "Maar een half uur gewerkt" })).statusCode).toBe(200);
    expect(await wallet(g)).toMatchObject({ available: 4, reserved: 6 });
    expect((await post(`/v1/time-entries/${c}/cancel`, consultant)).statusCode).toBe(200);
    expect(await wallet(g)).toMatchObject({ available: 6, reserved: 4 });
    expect((await post(`/v1/time-entries/${a}/confirm`, client)).json().status).toBe("confirmed");
    expect(await wallet(g)).toMatchObject({ available: 6, reserved: 1, lots: [{ count: 7 }] });
    expect((await post(`/v1/time-entries/${b}/confirm`, consultant)).json().status).toBe("confirmed");
    expect(await wallet(g)).toMatchObject({ available: 6, reserved: 0, shortfall: 0 });
    // The client sees the same numbers.
    expect((await get(`/v1/clients/${g.clientId}/wallet`, client)).json()).toMatchObject({ available: 6, reserved: 0 });
    await assertLedgerSound(gent.tenantId);
  });

  it("more hours than vouchers: reserved is what is held, the rest is the shortfall; a payment settles it", async () => {
    const g = await createWorkFixture(t, gent);
    await buy(g, 2);
    const [id] = await enter(g, [180]);
    expect((await post(`/v1/time-entries/${id}/confirm`, tokenFor(t, gent.tenantId, "client", g.clientId))).json().status).toBe("awaiting_vouchers");
    expect(await wallet(g)).toMatchObject({ available: 0, reserved: 2, shortfall: 1 });
    await buy(g, 1);
    const [row] = await t.owner.sql`SELECT status FROM time_entries WHERE id = ${id!}`;
    expect(row?.status).toBe("confirmed");
    expect(await wallet(g)).toMatchObject({ available: 0, reserved: 0, shortfall: 0, lots: [] });
  });

  it("accepted assignments to come are an estimate (planned), not reserved", async () => {
    const g = await createWorkFixture(t, gent);
    await buy(g, 5);
    const soon = new Date(Date.now() + 7 * 86_400_000);
    const day = soon.toISOString().slice(0, 10);
    await createAssignment(t, g, `${day}T08:00:00Z`, 150); // 3 vouchers
    await createAssignment(t, g, `${day}T12:00:00Z`, 60, "proposed"); // not accepted yet
    await createAssignment(t, g, `${day}T14:00:00Z`, 60, "cancelled");
    await createAssignment(t, g, "2026-10-01T08:00:00Z", 60); // in the past: its hours are what count
    expect(await wallet(g)).toMatchObject({ available: 5, reserved: 0, shortfall: 0, planned: 3 });
  });

  it("refunds never take reserved vouchers, also when they race", async () => {
    const g = await createWorkFixture(t, gent);
    await buy(g, 10);
    const ids = await enter(g, [120, 120]);
    const tooMany = await post("/v1/voucher-refunds", finance, { clientId: g.clientId, quantity: 7 });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json()).toMatchObject({ code: "wallet.insufficient_vouchers", available: 6, reserved: 4 });
    expect(tooMany.json().detail).toContain("4 cheques zijn gereserveerd");
    const results = await Promise.all(Array.from({ length: 5 }, () => post("/v1/voucher-refunds", finance, { clientId: g.clientId, quantity: 2 })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(["wallet.insufficient_vouchers", "wallet.insufficient_vouchers"]);
    expect(await wallet(g)).toMatchObject({ available: 0, reserved: 4, shortfall: 0 });
    // The reserved vouchers are still there when the client confirms.
    const client = tokenFor(t, gent.tenantId, "client", g.clientId);
    for (const id of ids) expect((await post(`/v1/time-entries/${id}/confirm`, client)).json().status).toBe("confirmed");
    await assertLedgerSound(gent.tenantId);
  });

  it("DESIGN principle 4: wallet reads racing confirmations see one snapshot: available never moves", async () => {
    const g = await createWorkFixture(t, gent);
    await buy(g, 30);
    const ids = await enter(
      g,
      Array.from({ length: 20 }, () => 60),
    );
    expect(await wallet(g)).toMatchObject({ available: 10, reserved: 20 });
    const client = tokenFor(t, gent.tenantId, "client", g.clientId);
    const reads: Promise<{ available: number; reserved: number }>[] = [];
    const confirms = ids.map(async (id, i) => {
      reads.push(wallet(g));
      const res = await post(`/v1/time-entries/${id}/confirm`, client);
      if (i % 2 === 0) reads.push(wallet(g));
      return res;
    });
    expect((await Promise.all(confirms)).every((r) => r.json().status === "confirmed")).toBe(true);
    const seen = await Promise.all(reads);
    expect(seen.length).toBe(30);
    expect(seen.filter((w) => w.available !== 10)).toEqual([]);
    expect(await wallet(g)).toMatchObject({ available: 10, reserved: 0 });
  });
});

/** Text of an uncompressed pdfkit document: the hex strings of its TJ operators, decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    // WinAnsi, as pdfkit writes its standard fonts: latin1 except 0x80, the euro sign.
    parts.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1").replaceAll("\x80", "€")).join(""));
  }
  return parts.join("\n");
}

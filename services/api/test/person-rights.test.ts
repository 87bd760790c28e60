import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf } from "@wijkwerk/domain";
import { createAssignment, createWorkFixture, createWorker, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 20, "the person's rights": the data export of a worker and a client (JSON and PDF, audited,
// only their own data, never another tenant's), and erasure: refused with nothing changed while
// money is open; otherwise the person is pseudonymised and the books stay exactly as they were.
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let f: WorkFixture;
let admin: string;
let consultant: string;
let finance: string;
let otherWorker: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  f = await createWorkFixture(t, gent);
  admin = gent.token;
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
  otherWorker = await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);
  const account = await t.app.inject({
    method: "PUT",
    url: "/v1/organisation-account",
    headers: bearer(finance),
    payload: {
      name: "Wijk-Werken Gent vzw",
      iban: "BE68539007547034",
      enterpriseNumber: "0123.456.749",
      address: { street: "Kouter", number: "1", postalCode: "9000", city: "Gent" },
    },
  });
  expect(account.statusCode, account.body).toBe(200);
});
afterAll(async () => t?.close());

const post = (url: string, token: string, payload?: object) => t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });
const get = (url: string, token: string) => t.app.inject({ url, headers: bearer(token) });

/** The text of an uncompressed pdfkit PDF (as the tax certificate test reads it). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g))
    parts.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
  return parts.join("");
}

const row = async (table: "workers" | "clients", id: string) => (await t.owner.sql`SELECT * FROM ${t.owner.sql(table)} WHERE id = ${id}`)[0]!;

/** A message to a person, as the notification worker writes it. */
async function delivery(kind: "worker" | "client", id: string, body: string) {
  await t.owner.sql`INSERT INTO deliveries (tenant_id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text)
    VALUES (${gent.tenantId}, 'assignment.proposed', 'sms', ${kind}, ${id}, '+32470000000', 'nl', ${randomUUID()}, 'sent', ${body})`;
}

/** The voucher ledger and payout totals of the tenant: what erasure must leave exactly as it was. */
async function books() {
  const [v] = await t.owner
    .sql`SELECT count(*)::int AS n, COALESCE(sum(vouchers), 0)::int AS sum, COALESCE(sum(abs(vouchers)), 0)::int AS abs FROM voucher_movements WHERE tenant_id = ${gent.tenantId}`;
  const perAccount = await t.owner
    .sql`SELECT account, sum(vouchers)::int AS n FROM voucher_movements WHERE tenant_id = ${gent.tenantId} GROUP BY account ORDER BY account`;
  const [p] = await t.owner.sql`SELECT count(*)::int AS n, COALESCE(sum(total_cents), 0)::int AS total FROM payout_lines WHERE tenant_id = ${gent.tenantId}`;
  const runs = await t.owner.sql`SELECT id, line_count, total_cents FROM payout_runs WHERE tenant_id = ${gent.tenantId} ORDER BY id`;
  const [te] = await t.owner
    .sql`SELECT count(*)::int AS n, sum(minutes)::int AS minutes, sum(vouchers)::int AS vouchers FROM time_entries WHERE tenant_id = ${gent.tenantId}`;
  const [o] = await t.owner.sql`SELECT count(*)::int AS n, COALESCE(sum(amount_cents), 0)::int AS cents FROM voucher_orders WHERE tenant_id = ${gent.tenantId}`;
  const [pay] = await t.owner.sql`SELECT count(*)::int AS n, COALESCE(sum(amount_cents), 0)::int AS cents FROM payments WHERE tenant_id = ${gent.tenantId}`;
  return { v, perAccount, p, runs, te, o, pay };
}

describe("data export (issue 20): everything about the person, nothing about anyone else", () => {
  it("a worker's export holds identity, availability, agreements, hours, messages and audit rows; no other person's data; audited", async () => {
    await t.owner
      .sql`INSERT INTO worker_availability (tenant_id, worker_id, weekday, from_time, to_time) VALUES (${gent.tenantId}, ${f.workerId}, 2, '09:00', '12:00')`;
    await t.owner
      .sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES (${gent.tenantId}, ${randomUUID()}, ${f.workerId}, '2026-01-01', '2026-12-31')`;
    const a = await createAssignment(t, f, "2026-02-03T08:00:00Z", 90, "completed");
    await t.owner
      .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id, confirmed_at, confirmed_by)
      VALUES (${gent.tenantId}, ${randomUUID()}, ${a}, ${f.workerId}, ${f.clientId}, '2026-02-03', 90, 2, 'confirmed', 'worker', 'x', now(), 'client')`;
    await delivery("worker", f.workerId, "Hallo, een klus voor u");
    await delivery("worker", otherWorker, "Bericht voor iemand anders");
    const [me] = await t.owner.sql`SELECT national_number, phone, last_name FROM workers WHERE id = ${f.workerId}`;
    const [other] = await t.owner.sql`SELECT national_number, phone, last_name FROM workers WHERE id = ${otherWorker}`;

    const res = await get(`/v1/workers/${f.workerId}/data-export`, consultant);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    expect(e.person).toMatchObject({ id: f.workerId, nationalNumber: me!.national_number, phone: me!.phone, lastName: me!.last_name });
    expect(e.categories.availability).toEqual([{ weekday: 2, fromTime: "09:00:00", toTime: "12:00:00" }]);
    expect(e.categories.agreements).toHaveLength(1);
    expect(e.categories.timeEntries).toEqual([expect.objectContaining({ workDate: "2026-02-03", minutes: 90, vouchers: 2, status: "confirmed" })]);
    expect(e.categories.messages).toEqual([expect.objectContaining({ bodyText: "Hallo, een klus voor u" })]);
    expect(e.omitted).toEqual([{ category: "coaching", reason: "only for the worker's own consultant and admins" }]);
    // Nothing of the other worker, nor the client's name or national number (the client's own data).
    const [client] = await t.owner.sql`SELECT name, national_number FROM clients WHERE id = ${f.clientId}`;
    for (const foreign of [other!.national_number, other!.phone, other!.last_name, "Bericht voor iemand anders", client!.name, client!.national_number])
      expect(res.body).not.toContain(String(foreign));

    const pdf = await get(`/v1/workers/${f.workerId}/data-export.pdf`, consultant);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(String(me!.national_number));
    expect(text).toContain("Prestaties (1)");
    expect(text).not.toContain(String(other!.last_name));

    const audits = await t.owner
      .sql`SELECT actor_type, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'worker' AND entity_id = ${f.workerId} AND action = 'data_export'`;
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain(String(me!.national_number));
  });

  it("an admin's worker export includes the coaching record", async () => {
    const res = await get(`/v1/workers/${f.workerId}/data-export`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().omitted).toEqual([]);
    expect(res.json().categories).toHaveProperty("coachingConversations");
    // The earlier exports are in this one's audit category.
    expect(res.json().categories.audit.filter((a: { action: string }) => a.action === "data_export").length).toBeGreaterThanOrEqual(2);
  });

  it("a client's export holds identity, agreements, jobs, orders and messages; no worker's data", async () => {
    await delivery("client", f.clientId, "Uw bestelling");
    const res = await get(`/v1/clients/${f.clientId}/data-export`, consultant);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    const c = await row("clients", f.clientId);
    expect(e.person).toMatchObject({ id: f.clientId, name: c.name, nationalNumber: c.national_number });
    expect(e.categories.agreements).toHaveLength(1);
    expect(e.categories.jobs).toEqual([expect.objectContaining({ description: "Gras maaien" })]);
    expect(e.categories.messages).toEqual([expect.objectContaining({ bodyText: "Uw bestelling" })]);
    const w = await row("workers", f.workerId);
    for (const foreign of [w.national_number, w.last_name, w.phone]) expect(res.body).not.toContain(String(foreign));
    const pdf = await get(`/v1/clients/${f.clientId}/data-export.pdf`, admin);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(String(c.name));
  });

  it("another tenant's person is not found; finance, workers and clients may not export", async () => {
    const aalstConsultant = tokenFor(t, aalst.tenantId, "consultant");
    for (const url of [`/v1/workers/${f.workerId}/data-export`, `/v1/clients/${f.clientId}/data-export`, `/v1/workers/${f.workerId}/data-export.pdf`]) {
      const res = await get(url, aalstConsultant);
      expect(res.statusCode, url).toBe(404);
    }
    expect((await post(`/v1/workers/${f.workerId}/erasure`, aalst.token, { reason: "request" })).statusCode).toBe(404);
    expect((await get(`/v1/workers/${f.workerId}/data-export`, finance)).statusCode).toBe(403);
    expect((await get(`/v1/workers/${f.workerId}/data-export`, tokenFor(t, gent.tenantId, "worker", f.workerId))).statusCode).toBe(403);
    expect((await post(`/v1/workers/${f.workerId}/erasure`, consultant, { reason: "request" })).statusCode).toBe(403);
  });
});

describe("correction through the consultant (issue 20): audited with before and after, numbers masked", () => {
  it("a client's INSZ and phone corrected: the audit row holds both versions, the INSZ masked in each", async () => {
    const base = "450312123";
    const newInsz = base + String(97 - (Number(base) % 97)).padStart(2, "0");
    const old = await row("clients", f.clientId);
    const res = await t.app.inject({
      method: "PATCH",
      url: `/v1/clients/${f.clientId}`,
      headers: bearer(consultant),
      payload: { nationalNumber: newInsz, contact: { phone: "+32470112233" } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [audit] = await t.owner.sql<{ before: string; after: string }[]>`
      SELECT before::text AS before, after::text AS after FROM audit_log
       WHERE tenant_id = ${gent.tenantId} AND entity = 'client' AND entity_id = ${f.clientId} AND action = 'update' ORDER BY at DESC LIMIT 1`;
    expect(audit!.after).toContain("+32470112233");
    expect(audit!.before).not.toContain("+32470112233");
    for (const full of [String(old.national_number), newInsz]) expect(audit!.before + audit!.after).not.toContain(full);
    expect(JSON.parse(audit!.after).nationalNumber).toMatch(/^45\.03\.12-\*\*\*\.\*\*$/);
    expect(JSON.parse(audit!.before).nationalNumber).toMatch(/\*\*\*/);
  });
});

describe("erasure (issue 20)", () => {
  it("is refused with 409 privacy.money_open while hours are unpaid or vouchers unspent, and nothing changes", async () => {
    // f's worker has a confirmed entry of February not yet in a payout run; f's client gets a voucher it has not used.
    const ordered = await post("/v1/voucher-orders", consultant, { clientId: f.clientId, quantity: 1 });
    expect(ordered.statusCode, ordered.body).toBe(201);
    const paid = await post("/v1/payments", finance, {
      paymentReference: ordered.json().paymentReference,
      amountCents: ordered.json().amountCents,
      paidOn: brusselsDateOf(new Date()),
    });
    expect(paid.statusCode, paid.body).toBeLessThan(300);
    const beforeW = await row("workers", f.workerId);
    const beforeC = await row("clients", f.clientId);
    const before = await books();
    for (const [url, id, table] of [
      [`/v1/workers/${f.workerId}/erasure`, f.workerId, "workers"],
      [`/v1/clients/${f.clientId}/erasure`, f.clientId, "clients"],
    ] as const) {
      const res = await post(url, admin, { reason: "request" });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe("privacy.money_open");
      expect(await row(table, id)).toEqual(table === "workers" ? beforeW : beforeC);
    }
    expect(await books()).toEqual(before);
    const [avail] = await t.owner.sql`SELECT count(*)::int AS n FROM worker_availability WHERE worker_id = ${f.workerId}`;
    expect(avail!.n).toBe(1);
    const [audits] = await t.owner.sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${gent.tenantId} AND action = 'erase'`;
    expect(audits!.n).toBe(0);
  });

  it("once all is settled, pseudonymises the worker and the client: books exactly as before, personal fields gone, audited without values", async () => {
    // The client spends its voucher on confirmed hours of another worker; the February hours are paid out to f's worker.
    const day = brusselsDateOf(new Date(Date.now() - 86_400_000));
    const a = await createAssignment(t, f, `${day}T08:00:00Z`, 60, "accepted", otherWorker);
    const entry = await post("/v1/time-entries", tokenFor(t, gent.tenantId, "worker", otherWorker), { assignmentId: a, date: day, minutes: 60, travelKm: 0 });
    expect(entry.statusCode, entry.body).toBe(201);
    expect((await post(`/v1/time-entries/${entry.json().id}/confirm`, consultant)).json().status).toBe("confirmed");
    await t.owner.sql`UPDATE jobs SET status = 'done' WHERE id = ${f.jobId}`;
    const run = await post("/v1/payout-runs", finance, { month: "2026-02" });
    expect(run.statusCode, run.body).toBe(201);
    expect((await post(`/v1/payout-runs/${run.json().id}/approve`, finance)).statusCode).toBe(200);
    expect((await get(`/v1/payout-runs/${run.json().id}/sepa.xml`, finance)).statusCode).toBe(200);

    const w = await row("workers", f.workerId);
    const c = await row("clients", f.clientId);
    const before = await books();
    expect(before.p!.n).toBeGreaterThan(0);

    const erasedW = await post(`/v1/workers/${f.workerId}/erasure`, admin, { reason: "request" });
    expect(erasedW.statusCode, erasedW.body).toBe(200);
    expect(erasedW.json()).toMatchObject({ kind: "worker", reason: "request", pseudonym: `Gewist #${f.workerId.replace(/-/g, "").slice(0, 8)}` });
    const erasedC = await post(`/v1/clients/${f.clientId}/erasure`, admin, { reason: "request" });
    expect(erasedC.statusCode, erasedC.body).toBe(200);

    expect(await books()).toEqual(before);
    const w2 = await row("workers", f.workerId);
    expect(w2).toMatchObject({
      first_name: "Gewist",
      national_number: expect.stringMatching(/^enc1:/),
      national_number_hmac: `erased:${f.workerId}`,
      national_number_masked: "gewist",
      iban: expect.stringMatching(/^enc1:/),
      iban_masked: "gewist",
      email: null,
      street: "",
      status: "inactive",
      erasure_reason: "request",
    });
    const c2 = await row("clients", f.clientId);
    expect(c2).toMatchObject({
      name: erasedC.json().pseudonym,
      national_number: null,
      national_number_hmac: null,
      phone: null,
      email: null,
      street: "",
      erasure_reason: "request",
    });
    const [avail] = await t.owner.sql`SELECT count(*)::int AS n FROM worker_availability WHERE worker_id = ${f.workerId}`;
    expect(avail!.n).toBe(0);
    const [msgs] = await t.owner.sql`SELECT count(*)::int AS n FROM deliveries WHERE recipient_id IN (${f.workerId}, ${f.clientId})`;
    expect(msgs!.n).toBe(0);
    // The audit rows of the erasure hold what was done, never what was erased.
    const audits = await t.owner.sql`SELECT after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND action = 'erase' ORDER BY at`;
    expect(audits).toHaveLength(2);
    const text = JSON.stringify(audits);
    for (const gone of [w.national_number, w.last_name, w.phone, w.iban, c.name, c.national_number]) expect(text).not.toContain(String(gone));
    // Excluded from search; a second erasure is refused.
    const list = await get(`/v1/workers?q=Gewist`, consultant);
    expect(list.json().items).toEqual([]);
    const clients = await get(`/v1/clients?limit=100`, consultant);
    expect(clients.json().items.map((x: { id: string }) => x.id)).not.toContain(f.clientId);
    expect((await post(`/v1/workers/${f.workerId}/erasure`, admin, { reason: "request" })).json().code).toBe("privacy.already_erased");
    // The export after erasure shows the pseudonym only.
    const after = await get(`/v1/workers/${f.workerId}/data-export`, admin);
    expect(after.body).not.toContain(String(w.national_number));
    expect(after.json().person.lastName).toBe(w2.last_name);
  });
});

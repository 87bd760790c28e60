import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vouchers as ledger } from "@wijkwerk/db";
import { addCalendarMonths, brusselsDateOf, expectedClosing, monthRange } from "@wijkwerk/domain";
import { addEntries, staffToken, type PayoutWorld } from "./fixtures/payouts.ts";
import { createAssignment, createClient, createWorker, createWorkFixture, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 18, "A month-end report": a generated history over four months (orders paid, confirmations
// consuming vouchers, an expiry sweep, a refund, an approved payout run), then the report must
// reconcile with the ledger every month.
let t: TestApp;
let gent: TenantLogin;
let finance: string;
let consultant: string;
let f: WorkFixture;
let clientB: string;
const today = brusselsDateOf(new Date());
const m = (n: number) => addCalendarMonths(`${today.slice(0, 7)}-01`, n).slice(0, 7);
const [m0, m1, m2, m3] = [m(-3), m(-2), m(-1), m(0)];
let runTotals: { minutes: number; travelCents: number; payCents: number; transfers: number };

const post = (token: string, url: string, payload?: object) => t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });
const get = (token: string, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers: { ...bearer(token), ...headers } });

/** Moves the ledger movements written since `since` into `month` (the 10th, noon in Brussels): a history made now. */
async function backdate(since: Date, month: string) {
  await t.owner.sql`UPDATE voucher_movements SET created_at = ${`${month}-10T12:00:00+01:00`}
    WHERE tenant_id = ${gent.tenantId} AND created_at >= ${since.toISOString()}`;
}

async function buyAndPay(clientId: string, quantity: number) {
  const o = await post(consultant, "/v1/voucher-orders", { clientId, quantity });
  expect(o.statusCode, o.body).toBe(201);
  const paid = await post(finance, "/v1/payments", { paymentReference: o.json().paymentReference, amountCents: o.json().amountCents, paidOn: today });
  expect(paid.statusCode, paid.body).toBe(201);
}

async function workAndConfirm(minutes: number) {
  const day = brusselsDateOf(new Date(Date.now() - 86_400_000));
  const a = await createAssignment(t, f, `${day}T08:00:00Z`, minutes);
  const entry = await post(tokenFor(t, f.tenantId, "worker", f.workerId), "/v1/time-entries", { assignmentId: a, date: day, minutes, travelKm: 0 });
  expect(entry.statusCode, entry.body).toBe(201);
  expect((await post(consultant, `/v1/time-entries/${entry.json().id}/confirm`)).json().status).toBe("confirmed");
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  finance = await staffToken(t, gent, "finance");
  consultant = await staffToken(t, gent, "consultant");
  f = await createWorkFixture(t, gent);
  clientB = await createClient(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);

  let since = new Date();
  await buyAndPay(f.clientId, 10);
  await buyAndPay(clientB, 5);
  await backdate(since, m0);

  since = new Date();
  await workAndConfirm(120);
  await backdate(since, m1);

  since = new Date();
  const refund = await post(finance, "/v1/voucher-refunds", { clientId: f.clientId, quantity: 3, iban: "BE68539007547034" });
  expect(refund.statusCode, refund.body).toBe(201);
  await t.owner
    .sql`UPDATE voucher_lots SET issued_on = current_date - 366, expires_on = current_date - 1 WHERE tenant_id = ${gent.tenantId} AND client_id = ${clientB}`;
  const swept = await t.database.withTenant(gent.tenantId, (tx) => ledger.expireVouchers(tx, gent.tenantId, today));
  expect(swept.expiredVouchers).toBe(5);
  await backdate(since, m2);

  await buyAndPay(f.clientId, 4);
  await workAndConfirm(60);

  // Hours and travel paid: an approved run for m1 (3 workers), a draft for m2 that pays nothing yet.
  const workers = [
    f.workerId,
    await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId),
    await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId),
  ];
  const world: PayoutWorld = { ...f, workers: workers.map((id) => ({ id, firstName: "", lastName: "", iban: "", nationalNumber: "", referrer: "vdab" })) };
  await addEntries(t.owner, world, [
    { workerId: world.workers[0]!.id, date: `${m1}-05`, minutes: 150, travelTenthsKm: 240 },
    { workerId: world.workers[1]!.id, date: `${m1}-06`, minutes: 60 },
    { workerId: world.workers[2]!.id, date: `${m1}-07`, minutes: 45, travelTenthsKm: 120 },
    { workerId: world.workers[0]!.id, date: `${m2}-03`, minutes: 60 },
  ]);
  const run = await post(finance, "/v1/payout-runs", { month: m1 });
  expect(run.statusCode, run.body).toBe(201);
  expect((await post(finance, `/v1/payout-runs/${run.json().id}/approve`)).statusCode).toBe(200);
  expect((await post(finance, "/v1/payout-runs", { month: m2 })).statusCode).toBe(201);
  const lines = (await get(finance, `/v1/payout-runs/${run.json().id}/lines?limit=100`)).json().items as {
    minutes: number;
    travelCents: number;
    payCents: number;
  }[];
  runTotals = {
    minutes: lines.reduce((s, l) => s + l.minutes, 0),
    travelCents: lines.reduce((s, l) => s + l.travelCents, 0),
    payCents: lines.reduce((s, l) => s + l.payCents, 0),
    transfers: (await get(finance, `/v1/payout-runs/${run.json().id}`)).json().transferCount,
  };
});
afterAll(async () => t?.close());

type Figures = { opening: number; sold: number; consumed: number; expired: number; refunded: number; closing: number; difference: number };
type Month = {
  month: string;
  vouchers: Figures;
  valueCents: Figures;
  paid: { runStatus: string | null; minutes: number; payCents: number; travelCents: number; transferCount: number };
};

async function report(from: string, to: string) {
  const res = await get(finance, `/v1/reports/month-end?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { months: Month[]; totals: { vouchers: Figures; paid: Month["paid"] }; reconciles: boolean };
}

describe("GET /v1/reports/month-end (issue 18)", () => {
  it("counts what the history did, month by month, in vouchers and in euro at the price paid", async () => {
    const r = await report(m0, m3);
    const v = (month: string) => r.months.find((x) => x.month === month)!.vouchers;
    expect(v(m0)).toEqual({ opening: 0, sold: 15, consumed: 0, expired: 0, refunded: 0, closing: 15, difference: 0 });
    expect(v(m1)).toEqual({ opening: 15, sold: 0, consumed: 2, expired: 0, refunded: 0, closing: 13, difference: 0 });
    expect(v(m2)).toEqual({ opening: 13, sold: 0, consumed: 0, expired: 5, refunded: 3, closing: 5, difference: 0 });
    expect(v(m3)).toEqual({ opening: 5, sold: 4, consumed: 1, expired: 0, refunded: 0, closing: 8, difference: 0 });
    const price = 745;
    expect(r.months[0]!.valueCents).toMatchObject({ sold: 15 * price, closing: 15 * price });
    expect(r.months[2]!.valueCents).toMatchObject({ expired: 5 * price, refunded: 3 * price, closing: 5 * price });
    expect(r.totals.vouchers).toMatchObject({ opening: 0, sold: 19, consumed: 3, expired: 5, refunded: 3, closing: 8 });
  });

  it("the reconciliation identity holds every month, and the closing outstanding is the ledger's sum of client balances at month end", async () => {
    const r = await report(m0, m3);
    expect(r.reconciles).toBe(true);
    for (const month of r.months) {
      for (const figures of [month.vouchers, month.valueCents]) {
        expect(expectedClosing(figures), month.month).toBe(figures.closing);
        expect(figures.difference).toBe(0);
      }
      const [ledgerSum] = await t.owner.sql<{ n: number }[]>`SELECT COALESCE(sum(vouchers), 0)::int AS n FROM voucher_movements
        WHERE tenant_id = ${gent.tenantId} AND account LIKE 'client:%' AND created_at < ${monthRange(month.month).toUtc}`;
      expect(month.vouchers.closing, month.month).toBe(ledgerSum!.n);
    }
    // Each month opens with what the previous one closed with.
    for (let i = 1; i < r.months.length; i++) expect(r.months[i]!.vouchers.opening).toBe(r.months[i - 1]!.vouchers.closing);
    // Today's outstanding is what the clients' wallets hold (available + reserved).
    let held = 0;
    for (const c of [f.clientId, clientB]) {
      const w = (await get(finance, `/v1/clients/${c}/wallet`)).json() as { available: number; reserved: number };
      held += w.available + w.reserved;
    }
    expect(r.months[3]!.vouchers.closing).toBe(held);
    // A report starting later opens with the earlier report's closing.
    expect((await report(m2, m3)).months[0]!.vouchers.opening).toBe(r.months[1]!.vouchers.closing);
  });

  it("hours and travel paid are the approved run's totals; a draft pays nothing", async () => {
    const r = await report(m0, m3);
    const paid = (month: string) => r.months.find((x) => x.month === month)!.paid;
    expect(runTotals.minutes).toBe(150 + 60 + 45);
    expect(runTotals.travelCents).toBeGreaterThan(0);
    expect(paid(m1)).toMatchObject({
      runStatus: "approved",
      minutes: runTotals.minutes,
      travelCents: runTotals.travelCents,
      payCents: runTotals.payCents,
      transferCount: runTotals.transfers,
    });
    expect(paid(m1).transferCount).toBe(3);
    expect(paid(m2)).toMatchObject({ runStatus: null, minutes: 0, travelCents: 0, payCents: 0 });
    expect(r.totals.paid).toMatchObject({ minutes: runTotals.minutes, travelCents: runTotals.travelCents });
  });

  it("as CSV (?format=csv or Accept: text/csv): the same numbers, Excel-safe", async () => {
    const json = await report(m0, m3);
    for (const res of [
      await get(finance, `/v1/reports/month-end?from=${m0}&to=${m3}&format=csv`),
      await get(finance, `/v1/reports/month-end?from=${m0}&to=${m3}`, { accept: "text/csv" }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/csv/);
      expect(res.headers["content-disposition"]).toContain(`maandrapport-${m0}-${m3}.csv`);
      expect(res.body.startsWith("\uFEFFMaand;Cheques bij begin;Verkocht;")).toBe(true);
      const rows = res.body
        .slice(1)
        .trim()
        .split("\r\n")
        .map((l) => l.split(";"));
      expect(rows).toHaveLength(1 + 4 + 1);
      const m2row = rows.find((r) => r[0] === m2)!;
      const j = json.months[2]!;
      expect(m2row.slice(1, 8).map(Number)).toEqual([j.vouchers.opening, 0, 0, 5, 3, 5, 0]);
      expect(m2row[11]).toBe(`${Math.floor((5 * 745) / 100)},${String((5 * 745) % 100).padStart(2, "0")}`);
      expect(rows[5]![0]).toBe("Totaal");
    }
  });

  it("bad ranges are 422 report.range_invalid; only finance and admin read it", async () => {
    for (const q of [`from=${m3}&to=${m0}`, `from=${m0}&to=${m(1)}`, "from=2020-01&to=2026-01"]) {
      const res = await get(finance, `/v1/reports/month-end?${q}`);
      expect(res.statusCode, q).toBe(422);
      expect(res.json().code).toBe("report.range_invalid");
    }
    const bad = await get(finance, "/v1/reports/month-end?from=2026-13");
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("validation.failed");
    expect((await get(tokenFor(t, gent.tenantId, "consultant"), `/v1/reports/month-end?from=${m0}`)).statusCode).toBe(403);
    expect((await get(gent.token, `/v1/reports/month-end?from=${m0}`)).statusCode).toBe(200);
  });

  it("another tenant sees none of it", async () => {
    const aalst = await createTenant(t, "aalst");
    const other = await staffToken(t, aalst, "finance");
    const res = (await get(other, `/v1/reports/month-end?from=${m0}&to=${m3}`)).json();
    expect(res.totals.vouchers).toMatchObject({ opening: 0, sold: 0, closing: 0 });
    expect(res.totals.paid.minutes).toBe(0);
  });
});

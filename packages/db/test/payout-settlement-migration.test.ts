import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { ensureDatabase, withDatabase } from "../src/index.ts";
import { historicMigrations } from "./fixtures/historic-migrations.ts";

// Migration 0018 rewrites how payouts are stored. Runs approved under 0015 (per-entry link rows,
// an adjustment line that may cover several months, negative remainders never carried) must keep
// their money exactly and be settled against, not paid again, by the first run after it.
const config = loadConfig();
const name = `wijkwerk_t_${randomBytes(5).toString("hex")}`;
let sql: postgres.Sql;
const T = randomUUID();
const id = (kind: number, n: number) => `00000000-0000-0000-000${kind}-${String(n).padStart(12, "0")}`;
const W1 = id(0, 1);
const W2 = id(0, 2);
const [MARCH, APRIL, MAY] = [id(3, 3), id(3, 4), id(3, 5)];

async function apply(filter: (file: string) => boolean) {
  // As written at the time, function bodies included: this test replays an upgrade from before 0018.
  for (const m of (await historicMigrations()).filter((m) => filter(m.name))) await sql.begin((tx) => tx.unsafe(m.sql));
}

async function entry(n: number, worker: string, date: string, minutes: number, tenths = 0) {
  await sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    VALUES (${T}, ${id(1, n)}, ${id(0, 13)}, ${worker}, ${id(0, 12)}, ${`${date}T09:00:00+01:00`}, ${new Date(Date.parse(`${date}T09:00:00+01:00`) + minutes * 60_000).toISOString()}, 'completed', 'x')`;
  await sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, travel_tenths_km, vouchers, status, submitted_by_type, submitted_by_id, confirmed_at, confirmed_by)
    VALUES (${T}, ${id(2, n)}, ${id(1, n)}, ${worker}, ${id(0, 12)}, ${date}, ${minutes}, ${tenths}, ${Math.ceil(minutes / 60)}, 'confirmed', 'worker', 'x', now(), 'client')`;
}

async function run(runId: string, month: string, approve: boolean) {
  await sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, created_by) VALUES (${T}, ${runId}, ${month}, 410, 'x', 'BE68539007547034', 'x')`;
  await sql`SELECT * FROM app_payout_generate(${runId})`;
  if (approve) await sql`UPDATE payout_runs SET status = 'approved', approved_at = now() WHERE id = ${runId}`;
}

beforeAll(async () => {
  const url = await ensureDatabase(withDatabase(config.DATABASE_URL, "postgres"), name);
  sql = postgres(url, { max: 1, onnotice: () => {}, types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } } });
  await apply((file) => file < "0018");
  await sql`SELECT set_config('app.tenant_id', ${T}, false)`;
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${T}, 'legacy', 'Legacy')`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${T}, ${id(0, 10)}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${T}, ${id(0, 11)}, ${id(0, 10)}, 'Muide', 51.07, 3.73)`;
  for (const [w, n] of [
    [W1, 1],
    [W2, 2],
  ] as const) {
    await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
      VALUES (${T}, ${w}, 'Werker', ${`Nr ${n}`}, ${`8507300000${n}`}, ${`+3247000000${n}`}, 'nl', 'Dok', '1', '9000', ${id(0, 10)}, ${id(0, 11)}, 'BE68539007547034', 'vdab')`;
  }
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
    VALUES (${T}, ${id(0, 12)}, 'private', 'Els', 'Els', 'Claes', 'Dok', '2', '9000', ${id(0, 10)}, ${id(0, 11)}, 1)`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
    VALUES (${T}, ${id(0, 13)}, ${id(0, 12)}, 'garden.mowing', 'Gras', 60, '2024-01-01T08:00:00Z', '2025-12-31T08:00:00Z', ${id(0, 11)}, 'consultant', 'x')`;
  // Under 0015. March: W1 60 min + 120 min with 12 km (1434), W2 90 min with 15 km (1075).
  await entry(1, W1, "2024-03-04", 60);
  await entry(2, W1, "2024-03-05", 120, 120);
  await entry(3, W2, "2024-03-06", 90, 150);
  await run(MARCH, "2024-03", true);
  // April: a late February hour for W1, W1's 120-minute and W2's entry cancelled after payment,
  // one April hour for W1. W1's adjustment line covers February and March; both end below zero.
  await entry(4, W1, "2024-02-20", 60);
  await entry(5, W1, "2024-04-02", 60);
  await sql`UPDATE time_entries SET status = 'cancelled' WHERE id IN (${id(2, 2)}, ${id(2, 3)})`;
  await run(APRIL, "2024-04", true);
  // May: a draft with W1's two hours.
  await entry(6, W1, "2024-05-02", 120);
  await run(MAY, "2024-05", false);
  await apply((file) => file.startsWith("0018"));
  // The live app_payout_generate called below also copies the masked account 0058 added (issue 20),
  // from workers to payout_lines.
  await sql`ALTER TABLE payout_lines ADD COLUMN iban_masked text`;
  await sql`ALTER TABLE workers ADD COLUMN iban_masked text`;
}, 120_000);
afterAll(async () => {
  await sql?.end();
  const admin = postgres(withDatabase(config.DATABASE_URL, "postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
});

describe("migration 0018 on payouts made under 0015", () => {
  it("keeps every approved run's money, splitting an adjustment line that covered two months", async () => {
    const lines =
      await sql`SELECT r.month, l.worker_id, l.kind, to_char(l.work_month, 'YYYY-MM') AS work_month, l.settlement_no, l.entry_count, l.total_cents, l.end_to_end_id
      FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id WHERE r.status <> 'draft' ORDER BY r.month, l.end_to_end_id`;
    expect(lines.map((l) => [l.month, l.worker_id, l.kind, l.work_month, l.settlement_no, l.entry_count, l.total_cents, l.end_to_end_id])).toEqual([
      ["2024-03", W1, "regular", "2024-03", 1, 2, 1434, "WW-2024-03-0000001"],
      ["2024-03", W2, "regular", "2024-03", 1, 1, 1075, "WW-2024-03-0000002"],
      // −(820 + 204) for the cancelled March entry, +410 for the late February hour.
      ["2024-04", W1, "adjustment", "2024-03", 2, -1, -1024, "WW-2024-04-0000001"],
      ["2024-04", W1, "adjustment", "2024-02", 1, 1, 410, "WW-2024-04-0000001-2"],
      ["2024-04", W1, "regular", "2024-04", 1, 1, 410, "WW-2024-04-0000002"],
      ["2024-04", W2, "adjustment", "2024-03", 2, -1, -1075, "WW-2024-04-0000003"],
    ]);
    const runs = await sql`SELECT month, status, line_count, total_cents::int AS total FROM payout_runs ORDER BY month`;
    expect(runs).toEqual([
      { month: "2024-03", status: "approved", line_count: 2, total: 2509 },
      { month: "2024-04", status: "approved", line_count: 4, total: -1279 },
      { month: "2024-05", status: "draft", line_count: 0, total: 0 },
    ]);
    // The per-entry detail stays as history.
    const [links] = await sql`SELECT count(*)::int AS n FROM payout_line_entries`;
    expect(links!.n).toBe(3 + 4);
  });

  it("records April's two negative remainders, never carried under 0015, for the next run", async () => {
    const carries = await sql`SELECT from_run_id, worker_id, pay_cents, travel_cents FROM payout_carries ORDER BY worker_id`;
    expect(carries).toEqual([
      { from_run_id: APRIL, worker_id: W1, pay_cents: 0, travel_cents: -204 },
      { from_run_id: APRIL, worker_id: W2, pay_cents: -820, travel_cents: -255 },
    ]);
  });

  it("the first run after it settles the old months to nothing, pays May and carries April's remainders once", async () => {
    const [out] = await sql`SELECT * FROM app_payout_generate(${MAY})`;
    expect(out).toMatchObject({ line_count: 3, total_cents: String(820 - 204 - 1075) });
    const may =
      await sql`SELECT worker_id, kind, to_char(work_month, 'YYYY-MM') AS work_month, total_cents, carried_from_run_id FROM payout_lines WHERE run_id = ${MAY} ORDER BY end_to_end_id`;
    expect(may).toEqual([
      { worker_id: W1, kind: "regular", work_month: "2024-05", total_cents: 820, carried_from_run_id: null },
      { worker_id: W1, kind: "carried", work_month: null, total_cents: -204, carried_from_run_id: APRIL },
      { worker_id: W2, kind: "carried", work_month: null, total_cents: -1075, carried_from_run_id: APRIL },
    ]);
    const [left] = await sql`SELECT count(*)::int AS n FROM payout_pending WHERE work_month <= '2024-05-01'`;
    expect(left!.n).toBe(0);
    // Refreshing again changes nothing.
    const [again] = await sql`SELECT * FROM app_payout_generate(${MAY})`;
    expect(again).toMatchObject({ line_count: 3, total_cents: String(820 - 204 - 1075) });
  });
});

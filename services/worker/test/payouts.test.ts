import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { processors } from "../src/processors/index.ts";
import "../src/processors/register.ts";

// Issue "Monthly payouts": the payouts queue recomputes a draft run with the same SQL as the API.
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let app: Database;
const tenantId = randomUUID();
const runId = randomUUID();
const workerId = randomUUID();

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 2 });
  app = createDatabase(tdb.appUrl, { max: 2 });
  const sql = owner.sql;
  const [m, n, c, j, a] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, 'gent', 'Gent')`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${m}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${n}, ${m}, 'Muide', 51.07, 3.73)`;
  await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
    VALUES (${tenantId}, ${workerId}, 'An', 'Maes', '85073000001', '+32470000001', 'nl', 'Dok', '1', '9000', ${m}, ${n}, 'BE68539007547034', 'vdab')`;
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
    VALUES (${tenantId}, ${c}, 'private', 'Els', 'Els', 'Claes', 'Dok', '2', '9000', ${m}, ${n}, 1)`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
    VALUES (${tenantId}, ${j}, ${c}, 'garden.mowing', 'Gras', 60, '2025-01-01T08:00:00Z', '2025-12-31T08:00:00Z', ${n}, 'consultant', 'test')`;
  await sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    VALUES (${tenantId}, ${a}, ${j}, ${workerId}, ${c}, '2025-03-03T09:00:00+01:00', '2025-03-03T10:30:00+01:00', 'completed', 'test')`;
  await sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, travel_tenths_km, vouchers, status, submitted_by_type, submitted_by_id, confirmed_at, confirmed_by)
    VALUES (${tenantId}, ${randomUUID()}, ${a}, ${workerId}, ${c}, '2025-03-03', 90, 200, 2, 'confirmed', 'worker', 'test', now(), 'client')`;
  await sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by, prepared_by)
    VALUES (${tenantId}, ${runId}, '2025-03', 410, 'Gent', 'BE68539007547034', 'GKCCBEBB', 'test', 'test')`;
});
afterAll(async () => {
  await Promise.allSettled([owner?.close(), app?.close()]);
  await tdb?.drop();
});

const run = (data: object) => processors.payouts!.regenerate!({ name: "regenerate", data } as Job, { config, database: app });

describe("payouts queue: regenerate", () => {
  it("RULES §2: fills a draft run set-based (2 vouchers × 410 + 20 km × 17,34 in 2025), and again without duplicates", async () => {
    expect(await run({ tenantId, runId })).toEqual({ runId, lineCount: 1, totalCents: 820 + 347 });
    expect(await run({ tenantId, runId })).toEqual({ runId, lineCount: 1, totalCents: 820 + 347 });
    const lines = await owner.sql`SELECT work_month, settlement_no, cardinality(entry_ids) AS entries FROM payout_lines WHERE tenant_id = ${tenantId}`;
    expect(lines).toEqual([{ work_month: "2025-03-01", settlement_no: 1, entries: 1 }]);
  });

  it("leaves a draft alone whose month a later approved run has locked", async () => {
    const june = randomUUID();
    await owner.sql`INSERT INTO payout_runs (tenant_id, id, month, status, approved_at, hourly_cents, debtor_name, debtor_iban, created_by, prepared_by)
      VALUES (${tenantId}, ${june}, '2025-06', 'approved', now(), 410, 'Gent', 'BE68539007547034', 'test', 'test')`;
    try {
      expect(await run({ tenantId, runId })).toEqual({ runId, skipped: "month_locked" });
    } finally {
      // An approved run cannot be deleted (app_payout_runs_forward): remove the fixture with triggers off.
      await owner.sql.begin(async (tx) => {
        await tx`SET LOCAL session_replication_role = replica`;
        await tx`DELETE FROM payout_runs WHERE id = ${june}`;
      });
    }
  });

  it("leaves an approved run alone and ignores an unknown run", async () => {
    await owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now() WHERE tenant_id = ${tenantId} AND id = ${runId}`;
    expect(await run({ tenantId, runId })).toEqual({ runId, skipped: "not_draft" });
    const other = randomUUID();
    expect(await run({ tenantId, runId: other })).toEqual({ runId: other, skipped: "not_found" });
  });
});

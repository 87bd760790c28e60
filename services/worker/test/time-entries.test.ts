import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { processors } from "../src/processors/index.ts";
import "../src/processors/register.ts";
import { expireVoucherLots } from "../src/processors/time-entries.ts";

// Issue "Hours and vouchers": the auto-confirmation, retry and expiry sweeps.
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;
const tenantId = randomUUID();
let municipalityId: string;
let neighbourhoodId: string;
let workerId: string;
let jobId: string;
let n = 0;

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 3 });
  const sql = owner.sql;
  municipalityId = randomUUID();
  neighbourhoodId = randomUUID();
  workerId = randomUUID();
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, 'gent', 'Wijk-Werken Gent')`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${municipalityId}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${neighbourhoodId}, ${municipalityId}, 'Ledeberg', 51.03, 3.74)`;
  await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
            VALUES (${tenantId}, ${workerId}, 'Amina', 'B', '85073003328', '+32471000001', 'nl', 'Kerkstraat', '1', '9000', ${municipalityId}, ${neighbourhoodId}, 'BE71096123456769', 'vdab')`;
});
afterAll(async () => {
  await owner?.close();
  await tdb?.drop();
});

async function client(): Promise<string> {
  const id = randomUUID();
  n++;
  await owner.sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
                  VALUES (${tenantId}, ${id}, 'private', ${`Klant ${n}`}, 'Jeanne', 'P', 'Dorp', '1', '9000', ${municipalityId}, ${neighbourhoodId}, ${n})`;
  jobId = randomUUID();
  await owner.sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
                  VALUES (${tenantId}, ${jobId}, ${id}, 'garden.mowing', 'Gras', 60, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', ${neighbourhoodId}, 'consultant', 'test')`;
  return id;
}

/** A submitted entry of `vouchers` hours, entered at createdAt. */
async function entry(clientId: string, createdAt: string, vouchers: number): Promise<string> {
  const a = randomUUID();
  const id = randomUUID();
  const start = new Date(new Date(createdAt).getTime() - 86_400_000 - n * 3_600_000 * 3);
  n++;
  await owner.sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
                  VALUES (${tenantId}, ${a}, ${jobId}, ${workerId}, ${clientId}, ${start.toISOString()}, ${new Date(start.getTime() + vouchers * 3_600_000).toISOString()}, 'completed', 'test')`;
  await owner.sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id, created_at)
                  VALUES (${tenantId}, ${id}, ${a}, ${workerId}, ${clientId}, ${start.toISOString().slice(0, 10)}, ${vouchers * 60}, ${vouchers}, 'worker', 'test', ${createdAt})`;
  return id;
}

/** A paid order and its lot, issued with a balanced posting. */
async function lot(clientId: string, quantity: number, expiresOn: string): Promise<string> {
  const orderId = randomUUID();
  const lotId = randomUUID();
  const ref = `+++${String(100 + n).padStart(3, "0")}/0000/${String(n).padStart(3, "0")}00+++`;
  n++;
  await owner.sql.begin(async (tx) => {
    await tx`INSERT INTO voucher_orders (tenant_id, id, client_id, quantity, unit_price_cents, amount_cents, payment_reference, status, created_by_id)
             VALUES (${tenantId}, ${orderId}, ${clientId}, ${quantity}, 745, ${quantity * 745}, ${ref}, 'paid', 'test')`;
    await tx`INSERT INTO voucher_lots (tenant_id, id, client_id, order_id, quantity, issued_on, expires_on) VALUES (${tenantId}, ${lotId}, ${clientId}, ${orderId}, ${quantity}, '2025-12-01', ${expiresOn})`;
    const posting = randomUUID();
    await tx`INSERT INTO voucher_movements (tenant_id, posting_id, account, lot_id, vouchers, kind) VALUES
             (${tenantId}, ${posting}, 'system:issuer', ${lotId}, ${-quantity}, 'issue'),
             (${tenantId}, ${posting}, ${`client:${clientId}:available`}, ${lotId}, ${quantity}, 'issue')`;
  });
  return lotId;
}

const run = (name: string, now: string) => processors.maintenance![name]!({ data: { now } } as Job, { config, database: owner });
const status = async (id: string) => (await owner.sql`SELECT status, confirmed_by FROM time_entries WHERE id = ${id}`)[0];
const balance = async (clientId: string) =>
  (await owner.sql`SELECT COALESCE(sum(vouchers), 0)::int AS n FROM voucher_movements WHERE account = ${`client:${clientId}:available`}`)[0]!.n as number;

describe("time_entries.auto_confirm", () => {
  it("RULES §5 (S34): confirmed automatically after 4 calendar days, not a minute before, and only once", async () => {
    const c = await client();
    await lot(c, 5, "2026-12-31");
    // Entered on Sunday 1 November in Brussels; the client may answer up to and including 5 November.
    const id = await entry(c, "2026-11-01T10:00:00Z", 2);
    await run("time_entries.auto_confirm", "2026-11-05T22:59:00Z");
    expect(await status(id)).toMatchObject({ status: "submitted" });
    await run("time_entries.auto_confirm", "2026-11-05T23:00:00Z");
    expect(await status(id)).toMatchObject({ status: "confirmed", confirmed_by: "auto" });
    expect(await balance(c)).toBe(3);
    await run("time_entries.auto_confirm", "2026-11-09T00:00:00Z");
    expect(await balance(c)).toBe(3);
    const [a] = await owner.sql`SELECT actor_type, action FROM audit_log WHERE entity_id = ${id}`;
    expect(a).toMatchObject({ actor_type: "system", action: "confirm" });
  });

  it("a disputed entry is never auto-confirmed", async () => {
    const c = await client();
    await lot(c, 5, "2026-12-31");
    const id = await entry(c, "2026-10-01T10:00:00Z", 1);
    await owner.sql`UPDATE time_entries SET status = 'disputed' WHERE id = ${id}`;
    await run("time_entries.auto_confirm", "2026-11-20T00:00:00Z");
    expect(await status(id)).toMatchObject({ status: "disputed" });
  });

  it("without vouchers it waits and the client is told; vouchers arriving later settle it", async () => {
    const c = await client();
    const id = await entry(c, "2026-10-01T10:00:00Z", 3);
    await run("time_entries.auto_confirm", "2026-11-20T00:00:00Z");
    expect(await status(id)).toMatchObject({ status: "awaiting_vouchers", confirmed_by: "auto" });
    const low = await owner.sql`SELECT payload FROM outbox WHERE topic = 'events/vouchers.low' AND payload->>'timeEntryId' = ${id}`;
    expect(low).toHaveLength(1);
    await lot(c, 2, "2026-12-31");
    await run("time_entries.auto_confirm", "2026-11-20T01:00:00Z");
    expect(await status(id)).toMatchObject({ status: "awaiting_vouchers" });
    await lot(c, 2, "2026-12-31");
    await run("time_entries.auto_confirm", "2026-11-20T02:00:00Z");
    expect(await status(id)).toMatchObject({ status: "confirmed" });
    expect(await balance(c)).toBe(1);
    // Told once, not on every retry.
    expect(await owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/vouchers.low' AND payload->>'timeEntryId' = ${id}`).toHaveLength(1);
  });
});

describe("vouchers.expire", () => {
  it("RULES §4 (S11): lots past their last day expire with a balanced posting; expiring lots are announced once", async () => {
    const c = await client();
    const old = await lot(c, 3, "2026-11-19");
    const lastDay = await lot(c, 2, "2026-11-20");
    const soon = await lot(c, 4, "2026-12-10");
    await lot(c, 1, "2027-06-30");
    await run("vouchers.expire", "2026-11-20T08:00:00Z");
    const left = await owner.sql<{ lot_id: string; n: number }[]>`
      SELECT lot_id, sum(vouchers)::int AS n FROM voucher_movements WHERE account = ${`client:${c}:available`} GROUP BY lot_id`;
    const byLot = Object.fromEntries(left.map((r) => [r.lot_id, r.n]));
    expect(byLot[old]).toBe(0);
    expect(byLot[lastDay]).toBe(2);
    const [expired] = await owner.sql`SELECT sum(vouchers)::int AS n FROM voucher_movements WHERE account = 'system:expired' AND lot_id = ${old}`;
    expect(expired?.n).toBe(3);
    const warnings =
      await owner.sql`SELECT payload FROM outbox WHERE topic = 'events/vouchers.expiring' AND payload->>'clientId' = ${c} ORDER BY payload->>'expiresOn'`;
    expect(warnings.map((w) => [w.payload.lotId, w.payload.count])).toEqual([
      [lastDay, 2],
      [soon, 4],
    ]);

    const again = await expireVoucherLots(owner, new Date("2026-11-20T09:00:00Z"));
    expect(again.expiredVouchers).toBe(0);
    expect(await owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/vouchers.expiring' AND payload->>'clientId' = ${c}`).toHaveLength(2);
    const unbalanced = await owner.sql`SELECT posting_id FROM voucher_movements GROUP BY posting_id HAVING sum(vouchers) <> 0`;
    expect(unbalanced).toHaveLength(0);
  });
});

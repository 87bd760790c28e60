import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, seedDemo, type Database, type TestDatabase } from "../src/index.ts";

// The demo's wallets: paid orders become lots valid 12 months (RULES §4), with balanced postings.
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let tenantId: string;
beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  tenantId = (await seedDemo(tdb.ownerUrl)).tenantId;
  owner = createDatabase(tdb.ownerUrl, { max: 2 });
}, 120_000);
afterAll(async () => {
  await owner?.close();
  await tdb?.drop();
});

describe("demo vouchers", () => {
  it("every posting balances and no client lot is negative", async () => {
    const unbalanced = await owner.sql`SELECT posting_id FROM voucher_movements WHERE tenant_id = ${tenantId} GROUP BY posting_id HAVING sum(vouchers) <> 0`;
    expect(unbalanced).toHaveLength(0);
    const [total] = await owner.sql<{ n: number; s: number }[]>`SELECT count(*)::int AS n, COALESCE(sum(vouchers), 0)::int AS s FROM voucher_movements WHERE tenant_id = ${tenantId}`;
    expect(total!.n).toBeGreaterThan(100);
    expect(total!.s).toBe(0);
    const negative = await owner.sql`SELECT lot_id FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%' GROUP BY account, lot_id HAVING sum(vouchers) < 0`;
    expect(negative).toHaveLength(0);
  });

  it("most clients with recent work have vouchers, some expire within 30 days, and lots match paid orders", async () => {
    const [r] = await owner.sql<{ with_work: number; with_lot: number; expiring: number; mismatched: number }[]>`
      SELECT
        (SELECT count(DISTINCT client_id)::int FROM time_entries WHERE tenant_id = ${tenantId} AND work_date >= current_date - interval '3 months') AS with_work,
        (SELECT count(DISTINCT client_id)::int FROM voucher_lots WHERE tenant_id = ${tenantId}) AS with_lot,
        (SELECT count(*)::int FROM voucher_lots WHERE tenant_id = ${tenantId} AND expires_on BETWEEN current_date AND current_date + 30) AS expiring,
        (SELECT count(*)::int FROM voucher_lots l JOIN voucher_orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
          WHERE l.tenant_id = ${tenantId} AND (o.status <> 'paid' OR o.quantity <> l.quantity OR l.expires_on <> (l.issued_on + interval '12 months' - interval '1 day')::date)) AS mismatched`;
    expect(r!.with_lot).toBeGreaterThan(r!.with_work * 0.8);
    expect(r!.expiring).toBeGreaterThan(0);
    expect(r!.mismatched).toBe(0);
  });

  it("finance finds unmatched payments and orders awaiting payment", async () => {
    const [r] = await owner.sql<{ unmatched: number; awaiting: number }[]>`
      SELECT (SELECT count(*)::int FROM payments WHERE tenant_id = ${tenantId} AND status = 'unmatched') AS unmatched,
             (SELECT count(*)::int FROM voucher_orders WHERE tenant_id = ${tenantId} AND status = 'awaiting_payment') AS awaiting`;
    expect(r!.unmatched).toBe(3);
    expect(r!.awaiting).toBeGreaterThan(0);
  });
});

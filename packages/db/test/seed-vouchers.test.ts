import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { brusselsDateOf } from "@wijkwerk/domain";
import { createDatabase, createTestDatabase, seedDemo, vouchers, type Database, type TestDatabase } from "../src/index.ts";

// The demo's wallets: paid orders become lots valid 12 months (RULES §4), with balanced postings,
// and the demo's confirmed work consumed them, oldest expiry first (API.md time entries).
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let app: Database;
let tenantId: string;
beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  tenantId = (await seedDemo(tdb.ownerUrl)).tenantId;
  owner = createDatabase(tdb.ownerUrl, { max: 2 });
  app = createDatabase(tdb.appUrl, { max: 2 });
  // Statistics for the checks' joins (a fresh demo gets them from autovacuum within a minute).
  await owner.sql`ANALYZE time_entries, voucher_movements, voucher_lots, voucher_orders`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await owner?.close();
  await tdb?.drop();
});

describe("demo vouchers", () => {
  it("every posting balances and no client lot is negative", async () => {
    const unbalanced = await owner.sql`SELECT posting_id FROM voucher_movements WHERE tenant_id = ${tenantId} GROUP BY posting_id HAVING sum(vouchers) <> 0`;
    expect(unbalanced).toHaveLength(0);
    const [total] = await owner.sql<
      { n: number; s: number }[]
    >`SELECT count(*)::int AS n, COALESCE(sum(vouchers), 0)::int AS s FROM voucher_movements WHERE tenant_id = ${tenantId}`;
    expect(total!.n).toBeGreaterThan(100);
    expect(total!.s).toBe(0);
    const negative =
      await owner.sql`SELECT lot_id FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%' GROUP BY account, lot_id HAVING sum(vouchers) < 0`;
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

  it("every confirmed entry consumed exactly its vouchers, from its own client's lots; nothing else consumed", async () => {
    const [r] = await owner.sql<{ confirmed: number; wrong: number; others: number; foreign: number }[]>`
      WITH used AS (
        SELECT m.time_entry_id, sum(m.vouchers)::int AS n FROM voucher_movements m
        WHERE m.tenant_id = ${tenantId} AND m.kind = 'consume' AND m.account = 'system:consumed' GROUP BY m.time_entry_id)
      SELECT
        (SELECT count(*)::int FROM time_entries WHERE tenant_id = ${tenantId} AND status = 'confirmed') AS confirmed,
        (SELECT count(*)::int FROM time_entries te LEFT JOIN used u ON u.time_entry_id = te.id
          WHERE te.tenant_id = ${tenantId} AND te.status = 'confirmed' AND u.n IS DISTINCT FROM te.vouchers) AS wrong,
        (SELECT count(*)::int FROM time_entries te JOIN used u ON u.time_entry_id = te.id WHERE te.tenant_id = ${tenantId} AND te.status <> 'confirmed') AS others,
        (SELECT count(*)::int FROM voucher_movements m JOIN time_entries te ON te.tenant_id = m.tenant_id AND te.id = m.time_entry_id
           JOIN voucher_lots l ON l.tenant_id = m.tenant_id AND l.id = m.lot_id
          WHERE m.tenant_id = ${tenantId} AND (l.client_id <> te.client_id OR m.account NOT IN ('system:consumed', 'client:' || te.client_id || ':available'))) AS foreign`;
    expect(r!.confirmed).toBeGreaterThan(5000);
    expect(r).toMatchObject({ wrong: 0, others: 0, foreign: 0 });
  });

  it("replayed in time order, no lot ever goes below zero, consumption uses lots already issued and valid, oldest expiry first", async () => {
    const lots = new Map(
      (
        await owner.sql<{ id: string; client_id: string; issued_on: string; expires_on: string }[]>`
        SELECT id, client_id, issued_on::text, expires_on::text FROM voucher_lots WHERE tenant_id = ${tenantId}`
      ).map((l) => [l.id, { ...l, left: 0 }]),
    );
    const moves = await owner.sql<{ posting_id: string; lot_id: string; vouchers: number; kind: string; at: string; day: string }[]>`
      SELECT posting_id, lot_id, vouchers, kind, created_at::text AS at, (created_at AT TIME ZONE 'Europe/Brussels')::date::text AS day
      FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%'
      -- Entries confirmed in the same minute were confirmed one after the other by entry id.
      ORDER BY created_at, time_entry_id NULLS FIRST, posting_id`;
    const problems: string[] = [];
    let postings = 0;
    for (let i = 0; i < moves.length;) {
      const posting = moves[i]!.posting_id;
      const group: (typeof moves)[number][] = [];
      while (i < moves.length && moves[i]!.posting_id === posting) group.push(moves[i++]!);
      postings++;
      const first = group[0]!;
      for (const m of group) lots.get(m.lot_id)!.left += m.vouchers;
      for (const m of group) {
        const lot = lots.get(m.lot_id)!;
        if (lot.left < 0) problems.push(`lot ${lot.id} below zero at ${m.at}`);
        if (m.kind === "consume" && (lot.issued_on > m.day || lot.expires_on < m.day)) problems.push(`lot ${lot.id} not usable on ${m.day}`);
      }
      if (first.kind === "consume") {
        // Oldest expiry first: every usable lot of the client expiring before the latest lot used is empty now.
        const client = lots.get(first.lot_id)!.client_id;
        const latest = group
          .map((m) => lots.get(m.lot_id)!.expires_on)
          .sort()
          .at(-1)!;
        for (const l of lots.values()) {
          if (l.client_id === client && l.issued_on <= first.day && l.expires_on >= first.day && l.expires_on < latest && l.left > 0)
            problems.push(`posting ${posting} skipped older lot ${l.id}`);
        }
      }
    }
    expect(postings).toBeGreaterThan(5000);
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("entries a client could not pay wait for vouchers, as the API leaves them: the wallet cannot pay them and an order awaits payment", async () => {
    const waiting = await owner.sql<{ id: string; client_id: string; vouchers: number; confirmed_at: string | null; confirmed_by: string | null }[]>`
      SELECT id, client_id, vouchers, confirmed_at::text, confirmed_by FROM time_entries WHERE tenant_id = ${tenantId} AND status = 'awaiting_vouchers'`;
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.length).toBeLessThan(100);
    const today = brusselsDateOf(new Date());
    for (const e of waiting) {
      expect(e.confirmed_at).toBeNull();
      expect(["client", "auto"]).toContain(e.confirmed_by);
      const lots = await owner.withTenant(tenantId, (tx) => vouchers.clientLots(tx, tenantId, e.client_id));
      const held = lots.filter((l) => l.expiresOn >= today).reduce((s, l) => s + l.remaining, 0);
      // Otherwise the worker's retry sweep would confirm it at once.
      expect(e.vouchers, `entry ${e.id}`).toBeGreaterThan(held);
      const [o] = await owner.sql<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM voucher_orders WHERE tenant_id = ${tenantId} AND client_id = ${e.client_id} AND status = 'awaiting_payment'`;
      expect(o!.n).toBeGreaterThan(0);
    }
  });

  it("the wallets (read as the API reads them) look lived in: vouchers left, some reserved for recent hours, some expiring, a few short", async () => {
    const clients = await owner.sql<{ id: string }[]>`SELECT DISTINCT client_id AS id FROM time_entries WHERE tenant_id = ${tenantId}`;
    const now = new Date();
    const wallets = await app.withTenant(tenantId, async (tx) => Promise.all(clients.map((c) => vouchers.clientWallet(tx, tenantId, c.id, now))));
    for (const w of wallets) {
      expect(w.available + w.reserved).toBe(w.lots.reduce((s, l) => s + l.count, 0));
      expect(w.available).toBeGreaterThanOrEqual(0);
    }
    const share = (f: (w: (typeof wallets)[number]) => boolean) => wallets.filter(f).length / wallets.length;
    expect(share((w) => w.available > 0)).toBeGreaterThan(0.7);
    expect(share((w) => w.reserved > 0)).toBeGreaterThan(0.05);
    expect(share((w) => w.expiringWithin30Days > 0)).toBeGreaterThan(0.02);
    expect(wallets.some((w) => w.shortfall > 0)).toBe(true);
    // Nobody holds an absurd stock: clients buy 10 to 40 at a time, as they need them.
    expect(Math.max(...wallets.map((w) => w.available + w.reserved))).toBeLessThanOrEqual(80);
  });

  it("finance finds unmatched payments and orders awaiting payment", async () => {
    const [r] = await owner.sql<{ unmatched: number; awaiting: number }[]>`
      SELECT (SELECT count(*)::int FROM payments WHERE tenant_id = ${tenantId} AND status = 'unmatched') AS unmatched,
             (SELECT count(*)::int FROM voucher_orders WHERE tenant_id = ${tenantId} AND status = 'awaiting_payment') AS awaiting`;
    expect(r!.unmatched).toBe(3);
    expect(r!.awaiting).toBeGreaterThan(0);
  });
});

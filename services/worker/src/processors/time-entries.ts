import type { Job } from "bullmq";
import { schema, vouchers as wallet, type Database, type Tx } from "@wijkwerk/db";
import { brusselsDateOf, confirmWindowStart, isAutoConfirmDue } from "@wijkwerk/domain";
import { QUEUES, writeOutbox } from "@wijkwerk/queue";
import { registerProcessors } from "./index.ts";

/** Tests pass `{ now }` to move the clock; the scheduler passes nothing. */
const nowOf = (job: Job): Date => (typeof job.data?.now === "string" ? new Date(job.data.now) : new Date());

async function audit(tx: Tx, tenantId: string, actorId: string, action: string, entity: string, entityId: string, before: unknown, after: unknown) {
  await tx.insert(schema.auditLog).values({ tenantId, actorType: "system", actorId, action, entity, entityId, before, after });
}

/**
 * RULES §5 (S34): an entry the client neither confirmed nor disputed within confirmWindowDays
 * calendar days is confirmed automatically, consuming vouchers exactly as a client's confirmation
 * (the one shared confirmTimeEntry). One transaction per entry: one bad row never blocks the rest.
 */
export async function autoConfirmDue(database: Database, now: Date = new Date()): Promise<{ confirmed: number; awaiting: number }> {
  // Pre-filter in SQL (the window is at least one day); the exact rule is the domain's.
  const candidates = await database.sql<{ tenant_id: string; id: string; created_at: Date; work_date: string }[]>`
    SELECT tenant_id, id, created_at, work_date::text AS work_date FROM time_entries
    WHERE status = 'submitted' AND created_at < ${now.toISOString()}::timestamptz - interval '1 day'
      AND work_date < (${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Brussels')::date
    ORDER BY created_at`;
  const windows = new Map<string, number>();
  let confirmed = 0;
  let awaiting = 0;
  for (const c of candidates) {
    await database.withTenant(c.tenant_id, async (tx) => {
      let days = windows.get(c.tenant_id);
      if (days === undefined) {
        days = (await wallet.tenantSettings(tx, c.tenant_id)).confirmWindowDays;
        windows.set(c.tenant_id, days);
      }
      // RULES §5: the window runs from the later of the work date and the submission.
      if (!isAutoConfirmDue(confirmWindowStart(c.work_date, brusselsDateOf(new Date(c.created_at))), days, now)) return;
      const res = await wallet.confirmTimeEntry(tx, c.tenant_id, c.id, { by: "auto", now, allowFrom: ["submitted"] });
      if (res.outcome !== "confirmed" && res.outcome !== "awaiting_vouchers") return;
      await writeOutbox(tx, c.tenant_id, res.events);
      await audit(
        tx,
        c.tenant_id,
        "time_entries.auto_confirm",
        "confirm",
        "time_entry",
        c.id,
        { status: res.before.status },
        { status: res.entry.status, confirmedBy: "auto" },
      );
      if (res.outcome === "confirmed") confirmed++;
      else awaiting++;
    });
  }
  return { confirmed, awaiting };
}

/** Entries waiting for vouchers are settled once the client's wallet can pay them (e.g. after a payment). */
export async function retryAwaiting(database: Database, now: Date = new Date()): Promise<{ confirmed: number }> {
  const clients = await database.sql<{ tenant_id: string; client_id: string }[]>`
    SELECT DISTINCT tenant_id, client_id FROM time_entries WHERE status = 'awaiting_vouchers'`;
  let confirmed = 0;
  for (const c of clients) {
    await database.withTenant(c.tenant_id, async (tx) => {
      for (const r of await wallet.retryAwaitingVouchers(tx, c.tenant_id, c.client_id, now)) {
        if (r.outcome !== "confirmed") continue;
        confirmed++;
        await writeOutbox(tx, c.tenant_id, r.events);
        await audit(tx, c.tenant_id, "time_entries.auto_confirm", "confirm", "time_entry", r.entry.id, { status: r.before.status }, { status: r.entry.status });
      }
    });
  }
  return { confirmed };
}

/** RULES §4 (S11): expire lots past their last day; announce lots that expire within 30 days, once. */
export async function expireVoucherLots(database: Database, now: Date = new Date()): Promise<{ expiredVouchers: number; warned: number }> {
  const today = brusselsDateOf(now);
  const tenants = await database.sql<{ tenant_id: string }[]>`SELECT DISTINCT tenant_id FROM voucher_lots`;
  let expiredVouchers = 0;
  let warned = 0;
  for (const { tenant_id } of tenants) {
    await database.withTenant(tenant_id, async (tx) => {
      const res = await wallet.expireVouchers(tx, tenant_id, today);
      expiredVouchers += res.expiredVouchers;
      warned += res.events.length;
      await writeOutbox(tx, tenant_id, res.events);
      if (res.expiredVouchers > 0)
        await audit(tx, tenant_id, "vouchers.expire", "expire", "voucher_lots", today, null, { lots: res.expiredLots, vouchers: res.expiredVouchers });
    });
  }
  return { expiredVouchers, warned };
}

registerProcessors(QUEUES.maintenance, {
  "time_entries.auto_confirm": async (job, deps) => {
    const now = nowOf(job);
    return { ...(await autoConfirmDue(deps.database, now)), retried: (await retryAwaiting(deps.database, now)).confirmed };
  },
  "vouchers.expire": async (job, deps) => expireVoucherLots(deps.database, nowOf(job)),
});

import { randomUUID } from "node:crypto";
import {
  addCalendarMonths,
  allocateOldestExpiryFirst,
  brusselsDateOf,
  makeOgm,
  postingFor,
  resolveSettings,
  voucherExpiresOn,
  type ClientType,
  type LedgerMovement,
  type VoucherLot,
} from "@wijkwerk/domain";
import { copyRows, type Cell } from "./copy.ts";
import { dayOf, isoOf } from "./population.ts";
import { Random } from "./random.ts";
import type { SeedStep } from "./steps.ts";

/**
 * Demo wallets that tell the story of the demo's past work (RULES §4, API.md time entries):
 * - clients buy vouchers a few days before the work needs them, in their usual quantity (10–40),
 *   pay with the OGM reference and get a lot valid 12 months;
 * - every confirmed entry consumed its vouchers when it was confirmed, oldest expiry first, as one
 *   balanced posting (the same allocation rule as the API);
 * - some clients bought a stock almost a year ago and used little of it: it expires within 30 days;
 * - every 15th client stopped paying three weeks ago: an order awaits payment, and the entries the
 *   wallet could not pay wait as `awaiting_vouchers` (the state the API leaves them in);
 * - the entries still waiting for the client's answer reserve vouchers (see docs/VOUCHERS.md);
 * - finance finds three payments it cannot match.
 * The wallet is simulated in memory and written with COPY: seeding stays about a second.
 */

/** Clients that stop paying this many days before today (every 15th). */
const LATE_PAYER_STOP_DAYS = 21;

interface EntryRow {
  id: string;
  client_id: string;
  work_day: number;
  vouchers: number;
  status: "submitted" | "confirmed";
  confirmed_at: string | null;
  confirmed_day: number | null;
  confirmed_ms: number | null;
}
interface ClientRow {
  id: string;
  type: ClientType;
  registered: string | null;
}
interface Lot extends VoucherLot {
  issuedDay: number;
  orderId: string;
  quantity: number;
  issuedOn: string;
}

export const seedVouchers: SeedStep = async ({ sql, tenantId, log }) => {
  await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    const today = brusselsDateOf(new Date());
    const todayDay = dayOf(today);
    const rng = new Random(`vouchers:${today}`);
    const [tenant] = await tx<{ settings: Record<string, unknown> }[]>`SELECT settings FROM tenants WHERE id = ${tenantId}`;
    const settingsOn = memo((date: string) => resolveSettings(tenant?.settings, date));
    const validity = settingsOn(today).voucherValidityMonths;

    // Flat reads joined here: right after the COPY of the history the planner has no statistics and
    // would pick nested loops over thousands of rows (seen: 0.4 s for a semi-join).
    const registered = new Map(
      (
        await tx<
          { client_id: string; start: string }[]
        >`SELECT client_id, min(start_date)::text AS start FROM client_agreements WHERE tenant_id = ${tenantId} GROUP BY client_id`
      ).map((r) => [r.client_id, r.start]),
    );
    const entries = await tx<EntryRow[]>`
      SELECT id, client_id, (work_date - DATE '1970-01-01') AS work_day, vouchers, status, confirmed_at::text AS confirmed_at,
             ((confirmed_at AT TIME ZONE 'Europe/Brussels')::date - DATE '1970-01-01') AS confirmed_day,
             (extract(epoch FROM confirmed_at) * 1000)::float8 AS confirmed_ms
      FROM time_entries WHERE tenant_id = ${tenantId} AND status IN ('submitted', 'confirmed')
      ORDER BY client_id, work_date, created_at, id`;
    const byClient = new Map<string, EntryRow[]>();
    for (const e of entries) {
      const list = byClient.get(e.client_id) ?? [];
      list.push(e);
      byClient.set(e.client_id, list);
    }
    const clients: ClientRow[] = (
      await tx<{ id: string; type: ClientType }[]>`SELECT id, type FROM clients WHERE tenant_id = ${tenantId} ORDER BY client_number`
    )
      .filter((c) => byClient.has(c.id))
      .map((c) => ({ ...c, registered: registered.get(c.id) ?? null }));

    const orders: Cell[][] = [];
    const payments: Cell[][] = [];
    const lotRows: Cell[][] = [];
    const movements: Cell[][] = [];
    const waitingIds: string[] = [];
    const awaitingOrders: { clientId: string; quantity: number; unit: number; createdDay: number }[] = [];
    const stats = { lots: 0, consumed: 0, expiringStock: 0 };
    const post = (ms: readonly LedgerMovement[], at: string, timeEntryId: string | null) => {
      const postingId = randomUUID();
      for (const m of ms) movements.push([tenantId, postingId, m.account, m.lotId ?? null, m.vouchers, m.kind, timeEntryId, at]);
    };

    for (const [i, c] of clients.entries()) {
      const own = byClient.get(c.id) ?? [];
      const usual = 10 + (i % 4) * 10;
      const latePayer = i % 15 === 14;
      const registeredDay = c.registered ? dayOf(c.registered) : own[0]!.work_day;
      const lots: Lot[] = [];
      const buy = (issuedDay: number, quantity: number) => {
        const issuedOn = isoOf(issuedDay);
        const unit = settingsOn(issuedOn).voucherPriceCents[c.type];
        const orderId = randomUUID();
        const lotId = randomUUID();
        // Ordered a couple of days before the payment arrived; the lot is issued on the payment day.
        orders.push([
          tenantId,
          orderId,
          c.id,
          quantity,
          unit,
          quantity * unit,
          null,
          "paid",
          "seed",
          `${isoOf(Math.max(registeredDay, issuedDay - 2))} 10:00:00+01`,
          `${issuedOn} 12:00:00+01`,
        ]);
        payments.push([tenantId, randomUUID(), null, quantity * unit, issuedOn, "manual", orderId, "matched", "seed", `${issuedOn} 12:00:00+01`]);
        const expiresOn = voucherExpiresOn(issuedOn, validity);
        lotRows.push([tenantId, lotId, c.id, orderId, quantity, issuedOn, expiresOn, `${issuedOn} 12:00:00+01`]);
        post(postingFor("issue", quantity, { clientId: c.id, lotId }), `${issuedOn} 12:00:00+01`, null);
        lots.push({ lotId, orderId, quantity, issuedOn, issuedDay, expiresOn, remaining: quantity });
        stats.lots++;
      };

      // A stock bought almost a year ago by some clients who need little: it expires within 30 days.
      const need = own.reduce((s, e) => s + e.vouchers, 0);
      const stockDay = dayOf(addCalendarMonths(today, -validity)) + 3 + (i % 25);
      let projected = 0;
      if (i % 3 === 0 && need <= 30 && registeredDay <= stockDay) {
        buy(stockDay, 40);
        projected += 40;
        stats.expiringStock++;
      }
      // Buy ahead of the work: whenever the wallet would not cover the next prestatie (those still
      // waiting for the client's answer included), a new lot arrives a few days before the work.
      const stopDay = todayDay - LATE_PAYER_STOP_DAYS;
      let awaitingOrder = false;
      for (const e of own) {
        if (projected < e.vouchers) {
          if (latePayer && e.work_day > stopDay) {
            if (!awaitingOrder)
              awaitingOrders.push({
                clientId: c.id,
                quantity: usual,
                unit: settingsOn(today).voucherPriceCents[c.type],
                createdDay: Math.min(e.work_day, todayDay - 1),
              });
            awaitingOrder = true;
          } else {
            buy(Math.max(registeredDay, e.work_day - rng.int(1, 7)), Math.max(usual, e.vouchers));
            projected += Math.max(usual, e.vouchers);
          }
        }
        projected -= e.vouchers;
      }
      if (latePayer && !awaitingOrder)
        awaitingOrders.push({ clientId: c.id, quantity: usual, unit: settingsOn(today).voucherPriceCents[c.type], createdDay: todayDay - 1 - (i % 5) });

      // Consume as the API did, in the order the entries were confirmed, from the lots issued by
      // then. Buying ahead of each work day means that every entry up to the last purchase finds
      // its vouchers, so only a late payer's last entries wait, and no lot arrives after them: the
      // waiting ones need more than the wallet holds, as the API's retry would leave them.
      const confirmed = own.filter((e) => e.status === "confirmed").sort((a, b) => a.confirmed_ms! - b.confirmed_ms! || (a.id < b.id ? -1 : 1));
      for (const e of confirmed) {
        const day = e.confirmed_day!;
        const alloc = allocateOldestExpiryFirst(
          lots.filter((l) => l.issuedDay <= day),
          e.vouchers,
          isoOf(day),
        );
        if (!alloc.ok) {
          waitingIds.push(e.id);
          continue;
        }
        for (const a of alloc.allocations) lots.find((l) => l.lotId === a.lotId)!.remaining -= a.vouchers;
        post(
          alloc.allocations.flatMap((a) => postingFor("consume", a.vouchers, { clientId: c.id, lotId: a.lotId })),
          e.confirmed_at!,
          e.id,
        );
        stats.consumed += e.vouchers;
      }
    }

    // One block of OGM references from the counter the agreement fees use (never two things on one).
    const [counter] = await tx<{ value: string }[]>`
      INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantId}, 'ogm', ${orders.length + awaitingOrders.length})
      ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + ${orders.length + awaitingOrders.length}
      RETURNING value::text AS value`;
    let ogm = Number(counter!.value) - orders.length - awaitingOrders.length;
    for (const o of orders) o[6] = makeOgm(++ogm);
    for (const [k, o] of orders.entries()) payments[k]![2] = o[6];
    for (const a of awaitingOrders) {
      orders.push([
        tenantId,
        randomUUID(),
        a.clientId,
        a.quantity,
        a.unit,
        a.quantity * a.unit,
        makeOgm(++ogm),
        "awaiting_payment",
        "seed",
        `${isoOf(a.createdDay)} 10:00:00+01`,
        null,
      ]);
    }

    await copyRows(
      tx,
      "voucher_orders",
      ["tenant_id", "id", "client_id", "quantity", "unit_price_cents", "amount_cents", "payment_reference", "status", "created_by_id", "created_at", "paid_at"],
      orders,
    );
    await copyRows(
      tx,
      "payments",
      ["tenant_id", "id", "payment_reference", "amount_cents", "paid_on", "source", "matched_order_id", "status", "created_by_id", "created_at"],
      payments,
    );
    await copyRows(tx, "voucher_lots", ["tenant_id", "id", "client_id", "order_id", "quantity", "issued_on", "expires_on", "created_at"], lotRows);
    // The deferred trigger still checks every posting and lot at commit, as for the API's own writes.
    await copyRows(tx, "voucher_movements", ["tenant_id", "posting_id", "account", "lot_id", "vouchers", "kind", "time_entry_id", "created_at"], movements);
    if (waitingIds.length > 0) {
      // As confirmTimeEntry leaves them: confirmed by someone, not paid, so not confirmed_at.
      await tx`UPDATE time_entries SET status = 'awaiting_vouchers', confirmed_at = NULL
               WHERE tenant_id = ${tenantId} AND id = ANY(${waitingIds}::uuid[])`;
    }
    for (const [i, name] of ["J. Peeters", "Vzw De Boomgaard", "M. Claeys"].entries()) {
      await tx`INSERT INTO payments (tenant_id, id, payment_reference, amount_cents, paid_on, source, counterparty_name, communication, status, unmatched_reason, created_by_id)
               VALUES (${tenantId}, ${randomUUID()}, NULL, ${(i + 1) * 7450}, ${addCalendarMonths(today, -i)}, 'manual', ${name}, 'wijk-werkcheques', 'unmatched', 'reference_unknown', 'seed')`;
    }
    log(
      `vouchers: ${stats.lots} paid lots (${stats.expiringStock} old stocks expiring soon), ${stats.consumed} consumed by confirmed work, ` +
        `${waitingIds.length} entries awaiting vouchers, ${awaitingOrders.length} orders awaiting payment, 3 unmatched payments`,
    );
  });
};

function memo<V>(fn: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = fn(key)));
    return v;
  };
}

import { randomUUID } from "node:crypto";
import { addCalendarMonths, allocateOldestExpiryFirst, postingFor, voucherExpiresOn, type Settings } from "@wijkwerk/domain";
import { dayOf, isoOf } from "../population.ts";
import type { Random } from "../random.ts";
import type { Lot, VoucherBook } from "./book.ts";
import type { ClientRow, EntryRow } from "./history.ts";

/** One client's wallet over the demo's history: what it bought, when, and what its confirmed work consumed. */

/** Clients that stop paying this many days before today (every 15th). */
const LATE_PAYER_STOP_DAYS = 21;

export interface WalletContext {
  today: string;
  todayDay: number;
  /** Months a lot stays valid (the tenant's setting today). */
  validity: number;
  settingsOn: (date: string) => Settings;
  rng: Random;
}

/** The `i`-th client (by client number) with its entries `own`; every row goes into the book. */
export function simulateClient(book: VoucherBook, ctx: WalletContext, c: ClientRow, i: number, own: readonly EntryRow[]): void {
  const { today, todayDay, validity, settingsOn, rng } = ctx;
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
    book.orders.push([
      book.tenantId,
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
    book.payments.push([book.tenantId, randomUUID(), null, quantity * unit, issuedOn, "manual", orderId, "matched", "seed", `${issuedOn} 12:00:00+01`]);
    const expiresOn = voucherExpiresOn(issuedOn, validity);
    book.lotRows.push([book.tenantId, lotId, c.id, orderId, quantity, issuedOn, expiresOn, `${issuedOn} 12:00:00+01`]);
    book.post(postingFor("issue", quantity, { clientId: c.id, lotId }), `${issuedOn} 12:00:00+01`, null);
    lots.push({ lotId, orderId, quantity, issuedOn, issuedDay, expiresOn, remaining: quantity });
    book.stats.lots++;
  };

  // A stock bought almost a year ago by some clients who need little: it expires within 30 days.
  const need = own.reduce((s, e) => s + e.vouchers, 0);
  const stockDay = dayOf(addCalendarMonths(today, -validity)) + 3 + (i % 25);
  let projected = 0;
  if (i % 3 === 0 && need <= 30 && registeredDay <= stockDay) {
    buy(stockDay, 40);
    projected += 40;
    book.stats.expiringStock++;
  }
  // Buy ahead of the work: whenever the wallet would not cover the next prestatie (those still
  // waiting for the client's answer included), a new lot arrives a few days before the work.
  const stopDay = todayDay - LATE_PAYER_STOP_DAYS;
  let awaitingOrder = false;
  for (const e of own) {
    if (projected < e.vouchers) {
      if (latePayer && e.work_day > stopDay) {
        if (!awaitingOrder)
          book.awaitingOrders.push({
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
    book.awaitingOrders.push({ clientId: c.id, quantity: usual, unit: settingsOn(today).voucherPriceCents[c.type], createdDay: todayDay - 1 - (i % 5) });

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
      book.waitingIds.push(e.id);
      continue;
    }
    for (const a of alloc.allocations) lots.find((l) => l.lotId === a.lotId)!.remaining -= a.vouchers;
    book.post(
      alloc.allocations.flatMap((a) => postingFor("consume", a.vouchers, { clientId: c.id, lotId: a.lotId })),
      e.confirmed_at!,
      e.id,
    );
    book.stats.consumed += e.vouchers;
  }
}

import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { addCalendarMonths, makeOgm } from "@wijkwerk/domain";
import { copyRows } from "../copy.ts";
import { isoOf } from "../population.ts";
import type { VoucherBook } from "./book.ts";

/** Numbers the orders (OGM), writes the book by COPY, and adds what the wallets leave behind. */
export async function writeBook(tx: postgres.TransactionSql, book: VoucherBook, today: string): Promise<void> {
  const { tenantId } = book;
  // One block of OGM references from the counter the agreement fees use (never two things on one).
  const [counter] = await tx<{ value: string }[]>`
    INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantId}, 'ogm', ${book.orders.length + book.awaitingOrders.length})
    ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + ${book.orders.length + book.awaitingOrders.length}
    RETURNING value::text AS value`;
  let ogm = Number(counter!.value) - book.orders.length - book.awaitingOrders.length;
  for (const o of book.orders) o[6] = makeOgm(++ogm);
  for (const [k, o] of book.orders.entries()) book.payments[k]![2] = o[6];
  for (const a of book.awaitingOrders) {
    book.orders.push([
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
    book.orders,
  );
  await copyRows(
    tx,
    "payments",
    ["tenant_id", "id", "payment_reference", "amount_cents", "paid_on", "source", "matched_order_id", "status", "created_by_id", "created_at"],
    book.payments,
  );
  await copyRows(tx, "voucher_lots", ["tenant_id", "id", "client_id", "order_id", "quantity", "issued_on", "expires_on", "created_at"], book.lotRows);
  // The deferred trigger still checks every posting and lot at commit, as for the API's own writes.
  await copyRows(tx, "voucher_movements", ["tenant_id", "posting_id", "account", "lot_id", "vouchers", "kind", "time_entry_id", "created_at"], book.movements);
  if (book.waitingIds.length > 0) {
    // As confirmTimeEntry leaves them: confirmed by someone, not paid, so not confirmed_at.
    await tx`UPDATE time_entries SET status = 'awaiting_vouchers', confirmed_at = NULL
             WHERE tenant_id = ${tenantId} AND id = ANY(${book.waitingIds}::uuid[])`;
  }
  for (const [i, name] of ["J. Peeters", "Vzw De Boomgaard", "M. Claeys"].entries()) {
    await tx`INSERT INTO payments (tenant_id, id, payment_reference, amount_cents, paid_on, source, counterparty_name, communication, status, unmatched_reason, created_by_id)
             VALUES (${tenantId}, ${randomUUID()}, NULL, ${(i + 1) * 7450}, ${addCalendarMonths(today, -i)}, 'manual', ${name}, 'wijk-werkcheques', 'unmatched', 'reference_unknown', 'seed')`;
  }
}

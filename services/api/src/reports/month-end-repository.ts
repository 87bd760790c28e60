import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { CONSUMED_ACCOUNT, EXPIRED_ACCOUNT, ISSUER_ACCOUNT, REFUNDED_ACCOUNT } from "@wijkwerk/domain";

/**
 * The month-end report's queries (issue 18), each one pass over the tenant's ledger or runs.
 * A voucher is valued at the unit price of the order its lot came from (what the client paid).
 */

export type FlowRow = {
  month: string;
  sold: string;
  sold_cents: string;
  consumed: string;
  consumed_cents: string;
  expired: string;
  expired_cents: string;
  refunded: string;
  refunded_cents: string;
  client_change: string;
  client_change_cents: string;
};

/**
 * Per Brussels month of the movement, up to (not including) `untilUtc`: the flows to and from the
 * system accounts and the change of the sum of the clients' balances (accounts client:…).
 */
export function voucherFlows(tx: Tx, untilUtc: string) {
  const flow = (account: string, sign: number, name: string) =>
    sql`COALESCE(sum(${sign} * m.vouchers) FILTER (WHERE m.account = ${account}), 0)::bigint AS ${sql.raw(name)},
        COALESCE(sum(${sign} * m.vouchers * o.unit_price_cents) FILTER (WHERE m.account = ${account}), 0)::bigint AS ${sql.raw(`${name}_cents`)}`;
  return tx.execute<FlowRow>(sql`
    SELECT to_char(m.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
           ${flow(ISSUER_ACCOUNT, -1, "sold")},
           ${flow(CONSUMED_ACCOUNT, 1, "consumed")},
           ${flow(EXPIRED_ACCOUNT, 1, "expired")},
           ${flow(REFUNDED_ACCOUNT, 1, "refunded")},
           COALESCE(sum(m.vouchers) FILTER (WHERE m.account LIKE 'client:%'), 0)::bigint AS client_change,
           COALESCE(sum(m.vouchers * o.unit_price_cents) FILTER (WHERE m.account LIKE 'client:%'), 0)::bigint AS client_change_cents
      FROM voucher_movements m
      LEFT JOIN voucher_lots l ON l.tenant_id = m.tenant_id AND l.id = m.lot_id
      LEFT JOIN voucher_orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
     WHERE m.tenant_id = app_current_tenant() AND m.created_at < ${untilUtc}::timestamptz
     GROUP BY 1`);
}

export type PaidRow = { month: string; status: "approved" | "exported"; minutes: string; pay_cents: string; travel_cents: string; transfers: string };

/** What the approved (or exported) runs of the months paid: minutes, pay, travel, transfers. */
export function paidPerMonth(tx: Tx, from: string, to: string) {
  return tx.execute<PaidRow>(sql`
    SELECT r.month, r.status,
           COALESCE(sum(l.minutes), 0)::bigint AS minutes,
           COALESCE(sum(l.pay_cents), 0)::bigint AS pay_cents,
           COALESCE(sum(l.travel_cents), 0)::bigint AS travel_cents,
           (SELECT count(*) FROM (SELECT 1 FROM payout_lines p WHERE p.tenant_id = r.tenant_id AND p.run_id = r.id
                                  GROUP BY p.worker_id HAVING sum(p.total_cents) > 0) w)::bigint AS transfers
      FROM payout_runs r
      LEFT JOIN payout_lines l ON l.tenant_id = r.tenant_id AND l.run_id = r.id
     WHERE r.tenant_id = app_current_tenant() AND r.status IN ('approved', 'exported') AND r.month >= ${from} AND r.month <= ${to}
     GROUP BY r.tenant_id, r.id, r.month, r.status`);
}

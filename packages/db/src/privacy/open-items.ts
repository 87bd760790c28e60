import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";

/** Why a person cannot be erased yet: money still open, or work still planned. Counts only, no values. */
export interface OpenItems {
  money: Record<string, number>;
  work: Record<string, number>;
}

const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n !== 0));

/**
 * A worker's open money: hours not yet confirmed (they become pay), confirmed hours not yet in a
 * payout run (payout_pending), lines in a run that is not yet exported to the bank, a negative
 * remainder of an approved run (payout_carries, 0018) that no later run has set off yet — the
 * worker was paid more than due and the next pay settles it, so erasing now would leave it
 * unsettled against a pseudonym; open work:
 * assignments still proposed or accepted that have not ended.
 */
export async function workerOpenItems(tx: Tx, tenantId: string, workerId: string): Promise<OpenItems> {
  const [r] = await tx.execute<Record<string, number>>(sql`
    SELECT
      (SELECT count(*) FROM time_entries WHERE tenant_id = ${tenantId} AND worker_id = ${workerId}
          AND status IN ('submitted', 'disputed', 'awaiting_vouchers'))::int AS "hoursUnconfirmed",
      (SELECT count(*) FROM payout_pending WHERE tenant_id = ${tenantId} AND worker_id = ${workerId})::int AS "payoutUnsettled",
      (SELECT count(*) FROM payout_lines l JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id
        WHERE l.tenant_id = ${tenantId} AND l.worker_id = ${workerId} AND r.status IN ('draft', 'approved'))::int AS "payoutRunOpen",
      -- Once a run carries it, that run's line counts under payoutRunOpen until the run is exported.
      (SELECT count(*) FROM payout_carries c WHERE c.tenant_id = ${tenantId} AND c.worker_id = ${workerId}
          AND NOT EXISTS (SELECT 1 FROM payout_lines k WHERE k.tenant_id = c.tenant_id AND k.carried_from_run_id = c.from_run_id
                             AND k.worker_id = c.worker_id))::int AS "payoutCarried",
      (SELECT count(*) FROM assignments WHERE tenant_id = ${tenantId} AND worker_id = ${workerId}
          AND status IN ('proposed', 'accepted') AND ends_at > now())::int AS "assignmentsPlanned"`);
  return {
    money: nonZero({
      hoursUnconfirmed: r!.hoursUnconfirmed!,
      payoutUnsettled: r!.payoutUnsettled!,
      payoutRunOpen: r!.payoutRunOpen!,
      payoutCarried: r!.payoutCarried!,
    }),
    work: nonZero({ assignmentsPlanned: r!.assignmentsPlanned! }),
  };
}

/**
 * A client's open money: vouchers left (available or reserved, from the ledger), orders awaiting
 * payment, a credit balance, hours not yet confirmed, refunds or returns not yet paid out, the fee
 * of a running agreement not paid; open work: jobs open or assigned, assignments still planned.
 */
export async function clientOpenItems(tx: Tx, tenantId: string, clientId: string): Promise<OpenItems> {
  const [r] = await tx.execute<Record<string, number>>(sql`
    SELECT
      (SELECT COALESCE(sum(vouchers), 0) FROM voucher_movements WHERE tenant_id = ${tenantId}
          AND account IN (${`client:${clientId}:available`}, ${`client:${clientId}:reserved`}))::int AS "vouchersUnspent",
      (SELECT count(*) FROM voucher_orders WHERE tenant_id = ${tenantId} AND client_id = ${clientId} AND status = 'awaiting_payment')::int AS "ordersOpen",
      (SELECT COALESCE(sum(amount_cents), 0) FROM client_credit_movements WHERE tenant_id = ${tenantId} AND client_id = ${clientId})::int AS "creditCents",
      (SELECT count(*) FROM time_entries WHERE tenant_id = ${tenantId} AND client_id = ${clientId}
          AND status IN ('submitted', 'disputed', 'awaiting_vouchers'))::int AS "hoursUnconfirmed",
      (SELECT count(*) FROM client_transfers WHERE tenant_id = ${tenantId} AND client_id = ${clientId} AND status IN ('draft', 'approved'))::int AS "transfersOpen",
      (SELECT count(*) FROM client_agreements WHERE tenant_id = ${tenantId} AND client_id = ${clientId}
          AND fee_paid_on IS NULL AND fee_cents > 0 AND end_date >= current_date)::int AS "feeUnpaid",
      (SELECT count(*) FROM jobs WHERE tenant_id = ${tenantId} AND client_id = ${clientId} AND status IN ('open', 'assigned'))::int AS "jobsOpen",
      (SELECT count(*) FROM assignments WHERE tenant_id = ${tenantId} AND client_id = ${clientId}
          AND status IN ('proposed', 'accepted') AND ends_at > now())::int AS "assignmentsPlanned"`);
  return {
    money: nonZero({
      vouchersUnspent: r!.vouchersUnspent!,
      ordersOpen: r!.ordersOpen!,
      creditCents: r!.creditCents!,
      hoursUnconfirmed: r!.hoursUnconfirmed!,
      transfersOpen: r!.transfersOpen!,
      feeUnpaid: r!.feeUnpaid!,
    }),
    work: nonZero({ jobsOpen: r!.jobsOpen!, assignmentsPlanned: r!.assignmentsPlanned! }),
  };
}

export const hasOpenItems = (o: OpenItems) => Object.keys(o.money).length > 0 || Object.keys(o.work).length > 0;

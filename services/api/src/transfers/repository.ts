import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { encryption, type Tx } from "@wijkwerk/db";

/** The queries of transfers back to clients (issue 18): refunds, refund-to-sender, their SEPA batches. */

export type TransferRow = {
  id: string;
  kind: "voucher_refund" | "payment_return";
  client_id: string | null;
  payment_id: string | null;
  amount_cents: number;
  creditor_name: string;
  /** Issue 20: an envelope; the masked form next to it. */
  creditor_iban: string;
  creditor_iban_masked: string | null;
  remittance: string;
  vouchers: number | null;
  refund_lots: { lotId: string; vouchers: number }[] | null;
  status: "draft" | "approved" | "exported";
  prepared_by: string;
  approved_by: string | null;
  approved_at: string | null;
  batch_id: string | null;
  end_to_end_id: string;
  created_at: string | Date;
  /** Lists only: created_at as text, exact to the microsecond, for the cursor. */
  cursor_at?: string;
};

export type BatchRow = {
  id: string;
  message_id: string;
  debtor_name: string;
  debtor_iban: string;
  debtor_bic: string | null;
  transfer_count: number;
  total_cents: string;
  created_by: string;
  created_at: string | Date;
};

export type NewTransfer = Pick<
  TransferRow,
  "kind" | "client_id" | "payment_id" | "amount_cents" | "creditor_name" | "creditor_iban" | "remittance" | "vouchers" | "refund_lots"
>;

/** EndToEndId: 35 SEPA characters, unique per tenant, the transfer's own id. */
export const endToEndIdOf = (id: string) => `WWT${id.replaceAll("-", "")}`;

export async function insertTransfer(tx: Tx, tenantId: string, t: NewTransfer, preparedBy: string): Promise<TransferRow> {
  const id = randomUUID();
  const iban = encryption.sealIban(t.creditor_iban);
  const [row] = await tx.execute<TransferRow>(sql`
    INSERT INTO client_transfers (tenant_id, id, kind, client_id, payment_id, amount_cents, creditor_name, creditor_iban, remittance, vouchers, refund_lots, prepared_by, end_to_end_id, creditor_iban_masked)
    VALUES (${tenantId}, ${id}, ${t.kind}, ${t.client_id}, ${t.payment_id}, ${t.amount_cents}, ${t.creditor_name}, ${iban.envelope}, ${t.remittance},
            ${t.vouchers}, ${t.refund_lots === null ? null : JSON.stringify(t.refund_lots)}::jsonb, ${preparedBy}, ${endToEndIdOf(id)}, ${iban.masked})
    RETURNING *`);
  return row!;
}

export async function findTransfer(tx: Tx, id: string, lock = false): Promise<TransferRow | undefined> {
  const [row] = await tx.execute<TransferRow>(
    sql`SELECT * FROM client_transfers WHERE tenant_id = app_current_tenant() AND id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return row;
}

export async function listTransfers(
  tx: Tx,
  q: { status?: string | undefined; batchId?: string | undefined; after: readonly unknown[] | undefined; limit: number },
) {
  return tx.execute<TransferRow>(sql`
    SELECT *, created_at::text AS cursor_at FROM client_transfers WHERE tenant_id = app_current_tenant()
      ${q.status ? sql`AND status = ${q.status}` : sql``}
      ${q.batchId ? sql`AND batch_id = ${q.batchId}` : sql``}
      ${q.after ? sql`AND (created_at, id) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
    ORDER BY created_at, id LIMIT ${q.limit + 1}`);
}

export async function markApproved(tx: Tx, id: string, approvedBy: string): Promise<void> {
  await tx.execute(sql`UPDATE client_transfers SET status = 'approved', approved_by = ${approvedBy}, approved_at = now()
    WHERE tenant_id = app_current_tenant() AND id = ${id} AND status = 'draft'`);
}

export async function deleteTransfer(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`DELETE FROM client_transfers WHERE tenant_id = app_current_tenant() AND id = ${id} AND status = 'draft'`);
}

/** The account the client's last incoming payment came from (a voucher order or the fee of this client), newest first. */
export async function lastCounterpartyAccounts(tx: Tx, clientId: string): Promise<string[]> {
  const rows = await tx.execute<{ account: string }>(sql`
    SELECT p.counterparty_account AS account FROM payments p
    LEFT JOIN voucher_orders o ON o.tenant_id = p.tenant_id AND o.id = p.matched_order_id
    LEFT JOIN client_agreements a ON a.tenant_id = p.tenant_id AND a.id = p.matched_client_agreement_id
    WHERE p.tenant_id = app_current_tenant() AND p.counterparty_account IS NOT NULL AND (o.client_id = ${clientId} OR a.client_id = ${clientId})
    ORDER BY p.paid_on DESC, p.created_at DESC LIMIT 5`);
  return rows.map((r) => encryption.revealValue(r.account));
}

export async function setPaymentReturn(tx: Tx, paymentId: string, transferId: string | null): Promise<void> {
  await tx.execute(sql`UPDATE payments SET return_transfer_id = ${transferId} WHERE tenant_id = app_current_tenant() AND id = ${paymentId}`);
}

/** Approved transfers not yet in a batch, locked so two downloads at once cannot both take them. */
export async function lockExportable(tx: Tx): Promise<TransferRow[]> {
  return tx.execute<TransferRow>(sql`
    SELECT * FROM client_transfers WHERE tenant_id = app_current_tenant() AND status = 'approved' AND batch_id IS NULL
    ORDER BY end_to_end_id FOR UPDATE`);
}

export async function insertBatch(
  tx: Tx,
  tenantId: string,
  b: { debtorName: string; debtorIban: string; debtorBic: string | null; count: number; totalCents: number; createdBy: string },
  transferIds: string[],
): Promise<BatchRow> {
  const id = randomUUID();
  const [row] = await tx.execute<BatchRow>(sql`
    INSERT INTO client_transfer_batches (tenant_id, id, message_id, debtor_name, debtor_iban, debtor_bic, transfer_count, total_cents, created_by, created_at)
    VALUES (${tenantId}, ${id}, ${`WWR-${id.replaceAll("-", "").slice(0, 28)}`}, ${b.debtorName}, ${b.debtorIban}, ${b.debtorBic}, ${b.count}, ${b.totalCents}, ${b.createdBy},
            date_trunc('second', now()))
    RETURNING *`);
  await tx.execute(sql`UPDATE client_transfers SET status = 'exported', batch_id = ${id}
    WHERE tenant_id = app_current_tenant() AND id = ANY (${`{${transferIds.join(",")}}`}::uuid[])`);
  return row!;
}

export async function findBatch(tx: Tx, id: string): Promise<BatchRow | undefined> {
  const [row] = await tx.execute<BatchRow>(sql`SELECT * FROM client_transfer_batches WHERE tenant_id = app_current_tenant() AND id = ${id}`);
  return row;
}

export async function listBatches(tx: Tx, limit: number): Promise<BatchRow[]> {
  return tx.execute<BatchRow>(sql`SELECT * FROM client_transfer_batches WHERE tenant_id = app_current_tenant() ORDER BY created_at DESC, id LIMIT ${limit}`);
}

export async function batchTransfers(tx: Tx, batchId: string): Promise<TransferRow[]> {
  return tx.execute<TransferRow>(sql`SELECT * FROM client_transfers WHERE tenant_id = app_current_tenant() AND batch_id = ${batchId} ORDER BY end_to_end_id`);
}

export type PaymentForReturn = {
  id: string;
  status: string;
  amount_cents: number;
  paid_on: string;
  payment_reference: string | null;
  communication: string | null;
  counterparty_name: string | null;
  counterparty_account: string | null;
  return_transfer_id: string | null;
};

export async function lockPayment(tx: Tx, id: string): Promise<PaymentForReturn | undefined> {
  const [row] = await tx.execute<PaymentForReturn>(sql`
    SELECT id, status, amount_cents, paid_on::text AS paid_on, payment_reference, communication, counterparty_name, counterparty_account, return_transfer_id
    FROM payments WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  return row;
}

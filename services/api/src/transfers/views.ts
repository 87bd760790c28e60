import { maskIban } from "@wijkwerk/domain";
import { encryption } from "@wijkwerk/db";
import { storedMask } from "../registries/stored-mask.ts";
import type { BatchRow, TransferRow } from "./repository.ts";

const iso = (t: string | Date) => new Date(t).toISOString();

/** A transfer as lists and audit rows show it: the account masked; `full` only for one transfer read by finance. */
export function transferOut(r: TransferRow, names?: Map<string, string>, full = false) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    clientId: r.client_id,
    paymentId: r.payment_id,
    amountCents: r.amount_cents,
    vouchers: r.vouchers,
    creditorName: r.creditor_name,
    // Issue 20: stored encrypted; decrypted for the one transfer finance reads, else the stored mask.
    creditorIban: full ? encryption.revealValue(r.creditor_iban) : storedMask(r.creditor_iban_masked, r.creditor_iban, maskIban),
    remittance: r.remittance,
    endToEndId: r.end_to_end_id,
    preparedBy: { id: r.prepared_by, name: names?.get(r.prepared_by) ?? null },
    approvedBy: r.approved_by ? { id: r.approved_by, name: names?.get(r.approved_by) ?? null } : null,
    approvedAt: r.approved_at ? iso(r.approved_at) : null,
    batchId: r.batch_id,
    createdAt: iso(r.created_at),
  };
}

export function batchOut(b: BatchRow) {
  return {
    id: b.id,
    messageId: b.message_id,
    transferCount: b.transfer_count,
    totalCents: Number(b.total_cents),
    debtorIban: maskIban(b.debtor_iban),
    createdAt: iso(b.created_at),
  };
}

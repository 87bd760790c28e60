import { maskIban } from "@wijkwerk/domain";
import { storedMask } from "../registries/stored-mask.ts";
import type { OrderRow, PaymentRow } from "./repository.ts";

const iso = (t: string) => new Date(t).toISOString();

export function orderOut(o: OrderRow) {
  return {
    id: o.id,
    clientId: o.clientId,
    quantity: o.quantity,
    unitPriceCents: o.unitPriceCents,
    amountCents: o.amountCents,
    paymentReference: o.paymentReference,
    status: o.status,
    createdAt: iso(o.createdAt),
  };
}

export function paymentOut(r: PaymentRow) {
  return {
    id: r.id,
    paymentReference: r.paymentReference,
    amountCents: r.amountCents,
    paidOn: r.paidOn,
    source: r.source,
    status: r.status,
    unmatchedReason: r.unmatchedReason,
    counterpartyName: r.counterpartyName,
    counterpartyIban: storedMask(r.counterpartyAccountMasked, r.counterpartyAccount, maskIban),
    returnTransferId: r.returnTransferId,
    communication: r.communication,
    matchedOrderId: r.matchedOrderId,
    matchedClientAgreementId: r.matchedClientAgreementId,
    createdAt: iso(r.createdAt),
  };
}

import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import {
  clientNumberOfOgm,
  clientNumbersInText,
  LIKELY_REASON_TEXT,
  nameInText,
  ogmNeighbours,
  ogmsInText,
  permanentOgm,
  pickLikelyMatch,
  writtenOgms,
  type LikelyCandidate,
  type LikelyReason,
} from "@wijkwerk/domain";

/** What finance is proposed to match an unmatched payment with (confirm-match books it as that reference would). */
export interface Proposal {
  kind: "order" | "fee" | "client";
  orderId: string | null;
  clientAgreementId: string | null;
  clientId: string;
  clientName: string;
  clientNumber: number;
  reference: string;
  expectedCents: number | null;
  reason: LikelyReason;
  reasonText: string;
}

type Paymentish = { id: string; paymentReference: string | null; amountCents: number; communication: string | null; counterpartyName: string | null };
type Client = { id: string; name: string; clientNumber: number };

/**
 * Likely matches of a page of unmatched payments, computed when listed (never stale: an order
 * paid meanwhile is no longer proposed), with a fixed number of queries per page: open orders and
 * unpaid fees by candidate reference, clients by candidate number, and open orders or fees by amount
 * for the name rule. The rules themselves are in packages/domain (payments/likely-match.ts).
 */
export async function likelyMatches(tx: Tx, tenantId: string, payments: readonly Paymentish[]): Promise<Map<string, Proposal>> {
  const found = new Map<string, Proposal>();
  if (payments.length === 0) return found;
  const refs = new Map<string, { inText: string[]; near: { reference: string; reason: "one_digit" | "swapped_digits" }[]; numbers: number[] }>();
  const allRefs = new Set<string>();
  const allNumbers = new Set<number>();
  for (const p of payments) {
    const text = p.communication ?? "";
    const inText = ogmsInText(text).filter((r) => r !== p.paymentReference);
    // Typos of the structured reference, or of an OGM written in the free text.
    const written = [...(p.paymentReference ? [p.paymentReference] : []), ...writtenOgms(text)];
    const near = written.flatMap((w) => ogmNeighbours(w));
    const numbers = clientNumbersInText(text);
    for (const r of [...inText, ...near.map((n) => n.reference)]) {
      allRefs.add(r);
      const n = clientNumberOfOgm(r);
      if (n !== null) allNumbers.add(n);
    }
    for (const n of numbers) allNumbers.add(n);
    refs.set(p.id, { inText, near, numbers });
  }
  const o = schema.voucherOrders;
  const ca = schema.clientAgreements;
  const c = schema.clients;
  const amounts = [...new Set(payments.map((p) => p.amountCents))];
  const refList = [...allRefs];
  const [orders, fees, numbered, byAmount] = await Promise.all([
    refList.length === 0
      ? []
      : tx
          .select({ id: o.id, ref: o.paymentReference, amount: o.amountCents, clientId: c.id, name: c.name, clientNumber: c.clientNumber })
          .from(o)
          .innerJoin(c, and(eq(c.tenantId, o.tenantId), eq(c.id, o.clientId)))
          .where(and(eq(o.tenantId, tenantId), eq(o.status, "awaiting_payment"), inArray(o.paymentReference, refList))),
    refList.length === 0
      ? []
      : tx
          .select({ id: ca.id, ref: ca.paymentReference, amount: ca.feeCents, clientId: c.id, name: c.name, clientNumber: c.clientNumber })
          .from(ca)
          .innerJoin(c, and(eq(c.tenantId, ca.tenantId), eq(c.id, ca.clientId)))
          .where(and(eq(ca.tenantId, tenantId), isNull(ca.feePaidOn), inArray(ca.paymentReference, refList))),
    allNumbers.size === 0
      ? []
      : tx
          .select({ id: c.id, name: c.name, clientNumber: c.clientNumber })
          .from(c)
          .where(and(eq(c.tenantId, tenantId), inArray(c.clientNumber, [...allNumbers]))),
    tx.execute<{ kind: "order" | "fee"; id: string; ref: string; amount: number; client_id: string; name: string; client_number: string }>(sql`
      SELECT 'order' AS kind, o.id, o.payment_reference AS ref, o.amount_cents AS amount, c.id AS client_id, c.name, c.client_number::text
        FROM voucher_orders o JOIN clients c ON c.tenant_id = o.tenant_id AND c.id = o.client_id
       WHERE o.tenant_id = ${tenantId} AND o.status = 'awaiting_payment' AND o.amount_cents IN ${sql.raw(`(${amounts.join(",")})`)}
      UNION ALL
      SELECT 'fee', a.id, a.payment_reference, a.fee_cents, c.id, c.name, c.client_number::text
        FROM client_agreements a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
       WHERE a.tenant_id = ${tenantId} AND a.fee_paid_on IS NULL AND a.fee_cents > 0 AND a.fee_cents IN ${sql.raw(`(${amounts.join(",")})`)}
       LIMIT 5000`),
  ]);
  const orderByRef = new Map(orders.map((r) => [r.ref, r]));
  const feeByRef = new Map(fees.map((r) => [r.ref, r]));
  const clientByNumber = new Map<number, Client>(numbered.map((r) => [r.clientNumber, r]));

  for (const p of payments) {
    const { inText, near, numbers } = refs.get(p.id)!;
    const cands: LikelyCandidate<Proposal>[] = [];
    const byRef = (ref: string, reason: LikelyReason) => {
      const order = orderByRef.get(ref);
      if (order && order.amount === p.amountCents)
        cands.push(cand(reason, { kind: "order", orderId: order.id, reference: ref, expectedCents: order.amount }, order));
      const fee = feeByRef.get(ref);
      if (fee && fee.amount === p.amountCents)
        cands.push(cand(reason, { kind: "fee", clientAgreementId: fee.id, reference: ref, expectedCents: fee.amount }, fee));
      const n = clientNumberOfOgm(ref);
      const client = n === null ? undefined : clientByNumber.get(n);
      if (client) cands.push(cand(reason, { kind: "client", reference: ref }, client));
    };
    for (const r of inText) byRef(r, "reference_in_text");
    for (const n of near) byRef(n.reference, n.reason);
    for (const n of numbers) {
      const client = clientByNumber.get(n);
      if (client) cands.push(cand("client_number_in_text", { kind: "client", reference: permanentOgm(client.clientNumber) }, client));
    }
    const text = `${p.communication ?? ""} ${p.counterpartyName ?? ""}`;
    for (const r of byAmount) {
      if (r.amount !== p.amountCents || !nameInText(r.name, text)) continue;
      const client = { id: r.client_id, name: r.name, clientNumber: Number(r.client_number) };
      const target = r.kind === "order" ? { kind: "order" as const, orderId: r.id } : { kind: "fee" as const, clientAgreementId: r.id };
      cands.push(cand("name_and_amount", { ...target, reference: r.ref, expectedCents: r.amount }, client));
    }
    const best = pickLikelyMatch(cands);
    if (best) found.set(p.id, best.target);
  }
  return found;
}

function cand(
  reason: LikelyReason,
  t: { kind: Proposal["kind"]; orderId?: string; clientAgreementId?: string; reference: string; expectedCents?: number },
  client: { clientId?: string; id?: string; name: string; clientNumber: number },
): LikelyCandidate<Proposal> {
  const clientId = client.clientId ?? client.id!;
  const target: Proposal = {
    kind: t.kind,
    orderId: t.orderId ?? null,
    clientAgreementId: t.clientAgreementId ?? null,
    clientId,
    clientName: client.name,
    clientNumber: client.clientNumber,
    reference: t.reference,
    expectedCents: t.expectedCents ?? null,
    reason,
    reasonText: LIKELY_REASON_TEXT[reason],
  };
  return { target, key: proposalKey(target), reason };
}

/** Identifies what a proposal books, so a confirmation can check it is still the same. */
export const proposalKey = (p: Pick<Proposal, "kind" | "orderId" | "clientAgreementId" | "clientId">) =>
  `${p.kind}:${p.orderId ?? p.clientAgreementId ?? p.clientId}`;

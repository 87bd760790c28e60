import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { encryption, schema } from "@wijkwerk/db";
import { clientNumberOfOgm, maskIban, parseOgm } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { applyTarget, clientTarget, targetColumns, type Target } from "./settle.ts";

export interface IncomingPayment {
  /** A payment approved after four eyes keeps the id it had while it waited (payment_approvals). */
  id?: string;
  paymentReference: string | null;
  amountCents: number;
  paidOn: string;
  source: "manual" | "coda" | "camt053";
  bankReference?: string;
  counterpartyName?: string;
  counterpartyAccount?: string;
  communication?: string;
}

export type UnmatchedReason = "reference_unknown" | "amount_mismatch" | "already_paid";

export type MatchResult =
  | {
      status: "matched";
      paymentId: string;
      paymentReference: string;
      amountCents: number;
      paidOn: string;
      orderId?: string;
      lotId?: string;
      vouchers?: number;
      clientAgreementId?: string;
      creditCents?: number;
      clientId: string;
    }
  | {
      status: "unmatched";
      paymentId: string | null;
      paymentReference: string | null;
      amountCents: number;
      paidOn: string;
      reason: UnmatchedReason;
      expectedCents?: number;
    };

/**
 * Matches one bank payment by its OGM reference: a voucher order (issues a lot), a client
 * agreement fee (marks it paid), or a client's permanent OGM (fee, oldest fitting order, else
 * credit: settle.ts). What does not match is kept as `unmatched` for finance, except a manual
 * repeat of an already paid reference, which is most likely a typing twice.
 */
export async function matchPayment(ctx: TenantContext, p: IncomingPayment, opts: { recordAlreadyPaid: boolean }): Promise<MatchResult> {
  const { tx, tenantId, actor } = ctx;
  const parsed = p.paymentReference ? parseOgm(p.paymentReference) : undefined;
  const reference = parsed?.ok ? parsed.formatted : p.paymentReference;
  const base = { paymentReference: reference, amountCents: p.amountCents, paidOn: p.paidOn };
  const record = async (status: "matched" | "unmatched", target: Target | null, unmatchedReason?: UnmatchedReason) => {
    const id = p.id ?? randomUUID();
    const cols = target ? targetColumns(target) : {};
    const matchMethod = !target ? null : parsed?.ok && clientNumberOfOgm(parsed.formatted) !== null ? "permanent_ogm" : "ogm";
    await tx.insert(schema.payments).values({
      tenantId,
      id,
      paymentReference: reference,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      source: p.source,
      bankReference: p.bankReference ?? null,
      counterpartyName: p.counterpartyName ?? null,
      // Issue 20: the sender's account is stored encrypted, its masked form next to it.
      counterpartyAccount: p.counterpartyAccount ? encryption.sealIban(p.counterpartyAccount).envelope : null,
      counterpartyAccountMasked: p.counterpartyAccount ? maskIban(p.counterpartyAccount) : null,
      communication: p.communication ?? null,
      ...cols,
      matchMethod,
      status,
      unmatchedReason: unmatchedReason ?? null,
      createdById: actor.sub,
    });
    await ctx.audit({
      entity: "payment",
      entityId: id,
      action: "create",
      after: { ...base, source: p.source, status, ...cols, ...(matchMethod ? { matchMethod } : {}), ...(unmatchedReason ? { unmatchedReason } : {}) },
    });
    return id;
  };
  const unmatched = async (reason: UnmatchedReason, expectedCents?: number): Promise<MatchResult> => {
    const paymentId = reason === "already_paid" && !opts.recordAlreadyPaid ? null : await record("unmatched", null, reason);
    return { status: "unmatched", paymentId, ...base, reason, ...(expectedCents === undefined ? {} : { expectedCents }) };
  };
  const matched = async (target: Target): Promise<MatchResult> => {
    const paymentId = await record("matched", target);
    const booked = await applyTarget(ctx, paymentId, target, p);
    return { status: "matched", paymentId, ...base, paymentReference: reference!, ...booked };
  };

  // Structured references that fail mod-97 can belong to nobody (finance sees the likely matches).
  if (!parsed?.ok) return unmatched("reference_unknown");

  const vo = schema.voucherOrders;
  const [order] = await tx
    .select()
    .from(vo)
    .where(and(eq(vo.tenantId, tenantId), eq(vo.paymentReference, parsed.formatted)))
    .for("update");
  if (order) {
    if (order.status !== "awaiting_payment") return unmatched("already_paid");
    if (order.amountCents !== p.amountCents) return unmatched("amount_mismatch", order.amountCents);
    return matched({ kind: "order", order });
  }

  const ca = schema.clientAgreements;
  const [agreement] = await tx
    .select()
    .from(ca)
    .where(and(eq(ca.tenantId, tenantId), eq(ca.paymentReference, parsed.formatted)))
    .for("update");
  if (agreement) {
    if (agreement.feePaidOn) return unmatched("already_paid");
    if (agreement.feeCents !== p.amountCents) return unmatched("amount_mismatch", agreement.feeCents);
    return matched({ kind: "fee", agreement });
  }

  // The client's permanent OGM (gebruikersnummer): any amount is accepted for that client.
  const clientNumber = clientNumberOfOgm(parsed.formatted);
  if (clientNumber !== null) {
    const c = schema.clients;
    const [client] = await tx
      .select({ id: c.id })
      .from(c)
      .where(and(eq(c.tenantId, tenantId), eq(c.clientNumber, clientNumber)));
    if (client) return matched(await clientTarget(ctx, client.id, p.amountCents));
  }
  return unmatched("reference_unknown");
}

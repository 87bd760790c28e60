import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { schema, vouchers as wallet } from "@wijkwerk/db";
import { brusselsDateOf, parseOgm, postingFor, voucherExpiresOn } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";

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
 * Matches one bank payment by its OGM reference to a voucher order (issues a lot) or a client
 * agreement fee (marks it paid). What does not match is kept as `unmatched` for finance, except
 * a manual repeat of an already paid reference, which is most likely a typing twice.
 */
export async function matchPayment(ctx: TenantContext, p: IncomingPayment, opts: { recordAlreadyPaid: boolean }): Promise<MatchResult> {
  const { tx, tenantId, actor } = ctx;
  const parsed = p.paymentReference ? parseOgm(p.paymentReference) : undefined;
  const reference = parsed?.ok ? parsed.formatted : p.paymentReference;
  const base = { paymentReference: reference, amountCents: p.amountCents, paidOn: p.paidOn };
  const record = async (
    status: "matched" | "unmatched",
    extra: { matchedOrderId?: string; matchedClientAgreementId?: string; unmatchedReason?: UnmatchedReason },
  ) => {
    const id = p.id ?? randomUUID();
    await tx.insert(schema.payments).values({
      tenantId,
      id,
      paymentReference: reference,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      source: p.source,
      bankReference: p.bankReference ?? null,
      counterpartyName: p.counterpartyName ?? null,
      counterpartyAccount: p.counterpartyAccount ?? null,
      communication: p.communication ?? null,
      matchedOrderId: extra.matchedOrderId ?? null,
      matchedClientAgreementId: extra.matchedClientAgreementId ?? null,
      status,
      unmatchedReason: extra.unmatchedReason ?? null,
      createdById: actor.sub,
    });
    await ctx.audit({ entity: "payment", entityId: id, action: "create", after: { ...base, source: p.source, status, ...extra } });
    return id;
  };
  const unmatched = async (reason: UnmatchedReason, expectedCents?: number): Promise<MatchResult> => {
    const paymentId = reason === "already_paid" && !opts.recordAlreadyPaid ? null : await record("unmatched", { unmatchedReason: reason });
    return { status: "unmatched", paymentId, ...base, reason, ...(expectedCents === undefined ? {} : { expectedCents }) };
  };

  // Structured references that fail mod-97 can belong to nobody.
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
    const paymentId = await record("matched", { matchedOrderId: order.id });
    await tx
      .update(vo)
      .set({ status: "paid", paidAt: sql`now()` })
      .where(and(eq(vo.tenantId, tenantId), eq(vo.id, order.id)));
    await wallet.lockClient(tx, tenantId, order.clientId);
    const settings = await wallet.tenantSettings(tx, tenantId);
    const now = new Date();
    // Validity runs from the day the cheques are issued, not from the bank's value date.
    const issuedOn = brusselsDateOf(now);
    const lotId = randomUUID();
    const expiresOn = voucherExpiresOn(issuedOn, settings.voucherValidityMonths);
    await tx
      .insert(schema.voucherLots)
      .values({ tenantId, id: lotId, clientId: order.clientId, orderId: order.id, quantity: order.quantity, issuedOn, expiresOn });
    await wallet.postMovements(tx, tenantId, postingFor("issue", order.quantity, { clientId: order.clientId, lotId }));
    await ctx.audit({
      entity: "voucher_lot",
      entityId: lotId,
      action: "issue",
      after: { orderId: order.id, clientId: order.clientId, quantity: order.quantity, issuedOn, expiresOn },
    });
    // Entries that waited for vouchers are settled now, in the same transaction.
    const retried = await wallet.retryAwaitingVouchers(tx, tenantId, order.clientId, now);
    for (const r of retried) {
      if (r.outcome === "confirmed" || r.outcome === "awaiting_vouchers") {
        await ctx.outbox(r.events);
        if (r.outcome === "confirmed")
          await ctx.audit({
            entity: "time_entry",
            entityId: r.entry.id,
            action: "confirm",
            before: { status: r.before.status },
            after: { status: r.entry.status },
          });
      }
    }
    return {
      status: "matched",
      paymentId,
      ...base,
      paymentReference: parsed.formatted,
      orderId: order.id,
      lotId,
      vouchers: order.quantity,
      clientId: order.clientId,
    };
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
    const paymentId = await record("matched", { matchedClientAgreementId: agreement.id });
    await tx
      .update(ca)
      .set({ feePaidOn: p.paidOn })
      .where(and(eq(ca.tenantId, tenantId), eq(ca.id, agreement.id)));
    return { status: "matched", paymentId, ...base, paymentReference: parsed.formatted, clientAgreementId: agreement.id, clientId: agreement.clientId };
  }
  return unmatched("reference_unknown");
}

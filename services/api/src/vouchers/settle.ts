import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { schema, vouchers as wallet } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { issueOrder } from "./issue.ts";
import type { OrderRow } from "./repository.ts";

export type AgreementRow = typeof schema.clientAgreements.$inferSelect;

/** What a payment pays: an order, an agreement fee, or credit on a client's account. */
export type Target = { kind: "order"; order: OrderRow } | { kind: "fee"; agreement: AgreementRow } | { kind: "credit"; clientId: string };

export interface Booked {
  clientId: string;
  orderId?: string;
  lotId?: string;
  vouchers?: number;
  clientAgreementId?: string;
  creditCents?: number;
}

/** The payment's columns that point at the target. */
export function targetColumns(t: Target) {
  return {
    matchedOrderId: t.kind === "order" ? t.order.id : null,
    matchedClientAgreementId: t.kind === "fee" ? t.agreement.id : null,
    creditedClientId: t.kind === "credit" ? t.clientId : null,
  };
}

export const targetClientId = (t: Target) => (t.kind === "order" ? t.order.clientId : t.kind === "fee" ? t.agreement.clientId : t.clientId);

/**
 * Money for a CLIENT rather than for one reference (the client's permanent OGM, a link to the client,
 * a confirmed proposal for the client): the open agreement fee when the amount equals it; else the
 * OLDEST open order of the client whose amount equals it; else credit on the client's account.
 * Exact amounts only: a payment is never split over orders, and the rest never guessed.
 */
export async function clientTarget(ctx: TenantContext, clientId: string, amountCents: number): Promise<Target> {
  const { tx, tenantId } = ctx;
  await wallet.lockClient(tx, tenantId, clientId);
  const ca = schema.clientAgreements;
  const [agreement] = await tx
    .select()
    .from(ca)
    .where(and(eq(ca.tenantId, tenantId), eq(ca.clientId, clientId), isNull(ca.feePaidOn), eq(ca.feeCents, amountCents), sql`${ca.feeCents} > 0`))
    .orderBy(asc(ca.startDate))
    .limit(1)
    .for("update");
  if (agreement) return { kind: "fee", agreement };
  const vo = schema.voucherOrders;
  const [order] = await tx
    .select()
    .from(vo)
    .where(and(eq(vo.tenantId, tenantId), eq(vo.clientId, clientId), eq(vo.status, "awaiting_payment"), eq(vo.amountCents, amountCents)))
    .orderBy(asc(vo.createdAt), asc(vo.id))
    .limit(1)
    .for("update");
  if (order) return { kind: "order", order };
  return { kind: "credit", clientId };
}

/** Books what the payment (already pointing at the target) pays: issues the lot, marks the fee paid, or adds the credit. */
export async function applyTarget(ctx: TenantContext, paymentId: string, t: Target, p: { amountCents: number; paidOn: string }): Promise<Booked> {
  const { tx, tenantId } = ctx;
  if (t.kind === "order") {
    const issued = await issueOrder(ctx, t.order);
    return { clientId: t.order.clientId, orderId: t.order.id, ...issued };
  }
  if (t.kind === "fee") {
    const ca = schema.clientAgreements;
    await tx
      .update(ca)
      .set({ feePaidOn: p.paidOn })
      .where(and(eq(ca.tenantId, tenantId), eq(ca.id, t.agreement.id)));
    return { clientId: t.agreement.clientId, clientAgreementId: t.agreement.id };
  }
  const id = randomUUID();
  await tx
    .insert(schema.clientCreditMovements)
    .values({ tenantId, id, clientId: t.clientId, kind: "payment", amountCents: p.amountCents, paymentId, createdById: ctx.actor.sub });
  await ctx.audit({ entity: "client_credit", entityId: id, action: "credit", after: { clientId: t.clientId, paymentId, amountCents: p.amountCents } });
  return { clientId: t.clientId, creditCents: p.amountCents };
}

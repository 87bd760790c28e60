import { and, eq } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { likelyMatches, proposalKey, type Proposal } from "./likely.ts";
import { loadClient, type PaymentRow } from "./repository.ts";
import { applyTarget, clientTarget, targetClientId, targetColumns, type Booked, type Target } from "./settle.ts";

async function lockUnmatched(ctx: TenantContext, paymentId: string): Promise<PaymentRow> {
  const p = schema.payments;
  const [row] = await ctx.tx
    .select()
    .from(p)
    .where(and(eq(p.tenantId, ctx.tenantId), eq(p.id, paymentId)))
    .for("update");
  if (!row) throw notFound("Deze betaling");
  if (row.status !== "unmatched") throw new AppError("payment.not_unmatched", `Deze betaling is al gekoppeld (${row.status}).`);
  // Marked to go back to its sender (transfers/): delete that draft first to link it after all.
  if (row.returnTransferId)
    throw new AppError("payment.already_returned", "Deze betaling wordt teruggestort. Verwijder eerst die terugbetaling om ze toch te koppelen.");
  return row;
}

/** An unmatched payment now pays the target, exactly as the right OGM would have; audited with who did it. */
async function settleExisting(ctx: TenantContext, payment: PaymentRow, target: Target, method: "proposal" | "link", why?: string) {
  const cols = targetColumns(target);
  const p = schema.payments;
  await ctx.tx
    .update(p)
    .set({ status: "matched", unmatchedReason: null, ...cols, matchMethod: method, matchedById: ctx.actor.sub })
    .where(and(eq(p.tenantId, ctx.tenantId), eq(p.id, payment.id)));
  await ctx.audit({
    entity: "payment",
    entityId: payment.id,
    action: method === "proposal" ? "confirm_match" : "link",
    before: { status: payment.status, unmatchedReason: payment.unmatchedReason },
    after: { status: "matched", ...cols, matchMethod: method, matchedBy: ctx.actor.sub, clientId: targetClientId(target), ...(why ? { reason: why } : {}) },
  });
  const booked: Booked = await applyTarget(ctx, payment.id, target, payment);
  return { paymentId: payment.id, status: "matched" as const, matchMethod: method, amountCents: payment.amountCents, ...booked };
}

async function openOrder(ctx: TenantContext, orderId: string) {
  const o = schema.voucherOrders;
  const [order] = await ctx.tx
    .select()
    .from(o)
    .where(and(eq(o.tenantId, ctx.tenantId), eq(o.id, orderId)))
    .for("update");
  if (!order) throw notFound("Deze bestelling");
  if (order.status !== "awaiting_payment")
    throw new AppError("payment.order_not_open", `Bestelling ${order.paymentReference} is ${order.status === "paid" ? "al betaald" : "geannuleerd"}.`);
  return order;
}

async function targetOf(ctx: TenantContext, proposal: Proposal, amountCents: number): Promise<Target> {
  if (proposal.kind === "order") return { kind: "order", order: await openOrder(ctx, proposal.orderId!) };
  if (proposal.kind === "client") return clientTarget(ctx, proposal.clientId, amountCents);
  const ca = schema.clientAgreements;
  const [agreement] = await ctx.tx
    .select()
    .from(ca)
    .where(and(eq(ca.tenantId, ctx.tenantId), eq(ca.id, proposal.clientAgreementId!)))
    .for("update");
  return { kind: "fee", agreement: agreement! };
}

/** POST /v1/payments/{id}/confirm-match: books the likely match shown to finance (recomputed now, so never a stale one). */
export async function confirmMatch(ctx: TenantContext, paymentId: string, expect: { kind: Proposal["kind"]; targetId: string } | undefined) {
  const payment = await lockUnmatched(ctx, paymentId);
  const proposal = (await likelyMatches(ctx.tx, ctx.tenantId, [payment])).get(payment.id);
  if (!proposal)
    throw new AppError("payment.no_proposal", "Er is geen waarschijnlijke koppeling (meer) voor deze betaling. Koppel ze zelf aan een klant of bestelling.");
  if (expect && proposalKey(proposal) !== `${expect.kind}:${expect.targetId}`)
    throw new AppError("payment.proposal_changed", "Het voorstel is intussen veranderd. Laad de lijst opnieuw en kijk het na.", { proposal });
  const result = await settleExisting(ctx, payment, await targetOf(ctx, proposal, payment.amountCents), "proposal", proposal.reasonText);
  return { ...result, reason: proposal.reason };
}

/**
 * POST /v1/payments/{id}/link: finance links by hand. To a client: as the client's permanent OGM
 * (open fee or oldest order of exactly that amount, else credit). To an order: only an open order of
 * exactly that amount; otherwise 409 and nothing changes (link to the client instead: the money
 * becomes credit, and an order the credit covers is paid from it).
 */
export async function linkPayment(ctx: TenantContext, paymentId: string, body: { clientId?: string | undefined; orderId?: string | undefined }) {
  if ((body.clientId === undefined) === (body.orderId === undefined))
    throw new AppError("payment.link_target", "Geef een klant (clientId) of een bestelling (orderId), niet allebei en niet geen van beide.");
  const payment = await lockUnmatched(ctx, paymentId);
  if (body.clientId !== undefined) {
    const client = await loadClient(ctx, body.clientId);
    return settleExisting(ctx, payment, await clientTarget(ctx, client.id, payment.amountCents), "link");
  }
  const order = await openOrder(ctx, body.orderId!);
  if (order.amountCents !== payment.amountCents)
    throw new AppError(
      "payment.amount_mismatch",
      `Bestelling ${order.paymentReference} kost ${order.amountCents} cent, de betaling is ${payment.amountCents} cent. Koppel de betaling aan de klant: dan wordt het een tegoed.`,
      { expectedCents: order.amountCents },
    );
  return settleExisting(ctx, payment, { kind: "order", order }, "link");
}

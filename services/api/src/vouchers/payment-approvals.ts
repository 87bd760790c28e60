import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { approvalRefusal, parseOgm } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { staffNames } from "../payouts/approval-repository.ts";
import { loadSettings } from "../settings-store.ts";
import { formatAmount } from "@wijkwerk/notify";
import { matchPayment, type MatchResult } from "./payments.ts";

/**
 * Four eyes on manual payments (issue 18): a payment typed in by hand above the tenant's
 * fourEyesAboveCents issues vouchers only after another staff member approves it; below it, it is
 * matched at once as before. While it waits it is in payment_approvals, not in payments: nothing matches it.
 */

type ApprovalRow = {
  id: string;
  payment_reference: string;
  amount_cents: number;
  paid_on: string;
  status: "awaiting_approval" | "approved";
  prepared_by: string;
  created_at: string | Date;
  cursor_at: string;
};

export type Waiting = { status: "awaiting_approval"; paymentId: string; paymentReference: string; amountCents: number; paidOn: string };

/** Holds a manual payment above the amount for approval; undefined when it may be matched at once. */
export async function holdForApproval(
  ctx: TenantContext,
  body: { paymentReference: string; amountCents: number; paidOn: string },
): Promise<Waiting | undefined> {
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  if (body.amountCents <= fourEyesAboveCents) return undefined;
  const parsed = parseOgm(body.paymentReference);
  const reference = parsed.ok ? parsed.formatted : body.paymentReference;
  const id = randomUUID();
  await ctx.tx.execute(sql`
    INSERT INTO payment_approvals (tenant_id, id, payment_reference, amount_cents, paid_on, prepared_by)
    VALUES (${ctx.tenantId}, ${id}, ${reference}, ${body.amountCents}, ${body.paidOn}, ${ctx.actor.sub})`);
  const out: Waiting = { status: "awaiting_approval", paymentId: id, paymentReference: reference, amountCents: body.amountCents, paidOn: body.paidOn };
  await ctx.audit({ entity: "payment", entityId: id, action: "prepare", after: { ...out, source: "manual" } });
  return out;
}

/** The second person approves: the payment is then matched exactly as POST /v1/payments does, under the same id. */
export async function approvePayment(ctx: TenantContext, id: string): Promise<MatchResult> {
  const [row] = await ctx.tx.execute<ApprovalRow>(
    sql`SELECT id, payment_reference, amount_cents, paid_on::text AS paid_on, status, prepared_by, created_at FROM payment_approvals
        WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`,
  );
  if (!row) throw notFound("Deze betaling");
  if (row.status !== "awaiting_approval") throw new AppError("payment.not_awaiting_approval", "Deze betaling is al goedgekeurd.");
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  if (approvalRefusal({ preparedBy: row.prepared_by, approvedBy: ctx.actor.sub, amountCents: row.amount_cents, fourEyesAboveCents }) === "same_person")
    throw new AppError(
      "payment.same_person",
      `U hebt deze betaling zelf ingevoerd. Boven ${formatAmount(fourEyesAboveCents, "nl")} keurt een andere medewerker (financiën of beheerder) ze goed.`,
    );
  await ctx.tx.execute(sql`UPDATE payment_approvals SET status = 'approved', approved_by = ${ctx.actor.sub}, approved_at = now()
    WHERE tenant_id = app_current_tenant() AND id = ${row.id}`);
  const result = await matchPayment(
    ctx,
    { id: row.id, paymentReference: row.payment_reference, amountCents: row.amount_cents, paidOn: row.paid_on, source: "manual" },
    { recordAlreadyPaid: true },
  );
  const names = await staffNames(ctx.tx, [row.prepared_by, ctx.actor.sub]);
  await ctx.audit({
    entity: "payment",
    entityId: row.id,
    action: "approve",
    before: { status: "awaiting_approval" },
    after: { status: result.status, preparedBy: names.get(row.prepared_by) ?? row.prepared_by, approvedByName: names.get(ctx.actor.sub) ?? ctx.actor.sub },
  });
  return result;
}

/** A payment typed in by mistake, thrown away before anyone approved it. */
export async function deleteWaiting(ctx: TenantContext, id: string): Promise<void> {
  const [row] = await ctx.tx.execute<ApprovalRow>(
    sql`SELECT id, status, amount_cents, payment_reference FROM payment_approvals WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`,
  );
  if (!row) throw notFound("Deze betaling");
  if (row.status !== "awaiting_approval") throw new AppError("payment.not_awaiting_approval", "Deze betaling is al goedgekeurd en geboekt.");
  await ctx.tx.execute(sql`DELETE FROM payment_approvals WHERE tenant_id = app_current_tenant() AND id = ${id}`);
  await ctx.audit({
    entity: "payment",
    entityId: id,
    action: "delete",
    before: { status: row.status, amountCents: row.amount_cents, paymentReference: row.payment_reference },
  });
}

/** GET /v1/payments?status=awaiting_approval, in the shape of the other payments, oldest first. */
export async function listWaiting(ctx: TenantContext, after: readonly unknown[] | undefined, limit: number) {
  const rows = await ctx.tx.execute<ApprovalRow>(sql`
    SELECT id, payment_reference, amount_cents, paid_on::text AS paid_on, status, prepared_by, created_at, created_at::text AS cursor_at FROM payment_approvals
    WHERE tenant_id = app_current_tenant() AND status = 'awaiting_approval'
      ${after ? sql`AND (created_at, id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
    ORDER BY created_at, id LIMIT ${limit + 1}`);
  const names = await staffNames(
    ctx.tx,
    rows.map((r) => r.prepared_by),
  );
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  return rows.map((r) => ({
    id: r.id,
    paymentReference: r.payment_reference,
    amountCents: r.amount_cents,
    paidOn: r.paid_on,
    source: "manual",
    status: "awaiting_approval",
    unmatchedReason: null,
    counterpartyName: null,
    communication: null,
    matchedOrderId: null,
    matchedClientAgreementId: null,
    preparedBy: { id: r.prepared_by, name: names.get(r.prepared_by) ?? null },
    youMayApprove: approvalRefusal({ preparedBy: r.prepared_by, approvedBy: ctx.actor.sub, amountCents: r.amount_cents, fourEyesAboveCents }) === undefined,
    createdAt: new Date(r.created_at).toISOString(),
    cursorAt: r.cursor_at,
  }));
}

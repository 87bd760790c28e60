import { vouchers as wallet } from "@wijkwerk/db";
import { approvalRefusal, postingFor, reverseMovements } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { staffNames } from "../payouts/approval-repository.ts";
import { loadSettings } from "../settings-store.ts";
import { formatAmount } from "@wijkwerk/notify";
import * as repo from "./repository.ts";
import { transferOut } from "./views.ts";

export async function loadTransfer(ctx: Pick<TenantContext, "tx">, id: string, lock = false) {
  const row = await repo.findTransfer(ctx.tx, id, lock);
  if (!row) throw notFound("Deze terugbetaling");
  return row;
}

const notDraft = (status: string) =>
  new AppError("transfer.not_draft", `Deze terugbetaling is al ${status === "approved" ? "goedgekeurd" : "in een SEPA-bestand gezet"}.`);

/**
 * Four eyes (issue 18, the payout rule of packages/domain): above the tenant's amount another staff
 * member than the preparer approves; below it the preparer's own approval suffices, as for payout runs.
 * The audit row names both.
 */
export async function approveTransfer(ctx: TenantContext, id: string) {
  const row = await loadTransfer(ctx, id, true);
  if (row.status !== "draft") throw notDraft(row.status);
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  if (approvalRefusal({ preparedBy: row.prepared_by, approvedBy: ctx.actor.sub, amountCents: row.amount_cents, fourEyesAboveCents }) === "same_person")
    throw new AppError(
      "transfer.same_person",
      `U hebt deze terugbetaling zelf klaargezet. Boven ${formatAmount(fourEyesAboveCents, "nl")} keurt een andere medewerker (financiën of beheerder) ze goed.`,
    );
  await repo.markApproved(ctx.tx, row.id, ctx.actor.sub);
  const names = await staffNames(ctx.tx, [row.prepared_by, ctx.actor.sub]);
  const after = transferOut((await repo.findTransfer(ctx.tx, row.id))!, names);
  await ctx.audit({
    entity: "client_transfer",
    entityId: row.id,
    action: "approve",
    before: transferOut(row),
    after: { ...after, preparedByName: names.get(row.prepared_by) ?? row.prepared_by, approvedByName: names.get(ctx.actor.sub) ?? ctx.actor.sub },
  });
  return after;
}

/**
 * A draft is thrown away. A voucher refund took its vouchers back when it was prepared (so the
 * wallet shows it at once and nobody spends them meanwhile): deleting it posts the exact opposite,
 * the vouchers return to their lots. A refund-to-sender frees its payment (unmatched again).
 */
export async function deleteTransfer(ctx: TenantContext, id: string): Promise<void> {
  const row = await loadTransfer(ctx, id, true);
  if (row.status !== "draft") throw notDraft(row.status);
  if (row.kind === "voucher_refund" && row.client_id && row.refund_lots) {
    await wallet.lockClient(ctx.tx, ctx.tenantId, row.client_id);
    const clientId = row.client_id;
    const movements = row.refund_lots.flatMap((l) => reverseMovements(postingFor("refund", l.vouchers, { clientId, lotId: l.lotId })));
    await wallet.postMovements(ctx.tx, ctx.tenantId, movements);
  }
  if (row.payment_id) await repo.setPaymentReturn(ctx.tx, row.payment_id, null);
  await repo.deleteTransfer(ctx.tx, row.id);
  await ctx.audit({ entity: "client_transfer", entityId: row.id, action: "delete", before: transferOut(row) });
}

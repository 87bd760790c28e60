import { vouchers as wallet } from "@wijkwerk/db";
import { allocateOldestExpiryFirst, brusselsDateOf, postingFor } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { prepareRefundTransfer } from "../transfers/refund-transfer.ts";
import { transferOut } from "../transfers/views.ts";
import * as repo from "./repository.ts";
import type { RefundBodyT } from "./schemas.ts";

/**
 * Takes back unused valid vouchers: never those reserved for entered hours (RULES §4). The money
 * goes back by a draft transfer of exactly `amountCents` (issue 18), approved with four eyes and
 * paid by SEPA; deleting that draft gives the vouchers back.
 */
export async function refundVouchers(ctx: TenantContext, body: RefundBodyT) {
  const client = await repo.loadClient(ctx, body.clientId);
  // Under the client lock no voucher moves (confirmations, refunds, expiry all take it), so the
  // reservation read here still holds when the refund posts. Hours entered meanwhile (their
  // path does not take this lock) count as entered after the refund: they may then wait for vouchers.
  await wallet.lockClient(ctx.tx, ctx.tenantId, client.id);
  const now = new Date();
  const position = await wallet.clientWallet(ctx.tx, ctx.tenantId, client.id, now);
  if (body.quantity > position.available) {
    const reserved =
      position.reserved > 0
        ? ` ${position.reserved} ${position.reserved === 1 ? "cheque is" : "cheques zijn"} gereserveerd voor gewerkte uren die nog niet betaald zijn.`
        : "";
    throw new AppError(
      "wallet.insufficient_vouchers",
      `Er ${position.available === 1 ? "is" : "zijn"} maar ${position.available} ${position.available === 1 ? "cheque" : "cheques"} vrij om terug te nemen.${reserved}`,
      {
        available: position.available,
        reserved: position.reserved,
      },
    );
  }
  const lots = position.inputs.lots;
  // Oldest expiry first, as before: the cheques that stay (and cover the reservation) are the longest valid.
  const allocation = allocateOldestExpiryFirst(lots, body.quantity, brusselsDateOf(now));
  if (!allocation.ok)
    throw new AppError("wallet.insufficient_vouchers", `Er zijn maar ${allocation.available} geldige cheques.`, { available: allocation.available });
  const movements = allocation.allocations.flatMap((a) => postingFor("refund", a.vouchers, { clientId: client.id, lotId: a.lotId }));
  await wallet.postMovements(ctx.tx, ctx.tenantId, movements);
  const orders = await repo.orderPrices(ctx.tx, ctx.tenantId, client.id);
  const unitOfLot = new Map(lots.map((l) => [l.lotId, orders.find((o) => o.id === l.orderId)?.unit ?? 0]));
  const amountCents = allocation.allocations.reduce((s, a) => s + a.vouchers * (unitOfLot.get(a.lotId) ?? 0), 0);
  const lotsTaken = allocation.allocations.map((a) => ({ lotId: a.lotId, vouchers: a.vouchers }));
  const transfer = amountCents > 0 ? await prepareRefundTransfer(ctx, { client, quantity: body.quantity, amountCents, lots: lotsTaken }, body.iban) : undefined;
  const result = { clientId: client.id, quantity: body.quantity, amountCents, lots: lotsTaken, transfer: transfer ? transferOut(transfer) : null };
  await ctx.audit({ entity: "voucher_refund", entityId: client.id, action: "create", after: result });
  return result;
}

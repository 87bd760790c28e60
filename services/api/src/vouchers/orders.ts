import { vouchers as wallet } from "@wijkwerk/db";
import { voucherOrderAmountCents } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { assertMayOrderVouchers } from "../registries/agreement-fee.ts";
import { payFromCredit } from "./credit.ts";
import * as repo from "./repository.ts";
import type { OrderBodyT } from "./schemas.ts";
import { orderOut } from "./views.ts";

/** An order of vouchers, to pay with its OGM (RULES §3: once the client agreement's fee is paid). */
export async function orderVouchers(ctx: TenantContext, body: OrderBodyT) {
  const client = await repo.loadClient(ctx, body.clientId);
  await assertMayOrderVouchers(ctx.tx, ctx.tenantId, client.id);
  const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
  // RULES §4: one price for every client type; the per-type setting is honoured as stored.
  const unitPriceCents = settings.voucherPriceCents[client.type];
  const amountCents = voucherOrderAmountCents(body.quantity, unitPriceCents);
  const order = await repo.insertOrder(ctx.tx, ctx.tenantId, { clientId: client.id, quantity: body.quantity, unitPriceCents, amountCents, by: ctx.actor.sub });
  await ctx.audit({ entity: "voucher_order", entityId: order.id, action: "create", after: orderOut(order) });
  // Credit on the client's account that covers the order pays it at once (issue 18).
  const paid = await payFromCredit(ctx, order);
  const result = paid ? { ...orderOut(order), status: "paid" as const } : orderOut(order);
  // Payment instructions only for an order still to pay.
  if (!paid)
    await ctx.outbox({
      topic: "events/voucher_order.created",
      payload: {
        orderId: order.id,
        clientId: order.clientId,
        quantity: order.quantity,
        amountCents: order.amountCents,
        paymentReference: order.paymentReference,
      },
    });
  return result;
}

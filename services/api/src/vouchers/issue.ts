import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { schema, vouchers as wallet } from "@wijkwerk/db";
import { brusselsDateOf, postingFor, voucherExpiresOn } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import type { OrderRow } from "./repository.ts";

/**
 * A paid order: marks it paid, issues its lot of vouchers (valid from today) and settles the
 * client's entries that waited for vouchers, in the caller's transaction. Used for a payment with
 * the order's OGM, the client's permanent OGM, a confirmed proposal, a link by hand and credit.
 */
export async function issueOrder(ctx: TenantContext, order: OrderRow): Promise<{ lotId: string; vouchers: number }> {
  const { tx, tenantId } = ctx;
  const vo = schema.voucherOrders;
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
  return { lotId, vouchers: order.quantity };
}

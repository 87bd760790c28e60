import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { schema, vouchers as wallet, type Tx } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { issueOrder } from "./issue.ts";
import type { OrderRow } from "./repository.ts";

/** The client's credit (tegoed) in cents: the sum of its ledger. */
export async function creditBalance(tx: Tx, tenantId: string, clientId: string): Promise<number> {
  const m = schema.clientCreditMovements;
  const [row] = await tx
    .select({ sum: sql<string>`coalesce(sum(${m.amountCents}), 0)::text` })
    .from(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.clientId, clientId)));
  return Number(row?.sum ?? 0);
}

/** Balance and the movements, newest first (what finance and the client see as "tegoed"). */
export async function creditOf(tx: Tx, tenantId: string, clientId: string) {
  const m = schema.clientCreditMovements;
  const p = schema.payments;
  const o = schema.voucherOrders;
  const rows = await tx
    .select({
      id: m.id,
      kind: m.kind,
      amountCents: m.amountCents,
      paymentId: m.paymentId,
      orderId: m.orderId,
      paidOn: p.paidOn,
      orderReference: o.paymentReference,
      createdAt: m.createdAt,
    })
    .from(m)
    .leftJoin(p, and(eq(p.tenantId, m.tenantId), eq(p.id, m.paymentId)))
    .leftJoin(o, and(eq(o.tenantId, m.tenantId), eq(o.id, m.orderId)))
    .where(and(eq(m.tenantId, tenantId), eq(m.clientId, clientId)))
    .orderBy(desc(m.createdAt), desc(m.id))
    .limit(100);
  return {
    balanceCents: await creditBalance(tx, tenantId, clientId),
    movements: rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
  };
}

/**
 * A new order the client's credit covers is paid from it at once (simpler for the client than
 * waiting for finance, and the same whoever places the order): − the amount on the credit ledger,
 * the order paid, its lot issued, audited. Returns whether it was paid.
 */
export async function payFromCredit(ctx: TenantContext, order: OrderRow): Promise<boolean> {
  const { tx, tenantId } = ctx;
  await wallet.lockClient(tx, tenantId, order.clientId);
  const balance = await creditBalance(tx, tenantId, order.clientId);
  if (balance < order.amountCents) return false;
  const id = randomUUID();
  await tx
    .insert(schema.clientCreditMovements)
    .values({ tenantId, id, clientId: order.clientId, kind: "order", amountCents: -order.amountCents, orderId: order.id, createdById: ctx.actor.sub });
  await ctx.audit({
    entity: "client_credit",
    entityId: id,
    action: "pay_order",
    before: { balanceCents: balance },
    after: { clientId: order.clientId, orderId: order.id, amountCents: -order.amountCents, balanceCents: balance - order.amountCents },
  });
  await issueOrder(ctx, order);
  return true;
}

/** Clients whose credit is not zero, largest first (finance: money waiting for an order). */
export async function clientsWithCredit(tx: Tx, tenantId: string, limit: number) {
  const rows = await tx.execute<{ client_id: string; name: string; client_number: string; balance: string; last_at: string }>(sql`
    SELECT m.client_id, c.name, c.client_number::text, sum(m.amount_cents)::text AS balance, max(m.created_at)::text AS last_at
      FROM client_credit_movements m JOIN clients c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
     WHERE m.tenant_id = ${tenantId}
     GROUP BY m.client_id, c.name, c.client_number
    HAVING sum(m.amount_cents) <> 0
     ORDER BY sum(m.amount_cents) DESC, c.client_number
     LIMIT ${limit}`);
  return rows.map((r) => ({
    clientId: r.client_id,
    clientName: r.name,
    clientNumber: Number(r.client_number),
    balanceCents: Number(r.balance),
    lastMovementAt: new Date(r.last_at).toISOString(),
  }));
}

import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { sequenceOgm } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { notFound } from "../errors/problem.ts";

export type PaymentRow = typeof schema.payments.$inferSelect;
export type OrderRow = typeof schema.voucherOrders.$inferSelect;

/** A client token reaches only its own client record; anything else is "not found". */
export async function loadClient(ctx: TenantContext, clientId: string) {
  if (ctx.actor.role === "client" && ctx.actor.subjectId !== clientId) throw notFound("Deze klant");
  const c = schema.clients;
  const [row] = await ctx.tx
    .select()
    .from(c)
    .where(and(eq(c.tenantId, ctx.tenantId), eq(c.id, clientId)));
  if (!row) throw notFound("Deze klant");
  return row;
}

/** An order with the next OGM: the same counter as the agreement fees, so a reference never points at two things. */
export async function insertOrder(
  tx: Tx,
  tenantId: string,
  o: { clientId: string; quantity: number; unitPriceCents: number; amountCents: number; by: string },
): Promise<OrderRow> {
  const [counter] = await tx.execute<{ n: string }>(sql`SELECT app_next_counter('ogm')::text AS n`);
  const [order] = await tx
    .insert(schema.voucherOrders)
    .values({
      tenantId,
      id: randomUUID(),
      clientId: o.clientId,
      quantity: o.quantity,
      unitPriceCents: o.unitPriceCents,
      amountCents: o.amountCents,
      paymentReference: sequenceOgm(Number(counter!.n)),
      status: "awaiting_payment",
      createdById: o.by,
    })
    .returning();
  return order!;
}

export async function orderPrices(tx: Tx, tenantId: string, clientId: string): Promise<{ id: string; unit: number }[]> {
  const o = schema.voucherOrders;
  return tx
    .select({ id: o.id, unit: o.unitPriceCents })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.clientId, clientId)));
}

/** Whether a bank movement was imported before (CODA statements come again). */
export async function paymentSeen(tx: Tx, tenantId: string, bankReference: string): Promise<boolean> {
  const p = schema.payments;
  const [seen] = await tx
    .select({ id: p.id })
    .from(p)
    .where(and(eq(p.tenantId, tenantId), eq(p.bankReference, bankReference)));
  return seen !== undefined;
}

/** One CODA import at a time per tenant: a statement imported twice in parallel still counts once. */
export async function lockCodaImport(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('coda:' || ${tenantId}))`);
}

export async function listPayments(
  tx: Tx,
  tenantId: string,
  f: { status?: "matched" | "unmatched" | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<PaymentRow[]> {
  const p = schema.payments;
  const where: SQL[] = [eq(p.tenantId, tenantId)];
  if (f.status) where.push(eq(p.status, f.status));
  if (f.after) where.push(sql`(${p.createdAt}, ${p.id}) > (${String(f.after[0])}::timestamptz, ${String(f.after[1])}::uuid)`);
  return tx
    .select()
    .from(p)
    .where(and(...where))
    .orderBy(asc(p.createdAt), asc(p.id))
    .limit(f.limit + 1);
}

/** The organisation as the fiscal certificate names it: its account details, else the tenant's name. */
export async function certificateIssuer(tx: Tx, tenantId: string) {
  const [tenant] = await tx.select({ name: schema.tenants.name }).from(schema.tenants).where(eq(schema.tenants.id, tenantId));
  const [org] = await tx.select().from(schema.organisationAccounts).where(eq(schema.organisationAccounts.tenantId, tenantId));
  const address = org?.street && org.houseNumber && org.postalCode && org.city ? `${org.street} ${org.houseNumber}, ${org.postalCode} ${org.city}` : null;
  return { name: org?.name ?? tenant?.name ?? "", enterpriseNumber: org?.enterpriseNumber ?? null, address };
}

/** Vouchers a client paid for in a year, what they paid, and how many were spent on confirmed hours (Brussels year). */
export async function yearOfVouchers(tx: Tx, tenantId: string, clientId: string, year: number) {
  const [used] = await tx.execute<{ n: number }>(sql`
    SELECT COALESCE(-sum(vouchers), 0)::integer AS n FROM voucher_movements
     WHERE tenant_id = ${tenantId} AND kind = 'consume' AND vouchers < 0 AND account LIKE ${`client:${clientId}:%`}
       AND created_at >= ${`${year}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels' AND created_at < ${`${year + 1}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels'`);
  // Orders paid by a bank payment (its value date), or from the client's credit (issue 18: the day it was used).
  const [sum] = await tx.execute<{ vouchers: number; paid: number }>(sql`
    SELECT COALESCE(sum(quantity), 0)::integer AS vouchers, COALESCE(sum(paid), 0)::integer AS paid FROM (
      SELECT o.quantity, p.amount_cents AS paid
      FROM payments p JOIN voucher_orders o ON o.tenant_id = p.tenant_id AND o.id = p.matched_order_id
      WHERE p.tenant_id = ${tenantId} AND o.client_id = ${clientId} AND p.status = 'matched'
        AND p.paid_on >= ${`${year}-01-01`}::date AND p.paid_on < ${`${year + 1}-01-01`}::date
      UNION ALL
      SELECT o.quantity, -m.amount_cents
      FROM client_credit_movements m JOIN voucher_orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
      WHERE m.tenant_id = ${tenantId} AND m.client_id = ${clientId} AND m.kind = 'order'
        AND m.created_at >= ${`${year}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels' AND m.created_at < ${`${year + 1}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels'
    ) bought`);
  return { vouchers: Number(sum?.vouchers ?? 0), paidCents: Number(sum?.paid ?? 0), vouchersUsed: Number(used?.n ?? 0) };
}

/** A page of orders, newest first; a client sees only its own (issue 17: what is still to be paid). */
export async function listOrders(
  ctx: TenantContext,
  q: { clientId?: string | undefined; status?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<OrderRow[]> {
  const o = schema.voucherOrders;
  const where: SQL[] = [eq(o.tenantId, ctx.tenantId)];
  if (ctx.actor.role === "client") where.push(eq(o.clientId, ctx.actor.subjectId ?? "00000000-0000-0000-0000-000000000000"));
  if (q.clientId) where.push(eq(o.clientId, q.clientId));
  if (q.status) where.push(sql`${o.status} = ${q.status}`);
  if (q.after) where.push(sql`(${o.createdAt}, ${o.id}) < (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)`);
  return ctx.tx
    .select()
    .from(o)
    .where(and(...where))
    .orderBy(desc(o.createdAt), desc(o.id))
    .limit(q.limit + 1);
}

export async function findOrder(ctx: TenantContext, id: string): Promise<OrderRow> {
  const o = schema.voucherOrders;
  const [row] = await ctx.tx
    .select()
    .from(o)
    .where(and(eq(o.tenantId, ctx.tenantId), eq(o.id, id)));
  if (!row || (ctx.actor.role === "client" && ctx.actor.subjectId !== row.clientId)) throw notFound("Deze bestelling");
  return row;
}

/** Where to pay: the organisation's account (null until it is set). */
export async function payTo(tx: Tx, tenantId: string): Promise<{ name: string; iban: string; bic: string | null } | null> {
  const a = schema.organisationAccounts;
  const [row] = await tx.select({ name: a.name, iban: a.iban, bic: a.bic }).from(a).where(eq(a.tenantId, tenantId));
  return row ?? null;
}

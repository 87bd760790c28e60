import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { schema, vouchers as wallet } from "@wijkwerk/db";
import { allocateOldestExpiryFirst, brusselsDateOf, brusselsYearOf, CodaParseError, makeOgm, parseCodaFile, postingFor, voucherOrderAmountCents, type CodaStatement } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import { assertMayOrderVouchers } from "../registries/agreement-fee.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";
import { matchPayment, type MatchResult } from "../vouchers/payments.ts";
import { renderTaxCertificate } from "../vouchers/tax-certificate.ts";

const Ogm = Type.String({ minLength: 12, maxLength: 30, examples: ["+++123/4567/89002+++"] });
const OrderBody = Type.Object({ clientId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 500 }) }, { additionalProperties: false });
const OrderOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  quantity: Type.Integer(),
  unitPriceCents: Type.Integer(),
  amountCents: Type.Integer(),
  paymentReference: Type.String(),
  status: Type.Union([Type.Literal("awaiting_payment"), Type.Literal("paid"), Type.Literal("cancelled")]),
  createdAt: Type.String(),
});
const PaymentBody = Type.Object({ paymentReference: Ogm, amountCents: Type.Integer({ minimum: 1, maximum: 100_000_000 }), paidOn: DateOnly }, { additionalProperties: false });
const MatchOut = Type.Object(
  {
    status: Type.Union([Type.Literal("matched"), Type.Literal("unmatched")]),
    paymentId: Type.Union([Uuid, Type.Null()]),
    paymentReference: Type.Union([Type.String(), Type.Null()]),
    amountCents: Type.Integer(),
    paidOn: Type.String(),
    clientId: Type.Optional(Uuid),
    orderId: Type.Optional(Uuid),
    lotId: Type.Optional(Uuid),
    vouchers: Type.Optional(Type.Integer()),
    clientAgreementId: Type.Optional(Uuid),
    reason: Type.Optional(Type.String()),
    expectedCents: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
const PaymentOut = Type.Object({
  id: Uuid,
  paymentReference: Type.Union([Type.String(), Type.Null()]),
  amountCents: Type.Integer(),
  paidOn: Type.String(),
  source: Type.String(),
  status: Type.String(),
  unmatchedReason: Type.Union([Type.String(), Type.Null()]),
  counterpartyName: Type.Union([Type.String(), Type.Null()]),
  communication: Type.Union([Type.String(), Type.Null()]),
  matchedOrderId: Type.Union([Uuid, Type.Null()]),
  matchedClientAgreementId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
});
const CodaOut = Type.Object({ matched: Type.Array(MatchOut), unmatched: Type.Array(MatchOut), duplicates: Type.Array(Type.Object({ bankReference: Type.String(), amountCents: Type.Integer() })) });
const RefundBody = Type.Object({ clientId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 10_000 }) }, { additionalProperties: false });
const RefundOut = Type.Object({ clientId: Uuid, quantity: Type.Integer(), amountCents: Type.Integer(), lots: Type.Array(Type.Object({ lotId: Uuid, vouchers: Type.Integer() })) });
const WalletOut = Type.Object({
  available: Type.Integer({ description: "Valid vouchers not reserved: what a refund or new work can still use" }),
  reserved: Type.Integer({ description: "Valid vouchers set aside for entered hours not yet paid (entries submitted, disputed or awaiting vouchers); at most what the client holds" }),
  shortfall: Type.Integer({ description: "Vouchers those entered hours need beyond what the client holds: to buy" }),
  planned: Type.Integer({ description: "Estimate for accepted assignments from today on without hours yet (one per started planned hour); not reserved, not subtracted from available" }),
  expiringWithin30Days: Type.Integer({ description: "Valid vouchers held (reserved included) whose last day is within 30 days" }),
  lots: Type.Array(Type.Object({ count: Type.Integer(), expiresOn: Type.String() }), { description: "Valid vouchers held per expiry date; they add up to available + reserved" }),
});

const CODA_BODY_LIMIT = 5 * 1024 * 1024;

/** A client token reaches only its own client record; anything else is "not found". */
async function loadClient(ctx: TenantContext, clientId: string, lock = false) {
  if (ctx.actor.role === "client" && ctx.actor.subjectId !== clientId) throw notFound("Deze klant");
  const c = schema.clients;
  const q = ctx.tx.select().from(c).where(and(eq(c.tenantId, ctx.tenantId), eq(c.id, clientId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("Deze klant");
  return row;
}

function throwUnmatched(r: MatchResult): void {
  if (r.status === "matched") return;
  if (r.reason === "amount_mismatch") throw new AppError("payment.amount_mismatch", `Verwacht ${r.expectedCents} cent, ontvangen ${r.amountCents} cent. De betaling staat bij de niet-gekoppelde betalingen.`);
  if (r.reason === "already_paid") throw new AppError("payment.already_paid", `${r.paymentReference} werd al betaald.`);
  throw new AppError("payment.reference_unknown", `Geen bestelling of inschrijving met mededeling ${r.paymentReference}. De betaling staat bij de niet-gekoppelde betalingen.`);
}

/** Vouchers (wijk-werkcheques): orders, payments (manual and CODA), refunds, wallet, tax certificate (API.md, RULES §4). */
const vouchers: FastifyPluginAsyncTypebox = async (app) => {
  // CODA files arrive as plain text; encapsulated in this plugin, so JSON routes are untouched.
  app.addContentTypeParser(["text/plain", "application/octet-stream"], { parseAs: "buffer", bodyLimit: CODA_BODY_LIMIT }, (_req, body, done) => {
    done(null, (body as Buffer).toString("latin1"));
  });

  app.post(
    "/v1/voucher-orders",
    {
      config: { roles: ["consultant", "admin", "finance", "client"], idempotent: true, errors: ["resource.not_found", "client.no_active_agreement", "client.agreement_fee_unpaid"] },
      schema: { tags: ["vouchers"], summary: "Order vouchers; pay with the OGM reference (RULES §3: once the client agreement's fee is paid)", body: OrderBody, response: { 201: OrderOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const out = await request.tenantTx(async (ctx) => {
        const client = await loadClient(ctx, request.body.clientId);
        await assertMayOrderVouchers(ctx.tx, ctx.tenantId, client.id);
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        // RULES §4: one price for every client type; the per-type setting is honoured as stored.
        const unitPriceCents = settings.voucherPriceCents[client.type];
        const amountCents = voucherOrderAmountCents(request.body.quantity, unitPriceCents);
        // Same counter as the agreement fees: an OGM reference never points at two things.
        const [counter] = await ctx.tx.execute<{ n: string }>(sql`SELECT app_next_counter('ogm')::text AS n`);
        const paymentReference = makeOgm(Number(counter!.n));
        const [order] = await ctx.tx
          .insert(schema.voucherOrders)
          .values({ tenantId: ctx.tenantId, id: randomUUID(), clientId: client.id, quantity: request.body.quantity, unitPriceCents, amountCents, paymentReference, status: "awaiting_payment", createdById: ctx.actor.sub })
          .returning();
        const o = order!;
        const result = { id: o.id, clientId: o.clientId, quantity: o.quantity, unitPriceCents: o.unitPriceCents, amountCents: o.amountCents, paymentReference: o.paymentReference, status: o.status, createdAt: new Date(o.createdAt).toISOString() };
        await ctx.outbox({ topic: "events/voucher_order.created", payload: { orderId: o.id, clientId: o.clientId, quantity: o.quantity, amountCents: o.amountCents, paymentReference: o.paymentReference } });
        await ctx.audit({ entity: "voucher_order", entityId: o.id, action: "create", after: result });
        return result;
      });
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/payments",
    {
      config: { roles: ["finance", "admin"], idempotent: true, errors: ["payment.reference_unknown", "payment.amount_mismatch", "payment.already_paid"] },
      schema: { tags: ["vouchers"], summary: "Register a bank payment: issues the vouchers or marks the fee paid", body: PaymentBody, response: { 201: MatchOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const { paymentReference, amountCents, paidOn } = request.body;
      // Unmatched payments are kept (committed) before the error is returned, so finance sees them.
      const result = await request.tenantTx((ctx) => matchPayment(ctx, { paymentReference, amountCents, paidOn, source: "manual" }, { recordAlreadyPaid: false }));
      throwUnmatched(result);
      return reply.status(201).send(result);
    },
  );

  app.post(
    "/v1/payments/coda",
    {
      config: { roles: ["finance", "admin"], errors: ["coda.invalid"] },
      schema: {
        tags: ["vouchers"],
        summary: "Import a CODA bank statement (text/plain): credits with a known OGM are matched",
        consumes: ["text/plain", "application/octet-stream"],
        response: { 200: CodaOut, ...errorResponses(401, 403, 413, 415, 422) },
      },
    },
    async (request) => {
      if (typeof request.body !== "string") throw new AppError("coda.invalid", "Stuur het CODA-bestand als text/plain of application/octet-stream.", { line: null });
      let statements: CodaStatement[];
      try {
        statements = parseCodaFile(request.body);
      } catch (err) {
        if (err instanceof CodaParseError) throw new AppError("coda.invalid", `Regel ${err.lineNumber}: ${err.message}`, { line: err.lineNumber });
        throw err;
      }
      return request.tenantTx(async (ctx) => {
        // One import at a time per tenant: a statement imported twice in parallel still counts once.
        await ctx.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('coda:' || ${ctx.tenantId}))`);
        const out = { matched: [] as MatchResult[], unmatched: [] as MatchResult[], duplicates: [] as { bankReference: string; amountCents: number }[] };
        for (const st of statements) {
          for (const m of st.movements) {
            if (m.amountCents <= 0) continue;
            const bankReference = `${st.account}/${st.date}/${st.statementNumber}/${m.sequence}`;
            const p = schema.payments;
            const [seen] = await ctx.tx.select({ id: p.id }).from(p).where(and(eq(p.tenantId, ctx.tenantId), eq(p.bankReference, bankReference)));
            if (seen) {
              out.duplicates.push({ bankReference, amountCents: m.amountCents });
              continue;
            }
            const r = await matchPayment(
              ctx,
              {
                paymentReference: m.structuredReference ?? null,
                amountCents: m.amountCents,
                paidOn: m.valueDate,
                source: "coda",
                bankReference,
                ...(m.counterpartyName ? { counterpartyName: m.counterpartyName } : {}),
                ...(m.freeCommunication ? { communication: m.freeCommunication } : {}),
              },
              { recordAlreadyPaid: true },
            );
            (r.status === "matched" ? out.matched : out.unmatched).push(r);
          }
        }
        return out;
      });
    },
  );

  app.get(
    "/v1/payments",
    {
      config: { roles: ["finance", "admin"] },
      schema: {
        tags: ["vouchers"],
        summary: "List payments, e.g. the unmatched ones",
        querystring: Type.Object({ ...ListQuery, status: Type.Optional(Type.Union([Type.Literal("matched"), Type.Literal("unmatched")])) }, { additionalProperties: false }),
        response: { 200: Page(PaymentOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx, tenantId }) => {
        const p = schema.payments;
        const where: SQL[] = [eq(p.tenantId, tenantId)];
        if (request.query.status) where.push(eq(p.status, request.query.status));
        if (after) where.push(sql`(${p.createdAt}, ${p.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
        const rows = await tx.select().from(p).where(and(...where)).orderBy(asc(p.createdAt), asc(p.id)).limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
        return {
          items: page.items.map((r) => ({
            id: r.id,
            paymentReference: r.paymentReference,
            amountCents: r.amountCents,
            paidOn: r.paidOn,
            source: r.source,
            status: r.status,
            unmatchedReason: r.unmatchedReason,
            counterpartyName: r.counterpartyName,
            communication: r.communication,
            matchedOrderId: r.matchedOrderId,
            matchedClientAgreementId: r.matchedClientAgreementId,
            createdAt: new Date(r.createdAt).toISOString(),
          })),
          nextCursor: page.nextCursor,
        };
      });
    },
  );

  app.post(
    "/v1/voucher-refunds",
    {
      config: { roles: ["consultant", "finance", "admin"], idempotent: true, errors: ["resource.not_found", "wallet.insufficient_vouchers"] },
      schema: {
        tags: ["vouchers"],
        summary: "Take back unused valid vouchers",
        description: "409 `wallet.insufficient_vouchers` when the quantity is more than the wallet's `available`: vouchers reserved for entered hours are never taken back.",
        body: RefundBody,
        response: { 201: RefundOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const out = await request.tenantTx(async (ctx) => {
        const client = await loadClient(ctx, request.body.clientId);
        // Under the client lock no voucher moves (confirmations, refunds, expiry all take it), so the
        // reservation read here still holds when the refund posts. Hours entered meanwhile (their
        // path does not take this lock) count as entered after the refund: they may then wait for vouchers.
        await wallet.lockClient(ctx.tx, ctx.tenantId, client.id);
        const now = new Date();
        const position = await wallet.clientWallet(ctx.tx, ctx.tenantId, client.id, now);
        if (request.body.quantity > position.available) {
          const reserved = position.reserved > 0 ? ` ${position.reserved} ${position.reserved === 1 ? "cheque is" : "cheques zijn"} gereserveerd voor gewerkte uren die nog niet betaald zijn.` : "";
          throw new AppError("wallet.insufficient_vouchers", `Er ${position.available === 1 ? "is" : "zijn"} maar ${position.available} ${position.available === 1 ? "cheque" : "cheques"} vrij om terug te nemen.${reserved}`, {
            available: position.available,
            reserved: position.reserved,
          });
        }
        const lots = position.inputs.lots;
        // Oldest expiry first, as before: the cheques that stay (and cover the reservation) are the longest valid.
        const allocation = allocateOldestExpiryFirst(lots, request.body.quantity, brusselsDateOf(now));
        if (!allocation.ok) throw new AppError("wallet.insufficient_vouchers", `Er zijn maar ${allocation.available} geldige cheques.`, { available: allocation.available });
        const movements = allocation.allocations.flatMap((a) => postingFor("refund", a.vouchers, { clientId: client.id, lotId: a.lotId }));
        await wallet.postMovements(ctx.tx, ctx.tenantId, movements);
        const orders = await ctx.tx.select({ id: schema.voucherOrders.id, unit: schema.voucherOrders.unitPriceCents }).from(schema.voucherOrders).where(and(eq(schema.voucherOrders.tenantId, ctx.tenantId), eq(schema.voucherOrders.clientId, client.id)));
        const unitOfLot = new Map(lots.map((l) => [l.lotId, orders.find((o) => o.id === l.orderId)?.unit ?? 0]));
        const amountCents = allocation.allocations.reduce((s, a) => s + a.vouchers * (unitOfLot.get(a.lotId) ?? 0), 0);
        const result = { clientId: client.id, quantity: request.body.quantity, amountCents, lots: allocation.allocations };
        await ctx.audit({ entity: "voucher_refund", entityId: client.id, action: "create", after: result });
        return result;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/clients/:id/wallet",
    {
      config: { roles: ["consultant", "finance", "admin", "client"] },
      schema: {
        tags: ["vouchers"],
        summary: "The client's vouchers",
        description:
          "Derived from the ledger and the entries, in one snapshot. `reserved` = vouchers held for entries submitted, disputed or awaiting vouchers (at most what is held); " +
          "`available` = held − reserved; `shortfall` = what those entries need beyond what is held; `planned` = estimate for accepted assignments to come (not reserved).",
        params: IdParams,
        response: { 200: WalletOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const client = await loadClient(ctx, request.params.id);
        const w = await wallet.clientWallet(ctx.tx, ctx.tenantId, client.id, new Date());
        return { available: w.available, reserved: w.reserved, shortfall: w.shortfall, planned: w.planned, expiringWithin30Days: w.expiringWithin30Days, lots: w.lots };
      }),
  );

  app.get(
    "/v1/clients/:id/tax-certificate",
    {
      config: { roles: ["consultant", "finance", "admin", "client"], errors: ["tax_certificate.not_private"] },
      schema: {
        tags: ["vouchers"],
        summary: "Fiscal certificate (PDF) for the vouchers paid in a year; private clients only",
        params: IdParams,
        querystring: Type.Object({ year: Type.Integer({ minimum: 2018, maximum: 2100 }) }, { additionalProperties: false }),
        produces: ["application/pdf"],
        response: { 200: Type.Unsafe<Buffer>({ type: "string", format: "binary", description: "application/pdf" }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const year = request.query.year;
      const data = await request.tenantTx(async (ctx) => {
        const client = await loadClient(ctx, request.params.id);
        if (client.type !== "private") throw new AppError("tax_certificate.not_private", "Alleen particulieren (natuurlijke personen) krijgen een fiscaal attest.");
        const [tenant] = await ctx.tx.select({ name: schema.tenants.name }).from(schema.tenants).where(eq(schema.tenants.id, ctx.tenantId));
        const [org] = await ctx.tx.select().from(schema.organisationAccounts).where(eq(schema.organisationAccounts.tenantId, ctx.tenantId));
        // Spent on confirmed hours in the year (Brussels): the consume movements out of the client's accounts.
        const [used] = await ctx.tx.execute<{ n: number }>(sql`
          SELECT COALESCE(-sum(vouchers), 0)::integer AS n FROM voucher_movements
           WHERE tenant_id = ${ctx.tenantId} AND kind = 'consume' AND vouchers < 0 AND account LIKE ${`client:${client.id}:%`}
             AND created_at >= ${`${year}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels' AND created_at < ${`${year + 1}-01-01`}::timestamp AT TIME ZONE 'Europe/Brussels'`);
        const [sum] = await ctx.tx.execute<{ vouchers: number; paid: number }>(sql`
          SELECT COALESCE(sum(o.quantity), 0)::integer AS vouchers, COALESCE(sum(p.amount_cents), 0)::integer AS paid
          FROM payments p JOIN voucher_orders o ON o.tenant_id = p.tenant_id AND o.id = p.matched_order_id
          WHERE p.tenant_id = ${ctx.tenantId} AND o.client_id = ${client.id} AND p.status = 'matched'
            AND p.paid_on >= ${`${year}-01-01`}::date AND p.paid_on < ${`${year + 1}-01-01`}::date`);
        const address = org?.street && org.houseNumber && org.postalCode && org.city ? `${org.street} ${org.houseNumber}, ${org.postalCode} ${org.city}` : null;
        return {
          organisation: { name: org?.name ?? tenant?.name ?? "", enterpriseNumber: org?.enterpriseNumber ?? null, address },
          client,
          vouchers: Number(sum?.vouchers ?? 0),
          paidCents: Number(sum?.paid ?? 0),
          vouchersUsed: Number(used?.n ?? 0),
        };
      });
      const pdf = await renderTaxCertificate({
        year,
        organisation: data.organisation,
        client: { name: data.client.name, street: data.client.street, houseNumber: data.client.houseNumber, postalCode: data.client.postalCode, nationalNumber: data.client.nationalNumber, clientNumber: data.client.clientNumber },
        vouchers: data.vouchers,
        paidCents: data.paidCents,
        vouchersUsed: data.vouchersUsed,
        provisional: year >= brusselsYearOf(new Date()),
      });
      return reply.type("application/pdf").header("content-disposition", `attachment; filename="fiscaal-attest-${year}.pdf"`).send(pdf);
    },
  );
};

export default vouchers;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { vouchers as wallet } from "@wijkwerk/db";
import { permanentOgm, VOUCHER_ORDER_CONFIRM_ABOVE } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { taxCertificateInput } from "./certificate.ts";
import { orderVouchers } from "./orders.ts";
import { refundVouchers } from "./refunds.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { renderTaxCertificate } from "./tax-certificate.ts";
import { CERTIFICATE_TEXTS, isCertificateLanguage } from "./tax-certificate-texts.ts";
import { orderOut } from "./views.ts";

/** Vouchers (wijk-werkcheques): orders, refunds, wallet, tax certificate (API.md, RULES §4); payments are in payment-routes.ts. */
const vouchers: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/voucher-orders",
    {
      config: {
        roles: ["consultant", "admin", "finance", "client"],
        idempotent: true,
        errors: ["resource.not_found", "client.no_active_agreement", "client.agreement_fee_unpaid"],
      },
      schema: {
        tags: ["vouchers"],
        summary: "Order vouchers; pay with the OGM reference (RULES §3: once the client agreement's fee is paid)",
        body: S.OrderBody,
        response: { 201: S.OrderOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => orderVouchers(ctx, request.body))),
  );

  app.get(
    "/v1/voucher-orders",
    {
      config: { roles: ["consultant", "admin", "finance", "client"] },
      schema: {
        tags: ["vouchers"],
        summary: "List voucher orders, newest first; a client lists its own",
        querystring: S.OrderListQs,
        response: { 200: Page(S.OrderOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx((ctx) => repo.listOrders(ctx, { ...request.query, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
      return { items: page.items.map(orderOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/voucher-orders/:id",
    {
      config: { roles: ["consultant", "admin", "finance", "client"], errors: ["resource.not_found"] },
      schema: {
        tags: ["vouchers"],
        summary: "One voucher order with where to pay it: the organisation's IBAN next to the OGM",
        params: IdParams,
        response: { 200: S.OrderWithPayTo, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const order = await repo.findOrder(ctx, request.params.id);
        return { ...orderOut(order), paidAt: order.paidAt ? new Date(order.paidAt).toISOString() : null, payTo: await repo.payTo(ctx.tx, ctx.tenantId) };
      }),
  );

  app.get(
    "/v1/clients/:id/voucher-terms",
    {
      config: { roles: ["consultant", "admin", "finance", "client"], errors: ["resource.not_found"] },
      schema: {
        tags: ["vouchers"],
        summary: "What an order of vouchers costs this client and where to pay, before ordering (issue 17)",
        params: IdParams,
        response: { 200: S.VoucherTerms, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const client = await repo.loadClient(ctx, request.params.id);
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        return {
          unitPriceCents: settings.voucherPriceCents[client.type],
          confirmAboveQuantity: VOUCHER_ORDER_CONFIRM_ABOVE,
          maxQuantity: S.ORDER_MAX_QUANTITY,
          payTo: await repo.payTo(ctx.tx, ctx.tenantId),
          permanentReference: permanentOgm(client.clientNumber),
        };
      }),
  );

  app.post(
    "/v1/voucher-refunds",
    {
      config: {
        roles: ["consultant", "finance", "admin"],
        idempotent: true,
        errors: ["resource.not_found", "wallet.insufficient_vouchers", "refund.iban_unknown"],
      },
      schema: {
        tags: ["vouchers"],
        summary: "Take back unused valid vouchers; the money goes back by a draft transfer (GET /v1/client-transfers)",
        description:
          "409 `wallet.insufficient_vouchers` when the quantity is more than the wallet's `available`: vouchers reserved for entered hours are never taken back. The amount goes back to `iban`, else to the account of the client's last incoming payment; none known is 422 `refund.iban_unknown` and nothing is taken back. The transfer is approved (four eyes above the tenant's fourEyesAboveCents) and exported in a SEPA batch; deleting its draft gives the vouchers back.",
        body: S.RefundBody,
        response: { 201: S.RefundOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => refundVouchers(ctx, request.body))),
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
        response: { 200: S.WalletOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const client = await repo.loadClient(ctx, request.params.id);
        const w = await wallet.clientWallet(ctx.tx, ctx.tenantId, client.id, new Date());
        return {
          available: w.available,
          reserved: w.reserved,
          shortfall: w.shortfall,
          planned: w.planned,
          expiringWithin30Days: w.expiringWithin30Days,
          lots: w.lots,
        };
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
        querystring: S.TaxYearQs,
        produces: ["application/pdf"],
        response: { 200: Type.Unsafe<Buffer>({ type: "string", format: "binary", description: "application/pdf" }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { year } = request.query;
      const input = await request.tenantTx((ctx) => taxCertificateInput(ctx, request.params.id, year));
      const lang = request.query.lang ?? (isCertificateLanguage(input.language) ? input.language : "nl");
      const pdf = await renderTaxCertificate(input, lang);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${CERTIFICATE_TEXTS[lang].file(year)}"`)
        .send(pdf);
    },
  );
};

export default vouchers;

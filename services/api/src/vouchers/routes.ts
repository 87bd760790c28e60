import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { vouchers as wallet } from "@wijkwerk/db";
import { VOUCHER_ORDER_CONFIRM_ABOVE } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { taxCertificateInput } from "./certificate.ts";
import { importStatements, parseCoda, parseStatementFile } from "./coda.ts";
import { orderVouchers } from "./orders.ts";
import { matchPayment, type MatchResult } from "./payments.ts";
import { refundVouchers } from "./refunds.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { renderTaxCertificate } from "./tax-certificate.ts";
import { CERTIFICATE_TEXTS, isCertificateLanguage } from "./tax-certificate-texts.ts";
import { orderOut, paymentOut } from "./views.ts";

const CODA_BODY_LIMIT = 5 * 1024 * 1024;

function throwUnmatched(r: MatchResult): void {
  if (r.status === "matched") return;
  if (r.reason === "amount_mismatch")
    throw new AppError(
      "payment.amount_mismatch",
      `Verwacht ${r.expectedCents} cent, ontvangen ${r.amountCents} cent. De betaling staat bij de niet-gekoppelde betalingen.`,
    );
  if (r.reason === "already_paid") throw new AppError("payment.already_paid", `${r.paymentReference} werd al betaald.`);
  throw new AppError(
    "payment.reference_unknown",
    `Geen bestelling of inschrijving met mededeling ${r.paymentReference}. De betaling staat bij de niet-gekoppelde betalingen.`,
  );
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
        };
      }),
  );

  app.post(
    "/v1/payments",
    {
      config: { roles: ["finance", "admin"], idempotent: true, errors: ["payment.reference_unknown", "payment.amount_mismatch", "payment.already_paid"] },
      schema: {
        tags: ["vouchers"],
        summary: "Register a bank payment: issues the vouchers or marks the fee paid",
        body: S.PaymentBody,
        response: { 201: S.MatchOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      // Unmatched payments are kept (committed) before the error is returned, so finance sees them.
      const result = await request.tenantTx((ctx) => matchPayment(ctx, { ...request.body, source: "manual" }, { recordAlreadyPaid: false }));
      throwUnmatched(result);
      return reply.status(201).send(result);
    },
  );

  app.post(
    "/v1/payments/coda",
    {
      config: { roles: ["finance", "admin"], errors: ["coda.invalid", "statement.other_account", "statement.no_organisation_account"] },
      schema: {
        tags: ["vouchers"],
        summary: "Import a CODA bank statement (text/plain): credits with a known OGM are matched",
        description:
          "Pasted CODA text. Only statements of the organisation's own account are read; for files (CODA or camt.053) use POST /v1/payments/statements.",
        consumes: ["text/plain", "application/octet-stream"],
        response: { 200: S.CodaOut, ...errorResponses(401, 403, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const statements = parseCoda(request.body);
      return request.tenantTx((ctx) => importStatements(ctx, statements));
    },
  );

  // Statement files stay bytes (CODA or camt.053, read from the content; a binary file is refused by the parser, not at the edge).
  await app.register(async (files) => {
    files.removeContentTypeParser(["text/plain", "application/octet-stream"]);
    files.addContentTypeParser(
      ["application/xml", "text/xml", "text/plain", "application/octet-stream"],
      { parseAs: "buffer", bodyLimit: CODA_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    files.post(
      "/v1/payments/statements",
      {
        config: {
          roles: ["finance", "admin"],
          errors: ["statement.empty", "statement.unrecognised", "coda.invalid", "camt.invalid", "statement.other_account", "statement.no_organisation_account"],
        },
        schema: {
          tags: ["vouchers"],
          summary: "Import a bank statement file, CODA (.cod, several statements) or ISO 20022 camt.053 (.xml): credits with a known OGM are matched",
          description:
            "The file itself is the body. Its format is read from its content, not its name or content type. Every statement in it must be of the organisation's account (GET /v1/organisation-account), else nothing is read (422 statement.other_account, naming the account masked). Entries imported before (CODA: account, date, statement and sequence; camt.053: the account servicer reference) are listed as duplicates and never booked twice.",
          consumes: ["application/xml", "text/xml", "text/plain", "application/octet-stream"],
          response: { 200: S.StatementImportOut, ...errorResponses(401, 403, 409, 413, 415, 422) },
        },
      },
      async (request) => {
        const file = parseStatementFile(request.body);
        const result = await request.tenantTx((ctx) => importStatements(ctx, file.statements));
        return { format: file.format, statements: file.statements.length, ...result };
      },
    );
  });

  app.get(
    "/v1/payments",
    {
      config: { roles: ["finance", "admin"] },
      schema: {
        tags: ["vouchers"],
        summary: "List payments, e.g. the unmatched ones",
        querystring: S.PaymentListQs,
        response: { 200: Page(S.PaymentOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx(({ tx, tenantId }) => repo.listPayments(tx, tenantId, { status: request.query.status, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
      return { items: page.items.map(paymentOut), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/v1/voucher-refunds",
    {
      config: { roles: ["consultant", "finance", "admin"], idempotent: true, errors: ["resource.not_found", "wallet.insufficient_vouchers"] },
      schema: {
        tags: ["vouchers"],
        summary: "Take back unused valid vouchers",
        description:
          "409 `wallet.insufficient_vouchers` when the quantity is more than the wallet's `available`: vouchers reserved for entered hours are never taken back.",
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

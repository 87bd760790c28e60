import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, Page } from "../schemas/common.ts";
import { importStatements, parseCoda, parseStatementFile } from "./coda.ts";
import { holdForApproval, listWaiting } from "./payment-approvals.ts";
import { likelyMatches } from "./likely.ts";
import { PaymentListItem } from "./match-schemas.ts";
import { matchPayment, type MatchResult } from "./payments.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { paymentOut } from "./views.ts";

const CODA_BODY_LIMIT = 5 * 1024 * 1024;

export function throwUnmatched(r: MatchResult): void {
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

/** Bank payments for vouchers and fees: entered by hand, pasted CODA, statement files, and the list finance works from. */
const payments: FastifyPluginAsyncTypebox = async (app) => {
  // CODA files arrive as plain text; encapsulated in this plugin, so JSON routes are untouched.
  app.addContentTypeParser(["text/plain", "application/octet-stream"], { parseAs: "buffer", bodyLimit: CODA_BODY_LIMIT }, (_req, body, done) => {
    done(null, (body as Buffer).toString("latin1"));
  });

  app.post(
    "/v1/payments",
    {
      config: { roles: ["finance", "admin"], idempotent: true, errors: ["payment.reference_unknown", "payment.amount_mismatch", "payment.already_paid"] },
      schema: {
        tags: ["vouchers"],
        summary: "Register a bank payment: issues the vouchers or marks the fee paid",
        description:
          "Above the tenant's fourEyesAboveCents the payment is not matched yet: 202 `awaiting_approval`, and another staff member approves it (POST /v1/payments/{id}/approve).",
        body: S.PaymentBody,
        response: { 201: S.MatchOut, 202: S.MatchOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      // Unmatched payments are kept (committed) before the error is returned, so finance sees them.
      const result = await request.tenantTx(
        async (ctx) => (await holdForApproval(ctx, request.body)) ?? matchPayment(ctx, { ...request.body, source: "manual" }, { recordAlreadyPaid: false }),
      );
      if (result.status === "awaiting_approval") return reply.status(202).send(result);
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
        summary: "List payments, e.g. the unmatched ones, each unmatched one with its likely match (if any)",
        querystring: S.PaymentListQs,
        response: { 200: Page(PaymentListItem), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const status = request.query.status;
      if (status === "awaiting_approval") {
        // Waiting for a second person: not matched yet, so no match fields and no proposal.
        const waiting = await request.tenantTx((ctx) => listWaiting(ctx, after, limit));
        const unmatchedYet = { creditedClientId: null, matchMethod: null, matchedById: null, proposal: null };
        return pageOf(
          waiting.map((w) => ({ ...w, ...unmatchedYet })),
          limit,
          (r) => [r.cursorAt, r.id],
        );
      }
      return request.tenantTx(async ({ tx, tenantId }) => {
        const rows = await repo.listPayments(tx, tenantId, { status, after, limit });
        const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
        const proposals = await likelyMatches(
          tx,
          tenantId,
          page.items.filter((r) => r.status === "unmatched" && !r.returnTransferId),
        );
        const items = page.items.map((r) => ({
          ...paymentOut(r),
          creditedClientId: r.creditedClientId,
          matchMethod: r.matchMethod,
          matchedById: r.matchedById,
          proposal: proposals.get(r.id) ?? null,
        }));
        return { items, nextCursor: page.nextCursor };
      });
    },
  );
};

export default payments;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { approvalRefusal } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { loadSettings } from "../settings-store.ts";
import { staffNames } from "../payouts/approval-repository.ts";
import { FileResponse } from "../payouts/schemas.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { approveTransfer, deleteTransfer, loadTransfer } from "./approval.ts";
import { batchFile, createBatch } from "./batches.ts";
import { prepareReturn } from "./payment-return.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { batchOut, transferOut } from "./views.ts";

const FINANCE = ["finance", "admin"] as const;
const NoBody = Type.Unsafe<void>({ type: "null", description: "Deleted, without a body" });

/** Money going back to clients (issue 18): voucher refunds and refund-to-sender, four eyes, SEPA batches. */
const clientTransfers: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/payments/:id/return",
    {
      config: { roles: [...FINANCE], errors: ["payment.matched", "payment.already_returned", "payment.return_no_account"] },
      schema: {
        tags: ["transfers"],
        summary: "Send an unmatched payment back to its sender: prepares a draft transfer to the statement's counterparty",
        description:
          "The body is optional: `iban` and `name` only when the statement does not give the sender's (valid) account or name (422 payment.return_no_account).",
        params: IdParams,
        body: S.ReturnBody,
        response: { 201: S.TransferOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
      // No body at all is the usual call: the statement names the sender.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => prepareReturn(ctx, request.params.id, request.body))),
  );

  app.get(
    "/v1/client-transfers",
    {
      config: { roles: [...FINANCE] },
      schema: {
        tags: ["transfers"],
        summary: "Transfers back to clients and senders, oldest first (accounts masked)",
        querystring: S.TransferListQs,
        response: {
          200: Type.Object({ items: Type.Array(S.TransferOut), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx, tenantId, actor }) => {
        const rows = await repo.listTransfers(tx, { status: request.query.status, batchId: request.query.batchId, after, limit });
        const page = pageOf(rows, limit, (r) => [r.cursor_at ?? "", r.id]);
        const names = await staffNames(
          tx,
          page.items.flatMap((r) => [r.prepared_by, r.approved_by ?? ""]),
        );
        const { fourEyesAboveCents } = await loadSettings(tx, tenantId);
        // Four eyes, as the approval itself decides (packages/domain): the page shows the button only to who may press it.
        const mayApprove = (r: repo.TransferRow) =>
          r.status === "draft" &&
          approvalRefusal({ preparedBy: r.prepared_by, approvedBy: actor.sub, amountCents: r.amount_cents, fourEyesAboveCents }) === undefined;
        return { items: page.items.map((r) => ({ ...transferOut(r, names), youMayApprove: mayApprove(r) })), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/client-transfers/:id",
    {
      config: { roles: [...FINANCE] },
      schema: {
        tags: ["transfers"],
        summary: "One transfer, with the full account",
        params: IdParams,
        response: { 200: S.TransferOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const row = await loadTransfer(ctx, request.params.id);
        return transferOut(row, await staffNames(ctx.tx, [row.prepared_by, row.approved_by ?? ""]), true);
      }),
  );

  app.post(
    "/v1/client-transfers/:id/approve",
    {
      config: { roles: [...FINANCE], errors: ["transfer.not_draft", "transfer.same_person"] },
      schema: {
        tags: ["transfers"],
        summary: "Approve a draft transfer; above the tenant's fourEyesAboveCents by another staff member than the preparer",
        params: IdParams,
        response: { 200: S.TransferOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => approveTransfer(ctx, request.params.id)),
  );

  app.delete(
    "/v1/client-transfers/:id",
    {
      config: { roles: [...FINANCE], errors: ["transfer.not_draft"] },
      schema: {
        tags: ["transfers"],
        summary: "Delete a draft: a voucher refund's vouchers go back to the client, a returned payment is unmatched again",
        params: IdParams,
        response: { 204: NoBody, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await request.tenantTx((ctx) => deleteTransfer(ctx, request.params.id));
      return reply.status(204).send();
    },
  );

  app.post(
    "/v1/client-transfers/batches",
    {
      config: { roles: [...FINANCE], errors: ["transfer.nothing_to_export", "transfer.no_organisation_account"] },
      schema: {
        tags: ["transfers"],
        summary: "Put every approved transfer not yet exported into a new SEPA batch (each transfer is exported once)",
        response: { 201: S.BatchOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => createBatch(ctx))),
  );

  app.get(
    "/v1/client-transfers/batches",
    {
      config: { roles: [...FINANCE] },
      schema: {
        tags: ["transfers"],
        summary: "SEPA batches of transfers, newest first",
        response: { 200: Type.Object({ items: Type.Array(S.BatchOut) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => request.tenantTx(async ({ tx }) => ({ items: (await repo.listBatches(tx, 100)).map((b) => batchOut(b)) })),
  );

  app.get(
    "/v1/client-transfers/batches/:id/sepa.xml",
    {
      config: { roles: [...FINANCE] },
      schema: {
        tags: ["transfers"],
        summary: "The batch's SEPA credit transfer file (pain.001.001.09); the same file every time",
        params: IdParams,
        produces: ["application/xml"],
        response: { 200: FileResponse("application/xml"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const file = await request.tenantTx((ctx) => batchFile(ctx, request.params.id));
      return reply
        .type("application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="terugbetalingen-${file.createdOn}.xml"`)
        .send(file.xml);
    },
  );
};

export default clientTransfers;

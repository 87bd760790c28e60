import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { permanentOgm } from "@wijkwerk/domain";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { clientsWithCredit, creditOf } from "./credit.ts";
import { confirmMatch, linkPayment } from "./match.ts";
import * as S from "./match-schemas.ts";
import { loadClient } from "./repository.ts";

/** Issue 18, matching as payers really pay: confirm a likely match, link by hand, a client's credit. */
const paymentMatching: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/payments/:id/confirm-match",
    {
      config: {
        roles: ["finance", "admin"],
        errors: [
          "resource.not_found",
          "payment.not_unmatched",
          "payment.already_returned",
          "payment.no_proposal",
          "payment.proposal_changed",
          "payment.order_not_open",
        ],
      },
      schema: {
        tags: ["vouchers"],
        summary: "Confirm the likely match of an unmatched payment: booked exactly as the right OGM would have been",
        description:
          "The proposal is computed again (GET /v1/payments?status=unmatched shows it); when it no longer points at the target given, 409 payment.proposal_changed and nothing changes. Audited with who confirmed.",
        params: IdParams,
        body: S.ConfirmMatchBody,
        response: { 200: S.SettledOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => confirmMatch(ctx, request.params.id, request.body)),
  );

  app.post(
    "/v1/payments/:id/link",
    {
      config: {
        roles: ["finance", "admin"],
        errors: [
          "resource.not_found",
          "payment.not_unmatched",
          "payment.already_returned",
          "payment.order_not_open",
          "payment.amount_mismatch",
          "payment.link_target",
        ],
      },
      schema: {
        tags: ["vouchers"],
        summary: "Link an unmatched payment by hand to a client (fee, oldest order of that amount, else credit) or to an open order",
        description:
          "To an order: only an open order of exactly the payment's amount (409 payment.order_not_open when it is paid or cancelled, 409 payment.amount_mismatch when the amount differs; nothing changes). Link to the client instead to keep the money as credit. Audited with who linked.",
        params: IdParams,
        body: S.LinkBody,
        response: { 200: S.SettledOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => linkPayment(ctx, request.params.id, request.body)),
  );

  app.get(
    "/v1/clients/:id/credit",
    {
      config: { roles: ["consultant", "finance", "admin", "client"], errors: ["resource.not_found"] },
      schema: {
        tags: ["vouchers"],
        summary: "The client's credit (tegoed) and permanent OGM; a client reads its own",
        params: IdParams,
        response: { 200: S.CreditOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const client = await loadClient(ctx, request.params.id);
        return { clientId: client.id, permanentReference: permanentOgm(client.clientNumber), ...(await creditOf(ctx.tx, ctx.tenantId, client.id)) };
      }),
  );

  app.get(
    "/v1/client-credits",
    {
      config: { roles: ["finance", "admin"] },
      schema: {
        tags: ["vouchers"],
        summary: "Clients with credit (tegoed), largest first: money received that waits for an order",
        querystring: S.CreditListQs,
        response: { 200: S.CreditListOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => request.tenantTx(async ({ tx, tenantId }) => ({ items: await clientsWithCredit(tx, tenantId, request.query.limit ?? 100) })),
  );
};

export default paymentMatching;

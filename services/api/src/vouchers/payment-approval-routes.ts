import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { approvePayment, deleteWaiting } from "./payment-approvals.ts";
import { throwUnmatched } from "./payment-routes.ts";
import * as S from "./schemas.ts";

/** Four eyes on manual payments (issue 18): the second person approves, or the one who typed it deletes it. */
const paymentApprovals: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/payments/:id/approve",
    {
      config: {
        roles: ["finance", "admin"],
        errors: ["payment.not_awaiting_approval", "payment.same_person", "payment.reference_unknown", "payment.amount_mismatch", "payment.already_paid"],
      },
      schema: {
        tags: ["vouchers"],
        summary: "Approve a manual payment awaiting approval: it is then matched as POST /v1/payments does",
        description:
          "Above the tenant's fourEyesAboveCents another staff member than the one who entered it approves (409 payment.same_person). What does not match is kept as unmatched, with the same codes as POST /v1/payments.",
        params: IdParams,
        response: { 200: S.MatchOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      // Approved and kept (committed) even when it does not match, as a payment entered at once would be.
      const result = await request.tenantTx((ctx) => approvePayment(ctx, request.params.id));
      throwUnmatched(result);
      return result;
    },
  );

  app.delete(
    "/v1/payments/:id",
    {
      config: { roles: ["finance", "admin"], errors: ["payment.not_awaiting_approval"] },
      schema: {
        tags: ["vouchers"],
        summary: "Delete a manual payment that still awaits approval (a booked payment stays)",
        params: IdParams,
        response: { 204: Type.Unsafe<void>({ type: "null", description: "Deleted, without a body" }), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await request.tenantTx((ctx) => deleteWaiting(ctx, request.params.id));
      return reply.status(204).send();
    },
  );
};

export default paymentApprovals;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { approvalSummary } from "./approval.ts";
import { PAYOUT_ROLES } from "./roles.ts";
import { deleteDraft } from "./runs.ts";
import * as S from "./schemas.ts";

/** Four eyes on a payout run (issue 18): what the approver reads first, and a draft thrown away. */
const payoutApproval: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  app.get(
    "/v1/payout-runs/:id/approval",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "What to check before approving a run: totals, who prepared it, failing accounts, largest and unusual amounts, last month",
        params: IdParams,
        response: { 200: S.ApprovalSummary, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => approvalSummary(ctx, database, request.params.id)),
  );

  app.delete(
    "/v1/payout-runs/:id",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_draft"] },
      schema: {
        tags: ["payouts"],
        summary: "Delete a draft run (an approved run is history and stays)",
        params: IdParams,
        response: { 204: Type.Unsafe<void>({ type: "null", description: "Deleted, without a body" }), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await request.tenantTx((ctx) => deleteDraft(ctx, request.params.id));
      return reply.status(204).send();
    },
  );
};

export default payoutApproval;

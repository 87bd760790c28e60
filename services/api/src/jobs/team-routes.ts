import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { confirmJobHours } from "./confirm-hours.ts";
import { ConfirmHoursBody, ConfirmHoursOut } from "./team-schemas.ts";

/** Issue 19, collective deployment: the organisation confirms the hours of the whole team at once. */
const teamJobs: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/jobs/:id/confirm-hours",
    {
      config: { roles: ["client", "consultant", "admin"], errors: ["time_entry.none_to_confirm", "time_entry.not_confirmable"] },
      schema: {
        tags: ["jobs"],
        summary: "Confirm every submitted entry of a job (the whole team) at once, optionally for a period",
        description:
          "All or nothing in one transaction; each entry follows the per-entry rule of POST /v1/time-entries/{id}/confirm (an entry the client's vouchers " +
          "do not cover waits for vouchers). For the first job of a series, the entries of its occurrences count too. " +
          "409 `time_entry.none_to_confirm` when no entry waits for confirmation in that period.",
        params: IdParams,
        body: ConfirmHoursBody,
        response: { 200: ConfirmHoursOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => confirmJobHours(ctx, request.params.id, request.body)),
  );
};

export default teamJobs;

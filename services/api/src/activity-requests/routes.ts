import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { answerRequest } from "./answer.ts";
import { askActivity } from "./ask.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { activityRequestOut } from "./views.ts";

const ASKERS = ["admin", "consultant", "client"] as const;

/**
 * A client asks the organisation to add an activity (RULES §3, S19/S25), itself or through a
 * consultant at a zitdag; the admin grants it, refuses it, or forwards it to VDAB (RULES §6, S32).
 */
const activityRequests: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/activity-requests",
    {
      config: { roles: ASKERS, errors: ["resource.not_found", "activity_request.already_allowed"] },
      schema: {
        tags: ["catalogue"],
        summary: "Ask the organisation to add an activity for a client",
        description:
          "409 `activity_request.already_allowed`: the client's municipality already offers this activity to its kind of client; it can be ordered as a job.",
        body: S.CreateBody,
        response: { 201: S.ActivityRequestOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => askActivity(ctx, request.body))),
  );

  app.get(
    "/v1/activity-requests",
    {
      config: { roles: ASKERS },
      schema: {
        tags: ["catalogue"],
        summary: "Requests to add an activity: a client sees its own",
        querystring: S.ListQuerySchema,
        response: { 200: Page(S.ActivityRequestOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const clientId = request.claims.role === "client" ? (request.claims.subjectId ?? "") : request.query.clientId;
      const rows = await request.tenantTx(({ tx }) => repo.listRequests(tx, { status: request.query.status, clientId, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.created_at, r.id]);
      return { items: page.items.map(activityRequestOut), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/v1/activity-requests/:id/answer",
    {
      config: {
        roles: ["admin"],
        errors: ["resource.not_found", "activity_request.already_answered", "activity_request.not_on_list", "activity_request.reason_required"],
      },
      schema: {
        tags: ["catalogue"],
        summary: "Grant, refuse or forward (to VDAB) a request to add an activity",
        description:
          "`granted` adds the client's type to the activity in the client's municipality. " +
          "422 `activity_request.not_on_list`: granting needs a Flemish-list activity allowed for this kind of client (RULES §6). " +
          "422 `activity_request.reason_required`: refusing or forwarding needs `answer`. " +
          "409 `activity_request.already_answered`: granted or refused already (a forwarded one may still be answered).",
        params: IdParams,
        body: S.AnswerBody,
        response: { 200: S.ActivityRequestOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => answerRequest(ctx, request.params.id, request.body)),
  );
};

export default activityRequests;

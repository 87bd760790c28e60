import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { onCoachedWorker } from "./access.ts";
import { addEvaluation, addExit, addFollowUp } from "./outcome-writes.ts";
import { coachConfig, tags } from "./routes.ts";
import * as O from "./schemas-out.ts";
import * as S from "./schemas.ts";
import { addConversation, setActionDone } from "./conversation-writes.ts";

/** Issue 19: coaching conversations and their actions, evaluations, the exit and its follow-up. */
const coachingRecords: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/workers/:id/coaching/conversations",
    {
      config: coachConfig("coaching.appointment_unknown"),
      schema: {
        tags,
        summary: "Record a coaching conversation held by the caller, with the actions agreed (optionally at a zitdag appointment)",
        params: IdParams,
        body: S.ConversationBody,
        response: { 201: O.ConversationOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await onCoachedWorker(request, (ctx, worker) => addConversation(ctx, worker, request.body))),
  );

  app.patch(
    "/v1/workers/:id/coaching/actions/:actionId",
    {
      config: coachConfig(),
      schema: {
        tags,
        summary: "Mark an agreed action done or not done",
        params: S.WorkerActionParams,
        body: S.ActionPatch,
        response: { 200: O.ActionOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => onCoachedWorker(request, (ctx, worker) => setActionDone(ctx, worker, request.params.actionId, request.body.done)),
  );

  app.post(
    "/v1/workers/:id/coaching/evaluations",
    {
      config: coachConfig("coaching.no_agreement", "coaching.moment_unknown", "coaching.evaluation_exists", "coaching.goal_unknown"),
      schema: {
        tags,
        summary: "Record an evaluation at one of the agreement's moments (or an extra one), with the outcome per goal",
        params: IdParams,
        body: S.EvaluationBody,
        response: { 201: O.EvaluationOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await onCoachedWorker(request, (ctx, worker) => addEvaluation(ctx, worker, request.body))),
  );

  app.post(
    "/v1/workers/:id/coaching/exits",
    {
      config: coachConfig("coaching.no_agreement", "coaching.exit_exists", "coaching.exit_before_agreement", "coaching.exit_after_agreement"),
      schema: {
        tags,
        summary: "Record the end of the trajectory with its reason; the follow-up is due 9 months later",
        params: IdParams,
        body: S.ExitBody,
        response: { 201: O.ExitOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await onCoachedWorker(request, (ctx, worker) => addExit(ctx, worker, request.body))),
  );

  app.post(
    "/v1/workers/:id/coaching/exits/:exitId/follow-ups",
    {
      config: coachConfig(),
      schema: {
        tags,
        summary: "Record the worker's situation after the exit (in work, training, none, unknown), as the consultant",
        params: S.WorkerExitParams,
        body: S.FollowUpBody,
        response: { 201: O.FollowUpOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await onCoachedWorker(request, (ctx, worker) => addFollowUp(ctx, worker, request.params.exitId, request.body))),
  );
};

export default coachingRecords;

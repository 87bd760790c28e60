import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import type { ErrorCode } from "../errors/catalogue.ts";
import { onCoachedWorker } from "./access.ts";
import { coachingSettings } from "./defaults.ts";
import * as O from "./schemas-out.ts";
import * as S from "./schemas.ts";
import { trajectoryOut } from "./views.ts";
import { addGoal, saveIntake, setConsultant, updateGoal } from "./writes.ts";

/** Roles that may reach the trajectory at all; coachedWorkerOr403 then lets only the worker's own consultant and admins in. */
export const COACHES = ["admin", "consultant"] as const;
/**
 * A trajectory route's config: the coaches may call it, and besides its own errors it can answer
 * that the worker is another consultant's (the access rule every such route passes).
 */
export function coachConfig(...own: ErrorCode[]): { roles: typeof COACHES; errors: ErrorCode[] } {
  return { roles: COACHES, errors: ["coaching.not_your_worker", ...own] };
}
export const tags = ["coaching"];

/** Issue 19, "wijk-werken +": a worker's coaching trajectory — who coaches, the whole record, intake and goals. */
const coaching: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    "/v1/workers/:id/consultant",
    {
      config: { roles: COACHES, errors: ["coaching.consultant_taken"] },
      schema: {
        tags,
        summary: "Set the worker's own consultant (admins: anyone; a consultant: themselves, when the worker has none)",
        params: IdParams,
        body: S.ConsultantBody,
        response: { 200: O.ConsultantOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => setConsultant(ctx, request.params.id, request.body.consultantId)),
  );

  app.get(
    "/v1/workers/:id/coaching",
    {
      config: coachConfig(),
      schema: {
        tags,
        summary: "The worker's whole trajectory: intake, goals, conversations, evaluations and their moments, exit and follow-up (each read is audited)",
        params: IdParams,
        response: { 200: O.TrajectoryOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      onCoachedWorker(request, async (ctx, worker) => {
        const out = await trajectoryOut(ctx.tx, worker, await coachingSettings(ctx.tx));
        // Issue 19: every read of coaching notes leaves who read whose record, and when.
        await ctx.audit({ entity: "worker", entityId: worker.id, action: "coaching.read" });
        return out;
      }),
  );

  app.put(
    "/v1/workers/:id/coaching/intake",
    {
      config: coachConfig("coaching.language_invalid"),
      schema: {
        tags,
        summary: "Record or replace the intake: contact at the referrer, starting situation, languages, what the worker wants to learn",
        params: IdParams,
        body: S.IntakeBody,
        response: { 200: O.IntakeOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => onCoachedWorker(request, (ctx, worker) => saveIntake(ctx, worker, request.body)),
  );

  app.post(
    "/v1/workers/:id/coaching/goals",
    {
      config: coachConfig("coaching.goal_exists", "coaching.goal_type_inactive"),
      schema: {
        tags,
        summary: "Give the worker a goal from the organisation's goal list",
        params: IdParams,
        body: S.GoalBody,
        response: { 201: O.GoalOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await onCoachedWorker(request, (ctx, worker) => addGoal(ctx, worker, request.body))),
  );

  app.patch(
    "/v1/workers/:id/coaching/goals/:goalId",
    {
      config: coachConfig(),
      schema: {
        tags,
        summary: "Change a goal's status (open, in progress, reached) or notes",
        params: S.WorkerGoalParams,
        body: S.GoalPatch,
        response: { 200: O.GoalOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => onCoachedWorker(request, (ctx, worker) => updateGoal(ctx, worker, request.params.goalId, request.body)),
  );
};

export default coaching;

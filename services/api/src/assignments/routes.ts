import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { checkProposal } from "./check.ts";
import { propose } from "./propose.ts";
import { checkSeries, proposeSeries } from "./series.ts";
import * as repo from "./repository.ts";
import { answer, answerer, cancel, undoDecline } from "./respond.ts";
import { workerViews } from "../answer-links/repository.ts";
import { workerViewOut } from "../answer-links/views.ts";
import * as S from "./schemas.ts";
import { assignmentOut } from "./views.ts";

const PROPOSE_ERRORS = [
  "job.not_open",
  "assignment.outside_job_window",
  "worker.inactive",
  "worker.agreement_inactive",
  "worker.skill_missing",
  "worker.double_booked",
  "worker.monthly_cap_exceeded",
  "worker.yearly_cap_exceeded",
] as const;
/** No room left for the worker on the job: taken (one worker), the team full, or already in it (issue 19). */
const ROOM_ERRORS = ["assignment.job_already_taken", "assignment.team_full", "assignment.already_in_team"] as const;

/** Assignments (toewijzingen): propose under the worker's lock, answer by SMS link or app, cancel. */
const assignments: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.deps;

  app.post(
    "/v1/jobs/:id/assignments",
    {
      config: { roles: ["admin", "consultant"], errors: [...PROPOSE_ERRORS] },
      schema: {
        tags: ["assignments"],
        summary: "Propose a worker for a job",
        description:
          "422 `assignment.outside_job_window`: startsAt–endsAt must lie within the job's window (both ends inclusive); the problem carries the job's `window`. " +
          "409 `worker.monthly_cap_exceeded`, `worker.yearly_cap_exceeded`, `worker.agreement_inactive`, `worker.skill_missing`, `worker.double_booked`, `worker.inactive`, `job.not_open`.",
        params: IdParams,
        body: S.CreateBody,
        response: { 201: S.AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => propose(ctx, config, request.params.id, request.body))),
  );

  app.post(
    "/v1/jobs/:id/assignments/check",
    {
      config: { roles: ["admin", "consultant"], errors: [...PROPOSE_ERRORS] },
      schema: {
        tags: ["assignments"],
        summary: "What proposing this worker would meet, before proposing: the same refusals, and the warnings to show (nothing is written)",
        description:
          "200 `{ warnings }`: near a cap, agreement ending, a training at that time (`worker.training_clash`), the client's cheques short for this work (`client.vouchers_short`, with `short`), its agreement fee not yet paid (`client.fee_not_paid`, with `paymentReference`). " +
          "The refusals are those of POST /v1/jobs/{id}/assignments.",
        params: IdParams,
        body: S.CreateBody,
        response: { 200: S.CheckOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => checkProposal(ctx, request.params.id, request.body)),
  );

  app.post(
    "/v1/jobs/:id/series-assignments/check",
    {
      config: { roles: ["admin", "consultant"], errors: ["job.not_series", "job.not_open"] },
      schema: {
        tags: ["assignments"],
        summary: "Before proposing a worker for a whole series: each open date with its refusal or warnings (nothing is written)",
        description:
          "`{id}` is the series' first klus; startsAt–endsAt is the time on that klus, moved onto each open date (the same minutes after its window opens). " +
          "Each item has `refusal` (the code and Dutch sentence POST /v1/jobs/{id}/assignments would give on that date, counting the dates before it) or null, and its warnings; " +
          "`warnings` holds the client's side for all dates together (`client.vouchers_short`, `client.fee_not_paid`). 422 `job.not_series` when the job does not head a series.",
        params: IdParams,
        body: S.CreateBody,
        response: { 200: S.SeriesCheckOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => checkSeries(ctx, config, request.params.id, request.body)),
  );

  app.post(
    "/v1/jobs/:id/series-assignments",
    {
      config: { roles: ["admin", "consultant"], errors: ["job.not_series", "job.not_open", "assignment.series_refused"] },
      schema: {
        tags: ["assignments"],
        summary: "Propose a worker for every open date of a series (or the dates in jobIds), all or none",
        description:
          "409 `assignment.series_refused` when a date is refused (cap, clash, agreement, skill): nothing is written, and `refused` lists each date with its code and sentence. " +
          "The worker gets a message per date, each with its own answer link.",
        params: IdParams,
        body: S.SeriesBody,
        response: { 201: S.SeriesOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => proposeSeries(ctx, config, request.params.id, request.body))),
  );

  app.post(
    "/v1/assignments/:id/respond",
    {
      // Either a worker's bearer token or the signed link from the SMS: checked in answerer(), not by role.
      config: { errors: ["auth.unauthenticated", "auth.invalid_code", "auth.forbidden", "assignment.not_pending", ...ROOM_ERRORS] },
      schema: {
        tags: ["assignments"],
        summary: "Accept or decline a proposal (worker token or signed link)",
        params: IdParams,
        querystring: Type.Object({ token: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        body: S.RespondBody,
        response: { 200: S.AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { claims, linkId } = await answerer(request, config.JWT_SECRET, request.params.id, request.query.token);
      request.claims = claims;
      return request.tenantTx((ctx) => answer(ctx, request.params.id, linkId, request.body.response, request.body.reason ?? null), { tenantId: claims.tid });
    },
  );

  app.post(
    "/v1/assignments/:id/undo-decline",
    {
      config: { roles: ["worker"], errors: ["assignment.not_declined", "assignment.undo_expired", ...ROOM_ERRORS, "worker.double_booked"] },
      schema: {
        tags: ["assignments"],
        summary: "Undo one's own decline within 10 minutes (the worker)",
        description:
          "The proposal is open again (and its short answer link). 409 `assignment.not_declined`, `assignment.undo_expired` (10 minutes passed or the proposal expired), " +
          "`assignment.job_already_taken` (another worker accepted meanwhile), `worker.double_booked`. The consultant's decline notice is only sent for a decline that stands after 10 minutes.",
        params: IdParams,
        response: { 200: S.AssignmentOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => request.tenantTx((ctx) => undoDecline(ctx, request.params.id)),
  );

  app.post(
    "/v1/assignments/:id/cancel",
    {
      config: { roles: ["admin", "consultant", "worker", "client"], errors: ["assignment.not_active"] },
      schema: {
        tags: ["assignments"],
        summary: "Cancel an assignment",
        params: IdParams,
        body: S.CancelBody,
        response: { 200: S.AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => cancel(ctx, request.params.id, request.body.reason)),
  );

  app.get(
    "/v1/assignments",
    {
      config: { roles: ["admin", "consultant", "worker"] },
      schema: {
        tags: ["assignments"],
        summary: "List assignments",
        querystring: S.ListQuerySchema,
        response: { 200: Page(S.AssignmentOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const actor = request.claims;
      if (actor.role === "worker" && request.query.workerId && request.query.workerId !== actor.subjectId)
        throw new AppError("auth.forbidden", "U ziet alleen uw eigen toewijzingen.");
      const workerId = actor.role === "worker" ? (actor.subjectId ?? "00000000-0000-0000-0000-000000000000") : request.query.workerId;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const { page, views } = await request.tenantTx(async ({ tx }) => {
        const rows = await repo.listAssignments(tx, { workerId, from, to, after, limit });
        const page = pageOf(rows, limit, (r) => [r.cursor_at, r.id]);
        // A worker sees what, where, for whom and how far with each of their own assignments (issue 17).
        const views =
          actor.role === "worker"
            ? await workerViews(
                tx,
                page.items.map((r) => r.id),
              )
            : [];
        return { page, views };
      });
      const byId = new Map(views.map((v) => [v.id, workerViewOut(v)]));
      return { items: page.items.map((r) => ({ ...assignmentOut(r), ...(byId.has(r.id) ? { details: byId.get(r.id)! } : {}) })), nextCursor: page.nextCursor };
    },
  );
};

export default assignments;

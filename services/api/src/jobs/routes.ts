import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { isoBrussels } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { visibleJob } from "./access.ts";
import { cancelJob } from "./cancel.ts";
import { assertWindow, createJob } from "./create.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { jobOut } from "./views.ts";

const READERS = ["admin", "consultant", "client"] as const;

/** Jobs (klussen): created by a consultant or by the client itself, matched and assigned later, done or cancelled. */
const jobs: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/jobs",
    {
      config: {
        roles: READERS,
        errors: [
          "resource.not_found",
          "client.no_active_agreement",
          "client.agreement_fee_unpaid",
          "job.activity_not_allowed",
          "job.activity_ex_pwa_only",
          "job.too_many_occurrences",
          "job.team_size_invalid",
          "job.team_not_for_client",
          "privacy.already_erased",
        ],
      },
      schema: {
        tags: ["jobs"],
        summary: "Create a job (and its occurrences)",
        description:
          "409 `client.no_active_agreement`: a day of the job, or of any occurrence of its recurrence, has no client agreement. " +
          "409 `client.agreement_fee_unpaid`: the agreement's fee is not paid yet (RULES §3; a tenant may allow a grace period, agreementFeeGraceDays). " +
          "A series is created whole or not at all; the problem names `firstDateWithoutAgreement` and, for a series, `suggestedUntil` (the last occurrence date that fits).",
        body: S.CreateBody,
        response: { 201: Type.Composite([S.JobOut, Type.Object({ occurrences: Type.Array(S.OccurrenceOut) })]), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      if (request.claims.role === "client" && request.claims.subjectId !== request.body.clientId)
        throw new AppError("auth.forbidden", "U kan alleen voor uzelf een klus aanvragen.");
      assertWindow(request.body);
      return reply.status(201).send(await request.tenantTx((ctx) => createJob(ctx, request.body)));
    },
  );

  app.get(
    "/v1/jobs",
    {
      config: { roles: READERS },
      schema: { tags: ["jobs"], summary: "List jobs", querystring: S.ListQuerySchema, response: { 200: Page(S.JobOut), ...errorResponses(401, 403, 422) } },
    },
    async (request) => {
      const { status, neighbourhoodId, q } = request.query;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const actor = request.claims;
      const clientId = actor.role === "client" ? (actor.subjectId ?? null) : request.query.clientId;
      const rows = await request.tenantTx(({ tx }) => repo.listJobs(tx, { status, neighbourhoodId, clientId, text: q, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.cursor_at, r.id]);
      return { items: page.items.map(jobOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/jobs/:id",
    {
      config: { roles: READERS },
      schema: {
        tags: ["jobs"],
        summary: "A job with its occurrences and assignments",
        params: IdParams,
        response: { 200: S.JobDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        const job = await visibleJob(tx, actor, request.params.id);
        const [occurrences, assignments] = [await repo.occurrencesOf(tx, job.id), await repo.assignmentsOf(tx, job.id)];
        return {
          ...jobOut(job),
          occurrences: occurrences.map((o) => ({ id: o.id, window: { from: isoBrussels(o.window_from), to: isoBrussels(o.window_to) }, status: o.status })),
          assignments: assignments.map((a) => ({
            id: a.id,
            workerId: a.worker_id,
            workerFirstName: a.worker_first_name,
            startsAt: isoBrussels(a.starts_at),
            endsAt: isoBrussels(a.ends_at),
            status: a.status,
          })),
        };
      }),
  );

  app.post(
    "/v1/jobs/:id/cancel",
    {
      config: { roles: READERS, errors: ["job.not_cancellable", "job.has_hours"] },
      schema: {
        tags: ["jobs"],
        summary: "Cancel a job (for the first job of a series: the series), with a reason",
        description:
          "409 `job.not_cancellable`: the job is done or cancelled already. 409 `job.has_hours`: hours were entered for it; cancel or dispute those first.",
        params: IdParams,
        body: S.CancelBody,
        response: { 200: S.CancelOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => cancelJob(ctx, request.params.id, request.body.reason)),
  );
};

export default jobs;

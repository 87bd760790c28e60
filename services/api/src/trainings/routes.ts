import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { notFound, validationError } from "../errors/problem.ts";
import { epochOf } from "../scheduling/time.ts";
import { errorResponses, IdParams, ListQuery, Page } from "../schemas/common.ts";
import { assertSelf, cancelEnrollment, enroll, recordAttendance, sessionOr404 } from "./enrolment.ts";
import { trainingDemand } from "./demand.ts";
import { demandItems } from "./views.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { enrollmentListItem, sessionOut, trainingOut } from "./views.ts";

const STAFF = ["admin", "consultant"] as const;
const READERS = [...STAFF, "worker"] as const;

/** Trainings, their sessions, enrolment with a waitlist, attendance that grants the skill (RULES.md §8). */
const trainings: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/trainings",
    {
      config: { roles: STAFF, errors: ["resource.not_found"] },
      schema: { tags: ["training"], summary: "Add a training", body: S.TrainingBody, response: { 201: S.TrainingOut, ...errorResponses(401, 403, 404, 422) } },
    },
    async (request, reply) => {
      const b = request.body;
      const out = await request.tenantTx(async ({ tx, audit }) => {
        if (!(await repo.skillExists(tx, b.skillId))) throw notFound("Deze competentie");
        const o = trainingOut(await repo.insertTraining(tx, { ...b, name: b.name.trim() }));
        await audit({ entity: "training", entityId: o.id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/trainings",
    {
      config: { roles: READERS },
      schema: {
        tags: ["training"],
        summary: "List trainings",
        querystring: Type.Object(ListQuery, { additionalProperties: false }),
        response: { 200: Page(S.TrainingOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const page = pageOf(await request.tenantTx(({ tx }) => repo.listTrainings(tx, { after, limit })), limit, (r) => [r.created_at, r.id]);
      return { items: page.items.map(trainingOut), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/v1/training-sessions",
    {
      config: { roles: STAFF, errors: ["resource.not_found"] },
      schema: {
        tags: ["training"],
        summary: "Plan a training session",
        body: S.SessionBody,
        response: { 201: S.SessionOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (epochOf(b.endsAt) <= epochOf(b.startsAt)) throw validationError([{ path: "endsAt", message: "Moet na het begin liggen." }]);
      const out = await request.tenantTx(async (ctx) => {
        if (!(await repo.trainingExists(ctx.tx, b.trainingId))) throw notFound("Deze opleiding");
        const o = sessionOut(await sessionOr404(ctx, await repo.insertSession(ctx.tx, b)));
        await ctx.audit({ entity: "training_session", entityId: o.id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/training-sessions",
    {
      config: { roles: READERS },
      schema: {
        tags: ["training"],
        summary: "List training sessions (from/to are Brussels dates, inclusive)",
        querystring: S.SessionQuery,
        response: { 200: Page(S.SessionOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { from, to, trainingId } = request.query;
      if (from && to && to < from) throw validationError([{ path: "query.to", message: "Moet op of na 'from' liggen." }]);
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx(({ tx }) => repo.listSessions(tx, { from, to, trainingId, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.starts_at, r.id]);
      return { items: page.items.map(sessionOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/training-sessions/:id",
    {
      config: { roles: READERS },
      schema: { tags: ["training"], summary: "One training session", params: IdParams, response: { 200: S.SessionOut, ...errorResponses(401, 403, 404) } },
    },
    async (request) => request.tenantTx(async (ctx) => sessionOut(await sessionOr404(ctx, request.params.id))),
  );

  app.get(
    "/v1/training-sessions/:id/enrollments",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["training"],
        summary: "Who holds a place, who waits (in order)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(S.EnrollmentListItem) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const s = await sessionOr404(ctx, request.params.id);
        return { items: (await repo.listEnrollments(ctx.tx, s.id)).map((r) => enrollmentListItem(s.id, r)) };
      }),
  );

  app.post(
    "/v1/training-sessions/:id/enrollments",
    {
      config: { roles: READERS, errors: ["worker.inactive", "training.already_enrolled", "training.session_started"] },
      schema: {
        tags: ["training"],
        summary: "Enrol a worker: a place while there is one, else the waitlist",
        params: IdParams,
        body: S.EnrollBody,
        response: { 201: S.EnrollmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      assertSelf(request.claims, request.body.workerId);
      return reply.status(201).send(await request.tenantTx((ctx) => enroll(ctx, request.params.id, request.body.workerId)));
    },
  );

  // DELETE as REST has it, and POST …/cancel for a form without JavaScript: the same action.
  for (const [method, url] of [
    ["DELETE", "/v1/training-sessions/:id/enrollments/:workerId"],
    ["POST", "/v1/training-sessions/:id/enrollments/:workerId/cancel"],
  ] as const) {
    app.route({
      method,
      url,
      ...S.cancelRoute(READERS),
      handler: async (request) => {
        const { id, workerId } = request.params;
        assertSelf(request.claims, workerId);
        return request.tenantTx((ctx) => cancelEnrollment(ctx, id, workerId));
      },
    });
  }

  app.post(
    "/v1/training-sessions/:id/attendance",
    {
      config: { roles: STAFF, errors: ["training.session_not_started", "training.not_enrolled"] },
      schema: {
        tags: ["training"],
        summary: "Record attendance; attending grants the training's skill",
        params: IdParams,
        body: S.AttendanceBody,
        response: { 200: S.AttendanceOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => recordAttendance(ctx, request.params.id, request.body.workerId, request.body.attended)),
  );

  app.get(
    "/v1/reports/training-demand",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["training", "reports"],
        summary: "Open klussen that need a skill vs qualified workers per neighbourhood and activity",
        description:
          "qualifiedWorkers counts active workers living in the neighbourhood or an adjacent one who hold the skill. suggestTraining = openJobs > qualifiedWorkers. Only open klussen whose window has not ended count.",
        response: { 200: Type.Object({ items: Type.Array(S.DemandItem) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: demandItems(await request.tenantTx(({ tx }) => trainingDemand(tx))) }),
  );
};

export default trainings;

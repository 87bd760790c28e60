import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { findWorker, ownWorkerOnly, workerBase, workerDetail } from "./read.ts";
import { changeWorker, registerWorker } from "./register.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { recordSkill } from "./skills.ts";

const STAFF = ["admin", "consultant"] as const;
const READERS = ["admin", "consultant", "finance"] as const;

/** Wijk-werkers: registration, search, changes and skills (API.md "Workers"). */
const workers: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/workers",
    {
      config: { roles: STAFF, idempotent: true, errors: ["worker.duplicate_national_number", "worker.not_eligible"] },
      schema: {
        tags: ["workers"],
        summary: "Register a worker (RULES §1: domiciled in Flanders, referred by VDAB or the OCMW)",
        body: S.CreateBody,
        response: { 201: S.WorkerOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => registerWorker(ctx, request.body))),
  );

  app.get(
    "/v1/workers",
    {
      config: { roles: READERS },
      schema: {
        tags: ["workers"],
        summary: "Search workers (national number masked)",
        querystring: S.ListQs,
        response: { 200: Page(S.WorkerListItem), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { limit = 50, cursor, neighbourhoodId, status, q } = request.query;
      const after = decodeCursor(cursor, 3);
      const rows = await request.tenantTx(({ tx }) => repo.listWorkers(tx, { neighbourhoodId, status, q, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.lastName, r.firstName, r.id]);
      return { items: page.items.map((r) => workerBase(r)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/workers/:id",
    {
      config: { roles: [...READERS, "worker"] },
      schema: {
        tags: ["workers"],
        summary: "One worker with availability, activities and skills",
        params: IdParams,
        response: { 200: S.WorkerOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        return workerDetail(tx, await findWorker(tx, request.params.id));
      }),
  );

  app.patch(
    "/v1/workers/:id",
    {
      config: { roles: STAFF, errors: ["worker.duplicate_national_number", "worker.not_eligible"] },
      schema: {
        tags: ["workers"],
        summary: "Change a worker",
        params: IdParams,
        body: S.PatchBody,
        response: { 200: S.WorkerOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => changeWorker(ctx, request.params.id, request.body)),
  );

  app.post(
    "/v1/workers/:id/skills",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["workers"],
        summary: "Record a skill a worker has (upsert)",
        params: IdParams,
        body: S.SkillBody,
        response: { 200: S.SkillOut, 201: S.SkillOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { status, out } = await request.tenantTx((ctx) => recordSkill(ctx, request.params.id, request.body.skillId, request.body.obtainedOn));
      return reply.status(status).send(out);
    },
  );
};

export default workers;

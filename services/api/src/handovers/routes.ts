import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { brusselsDateOf } from "@wijkwerk/domain";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { announce } from "./announce.ts";
import { cancelHandover } from "./cancel.ts";
import { areaStaffIdOf } from "../plugins/tenant.ts";
import { dueHandovers } from "./due.ts";
import { planInloop } from "./inloop.ts";
import { moveSeries } from "./move.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { handoverOut } from "./views.ts";

const STAFF = ["admin", "consultant"] as const;
const PROPOSAL_REFUSALS = [
  "job.not_open",
  "assignment.outside_job_window",
  "worker.inactive",
  "worker.agreement_inactive",
  "worker.skill_missing",
  "worker.monthly_cap_exceeded",
  "worker.yearly_cap_exceeded",
  "worker.double_booked",
] as const;

/** Issue 19, continuity and handover: a leaving worker's regular clients, their successor, the inloopbeurt, the series moving. */
const handovers: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;

  app.get(
    "/v1/handovers/due",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["handovers"],
        summary: "Regular clients of workers whose agreement ends within 60 days, with a suggested successor and the handover if announced",
        description:
          "Regular: confirmed work in at least 2 different months of the last 6. notice 60 from 60 days before the end, 30 from 30 days. " +
          "The suggestion is the best match on the client's next visit after the end (same wijk, skill, capacity), never the leaving worker nor a worker whose own agreement ends within 60 days after it.",
        querystring: Type.Object({ workerId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: S.DueOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) =>
      dueHandovers(
        database,
        request.claims.tid,
        (fn) => request.tenantTx(fn),
        brusselsDateOf(new Date()),
        request.query.workerId,
        areaStaffIdOf(request, request.claims.tid),
      ),
  );

  app.get(
    "/v1/handovers",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["handovers"],
        summary: "Handovers (not cancelled, unless asked), by the leaving worker's end",
        querystring: S.ListQuery,
        response: { 200: Type.Object({ items: Type.Array(S.HandoverOut) }), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => request.tenantTx(async ({ tx }) => ({ items: (await repo.liveHandovers(tx, request.query)).map(handoverOut) })),
  );

  app.post(
    "/v1/handovers",
    {
      config: {
        roles: STAFF,
        errors: ["resource.not_found", "handover.worker_not_leaving", "handover.successor_not_fit", "handover.already_announced"],
      },
      schema: {
        tags: ["handovers"],
        summary: "Announce the successor of a leaving worker at a client; the client is told who comes next (mail and SMS, in their language)",
        description:
          "409 `handover.worker_not_leaving` (the agreement does not end within 60 days, or a next one follows), `handover.successor_not_fit` " +
          "(the leaving worker, not active, no agreement when the successor starts, or their own agreement ends within 60 days after), `handover.already_announced`.",
        body: S.AnnounceBody,
        response: { 201: S.HandoverOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => announce(ctx, request.body))),
  );

  app.post(
    "/v1/handovers/:id/inloop",
    {
      config: {
        roles: STAFF,
        errors: ["resource.not_found", "handover.not_announced", "handover.inloop_exists", "handover.job_not_of_client", ...PROPOSAL_REFUSALS],
      },
      schema: {
        tags: ["handovers"],
        summary: "Plan the inloopbeurt: the successor joins one visit the current worker still does",
        description:
          "An extra assignment of the successor on that job, accepted and marked inloop. No hours are entered for it (409 `time_entry.inloop_visit`), so the client " +
          "uses no cheque for it and it takes no place in the job's team; while planned it holds the successor's time and counts as planned time for their caps.",
        params: IdParams,
        body: S.InloopBody,
        response: { 201: S.HandoverOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => planInloop(ctx, request.params.id, request.body))),
  );

  app.post(
    "/v1/handovers/:id/move",
    {
      config: { roles: STAFF, errors: ["resource.not_found", "handover.not_announced"] },
      schema: {
        tags: ["handovers"],
        summary: "Move the client's series to the successor: every visit after the leaving worker's last day is proposed to them",
        description:
          "Visits the leaving worker still held after the end are cancelled first. A visit the successor cannot take (cap, clash, agreement, skill) stays open and is listed in `refused`.",
        params: IdParams,
        response: { 200: S.MoveOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => request.tenantTx((ctx) => moveSeries(ctx, config, request.params.id)),
  );

  app.post(
    "/v1/handovers/:id/cancel",
    {
      config: { roles: STAFF, errors: ["resource.not_found", "handover.not_announced"] },
      schema: {
        tags: ["handovers"],
        summary: "Take an announcement back (its inloopbeurt is cancelled with it), so another successor can be announced",
        description: "409 `handover.not_announced` when the series was moved already or the announcement was taken back.",
        params: IdParams,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: S.HandoverOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => cancelHandover(ctx, request.params.id, request.body.reason)),
  );
};

export default handovers;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { decodeCursor, pageOf } from "../cursor.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { tenthsOfKm } from "./access.ts";
import { createTimeEntryBatcher } from "./batch.ts";
import { cancel, confirm, correct, dispute, list } from "./review.ts";
import * as S from "./schemas.ts";
import { toTimeEntryOut } from "./views.ts";

/** Time entries (prestaties): hours entered after an assignment, confirmed by the client (API.md, RULES §2, §5). */
const timeEntries: FastifyPluginAsyncTypebox = async (app) => {
  const batcher = createTimeEntryBatcher(app.deps.database);

  app.post(
    "/v1/time-entries",
    {
      config: {
        roles: ["worker", "consultant", "admin"],
        idempotent: true,
        errors: [
          "resource.not_found",
          "time_entry.assignment_not_active",
          "time_entry.inloop_visit",
          "time_entry.outside_assignment",
          "time_entry.future_date",
          "time_entry.over_planned",
          "time_entry.already_exists",
          "worker.monthly_cap_exceeded",
          "worker.yearly_cap_exceeded",
        ],
      },
      schema: {
        tags: ["time entries"],
        summary: "Enter the hours of an assignment",
        body: S.CreateBody,
        response: { 201: S.TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { assignmentId, date, minutes, travelKm } = request.body;
      const tenths = tenthsOfKm(travelKm, "travelKm");
      // Entries submitted together are written together (group commit, batch.ts).
      const out = await batcher.submit({ tenantId: request.claims.tid, actor: request.claims, requestId: request.id, assignmentId, date, minutes, tenths });
      request.auditCount++; // the batch wrote this request's audit row
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/time-entries/:id/confirm",
    {
      config: { roles: ["client", "consultant", "admin"], errors: ["time_entry.not_confirmable"] },
      schema: {
        tags: ["time entries"],
        summary: "Confirm an entry: its vouchers are consumed, oldest expiry first",
        params: IdParams,
        response: { 200: S.TimeEntryOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => request.tenantTx((ctx) => confirm(ctx, request.params.id)),
  );

  app.post(
    "/v1/time-entries/:id/dispute",
    {
      // A consultant records the dispute of a client who phones or comes to the zitdag (issue 16); the audit row names who did.
      config: { roles: ["client", "consultant", "admin"], errors: ["time_entry.not_disputable"] },
      schema: {
        tags: ["time entries"],
        summary: "Dispute an entry (the client, or a consultant for the client); the consultant is told",
        params: IdParams,
        body: S.DisputeBody,
        response: { 200: S.TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => dispute(ctx, request.params.id, request.body.reason)),
  );

  app.post(
    "/v1/time-entries/:id/correct",
    {
      config: {
        roles: ["consultant", "admin"],
        idempotent: true,
        errors: [
          "time_entry.not_correctable",
          "time_entry.outside_assignment",
          "time_entry.already_exists",
          "worker.monthly_cap_exceeded",
          "worker.yearly_cap_exceeded",
        ],
      },
      schema: {
        tags: ["time entries"],
        summary: "Replace an entry by a corrected one (the old one is cancelled, history is kept)",
        params: IdParams,
        body: S.CorrectBody,
        response: { 201: S.TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const tenths = tenthsOfKm(request.body.travelKm, "travelKm");
      return reply.status(201).send(await request.tenantTx((ctx) => correct(ctx, request.params.id, { minutes: request.body.minutes, tenths })));
    },
  );

  app.post(
    "/v1/time-entries/:id/cancel",
    {
      config: { roles: ["consultant", "admin"], errors: ["time_entry.not_correctable"] },
      schema: {
        tags: ["time entries"],
        summary: "Cancel an entry that was not confirmed yet",
        params: IdParams,
        response: { 200: S.TimeEntryOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => request.tenantTx((ctx) => cancel(ctx, request.params.id)),
  );

  app.get(
    "/v1/time-entries",
    {
      config: { roles: ["admin", "consultant", "finance", "client", "worker"] },
      schema: {
        tags: ["time entries"],
        summary: "List time entries",
        querystring: S.ListQs,
        response: { 200: Page(S.TimeEntryOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const { rows, confirmWindowDays, about } = await request.tenantTx((ctx) => list(ctx, { ...request.query, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
      const items = page.items.map((r) => {
        const a = about.get(r.id);
        return {
          ...toTimeEntryOut(r, confirmWindowDays),
          ...(a ? { workerFirstName: a.worker_first_name, activityCode: a.activity_code, activityName: a.activity_name } : {}),
        };
      });
      return { items, nextCursor: page.nextCursor };
    },
  );
};

export default timeEntries;

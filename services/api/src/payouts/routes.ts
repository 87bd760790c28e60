import { Readable } from "node:stream";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { brusselsMonthOf } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError, validationError } from "../errors/problem.ts";
import { errorResponses, IdParams, ListQuery, Month, Page, Uuid } from "../schemas/common.ts";
import { linesCsv, prepareSepa, sepaFile } from "./exports.ts";
import { workersWithInvalidIban } from "./ibans.ts";
import * as repo from "./repository.ts";
import { PAYOUT_ROLES } from "./roles.ts";
import { approve, assertApprovable, loadRun, requestRegeneration, startRun } from "./runs.ts";
import * as S from "./schemas.ts";
import { batched } from "./stream.ts";
import { lineOut, runOut, summaryOut } from "./views.ts";

/** Monthly payout runs: settle, review, approve, pay with a SEPA file (API.md "Payouts"). */
const payouts: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  app.post(
    "/v1/payout-runs",
    {
      config: { roles: PAYOUT_ROLES, idempotent: true, errors: ["payout.month_locked"] },
      schema: {
        tags: ["payouts"],
        summary: "Start (or refresh the draft of) the payout run of a month",
        description:
          "Settles every worker's month up to this month whose confirmed entries changed since it was last settled: what is due minus what earlier runs paid for that month. The run's own month gives regular lines; earlier months (late entries, corrections, cancellations) adjustment lines; a negative remainder of an approved earlier run one carried line. A second call for a month with a draft recomputes that draft.",
        body: Type.Object({ month: Month }, { additionalProperties: false }),
        response: { 201: S.RunOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { month } = request.body;
      if (month > brusselsMonthOf(new Date())) throw validationError([{ path: "month", message: "Deze maand is nog niet begonnen." }]);
      return reply.status(201).send(await request.tenantTx((ctx) => startRun(ctx, month)));
    },
  );

  app.get(
    "/v1/payout-runs",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "List payout runs, newest month first",
        querystring: Type.Object({ month: Type.Optional(Month), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(S.RunOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 1);
      const rows = await request.tenantTx(({ tx }) => repo.listRuns(tx, { month: request.query.month, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.month]);
      return { items: page.items.map(runOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/payout-runs/:id",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "A payout run with its totals",
        params: IdParams,
        response: { 200: S.RunDetail, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const run = await loadRun(ctx, request.params.id);
        return { ...runOut(run), summary: summaryOut(await repo.runSums(ctx.tx, run.id)) };
      }),
  );

  app.get(
    "/v1/payout-runs/:id/lines",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "Lines of a payout run, in EndToEndId order",
        params: IdParams,
        querystring: Type.Object({ workerId: Type.Optional(Uuid), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(S.LineOut), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 1);
      const rows = await request.tenantTx(async (ctx) =>
        repo.runLines(ctx.tx, (await loadRun(ctx, request.params.id)).id, { workerId: request.query.workerId, after, limit }),
      );
      const page = pageOf(rows, limit, (r) => [r.end_to_end_id]);
      return { items: page.items.map(lineOut), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/v1/payout-runs/:id/approve",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_draft", "payout.invalid_iban", "payout.earlier_draft_open", "payout.same_person"] },
      schema: {
        tags: ["payouts"],
        summary: "Approve a draft run; this locks its month",
        params: IdParams,
        response: { 200: S.RunOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const current = await request.tenantTx((ctx) => loadRun(ctx, request.params.id));
      await assertApprovable(database, request.claims.tid, current);
      return request.tenantTx((ctx) => approve(ctx, request.params.id));
    },
  );

  app.post(
    "/v1/payout-runs/:id/regenerate",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_draft", "payout.month_locked"] },
      schema: {
        tags: ["payouts"],
        summary: "Recompute a draft run in the background (payouts queue)",
        params: IdParams,
        response: { 202: Type.Object({ id: Uuid, status: S.RunStatus }), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(202).send(await request.tenantTx((ctx) => requestRegeneration(ctx, request.params.id))),
  );

  app.get(
    "/v1/payout-runs/:id/sepa.xml",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_approved", "payout.nothing_to_pay", "payout.invalid_iban"] },
      schema: {
        tags: ["payouts"],
        summary: "SEPA credit transfer file (pain.001.001.09) of an approved run; marks the run exported",
        description:
          "One transfer per worker whose lines in this run add up to more than 0 (a negative adjustment is set off against that month's pay; a worker who ends below zero gets no transfer and the next run sets the remainder off once, as a carried line). EndToEndId is the worker's regular line, else the worker's first line.",
        params: IdParams,
        produces: ["application/xml"],
        response: { 200: S.FileResponse("application/xml"), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const tenantId = request.claims.tid;
      // A bad account found halfway would cut the file off after the 200 status: check them all first.
      await request.tenantTx((ctx) => loadRun(ctx, request.params.id));
      const bad = await workersWithInvalidIban(database, tenantId, request.params.id);
      if (bad.length > 0)
        throw new AppError("payout.invalid_iban", `Het rekeningnummer van ${bad.join(", ")} is niet geldig; de bank zou het bestand weigeren.`);
      const meta = await request.tenantTx((ctx) => prepareSepa(ctx, request.params.id));
      return reply
        .type("application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="uitbetaling-${meta.run.month}.xml"`)
        .send(Readable.from(batched(sepaFile(database, tenantId, meta))));
    },
  );

  app.get(
    "/v1/payout-runs/:id/lines.csv",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "Lines of a payout run as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM)",
        params: IdParams,
        produces: ["text/csv"],
        response: { 200: S.FileResponse("text/csv"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const run = await request.tenantTx((ctx) => loadRun(ctx, request.params.id));
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="uitbetaling-${run.month}.csv"`)
        .send(Readable.from(batched(linesCsv(database, request.claims.tid, run))));
    },
  );
};

export default payouts;

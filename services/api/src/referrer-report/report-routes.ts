import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { coachedWorkerOr403 } from "../coaching/access.ts";
import type { TenantContext } from "../context.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { checkPeriod } from "./period.ts";
import { reportOf, type Report } from "./report-data.ts";
import { reportCsv, reportPdf } from "./report-format.ts";
import * as S from "./schemas.ts";

const tags = ["reports"];
const config = { roles: ["admin", "consultant"] as const, errors: ["coaching.not_your_worker", "report.period_invalid"] as const };
const INCLUDED = ["hours", "activities", "trainings", "goals", "client_feedback"] as const;

/** The report of a worker for a period, and the audit row of its download (every format, every time). */
async function audited(ctx: TenantContext, workerId: string, from: string, to: string, format: "json" | "pdf" | "csv"): Promise<Report> {
  checkPeriod(from, to);
  const w = await coachedWorkerOr403(ctx, workerId);
  const report = await reportOf(ctx.tx, w, from, to);
  await ctx.audit({
    entity: "referrer_report",
    entityId: w.id,
    action: "download",
    after: { format, from, to, included: INCLUDED.filter((k) => report[k].included) },
  });
  return report;
}

const fileName = (r: Report, ext: string) =>
  `voortgangsverslag-${r.worker.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${r.period.from}-${r.period.to}.${ext}`;

/** Issue 19: the worker's progress report for the referrer (VDAB or OCMW), as JSON, PDF and CSV; only what the worker consented to share. */
const referrerReport: FastifyPluginAsyncTypebox = async (app) => {
  const binary = (type: string) => Type.Unsafe<Buffer>({ type: "string", format: "binary", description: type });

  app.get(
    "/v1/workers/:id/referrer-report",
    {
      config,
      schema: {
        tags,
        summary:
          "The worker's progress report for the referrer: hours, activities, trainings and skills, goals and evaluations, client feedback — each only with consent",
        description: "A category without consent on today's date has `included: false` and no content. Every read is audited. 422 `report.period_invalid`.",
        params: IdParams,
        querystring: S.PeriodQuery,
        response: { 200: S.ReportOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => audited(ctx, request.params.id, request.query.from, request.query.to, "json")),
  );

  app.get(
    "/v1/workers/:id/referrer-report.pdf",
    {
      config,
      schema: {
        tags,
        summary: "The referrer's report as PDF (audited)",
        params: IdParams,
        querystring: S.PeriodQuery,
        produces: ["application/pdf"],
        response: { 200: binary("application/pdf"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const r = await request.tenantTx((ctx) => audited(ctx, request.params.id, request.query.from, request.query.to, "pdf"));
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${fileName(r, "pdf")}"`)
        .send(await reportPdf(r));
    },
  );

  app.get(
    "/v1/workers/:id/referrer-report.csv",
    {
      config,
      schema: {
        tags,
        summary: "The referrer's report as CSV (audited)",
        params: IdParams,
        querystring: S.PeriodQuery,
        produces: ["text/csv"],
        response: { 200: binary("text/csv"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const r = await request.tenantTx((ctx) => audited(ctx, request.params.id, request.query.from, request.query.to, "csv"));
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${fileName(r, "csv")}"`)
        .send(reportCsv(r));
    },
  );
};

export default referrerReport;

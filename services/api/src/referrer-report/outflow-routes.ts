import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { brusselsDateOf, outflowFigures, type CoachingFollowUpSituation } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { csvLine, CSV_BOM } from "../payouts/csv.ts";
import { errorResponses } from "../schemas/common.ts";
import { checkPeriod } from "./period.ts";
import * as S from "./schemas.ts";

const config = { roles: ["admin"] as const, errors: ["report.period_invalid"] as const };

/** The outflow figures of the exits in a period (outflowFigures in packages/domain), audited as a download. */
async function outflow(ctx: TenantContext, from: string, to: string, format: "json" | "csv") {
  checkPeriod(from, to);
  const exits = await ctx.tx.execute<{ exited_on: string; situation: CoachingFollowUpSituation | null }>(sql`
    SELECT x.exit_date::text AS exited_on,
           (SELECT f.situation FROM coaching_follow_ups f WHERE f.tenant_id = x.tenant_id AND f.exit_id = x.id ORDER BY f.recorded_at DESC, f.id LIMIT 1) AS situation
      FROM coaching_exits x WHERE x.tenant_id = app_current_tenant() AND x.exit_date BETWEEN ${from}::date AND ${to}::date`);
  const figures = outflowFigures(
    exits.map((e) => ({ exitedOn: e.exited_on, situation: e.situation })),
    from,
    to,
    brusselsDateOf(new Date()),
  );
  await ctx.audit({ entity: "outflow_report", entityId: null, action: "download", after: { format, from, to } });
  return { period: { from, to }, ...figures };
}

/** Issue 19 and RULES §9 (S45: 32 % in work 9 months later): the organisation's outflow figures, for management. */
const outflowReport: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/reports/outflow",
    {
      config,
      schema: {
        tags: ["reports"],
        summary:
          "Of the workers who exited in the period: how many are in work 9 months later (share of the known follow-ups), in training, without work, unknown",
        description:
          "Like the Flemish figure of 32 %. Exits without a known follow-up count apart (`unknown`, or `notYetDue` before their 9 months). Audited. 422 `report.period_invalid`.",
        querystring: S.PeriodQuery,
        response: { 200: S.OutflowOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => outflow(ctx, request.query.from, request.query.to, "json")),
  );

  app.get(
    "/v1/reports/outflow.csv",
    {
      config,
      schema: {
        tags: ["reports"],
        summary: "The outflow figures as CSV (audited)",
        querystring: S.PeriodQuery,
        produces: ["text/csv"],
        response: { 200: Type.Unsafe<unknown>({ type: "string", format: "binary", description: "text/csv" }), ...errorResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const o = await request.tenantTx((ctx) => outflow(ctx, request.query.from, request.query.to, "csv"));
      const csv =
        CSV_BOM +
        csvLine(["Van", "Tot", "Uitgestroomd", "Aan het werk", "In opleiding", "Geen werk", "Onbekend", "Nog niet aan de beurt", "Aandeel aan het werk (%)"]) +
        csvLine([o.period.from, o.period.to, o.exited, o.inWork, o.inTraining, o.noWork, o.unknown, o.notYetDue, o.sharePercent]);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="uitstroom-${o.period.from}-${o.period.to}.csv"`)
        .send(csv);
    },
  );
};

export default outflowReport;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { errorResponses } from "../schemas/common.ts";
import { monthEndCsv } from "./month-end-csv.ts";
import { monthEndReport, reportMonths } from "./month-end.ts";
import { MonthEndOut, MonthEndQuery } from "./month-end-schemas.ts";

/**
 * Finance at month end (issue 18): per month the vouchers sold, consumed, expired, refunded and
 * outstanding (the ledger's balances, reconciled: see domain month-end.ts), and the hours and travel
 * the approved payout runs paid. JSON, or CSV with ?format=csv or Accept: text/csv.
 */
const monthEnd: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/reports/month-end",
    {
      config: { roles: ["finance", "admin"], errors: ["report.range_invalid"], replica: true },
      schema: {
        tags: ["reports"],
        summary: "Month-end report: vouchers sold, consumed, expired, refunded and outstanding per month, hours and travel paid (JSON or CSV)",
        querystring: MonthEndQuery,
        response: {
          200: {
            description: "The report; as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM) with ?format=csv or Accept: text/csv",
            content: {
              "application/json": { schema: MonthEndOut },
              "text/csv": { schema: Type.String({ description: "one line per month and a total line" }) },
            },
          },
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      const { from, to, format } = request.query;
      const months = reportMonths(from, to);
      const report = await request.tenantTx(({ tx }) => monthEndReport(tx, months));
      const csv = format === "csv" || (format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ""));
      if (!csv) return reply.type("application/json; charset=utf-8").send(report);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="maandrapport-${report.from}-${report.to}.csv"`)
        .send(monthEndCsv(report));
    },
  );
};

export default monthEnd;

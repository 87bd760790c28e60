import { Readable } from "node:stream";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { encryption } from "@wijkwerk/db";
import { Type } from "@sinclair/typebox";
import { csvLine, CSV_BOM, formatInsz, hours } from "../payouts/csv.ts";
import { batched, tenantCursor } from "../payouts/stream.ts";
import { areaStaffIdOf } from "../plugins/tenant.ts";
import { errorResponses, Month } from "../schemas/common.ts";

/**
 * Hours per worker in a month for the referrers (VDAB, OCMW; RULES §1 referral): confirmed
 * entries only, by work date in that month. CSV for Excel in Belgium.
 */
const reportsHours: FastifyPluginAsyncTypebox = async (app) => {
  // Issue 21: read from the standby when there is one.
  const database = app.deps.replica ?? app.deps.database;
  app.get(
    "/v1/reports/hours.csv",
    {
      config: { roles: ["finance", "admin", "consultant"] },
      schema: {
        tags: ["reports"],
        summary: "Confirmed hours per worker in a month, for VDAB and OCMW",
        querystring: Type.Object({ month: Month }, { additionalProperties: false }),
        produces: ["text/csv"],
        response: { 200: Type.Unsafe<unknown>({ type: "string", format: "binary", description: "text/csv" }), ...errorResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const tenantId = request.claims.tid;
      const { month } = request.query;
      const body = async function* (): AsyncGenerator<string> {
        yield CSV_BOM + csvLine(["Maand", "Toeleider", "Achternaam", "Voornaam", "INSZ", "Bevestigde uren", "Minuten", "Prestaties"]);
        const rows = tenantCursor<{ referrer: string; last_name: string; first_name: string; national_number: string; minutes: string; entries: string }>(
          database,
          tenantId,
          (s) => s`
            SELECT w.referrer, w.last_name, w.first_name, w.national_number, sum(te.minutes)::bigint AS minutes, count(*)::bigint AS entries
            FROM time_entries te JOIN workers w ON w.tenant_id = te.tenant_id AND w.id = te.worker_id
            WHERE te.tenant_id = ${tenantId} AND te.status = 'confirmed'
              AND te.work_date >= ${month + "-01"}::date AND te.work_date < (${month + "-01"}::date + interval '1 month')
            GROUP BY w.id, w.referrer, w.last_name, w.first_name, w.national_number
            ORDER BY w.referrer, w.last_name, w.first_name, w.id`,
          500,
          // Issue 20: a consultant limited to an area gets the hours of their area only.
          areaStaffIdOf(request, tenantId),
        );
        for await (const r of rows) {
          const minutes = Number(r.minutes);
          yield csvLine([
            month,
            r.referrer.toUpperCase(),
            r.last_name,
            r.first_name,
            // Issue 20: the referrer's report names the INSZ in full: decrypted per row.
            formatInsz(encryption.revealValue(r.national_number)),
            hours(minutes),
            minutes,
            Number(r.entries),
          ]);
        }
      };
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="uren-${month}.csv"`)
        .send(Readable.from(batched(body())));
    },
  );
};

export default reportsHours;

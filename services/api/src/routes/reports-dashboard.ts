import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { addCalendarMonths, brusselsDateOf } from "@wijkwerk/domain";
import { errorResponses, Uuid } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";

const Out = Type.Object({
  month: Type.String(),
  hoursPerMonth: Type.Array(Type.Object({ month: Type.String(), minutes: Type.Integer() })),
  openJobsPerNeighbourhood: Type.Array(Type.Object({ neighbourhoodId: Uuid, name: Type.String(), openJobs: Type.Integer() })),
  nearCap: Type.Array(
    Type.Object({
      workerId: Uuid,
      firstName: Type.String(),
      lastName: Type.String(),
      usedMinutes: Type.Integer(),
      plannedMinutes: Type.Integer(),
      capMinutes: Type.Integer(),
    }),
  ),
});

/**
 * The consultant's dashboard figures (issue "The web UI"): worked hours per Brussels month over
 * the last 12 months, open jobs per neighbourhood, and the active workers closest to this
 * month's cap — computed over the whole tenant in SQL, not over a page of workers.
 */
const reportsDashboard: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/reports/dashboard",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["reports"],
        summary: "Dashboard figures: hours per month, open jobs per neighbourhood, workers near the monthly cap",
        response: { 200: Out, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId }) => {
        const today = brusselsDateOf(new Date());
        const month = today.slice(0, 7);
        const first = addCalendarMonths(`${month}-01`, -11);
        const settings = await loadSettings(tx, tenantId);
        const hours = await tx.execute<{ month: string; minutes: number }>(sql`
          SELECT to_char(work_date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes
          FROM time_entries
          WHERE tenant_id = ${tenantId} AND status <> 'cancelled' AND work_date >= ${first}::date AND work_date < ${`${month}-01`}::date + interval '1 month'
          GROUP BY 1 ORDER BY 1`);
        const jobs = await tx.execute<{ neighbourhood_id: string; name: string; open_jobs: number }>(sql`
          SELECT n.id AS neighbourhood_id, n.name, count(*)::int AS open_jobs
          FROM jobs j JOIN neighbourhoods n ON n.tenant_id = j.tenant_id AND n.id = j.neighbourhood_id
          WHERE j.tenant_id = ${tenantId} AND j.status = 'open' AND j.window_to > now()
          GROUP BY n.id, n.name ORDER BY open_jobs DESC, n.name`);
        // The per-month copy of every worker's minutes (0017): worked entries and planned assignments.
        const m = Number(month.slice(5, 7));
        const near = await tx.execute<{ worker_id: string; first_name: string; last_name: string; used: number; planned: number }>(sql`
          SELECT w.id AS worker_id, w.first_name, w.last_name, y.worked_minutes[${m}::int] AS used, y.planned_minutes[${m}::int] AS planned
          FROM worker_year_minutes y JOIN workers w ON w.tenant_id = y.tenant_id AND w.id = y.worker_id
          WHERE y.tenant_id = ${tenantId} AND y.year = ${Number(month.slice(0, 4))}::int AND w.status = 'active' AND y.worked_minutes[${m}::int] + y.planned_minutes[${m}::int] > 0
          ORDER BY y.worked_minutes[${m}::int] + y.planned_minutes[${m}::int] DESC, w.id
          LIMIT 10`);
        return {
          month,
          hoursPerMonth: [...hours].map((r) => ({ month: r.month, minutes: Number(r.minutes) })),
          openJobsPerNeighbourhood: [...jobs].map((r) => ({ neighbourhoodId: r.neighbourhood_id, name: r.name, openJobs: Number(r.open_jobs) })),
          nearCap: [...near].map((r) => ({
            workerId: r.worker_id,
            firstName: r.first_name,
            lastName: r.last_name,
            usedMinutes: Number(r.used),
            plannedMinutes: Number(r.planned),
            capMinutes: settings.monthlyCapMinutes,
          })),
        };
      }),
  );
};

export default reportsDashboard;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { addCalendarMonths, brusselsDateOf } from "@wijkwerk/domain";
import { errorResponses } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";
import * as repo from "./repository.ts";
import { DashboardOut } from "./schemas.ts";
import { hoursPerMonth, hoursWithLastYear, neighbourhoodFigures, openJobsPerNeighbourhood } from "./views.ts";

/**
 * The consultant's dashboard figures (issue 16, "the dashboard as people would rather look than
 * read"): hours per Brussels month against the same month a year earlier, open klussen and
 * available workers per neighbourhood with its centroid (a map), and the active workers closest to
 * this month's cap — over the whole tenant in SQL, not over a page of workers.
 */
const reports: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/reports/dashboard",
    {
      config: { roles: ["admin", "consultant"], replica: true },
      schema: {
        tags: ["reports"],
        summary: "Dashboard figures: hours per month against last year, open jobs and available workers per neighbourhood, workers near the monthly cap",
        response: { 200: DashboardOut, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId }) => {
        const today = brusselsDateOf(new Date());
        const month = today.slice(0, 7);
        const settings = await loadSettings(tx, tenantId);
        // One pass over 24 months: the last 12 and the 12 before them.
        const minutes = await repo.minutesPerMonth(tx, addCalendarMonths(`${month}-01`, -23), addCalendarMonths(`${month}-01`, 1));
        const neighbourhoods = neighbourhoodFigures([...(await repo.neighbourhoods(tx))], [...(await repo.availableWorkers(tx, today))]);
        const near = await repo.nearCap(tx, month);
        return {
          month,
          hoursPerMonth: hoursPerMonth(month, minutes),
          openJobsPerNeighbourhood: openJobsPerNeighbourhood(neighbourhoods),
          nearCap: [...near].map((r) => ({
            workerId: r.worker_id,
            firstName: r.first_name,
            lastName: r.last_name,
            usedMinutes: Number(r.used),
            plannedMinutes: Number(r.planned),
            capMinutes: settings.monthlyCapMinutes,
          })),
          hoursPerMonthWithLastYear: hoursWithLastYear(month, minutes),
          neighbourhoods,
        };
      }),
  );
};

export default reports;

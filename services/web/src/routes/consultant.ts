import type { FastifyPluginAsync } from "fastify";
import { formatShortDuration } from "@wijkwerk/notify";
import { bar } from "../capacity.ts";
import { loadState, requireRole, sentFailure } from "../context.ts";

const MONTHS = ["jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** A horizontal bar scaled to the largest value; the text carries the number, the bar repeats it. */
function scaled(label: string, value: number, max: number, text: string) {
  return { label, text, percent: max > 0 ? Math.round((value / max) * 100) : 0, warn: false };
}

/**
 * The consultant's start page: open jobs, and three simple charts from GET /v1/reports/dashboard
 * (hours per month, open jobs per neighbourhood, the workers closest to their monthly cap).
 */
const consultant: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get("/consulent", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const token = request.session!.token;
    const [jobs, dashboard] = await Promise.all([
      api.request("GET", "/v1/jobs", { token, query: { status: "open", limit: 20 } }),
      api.request("GET", "/v1/reports/dashboard", { token }),
    ]);
    if (sentFailure(request, reply, jobs) || sentFailure(request, reply, dashboard)) return reply;
    const jobState = loadState(jobs);
    const d = loadState(dashboard).data;
    const maxHours = Math.max(0, ...(d?.hoursPerMonth ?? []).map((h) => h.minutes));
    const maxJobs = Math.max(0, ...(d?.openJobsPerNeighbourhood ?? []).map((n) => n.openJobs));
    return reply.page("consultant/dashboard", {
      title: "Overzicht",
      jobs: jobState.data?.items ?? [],
      jobsUnavailable: jobState.unavailable,
      dashboardUnavailable: !d,
      hoursPerMonth: (d?.hoursPerMonth ?? []).map((h) => {
        const label = `${MONTHS[Number(h.month.slice(5, 7)) - 1]} ${h.month.slice(0, 4)}`;
        return scaled(label, h.minutes, maxHours, formatShortDuration(h.minutes, "nl"));
      }),
      openJobsPerNeighbourhood: (d?.openJobsPerNeighbourhood ?? []).map((n) =>
        scaled(n.name, n.openJobs, maxJobs, `${n.openJobs} open ${n.openJobs === 1 ? "klus" : "klussen"}`),
      ),
      nearCap: (d?.nearCap ?? []).map((w) => ({
        ...bar(`${w.firstName} ${w.lastName}`, {
          usedMinutes: w.usedMinutes,
          plannedMinutes: w.plannedMinutes,
          capMinutes: w.capMinutes,
          remainingMinutes: w.capMinutes - w.usedMinutes - w.plannedMinutes,
        })!,
        id: w.workerId,
      })),
    });
  });
};

export default consultant;

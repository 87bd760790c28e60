import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { dashboardView, demandView } from "../dashboard-view.ts";
import { activities } from "../refdata.ts";

/**
 * The consultant's start page: open jobs, and the dashboard as charts drawn on the server (a map
 * of the wijken, the workers near their cap, the training demand, hours against last year) from
 * GET /v1/reports/dashboard and GET /v1/reports/training-demand, each with its table beneath.
 */
const consultant: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get("/consulent", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const token = request.session!.token;
    const [jobs, dashboard, demand, catalogue] = await Promise.all([
      api.request("GET", "/v1/jobs", { token, query: { status: "open", limit: 20 } }),
      api.request("GET", "/v1/reports/dashboard", { token }),
      api.request("GET", "/v1/reports/training-demand", { token }),
      activities(api, token),
    ]);
    if (sentFailure(request, reply, jobs) || sentFailure(request, reply, dashboard) || sentFailure(request, reply, demand)) return reply;
    const jobState = loadState(jobs);
    const d = loadState(dashboard).data;
    const demandData = loadState(demand).data;
    return reply.page("consultant/dashboard", {
      title: "Overzicht",
      jobs: jobState.data?.items ?? [],
      jobsUnavailable: jobState.unavailable,
      dashboard: d ? dashboardView(d) : undefined,
      demand: demandData ? demandView(demandData, new Map(catalogue.items.map((a) => [a.code, a.name]))) : undefined,
    });
  });
};

export default consultant;

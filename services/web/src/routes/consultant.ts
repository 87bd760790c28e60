import type { FastifyPluginAsync } from "fastify";
import { bar, type Capacity } from "../capacity.ts";
import { loadState, requireRole, sentFailure } from "../context.ts";
import type { Worker } from "./workers.ts";

interface Job { id: string; clientId: string; activityCode: string; description?: string; estimatedMinutes?: number; status?: string; window?: { from: string; to: string } }

/** The consultant's start page: open jobs and the workers closest to their monthly cap. */
const consultant: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get("/consulent", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const token = request.session!.token;
    const [jobs, workers] = await Promise.all([
      api.request<{ items: Job[] }>("GET", "/v1/jobs", { token, query: { status: "open", limit: 20 } }),
      api.request<{ items: Worker[] }>("GET", "/v1/workers", { token, query: { status: "active", limit: 30 } }),
    ]);
    if (sentFailure(request, reply, jobs) || sentFailure(request, reply, workers)) return reply;
    const jobState = loadState(jobs);
    const workerState = loadState(workers);
    // One capacity call per worker, in parallel: the dashboard shows at most 30 of them.
    const caps = await Promise.all(
      (workerState.data?.items ?? []).map(async (w) => {
        const c = await api.request<Capacity>("GET", `/v1/workers/${w.id}/capacity`, { token });
        return { worker: w, bar: c.ok ? bar(`${w.firstName} ${w.lastName}`, c.data.month) : undefined };
      }),
    );
    const nearCap = caps
      .filter((c) => c.bar)
      .sort((a, b) => b.bar!.percent - a.bar!.percent)
      .slice(0, 10)
      .map((c) => ({ ...c.bar!, id: c.worker.id }));
    return reply.page("consultant/dashboard", {
      title: "Overzicht",
      jobs: jobState.data?.items ?? [],
      jobsUnavailable: jobState.unavailable,
      workersUnavailable: workerState.unavailable,
      nearCap,
    });
  });
};

export default consultant;

import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { formFailure, str, type FormBody } from "../forms.ts";


/** Training sessions and enrolling a worker (full sessions put the worker on the waiting list). */
const trainings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const from = brusselsDateOf(new Date());
    const [sessions, workers] = await Promise.all([
      api.request("GET", "/v1/training-sessions", { token, query: { from, limit: 50 } }),
      api.request("GET", "/v1/workers", { token, query: { status: "active", limit: 200 } }),
    ]);
    const state = loadState(sessions);
    return {
      title: "Opleidingen",
      sessions: (state.data?.items ?? []).map((s) => ({ ...s, full: s.enrolled >= s.capacity })),
      unavailable: state.unavailable,
      workersUnavailable: !workers.ok,
      workers: workers.ok ? workers.data.items.map((w) => ({ value: w.id, label: `${w.firstName} ${w.lastName}` })) : [],
      ...extra,
    };
  }

  app.get("/opleidingen", guard, async (request, reply) => reply.page("consultant/trainings", await page(request)));

  app.post<{ Params: { id: string }; Body: FormBody }>("/opleidingen/:id/inschrijven", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/training-sessions/{id}/enrollments", { params: { id: request.params.id }, 
      token: request.session!.token,
      body: { workerId: str(request.body, "workerId") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return reply.page("consultant/trainings", await page(request, { ...formFailure(result.problem, { workerId: "Wijk-werker" }), failedSession: request.params.id }), result.status === 409 ? 409 : 422);
    reply.flash(result.data.status === "waitlisted" ? `De sessie is volzet: de wijk-werker staat op de wachtlijst (plaats ${result.data.waitlistPosition ?? "?"}).` : "De wijk-werker is ingeschreven.");
    return reply.redirect("/opleidingen", 303);
  });
};

export default trainings;

import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { formFailure, str, type FormBody } from "../forms.ts";
import { pickWorker } from "../search.ts";

/** Training sessions and enrolling a worker (full sessions put the worker on the waiting list). */
const trainings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest, pick: { workerId?: string; zoek?: string }, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const from = brusselsDateOf(new Date());
    const [sessions, picker] = await Promise.all([
      api.request("GET", "/v1/training-sessions", { token, query: { from, limit: 50 } }),
      pickWorker(api, token, pick),
    ]);
    const state = loadState(sessions);
    return {
      title: "Opleidingen",
      sessions: (state.data?.items ?? []).map((s) => ({ ...s, full: s.enrolled >= s.capacity })),
      unavailable: state.unavailable,
      picker,
      ...extra,
    };
  }

  app.get<{ Querystring: { workerId?: string; zoek?: string } }>("/opleidingen", guard, async (request, reply) =>
    reply.page("trainings/list", await page(request, request.query)),
  );

  app.post<{ Params: { id: string }; Body: FormBody }>("/opleidingen/:id/inschrijven", guard, async (request, reply) => {
    const workerId = str(request.body, "workerId");
    const result = await api.request("POST", "/v1/training-sessions/{id}/enrollments", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { workerId },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "trainings/list",
        await page(request, { workerId }, { ...formFailure(result.problem, { workerId: "Wijk-werker" }), failedSession: request.params.id }),
        result.status === 409 ? 409 : 422,
      );
    reply.flash(
      result.data.status === "waitlisted"
        ? `De sessie is volzet: de wijk-werker staat op de wachtlijst (plaats ${result.data.waitlistPosition ?? "?"}).`
        : "De wijk-werker is ingeschreven.",
    );
    return reply.redirect(`/opleidingen?workerId=${encodeURIComponent(workerId)}`, 303);
  });
};

export default trainings;

import type { FastifyPluginAsync } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { loadState, requireRole, sentFailure } from "../context.ts";
import type { FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";

/** The worker's trainings: the sessions to come, and putting one's own name down. */
const workerTrainings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("worker") };

  // Upcoming sessions; the worker can put their own name down (a full session means the waiting list).
  app.get("/werker/opleidingen", guard, async (request, reply) => {
    const from = brusselsDateOf(new Date());
    const result = await api.request("GET", "/v1/training-sessions", {
      token: request.session!.token,
      query: { from, limit: 50 },
    });
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    return reply.page("worker/trainings", {
      title: translate(request.lang, "worker.trainings"),
      languageSwitch: true,
      items: (state.data?.items ?? []).map((s) => ({ ...s, full: s.enrolled >= s.capacity })),
      unavailable: !result.ok,
    });
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/werker/opleidingen/:id", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/training-sessions/{id}/enrollments", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { workerId: request.session!.subjectId ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    const t = (k: string, vars?: Record<string, unknown>) => translate(request.lang, k, vars);
    reply.flash(
      result.ok
        ? result.data.status === "waitlisted"
          ? t("worker.waitlisted", { n: result.data.waitlistPosition ?? "?" })
          : t("worker.enrolled")
        : problemText(request.lang, result.problem),
    );
    return reply.redirect("/werker/opleidingen", 303);
  });
};

export default workerTrainings;

import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { bar } from "../capacity.ts";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { formatShortDuration } from "@wijkwerk/notify";
import { translate } from "../i18n/index.ts";

interface Assignment {
  id: string;
  jobId: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  status: string;
}

/** The worker's own pages, phone first: assignments, answer, hours, cap, trainings. */
const workerPortal: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("worker") };

  async function myAssignments(request: FastifyRequest) {
    const from = new Date(Date.now() - 14 * 24 * 3600_000).toISOString();
    return api.request("GET", "/v1/assignments", { token: request.session!.token, query: { from, limit: 100 } });
  }

  app.get("/werker", guard, async (request, reply) => {
    const t = (k: string) => translate(request.lang, k);
    const result = await myAssignments(request);
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    const today = brusselsDateOf(new Date());
    const items = (state.data?.items ?? []).filter((a) => a.status !== "cancelled" && a.status !== "declined" && brusselsDateOf(a.startsAt) >= today);
    const view = (a: Assignment) => ({ ...a, pending: a.status === "proposed" || a.status === "pending" });
    const subject = request.session!.subjectId;
    const capacity = subject ? await api.request("GET", "/v1/workers/{id}/capacity", { params: { id: subject }, token: request.session!.token }) : undefined;
    // Without access to the capacity endpoint the worker still sees what they worked this month.
    let monthWorked: string | undefined;
    if (!capacity?.ok) {
      const month = brusselsDateOf(new Date()).slice(0, 7);
      const entries = await api.request("GET", "/v1/time-entries", { token: request.session!.token, query: { month, limit: 200 } });
      if (entries.ok) {
        const minutes = entries.data.items.filter((e) => e.status !== "cancelled" && e.status !== "disputed").reduce((sum, e) => sum + e.minutes, 0);
        monthWorked = translate(request.lang, "worker.monthWorked", { hours: formatShortDuration(minutes, request.lang) });
      }
    }
    return reply.page("worker/home", {
      title: t("worker.title"),
      languageSwitch: true,
      today: items.filter((a) => brusselsDateOf(a.startsAt) === today).map(view),
      upcoming: items.filter((a) => brusselsDateOf(a.startsAt) > today).map(view),
      unavailable: state.unavailable,
      month: capacity?.ok ? bar(t("worker.month"), capacity.data.month, request.lang) : undefined,
      monthWorked,
    });
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/werker/opdrachten/:id/antwoord", guard, async (request, reply) => {
    const response = str(request.body, "response") === "decline" ? "decline" : "accept";
    const result = await api.request("POST", "/v1/assignments/{id}/respond", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { response },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? translate(request.lang, "worker.answered") : (result.problem.detail ?? result.problem.title));
    return reply.redirect("/werker", 303);
  });

  async function hoursPage(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const result = await myAssignments(request);
    const today = brusselsDateOf(new Date());
    const options = result.ok
      ? result.data.items
          .filter((a) => a.status === "accepted" && brusselsDateOf(a.startsAt) <= today)
          .map((a) => ({ value: a.id, label: `${brusselsDateOf(a.startsAt)} (${a.minutes} min)` }))
      : [];
    return { title: translate(request.lang, "worker.hours"), languageSwitch: true, values, assignments: options, unavailable: !result.ok, ...extra };
  }

  app.get("/werker/uren", guard, async (request, reply) =>
    reply.page("worker/hours", await hoursPage(request, { date: brusselsDateOf(new Date()), travelKm: "0" })),
  );

  app.post<{ Body: FormBody }>("/werker/uren", guard, async (request, reply) => {
    const b = request.body;
    const body = { assignmentId: str(b, "assignmentId"), date: str(b, "date"), minutes: num(b, "minutes") ?? "", travelKm: num(b, "travelKm") ?? 0 };
    const result = await api.request("POST", "/v1/time-entries", { token: request.session!.token, idempotencyKey: str(b, "idem") || randomUUID(), body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const t = (k: string) => translate(request.lang, k);
      const state = formFailure(result.problem, {
        assignmentId: t("worker.assignment"),
        date: t("worker.date"),
        minutes: t("worker.minutes"),
        travelKm: t("worker.km"),
      });
      return reply.page("worker/hours", await hoursPage(request, echo(b), { ...state, postUnavailable: result.unavailable }), 422);
    }
    reply.flash(translate(request.lang, "worker.sent"));
    return reply.redirect("/werker/uren", 303);
  });

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
        : (result.problem.detail ?? result.problem.title),
    );
    return reply.redirect("/werker/opleidingen", 303);
  });

  // The link in the proposal SMS (services/api assignments.ts): answer without signing in.
  app.get<{ Params: { id: string }; Querystring: { token?: string } }>("/assignments/:id/respond", async (request, reply) =>
    reply.page("worker/respond", {
      title: translate(request.lang, "worker.title"),
      languageSwitch: false,
      id: request.params.id,
      token: request.query.token ?? "",
    }),
  );

  app.post<{ Params: { id: string }; Body: FormBody }>("/assignments/:id/respond", async (request, reply) => {
    const response = str(request.body, "response") === "decline" ? "decline" : "accept";
    const result = await api.request("POST", "/v1/assignments/{id}/respond", {
      params: { id: request.params.id },
      query: { token: str(request.body, "token") },
      body: { response },
    });
    const message = result.ok ? translate(request.lang, "worker.answered") : (result.problem.detail ?? result.problem.title);
    return reply.page(
      "worker/respond",
      { title: translate(request.lang, "worker.title"), id: request.params.id, done: true, message },
      result.ok ? 200 : result.status,
    );
  });
};

export default workerPortal;

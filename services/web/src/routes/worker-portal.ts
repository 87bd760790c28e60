import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { brusselsDateOf, halfHourChoices, isIsoDate } from "@wijkwerk/domain";
import { bar } from "../capacity.ts";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, str, type FormBody } from "../forms.ts";
import { formatDate, formatShortDuration } from "@wijkwerk/notify";
import { translate } from "../i18n/index.ts";
import { activityLabel } from "../i18n/activities.ts";
import { problemText } from "../i18n/problem.ts";
import { declineReason, reasonChoices, workerAssignmentView, type WorkerAssignmentDetails } from "../worker-assignment.ts";

interface Assignment {
  id: string;
  jobId: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  status: string;
  details?: WorkerAssignmentDetails;
}

/** The tenant's default overtime tolerance (packages/domain settings): the longest choice in the hours form. */
const HOURS_TOLERANCE_MINUTES = 30;

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
    // A decline stays on the page while it can be undone (10 minutes, issue 17).
    const items = (state.data?.items ?? []).filter(
      (a) => a.status !== "cancelled" && (a.status !== "declined" || Boolean(a.details?.undoUntil)) && brusselsDateOf(a.startsAt) >= today,
    );
    const view = (a: Assignment) => ({
      ...a,
      ...(a.details ? workerAssignmentView(a.details as WorkerAssignmentDetails, request.lang) : {}),
      pending: a.details ? a.details.state === "open" : a.status === "proposed",
      undoUntil: a.details?.undoUntil ?? null,
    });
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
    const reason = response === "decline" ? declineReason(request.body) : undefined;
    const result = await api.request("POST", "/v1/assignments/{id}/respond", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { response, ...(reason ? { reason } : {}) },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? translate(request.lang, "worker.answered") : problemText(request.lang, result.problem));
    return reply.redirect("/werker", 303);
  });

  // "Ik kan niet": an optional reason (a few choices and free text) before the decline (issue 17).
  app.get<{ Params: { id: string } }>("/werker/opdrachten/:id/nee", guard, async (request, reply) =>
    reply.page("worker/answer-reason", {
      title: translate(request.lang, "proposal.reasonTitle"),
      languageSwitch: true,
      action: `/werker/opdrachten/${encodeURIComponent(request.params.id)}/antwoord`,
      back: "/werker",
      reasons: reasonChoices(request.lang),
    }),
  );

  app.post<{ Params: { id: string } }>("/werker/opdrachten/:id/ongedaan", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/assignments/{id}/undo-decline", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? translate(request.lang, "proposal.undone") : problemText(request.lang, result.problem));
    return reply.redirect("/werker", 303);
  });

  async function hoursPage(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const result = await myAssignments(request);
    const today = brusselsDateOf(new Date());
    const done = result.ok ? result.data.items.filter((a) => a.status === "accepted" && brusselsDateOf(a.startsAt) <= today) : [];
    const options = done.map((a) => ({
      value: a.id,
      label:
        `${a.details ? activityLabel(request.lang, a.details.activity.code, a.details.activity.name) : ""} – ${formatShortDuration(a.minutes, request.lang)} – ${formatDate(a.startsAt, request.lang)}`.replace(
          /^ – /,
          "",
        ),
    }));
    // Hours and half hours, up to the longest planned length plus the tolerance (the API checks the chosen assignment's own).
    const longest = Math.max(60, ...done.map((a) => a.minutes));
    const durations = halfHourChoices(longest, HOURS_TOLERANCE_MINUTES).map((m) => ({ value: String(m), label: formatShortDuration(m, request.lang) }));
    return {
      title: translate(request.lang, "worker.hours"),
      languageSwitch: true,
      values,
      assignments: options,
      durations,
      noAssignments: result.ok && options.length === 0,
      unavailable: !result.ok,
      ...extra,
    };
  }

  app.get("/werker/uren", guard, async (request, reply) =>
    reply.page("worker/hours", await hoursPage(request, { date: brusselsDateOf(new Date()), travelKm: "0" })),
  );

  app.post<{ Body: FormBody }>("/werker/uren", guard, async (request, reply) => {
    const b = request.body;
    const t = (k: string) => translate(request.lang, k);
    const labels = {
      assignmentId: t("proposal.hoursAssignment"),
      date: t("proposal.hoursDate"),
      minutes: t("proposal.hoursDuration"),
      travelKm: t("proposal.hoursKm"),
    };
    // Checked here first, in the worker's language, at the field (issue 17).
    const kmText = str(b, "travelKm").trim().replace(",", ".");
    const fieldErrors: Record<string, string> = {};
    if (!str(b, "assignmentId")) fieldErrors.assignmentId = t("proposal.hoursPickAssignment");
    if (!isIsoDate(str(b, "date"))) fieldErrors.date = t("proposal.hoursPickDate");
    if (!/^\d+$/.test(str(b, "minutes")) || Number(str(b, "minutes")) % 30 !== 0 || Number(str(b, "minutes")) === 0)
      fieldErrors.minutes = t("proposal.hoursPickDuration");
    if (kmText && !/^\d+(\.\d)?$/.test(kmText)) fieldErrors.travelKm = t("proposal.hoursKmInvalid");
    if (Object.keys(fieldErrors).length > 0) {
      const errorList = Object.entries(fieldErrors).map(([path, message]) => ({ path, label: labels[path as keyof typeof labels], message }));
      return reply.page("worker/hours", await hoursPage(request, echo(b), { problem: t("proposal.hoursCheck"), errors: fieldErrors, errorList }), 422);
    }
    const body = { assignmentId: str(b, "assignmentId"), date: str(b, "date"), minutes: Number(str(b, "minutes")), travelKm: kmText ? Number(kmText) : 0 };
    const result = await api.request("POST", "/v1/time-entries", { token: request.session!.token, idempotencyKey: str(b, "idem") || randomUUID(), body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels, request.lang);
      // The API's words are Dutch: the worker reads the catalogue's sentence for the code, at the field it names.
      const message = result.unavailable ? t("problem.generic") : problemText(request.lang, result.problem);
      const path = result.problem.errors?.[0]?.path ?? (result.problem.code?.startsWith("time_entry.") ? "minutes" : undefined);
      const errors = path ? { ...Object.fromEntries(Object.keys(state.errors).map((k) => [k, message])), [path]: message } : {};
      const errorList = Object.entries(errors).map(([p, m]) => ({ path: p, label: labels[p as keyof typeof labels] ?? p, message: m }));
      return reply.page("worker/hours", await hoursPage(request, echo(b), { problem: message, errors, errorList, postUnavailable: result.unavailable }), 422);
    }
    reply.flash(translate(request.lang, "worker.sent"));
    return reply.redirect("/werker/uren", 303);
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
    const message = result.ok ? translate(request.lang, "worker.answered") : problemText(request.lang, result.problem);
    return reply.page(
      "worker/respond",
      { title: translate(request.lang, "worker.title"), id: request.params.id, done: true, message },
      result.ok ? 200 : result.status,
    );
  });
};

export default workerPortal;

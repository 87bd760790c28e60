import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { describeRrule } from "@wijkwerk/domain";
import { bar } from "../capacity.ts";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, localToIso, str, type FormBody } from "../forms.ts";
import { ASSIGNMENT_STATUS, CANCELLED_BY, labels, STATUS, toLocalInput } from "../job-labels.ts";
import { activities } from "../refdata.ts";
import { teamView } from "../team-form.ts";

/** A job's page: its matches and the proposal (with the warnings first), its cancellation. */
const jobPage: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function jobPage(request: FastifyRequest, id: string, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const [job, matches, acts] = await Promise.all([
      api.request("GET", "/v1/jobs/{id}", { params: { id: id }, token }),
      api.request("GET", "/v1/jobs/{id}/matches", { params: { id: id }, token, query: { limit: 10 } }),
      activities(api, token),
    ]);
    if (!job.ok) return { job, data: undefined };
    // RULES §3: warn before proposing while the client's agreement fee is not paid.
    const client = await api.request("GET", "/v1/clients/{id}", { params: { id: job.data.clientId }, token });
    const feeUnpaid = client.ok && client.data.activeAgreement?.feePaid === false;
    const names = new Map((matches.ok ? matches.data.items : []).map((m) => [m.workerId, m.name]));
    const from = toLocalInput(job.data.window.from);
    const startsAt = from;
    const endsAt = toLocalInput(new Date(new Date(job.data.window.from).getTime() + job.data.estimatedMinutes * 60_000).toISOString());
    return {
      job,
      data: {
        title: `Klus: ${job.data.description || job.data.activityCode}`,
        job: {
          ...job.data,
          statusLabel: STATUS[job.data.status] ?? job.data.status,
          cancellable: job.data.status === "open" || job.data.status === "assigned",
          // The first job of a series stands for the series: cancelling it cancels what is left.
          isSeries: job.data.recurrence !== null && job.data.parentJobId === null,
          // The series in the words it was ordered with (the RRULE stays underneath).
          repeatText: job.data.recurrence ? (describeRrule(job.data.recurrence.rrule, job.data.window.from) ?? job.data.recurrence.rrule) : undefined,
          cancelledByLabel: job.data.cancellation ? (CANCELLED_BY[job.data.cancellation.by] ?? job.data.cancellation.by) : undefined,
          occurrences: (job.data.occurrences ?? []).map((o) => ({ ...o, statusLabel: STATUS[o.status] ?? o.status })),
          // People read "Gras maaien", not the catalogue code.
          activityName: acts.items.find((a) => a.code === job.data.activityCode)?.name ?? job.data.activityCode,
          assignments: (job.data.assignments ?? []).map((a) => ({
            ...a,
            workerName: names.get(a.workerId) ?? "Wijk-werker",
            statusLabel: ASSIGNMENT_STATUS[a.status] ?? a.status,
            // A proposal or an accepted assignment can still be called off, with a reason the worker reads.
            cancellable: a.status === "proposed" || a.status === "accepted",
          })),
        },
        matches: matches.ok
          ? matches.data.items.map((m, i) => ({
              ...m,
              rank: i + 1,
              month: bar("Deze maand", m.capacity.month),
              year: bar("Dit jaar", m.capacity.year),
            }))
          : [],
        matchesUnavailable: !matches.ok && matches.unavailable,
        matchesError: !matches.ok && !matches.unavailable ? (matches.problem.detail ?? matches.problem.title) : undefined,
        values: { startsAt, endsAt },
        team: teamView(job.data),
        feeUnpaid,
        clientName: client.ok ? client.data.name : undefined,
        ...extra,
      },
    };
  }

  app.get<{ Params: { id: string } }>("/klussen/:id", guard, async (request, reply) => {
    const { job, data } = await jobPage(request, request.params.id);
    if (sentFailure(request, reply, job)) return reply;
    if (!data) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klus bestaat niet." }, job.ok ? 404 : job.unavailable ? 503 : 404);
    return reply.page("jobs/detail", data);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/klussen/:id/toewijzen", guard, async (request, reply) => {
    const b = request.body;
    const body = { workerId: str(b, "workerId"), startsAt: localToIso(str(b, "startsAt")) ?? "", endsAt: localToIso(str(b, "endsAt")) ?? "" };
    const token = request.session!.token;
    // Warnings that matter come before the proposal (issue 16): with any, the consultant confirms on a page of their own.
    const check =
      str(b, "confirmed") === "1"
        ? undefined
        : await api.request("POST", "/v1/jobs/{id}/assignments/check", { params: { id: request.params.id }, token, body });
    if (check?.ok && check.data.warnings.length > 0) {
      return reply.page("jobs/confirm-proposal", {
        title: "Voorstel nakijken",
        jobId: request.params.id,
        name: str(b, "name"),
        warnings: check.data.warnings,
        values: echo(b),
      });
    }
    const result = check && !check.ok ? check : await api.request("POST", "/v1/jobs/{id}/assignments", { params: { id: request.params.id }, token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const { data } = await jobPage(request, request.params.id, {
        ...formFailure(result.problem, labels),
        assignUnavailable: result.unavailable,
        failedWorkerId: body.workerId,
      });
      if (!data) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klus bestaat niet." }, 404);
      return reply.page("jobs/detail", { ...data, values: echo(b) }, result.status === 409 ? 409 : 422);
    }
    const warnings = result.data.warnings ?? [];
    reply.flash(`De wijk-werker is voorgesteld en krijgt een bericht.${warnings.length ? ` Let op: ${warnings.map((w) => w.detail).join(" ")}` : ""}`);
    return reply.redirect(`/klussen/${encodeURIComponent(request.params.id)}`, 303);
  });
  app.post<{ Params: { id: string }; Body: FormBody }>("/klussen/:id/annuleren", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/jobs/{id}/cancel", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { reason: str(request.body, "reason") ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const { data } = await jobPage(request, request.params.id, {
        cancelErrors: formFailure(result.problem, labels).errors,
        cancelProblem: result.problem.errors?.length ? undefined : (result.problem.detail ?? result.problem.title),
        cancelUnavailable: result.unavailable,
      });
      if (!data) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klus bestaat niet." }, 404);
      return reply.page("jobs/detail", { ...data, cancelValues: echo(request.body) }, result.unavailable ? 503 : result.status === 409 ? 409 : 422);
    }
    const { cancelledOccurrences, keptOccurrences, cancelledAssignments } = result.data;
    const parts = [
      cancelledOccurrences > 0
        ? `De klus en ${cancelledOccurrences} volgende keer${cancelledOccurrences === 1 ? "" : "en"} zijn geannuleerd.`
        : "De klus is geannuleerd.",
    ];
    if (cancelledAssignments > 0) parts.push("De wijk-werker krijgt een bericht met de reden.");
    if (keptOccurrences > 0) parts.push(`${keptOccurrences} keer${keptOccurrences === 1 ? "" : "en"} met ingegeven uren blijven staan.`);
    reply.flash(parts.join(" "));
    return reply.redirect(`/klussen/${encodeURIComponent(request.params.id)}`, 303);
  });

  app.post<{ Params: { id: string; assignmentId: string }; Body: FormBody }>(
    "/klussen/:id/toewijzingen/:assignmentId/annuleren",
    guard,
    async (request, reply) => {
      const result = await api.request("POST", "/v1/assignments/{id}/cancel", {
        params: { id: request.params.assignmentId },
        token: request.session!.token,
        body: { reason: str(request.body, "reason") },
      });
      if (sentFailure(request, reply, result)) return reply;
      reply.flash(
        result.ok
          ? "De toewijzing is geannuleerd; de wijk-werker krijgt een bericht met de reden."
          : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
      );
      return reply.redirect(`/klussen/${encodeURIComponent(request.params.id)}`, 303);
    },
  );
};

export default jobPage;

import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { isRepeat, repeatRrule, type Repeat } from "@wijkwerk/domain";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { compact, echo, formFailure, localToIso, num, str, type FormBody } from "../forms.ts";
import { labels, STATUS } from "../job-labels.ts";
import { activities } from "../refdata.ts";
import { pickClient } from "../search.ts";
import { teamFromForm } from "../team-form.ts";

const REPEATS = [
  { value: "", label: "Eén keer" },
  { value: "weekly", label: "Elke week" },
  { value: "every2weeks", label: "Elke twee weken" },
  { value: "every4weeks", label: "Elke vier weken" },
];

/** Consultant pages for jobs: list, take a job for a client, ranked matches, assign. */
const jobs: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  app.get<{ Querystring: { status?: string; cursor?: string } }>("/klussen", guard, async (request, reply) => {
    const status = request.query.status ?? "open";
    const result = await api.request("GET", "/v1/jobs", {
      token: request.session!.token,
      query: { status: status || undefined, cursor: request.query.cursor, limit: 50 },
    });
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    return reply.page("jobs/list", {
      title: "Klussen",
      rows: (state.data?.items ?? []).map((j) => ({ ...j, statusLabel: STATUS[j.status] ?? j.status })),
      nextCursor: state.data?.nextCursor,
      unavailable: state.unavailable,
      loadError: state.error,
      status,
      statuses: Object.entries(STATUS)
        .slice(0, 4)
        .map(([value, label]) => ({ value, label })),
    });
  });

  async function jobForm(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const query = request.query as { clientId?: string; zoek?: string };
    const [picker, acts] = await Promise.all([
      pickClient(api, token, { clientId: (typeof values.clientId === "string" && values.clientId) || query.clientId, zoek: query.zoek }),
      activities(api, token),
    ]);
    return { title: "Klus opnemen", values, picker, activities: acts.options, repeats: REPEATS, refUnavailable: acts.unavailable, ...extra };
  }

  app.get<{ Querystring: { clientId?: string; zoek?: string } }>("/klussen/nieuw", guard, async (request, reply) =>
    reply.page("jobs/new", await jobForm(request, { clientId: request.query.clientId ?? "", estimatedMinutes: "120", workersNeeded: "1" })),
  );

  app.post<{ Body: FormBody }>("/klussen/nieuw", guard, async (request, reply) => {
    const b = request.body;
    const body = compact({
      clientId: str(b, "clientId"),
      activityCode: str(b, "activityCode"),
      description: str(b, "description"),
      estimatedMinutes: num(b, "estimatedMinutes"),
      window: { from: localToIso(str(b, "window.from")) ?? "", to: localToIso(str(b, "window.to")) ?? "" },
      // A series in words (issue 16): the consultant picks "elke twee weken", the API gets the RRULE.
      recurrence: isRepeat(str(b, "repeat")) ? { rrule: repeatRrule(str(b, "repeat") as Repeat), until: str(b, "repeatUntil") } : undefined,
      ...teamFromForm(b),
    });
    const result = await api.request("POST", "/v1/jobs", { token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      // The API speaks of recurrence.until and .rrule; the form of "Herhalen tot" and "Hoe vaak?".
      state.errors.repeatUntil ??= state.errors["recurrence.until"] ?? "";
      state.errors.repeat ??= state.errors["recurrence.rrule"] ?? state.errors.recurrence ?? "";
      for (const k of ["repeatUntil", "repeat"]) if (state.errors[k] === "") delete state.errors[k];
      return reply.page("jobs/new", await jobForm(request, echo(b), { ...state, unavailable: result.unavailable }), result.unavailable ? 503 : 422);
    }
    reply.flash(body.recurrence ? "De reeks klussen is opgenomen. Kies hieronder een wijk-werker." : "De klus is opgenomen. Kies hieronder een wijk-werker.");
    return reply.redirect(`/klussen/${result.data.id}`, 303);
  });
};

export default jobs;

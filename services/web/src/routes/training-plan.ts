import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, localToIso, num, str, type FormBody } from "../forms.ts";
import { everyPage } from "../refdata.ts";

const LABELS: Record<string, string> = {
  name: "Naam",
  skillId: "Competentie",
  description: "Uitleg",
  durationMinutes: "Duur in minuten",
  trainingId: "Opleiding",
  startsAt: "Begin",
  endsAt: "Einde",
  location: "Plaats",
  capacity: "Aantal plaatsen",
  trainer: "Lesgever",
};

/** Adding a training (and the skill it grants) and planning a session of it, with its number of places. */
const trainingPlan: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function trainingForm(request: FastifyRequest, values: Record<string, unknown>, extra: object = {}) {
    const token = request.session!.token;
    const skills = await everyPage((cursor) => api.request("GET", "/v1/skills", { token, query: { limit: 200, cursor } }));
    return {
      title: "Opleiding toevoegen",
      skills: skills.items.map((s) => ({ value: s.id, label: s.name })),
      unavailable: skills.unavailable,
      values,
      ...extra,
    };
  }

  async function sessionForm(request: FastifyRequest, values: Record<string, unknown>, extra: object = {}) {
    const token = request.session!.token;
    const trainings = await everyPage((cursor) => api.request("GET", "/v1/trainings", { token, query: { limit: 200, cursor } }));
    return {
      title: "Sessie plannen",
      trainings: trainings.items.map((t) => ({ value: t.id, label: t.name })),
      unavailable: trainings.unavailable,
      values,
      ...extra,
    };
  }

  app.get<{ Querystring: { skillId?: string } }>("/opleidingen/nieuw", guard, async (request, reply) =>
    reply.page("trainings/new", await trainingForm(request, { skillId: request.query.skillId ?? "", durationMinutes: "180" })),
  );

  app.post<{ Body: FormBody }>("/opleidingen/nieuw", guard, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/trainings", {
      token: request.session!.token,
      body: { name: str(b, "name"), skillId: str(b, "skillId"), description: str(b, "description"), durationMinutes: num(b, "durationMinutes") ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, LABELS);
      // The one 404 here is the chosen skill (gone since the page was shown): said at that field.
      if (result.status === 404) state.errors.skillId = result.problem.detail ?? result.problem.title;
      return reply.page("trainings/new", await trainingForm(request, echo(b), state), result.unavailable ? 503 : 422);
    }
    reply.flash(`De opleiding ${result.data.name} is toegevoegd. Plan nu een sessie.`);
    return reply.redirect(`/opleidingen/plannen?trainingId=${result.data.id}`, 303);
  });

  app.get<{ Querystring: { trainingId?: string } }>("/opleidingen/plannen", guard, async (request, reply) =>
    reply.page("trainings/plan", await sessionForm(request, { trainingId: request.query.trainingId ?? "" })),
  );

  app.post<{ Body: FormBody }>("/opleidingen/plannen", guard, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/training-sessions", {
      token: request.session!.token,
      body: {
        trainingId: str(b, "trainingId"),
        startsAt: localToIso(str(b, "startsAt")) ?? "",
        endsAt: localToIso(str(b, "endsAt")) ?? "",
        location: str(b, "location"),
        capacity: num(b, "capacity") ?? "",
        trainer: str(b, "trainer"),
      },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, LABELS);
      if (result.status === 404) state.errors.trainingId = result.problem.detail ?? result.problem.title;
      return reply.page("trainings/plan", await sessionForm(request, echo(b), state), result.unavailable ? 503 : 422);
    }
    reply.flash("De sessie is gepland. Schrijf nu wijk-werkers in.");
    return reply.redirect(`/opleidingen/sessies/${result.data.id}`, 303);
  });
};

export default trainingPlan;

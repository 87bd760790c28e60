import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, str, type FormBody } from "../forms.ts";
import { everyPage } from "../refdata.ts";

/** Skills (competenties) such as Tuinonderhoud: what a training grants and some activities need. */
const skills: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest, extra: object = {}) {
    const token = request.session!.token;
    const [s, t] = await Promise.all([
      everyPage((cursor) => api.request("GET", "/v1/skills", { token, query: { limit: 200, cursor } })),
      everyPage((cursor) => api.request("GET", "/v1/trainings", { token, query: { limit: 200, cursor } })),
    ]);
    return {
      title: "Competenties",
      skills: s.items.map((skill) => ({ ...skill, trainings: t.items.filter((x) => x.skillId === skill.id).map((x) => x.name) })),
      unavailable: s.unavailable || t.unavailable,
      values: {},
      ...extra,
    };
  }

  app.get("/competenties", guard, async (request, reply) => reply.page("catalogue/skills", await page(request)));

  app.post<{ Body: FormBody }>("/competenties", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/skills", { token: request.session!.token, body: { name: str(request.body, "name") } });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, { name: "Naam" });
      if (result.problem.code === "skill.name_taken") state.errors.name = result.problem.detail ?? result.problem.title;
      return reply.page("catalogue/skills", await page(request, { ...state, values: echo(request.body) }), result.unavailable ? 503 : result.status);
    }
    reply.flash(`De competentie ${result.data.name} is toegevoegd.`);
    return reply.redirect(`/competenties#competentie-${result.data.id}`, 303);
  });
};

export default skills;

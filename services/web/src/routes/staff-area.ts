import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { type FormBody, list } from "../forms.ts";
import { loadGeography } from "../geography.ts";

/**
 * Issue 20, scope by area: the admin limits a consultant to municipalities and/or wijken (no
 * JavaScript: ticked boxes, one submit). Nothing ticked = the whole organisation.
 */
const staffArea: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  async function show(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, chosen?: { m: string[]; n: string[] }, problem?: string) {
    const token = request.session!.token;
    const [members, area] = await Promise.all([
      api.request("GET", "/v1/staff", { token, query: { limit: 100 } }),
      api.request("GET", "/v1/staff/{id}/area", { token, params: { id: request.params.id } }),
    ]);
    if (sentFailure(request, reply, members) || sentFailure(request, reply, area)) return reply;
    const member = members.ok ? members.data.items.find((m) => m.id === request.params.id) : undefined;
    if (!area.ok || !members.ok || !member) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze medewerker bestaat niet." }, 404);
    const g = await loadGeography(api, token);
    const m = chosen?.m ?? area.data.municipalityIds;
    const n = chosen?.n ?? area.data.neighbourhoodIds;
    const areaMunicipalities = g.municipalities.map((x) => ({
      id: x.id,
      name: x.name,
      checked: m.includes(x.id),
      wijken: g.wijkenOf(x.id).map((w) => ({ id: w.id, name: w.name, checked: n.includes(w.id) })),
    }));
    return reply.page(
      "admin/staff-area",
      { title: `Gebied van ${member.name}`, member, areaMunicipalities, limited: m.length + n.length > 0, problem, unavailable: g.unavailable },
      problem ? 409 : 200,
    );
  }

  app.get<{ Params: { id: string } }>("/medewerkers/:id/gebied", guard, (request, reply) => show(request, reply));

  app.post<{ Params: { id: string }; Body: FormBody }>("/medewerkers/:id/gebied", guard, async (request, reply) => {
    const chosen = { m: list(request.body, "municipalityIds"), n: list(request.body, "neighbourhoodIds") };
    const result = await api.request("PUT", "/v1/staff/{id}/area", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { municipalityIds: chosen.m, neighbourhoodIds: chosen.n },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, chosen, result.problem.detail ?? result.problem.title);
    reply.flash(result.data.limited ? "Het gebied is bewaard. De bemiddelaar ziet nu alleen dat gebied." : "De bemiddelaar ziet nu de hele organisatie.");
    return reply.redirect("/medewerkers", 303);
  });
};

export default staffArea;

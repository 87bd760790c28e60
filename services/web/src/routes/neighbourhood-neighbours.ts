import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { foldIndexedPaths, formFailure, list, type FormBody } from "../forms.ts";
import { loadGeography } from "../geography.ts";

type One = { Params: { id: string; wijkId: string } };

/**
 * Changing which wijken border a wijk (PUT /v1/neighbourhoods/{id}/neighbours): the other wijken
 * of its municipality to tick, plus any neighbour across the border so it is not lost unseen.
 */
const neighbourhoodNeighbours: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  async function form(request: FastifyRequest<One>, chosen?: string[], extra: object = {}) {
    const g = await loadGeography(api, request.session!.token);
    const m = g.municipality(request.params.id);
    const wijk = g.wijken.find((w) => w.id === request.params.wijkId && w.municipalityId === request.params.id);
    if (!m || !wijk) return undefined;
    const own = g.wijkenOf(m.id).filter((w) => w.id !== wijk.id);
    const across = wijk.adjacentIds.filter((id) => !own.some((w) => w.id === id));
    const choices = [...own.map((w) => ({ id: w.id, label: w.name })), ...across.map((id) => ({ id, label: g.neighbourName(id, m.id) }))];
    return {
      title: `Buurwijken van ${wijk.name}`,
      municipality: m,
      wijk,
      choices,
      chosen: chosen ?? wijk.adjacentIds,
      unavailable: g.unavailable,
      ...extra,
    };
  }

  const notFound = { title: "Niet gevonden", message: "Deze wijk bestaat niet." };

  app.get<One>("/gemeenten/:id/wijken/:wijkId", guard, async (request, reply) => {
    const data = await form(request);
    return data ? reply.page("geography/neighbours", data) : reply.page("errors/error", notFound, 404);
  });

  app.post<One & { Body: FormBody }>("/gemeenten/:id/wijken/:wijkId", guard, async (request, reply) => {
    const adjacentIds = list(request.body, "adjacentIds");
    const result = await api.request("PUT", "/v1/neighbourhoods/{id}/neighbours", {
      params: { id: request.params.wijkId },
      token: request.session!.token,
      body: { adjacentIds },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const data = await form(request, adjacentIds, formFailure(foldIndexedPaths(result.problem, ["adjacentIds"]), { adjacentIds: "Grenst aan" }));
      return data ? reply.page("geography/neighbours", data, result.unavailable ? 503 : result.status) : reply.page("errors/error", notFound, 404);
    }
    reply.flash(`De buurwijken van ${result.data.name} zijn bewaard.`);
    return reply.redirect(`/gemeenten/${request.params.id}#wijk-${result.data.id}`, 303);
  });
};

export default neighbourhoodNeighbours;

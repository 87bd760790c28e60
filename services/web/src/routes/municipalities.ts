import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, foldIndexedPaths, formFailure, list, num, str, type FormBody } from "../forms.ts";
import { loadGeography, wijkView } from "../geography.ts";

const LABELS: Record<string, string> = {
  name: "Naam",
  nisCode: "NIS-code",
  postalCodes: "Postcodes",
  "centroid.lat": "Breedtegraad",
  "centroid.lon": "Lengtegraad",
  adjacentIds: "Buurwijken",
  municipalityId: "Gemeente",
};

type One = { Params: { id: string } };

/**
 * Municipalities and their wijken (issue 16, Admin): the geography matching works with. An admin
 * adds them; a wijk's neighbours are ticked from the municipality's wijken, so nobody types ids.
 * Consultants read the same pages without the forms.
 */
const municipalities: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const read = { preHandler: requireRole("admin", "consultant") };
  const write = { preHandler: requireRole("admin") };
  const isAdmin = (request: FastifyRequest) => request.session!.role === "admin";

  async function overview(request: FastifyRequest, extra: object = {}) {
    const g = await loadGeography(api, request.session!.token);
    return {
      title: "Gemeenten en wijken",
      canEdit: isAdmin(request),
      unavailable: g.unavailable,
      municipalities: g.municipalities.map((m) => ({ ...m, wijken: g.wijkenOf(m.id).map((w) => wijkView(g, w)) })),
      values: {},
      ...extra,
    };
  }

  async function detail(request: FastifyRequest<One>, extra: object = {}) {
    const g = await loadGeography(api, request.session!.token);
    const m = g.municipality(request.params.id);
    if (!m) return undefined;
    const wijken = g.wijkenOf(m.id).map((w) => wijkView(g, w));
    const choices = wijken.map((w) => ({ id: w.id, label: w.name }));
    return { title: m.name, municipality: m, wijken, choices, canEdit: isAdmin(request), unavailable: g.unavailable, values: {}, ...extra };
  }

  app.get("/gemeenten", read, async (request, reply) => reply.page("geography/municipalities", await overview(request)));

  app.post<{ Body: FormBody }>("/gemeenten", write, async (request, reply) => {
    const b = request.body;
    const postalCodes = str(b, "postalCodes")
      .split(/[\s,;]+/)
      .filter(Boolean);
    const result = await api.request("POST", "/v1/municipalities", {
      token: request.session!.token,
      body: { name: str(b, "name"), nisCode: str(b, "nisCode"), postalCodes },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(foldIndexedPaths(result.problem, ["postalCodes"]), LABELS);
      if (result.problem.code === "municipality.nis_code_taken") state.errors.nisCode = result.problem.detail ?? result.problem.title;
      return reply.page("geography/municipalities", await overview(request, { ...state, values: echo(b) }), result.unavailable ? 503 : result.status);
    }
    reply.flash(`${result.data.name} is toegevoegd. Voeg nu de wijken toe.`);
    return reply.redirect(`/gemeenten/${result.data.id}`, 303);
  });

  app.get<One>("/gemeenten/:id", read, async (request, reply) => {
    const data = await detail(request);
    if (!data) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze gemeente bestaat niet." }, 404);
    return reply.page("geography/municipality", data);
  });

  app.post<One & { Body: FormBody }>("/gemeenten/:id/wijken", write, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/neighbourhoods", {
      token: request.session!.token,
      body: {
        municipalityId: request.params.id,
        name: str(b, "name"),
        centroid: { lat: num(b, "centroid.lat") ?? "", lon: num(b, "centroid.lon") ?? "" },
        adjacentIds: list(b, "adjacentIds"),
      },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(foldIndexedPaths(result.problem, ["adjacentIds"]), LABELS);
      if (result.problem.code === "neighbourhood.name_taken") state.errors.name = result.problem.detail ?? result.problem.title;
      const data = await detail(request, { ...state, values: { ...echo(b), adjacentIds: list(b, "adjacentIds") } });
      if (!data) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze gemeente bestaat niet." }, 404);
      return reply.page("geography/municipality", data, result.unavailable ? 503 : result.status);
    }
    reply.flash(`De wijk ${result.data.name} is toegevoegd.`);
    return reply.redirect(`/gemeenten/${request.params.id}#wijk-${result.data.id}`, 303);
  });
};

export default municipalities;

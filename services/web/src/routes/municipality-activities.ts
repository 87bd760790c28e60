import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { formFailure, list, type FormBody, type FormState } from "../forms.ts";
import { loadGeography } from "../geography.ts";
import { activities, CLIENT_TYPE_OPTIONS } from "../refdata.ts";

const CATEGORY_NL: Record<string, string> = {
  prevention: "Preventie en veiligheid",
  admin_help: "Administratieve hulp",
  small_repairs: "Kleine herstellingen",
  small_garden: "Klein tuinonderhoud",
  farming: "Land- en tuinbouw",
  logistics: "Logistiek",
  accompanying: "Mensen begeleiden",
  household: "Huishoudelijke hulp",
};
const TYPE_NL = new Map(CLIENT_TYPE_OPTIONS.map((o) => [o.value, o.label]));
/** A checkbox's value: the activity and the kind of client it is allowed for. */
const SEP = "|";

type One = { Params: { id: string } };

/**
 * Which activities of the Flemish list a municipality allows, and for which kind of client (RULES
 * §3 and §6): one checkbox per activity and client type the list permits; saving replaces the set.
 */
const municipalityActivities: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  async function page(request: FastifyRequest<One>, chosen: Set<string> | undefined, extra: Partial<FormState> = {}) {
    const token = request.session!.token;
    const [g, catalogue, allowed] = await Promise.all([
      loadGeography(api, token),
      activities(api, token),
      api.request("GET", "/v1/municipalities/{id}/activities", { params: { id: request.params.id }, token }),
    ]);
    const m = g.municipality(request.params.id);
    if (!m) return undefined;
    const current = loadState(allowed).data?.items ?? [];
    const on = chosen ?? new Set(current.flatMap((a) => a.clientTypes.map((t) => `${a.activityCode}${SEP}${t}`)));
    const categories: { name: string; activities: unknown[]; allowed: string[] }[] = [];
    for (const a of catalogue.items) {
      const name = CATEGORY_NL[a.category] ?? a.category;
      let c = categories.find((x) => x.name === name);
      if (!c) categories.push((c = { name, activities: [], allowed: [] }));
      const types = a.clientTypes.map((t) => ({ value: `${a.code}${SEP}${t}`, label: TYPE_NL.get(t) ?? t, checked: on.has(`${a.code}${SEP}${t}`) }));
      const error = extra.errors?.[`act.${a.code}`];
      c.activities.push({ ...a, path: `act.${a.code}`, types, error });
      const forWhom = types.filter((t) => t.checked).map((t) => t.label);
      if (forWhom.length > 0) c.allowed.push(`${a.name}: ${forWhom.join(", ")}`);
    }
    return {
      title: `Activiteiten in ${m.name}`,
      municipality: m,
      categories,
      canEdit: request.session!.role === "admin",
      unavailable: catalogue.unavailable || !allowed.ok,
      ...extra,
    };
  }

  const notFound = { title: "Niet gevonden", message: "Deze gemeente bestaat niet." };

  app.get<One>("/gemeenten/:id/activiteiten", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const data = await page(request, undefined);
    return data ? reply.page("geography/activities", data) : reply.page("errors/error", notFound, 404);
  });

  app.post<One & { Body: FormBody }>("/gemeenten/:id/activiteiten", { preHandler: requireRole("admin") }, async (request, reply) => {
    const ticked = list(request.body, "allow");
    const byCode = new Map<string, string[]>();
    for (const v of ticked) {
      const [code = "", type = ""] = v.split(SEP);
      byCode.set(code, [...(byCode.get(code) ?? []), type]);
    }
    const result = await api.request("PUT", "/v1/municipalities/{id}/activities", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { allowed: [...byCode].map(([activityCode, clientTypes]) => ({ activityCode, clientTypes })) },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      // `allowed.3.clientTypes` names the 4th activity sent: shown at that activity's checkboxes.
      const codes = [...byCode.keys()];
      const errors = result.problem.errors?.map((e) => ({ ...e, path: `act.${codes[Number(e.path.split(".")[1])] ?? "?"}` }));
      const names = Object.fromEntries((await activities(api, request.session!.token)).items.map((a) => [`act.${a.code}`, a.name]));
      const data = await page(request, new Set(ticked), formFailure({ ...result.problem, errors }, names));
      return data ? reply.page("geography/activities", data, result.unavailable ? 503 : result.status) : reply.page("errors/error", notFound, 404);
    }
    reply.flash(`Bewaard: ${result.data.items.length} ${result.data.items.length === 1 ? "activiteit is" : "activiteiten zijn"} toegelaten.`);
    return reply.redirect(`/gemeenten/${request.params.id}/activiteiten`, 303);
  });
};

export default municipalityActivities;

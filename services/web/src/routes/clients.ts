import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { addressOf, compact, echo, formFailure, optional, str, type FormBody } from "../forms.ts";
import { labels, typeLabel } from "../client-labels.ts";
import { CLIENT_TYPE_OPTIONS, LANGUAGE_OPTIONS, places } from "../refdata.ts";

function clientBody(body: FormBody) {
  return compact({
    type: str(body, "type"),
    name: str(body, "name"),
    contact: compact({
      firstName: str(body, "contact.firstName"),
      lastName: str(body, "contact.lastName"),
      phone: optional(str(body, "contact.phone")),
      email: optional(str(body, "contact.email")),
    }),
    address: addressOf(body),
    nationalNumber: optional(str(body, "nationalNumber")),
    enterpriseNumber: optional(str(body, "enterpriseNumber")),
    language: str(body, "language") || "nl",
  });
}

/** Consultant pages for clients: list, register, detail with agreement, wallet and vouchers. */
const clients: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  app.get<{ Querystring: { q?: string; type?: string; cursor?: string } }>("/klanten", guard, async (request, reply) => {
    const { q, type, cursor } = request.query;
    const result = await api.request("GET", "/v1/clients", { token: request.session!.token, query: { q, type, cursor, limit: 50 } });
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    return reply.page("clients/list", {
      title: "Klanten",
      rows: (state.data?.items ?? []).map((c) => ({ ...c, typeLabel: typeLabel(c.type) })),
      nextCursor: state.data?.nextCursor,
      unavailable: state.unavailable,
      loadError: state.error,
      query: { q: q ?? "", type: type ?? "" },
      types: CLIENT_TYPE_OPTIONS,
    });
  });

  async function form(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const place = await places(api, request.session!.token);
    return {
      title: "Klant registreren",
      values,
      types: CLIENT_TYPE_OPTIONS,
      languages: LANGUAGE_OPTIONS,
      municipalities: place.municipalities,
      neighbourhoods: place.neighbourhoods,
      placesUnavailable: place.unavailable,
      ...extra,
    };
  }

  app.get("/klanten/nieuw", guard, async (request, reply) => reply.page("clients/new", await form(request, { type: "private", language: "nl" })));

  app.post<{ Body: FormBody }>("/klanten/nieuw", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/clients", { token: request.session!.token, body: clientBody(request.body) });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      return reply.page(
        "clients/new",
        await form(request, echo(request.body), { ...formFailure(result.problem, labels), unavailable: result.unavailable }),
        result.unavailable ? 503 : 422,
      );
    }
    reply.flash(`${result.data.name} is geregistreerd. De volgende stap: de jaarlijkse overeenkomst en het inschrijvingsgeld.`);
    return reply.redirect(`/klanten/${result.data.id}`, 303);
  });
};

export default clients;

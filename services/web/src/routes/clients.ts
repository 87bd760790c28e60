import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { ADDRESS_LABELS, addressOf, compact, echo, formFailure, num, optional, str, type FormBody } from "../forms.ts";
import { activities, CLIENT_TYPE_OPTIONS, LANGUAGE_OPTIONS, places } from "../refdata.ts";

export interface Client {
  id: string;
  clientNumber?: number;
  type: string;
  name: string;
  contact: { firstName: string; lastName: string; phone: string | null; email: string | null };
  address?: { street: string; number: string; postalCode: string; neighbourhoodId: string };
  activeAgreement?: { startDate: string; endDate: string; feePaid: boolean } | null;
}
/** GET /v1/clients/{id}/wallet; shortfall and planned are newer fields, so optional for an older API. */
export interface Wallet {
  available: number;
  reserved: number;
  shortfall?: number;
  planned?: number;
  expiringWithin30Days: number;
  lots: { count: number; expiresOn: string }[];
}

const labels: Record<string, string> = {
  type: "Soort klant",
  name: "Naam",
  "contact.firstName": "Voornaam contactpersoon",
  "contact.lastName": "Familienaam contactpersoon",
  "contact.phone": "Gsm-nummer",
  "contact.email": "E-mailadres",
  ...ADDRESS_LABELS,
  nationalNumber: "Rijksregisternummer",
  enterpriseNumber: "Ondernemingsnummer",
  language: "Taal",
  startDate: "Begindatum",
  quantity: "Aantal cheques",
};

const typeLabel = (type: string) => CLIENT_TYPE_OPTIONS.find((o) => o.value === type)?.label ?? type;

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
    reply.flash(`${result.data.name} is geregistreerd.`);
    return reply.redirect(`/klanten/${result.data.id}`, 303);
  });

  async function detail(request: FastifyRequest, id: string) {
    const token = request.session!.token;
    const [client, wallet, asked, acts] = await Promise.all([
      api.request("GET", "/v1/clients/{id}", { params: { id: id }, token }),
      api.request("GET", "/v1/clients/{id}/wallet", { params: { id: id }, token }),
      api.request("GET", "/v1/activity-requests", { token, query: { clientId: id, limit: 10 } }),
      activities(api, token),
    ]);
    // The client's requests to add an activity (RULES §3), and the form to ask one for it.
    const activityRequests = { items: asked.ok ? asked.data.items : [], unavailable: !asked.ok, activities: acts.options };
    return { client, wallet, activityRequests };
  }

  app.get<{ Params: { id: string } }>("/klanten/:id", guard, async (request, reply) => {
    const { client, wallet, activityRequests } = await detail(request, request.params.id);
    if (sentFailure(request, reply, client)) return reply;
    if (!client.ok)
      return reply.page(
        "errors/error",
        { title: "Niet gevonden", message: client.problem.detail ?? "Deze klant bestaat niet." },
        client.unavailable ? 503 : 404,
      );
    return reply.page("clients/detail", {
      title: client.data.name,
      client: { ...client.data, typeLabel: typeLabel(client.data.type) },
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
      activityRequests,
      values: {},
    });
  });

  // RULES §6 (S23): since when this is a transitional ex-PWA household (cooking, washing, big clean-up).
  app.post<{ Params: { id: string }; Body: FormBody }>("/klanten/:id/ex-pwa", guard, async (request, reply) => {
    const id = request.params.id;
    const since = str(request.body, "exPwaSince");
    const result = await api.request("PATCH", "/v1/clients/{id}", { params: { id: id }, token: request.session!.token, body: { exPwaSince: since || null } });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(
      result.ok
        ? since
          ? "Bewaard: een gezin uit de overgangsregeling van PWA."
          : "Bewaard: geen gezin uit de overgangsregeling van PWA."
        : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
    );
    return reply.redirect(`/klanten/${encodeURIComponent(id)}`, 303);
  });

  // Posted forms on the detail page: a yearly agreement (fee with OGM) and a voucher sale.
  for (const action of ["overeenkomst", "cheques"] as const) {
    app.post<{ Params: { id: string }; Body: FormBody }>(`/klanten/:id/${action}`, guard, async (request, reply) => {
      const id = request.params.id;
      const token = request.session!.token;
      const result =
        action === "overeenkomst"
          ? await api.request("POST", "/v1/clients/{id}/agreements", { params: { id: id }, token, body: { startDate: str(request.body, "startDate") } })
          : await api.request("POST", "/v1/voucher-orders", {
              token,
              idempotencyKey: str(request.body, "idem") || randomUUID(),
              body: { clientId: id, quantity: num(request.body, "quantity") },
            });
      if (sentFailure(request, reply, result)) return reply;
      const { client, wallet, activityRequests } = await detail(request, id);
      if (!client.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klant bestaat niet." }, 404);
      const base = {
        title: client.data.name,
        client: { ...client.data, typeLabel: typeLabel(client.data.type) },
        wallet: wallet.ok ? wallet.data : undefined,
        walletUnavailable: !wallet.ok,
        activityRequests,
      };
      if (!result.ok) {
        const state = formFailure(result.problem, labels);
        return reply.page(
          "clients/detail",
          {
            ...base,
            values: echo(request.body),
            [action === "overeenkomst" ? "agreementState" : "voucherState"]: { ...state, unavailable: result.unavailable },
          },
          result.unavailable ? 503 : 422,
        );
      }
      const data = result.data as { feeCents?: number; amountCents?: number; paymentReference: string };
      return reply.page("clients/detail", {
        ...base,
        values: {},
        payment: {
          amountCents: data.feeCents ?? data.amountCents,
          reference: data.paymentReference,
          what: action === "overeenkomst" ? "het inschrijvingsgeld" : "de cheques",
        },
      });
    });
  }
};

export default clients;

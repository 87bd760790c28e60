import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { ADDRESS_LABELS, addressOf, compact, echo, formFailure, list, num, optional, str, type FormBody } from "../forms.ts";
import { LANGUAGE_OPTIONS, places, WEEKDAYS } from "../refdata.ts";

const labels: Record<string, string> = {
  firstName: "Voornaam",
  lastName: "Familienaam",
  nationalNumber: "Rijksregisternummer",
  phone: "Gsm-nummer",
  email: "E-mailadres",
  language: "Taal",
  ...ADDRESS_LABELS,
  iban: "Rekeningnummer (IBAN)",
  referrer: "Doorverwezen door",
  referralDate: "Datum van de doorverwijzing",
  referralReference: "Referentie van de doorverwijzing",
  availability: "Beschikbaarheid",
  "availability.from": "Beschikbaar van",
  "availability.to": "Beschikbaar tot",
  maxTravelKm: "Hoe ver wil hij of zij gaan (km)",
  startDate: "Begindatum",
  endDate: "Einddatum",
  reReferralDate: "Datum van de nieuwe doorverwijzing",
  pwaAgreementDate: "Begindatum van de PWA-overeenkomst",
};

/** The form's flat names → the API body of POST /v1/workers. */
function workerBody(body: FormBody) {
  const from = str(body, "availabilityFrom") || "08:00";
  const to = str(body, "availabilityTo") || "17:00";
  return compact({
    firstName: str(body, "firstName"),
    lastName: str(body, "lastName"),
    nationalNumber: str(body, "nationalNumber"),
    phone: str(body, "phone"),
    email: optional(str(body, "email")),
    language: str(body, "language") || "nl",
    address: addressOf(body),
    iban: str(body, "iban"),
    referrer: str(body, "referrer"),
    referralDate: optional(str(body, "referralDate")),
    referralReference: optional(str(body, "referralReference")),
    availability: list(body, "weekday").map((w) => ({ weekday: Number(w), from, to })),
    maxTravelKm: num(body, "maxTravelKm"),
  });
}

/** The API reports availability errors per item ("availability.0.from"); the form has one pair. */
function foldAvailability(errors: Record<string, string>): void {
  for (const [path, message] of Object.entries(errors)) {
    const m = path.match(/^availability\.\d+\.(from|to|weekday)$/);
    if (m) errors[m[1] === "weekday" ? "availability" : `availability.${m[1]}`] ??= message;
  }
}

/** Consultant pages for wijk-werkers: list and search, register, detail with capacity. */
const workers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  app.get<{ Querystring: { q?: string; status?: string; neighbourhoodId?: string; cursor?: string } }>("/werkers", guard, async (request, reply) => {
    const token = request.session!.token;
    const { q, status, neighbourhoodId, cursor } = request.query;
    const [result, place] = await Promise.all([
      api.request("GET", "/v1/workers", { token, query: { q, status, neighbourhoodId, cursor, limit: 50 } }),
      places(api, token),
    ]);
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    const rows = (state.data?.items ?? []).map((w) => ({ ...w, neighbourhood: place.neighbourhoodName(w.address?.neighbourhoodId) }));
    return reply.page("workers/list", {
      title: "Wijk-werkers",
      rows,
      nextCursor: state.data?.nextCursor,
      unavailable: state.unavailable,
      loadError: state.error,
      query: { q: q ?? "", status: status ?? "", neighbourhoodId: neighbourhoodId ?? "" },
      neighbourhoods: place.neighbourhoods,
      statuses: [
        { value: "active", label: "Actief" },
        { value: "inactive", label: "Niet actief" },
      ],
    });
  });

  async function form(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const place = await places(api, request.session!.token);
    return {
      title: "Wijk-werker registreren",
      values,
      municipalities: place.municipalities,
      neighbourhoods: place.neighbourhoods,
      placesUnavailable: place.unavailable,
      languages: LANGUAGE_OPTIONS,
      weekdays: WEEKDAYS.map((d) => ({ ...d, checked: ((values.weekday as string[] | undefined) ?? []).includes(d.value) })),
      ...extra,
    };
  }

  app.get("/werkers/nieuw", guard, async (request, reply) =>
    reply.page("workers/new", await form(request, { language: "nl", availabilityFrom: "08:00", availabilityTo: "17:00", maxTravelKm: "5" })),
  );

  app.post<{ Body: FormBody }>("/werkers/nieuw", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/workers", { token: request.session!.token, body: workerBody(request.body) });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      // The API names the missing re-referral as a whole; the form asks for its date.
      if (state.errors.reReferral) state.errors.reReferralDate = state.errors.reReferral;
      if (state.errors["reReferral.date"]) state.errors.reReferralDate = state.errors["reReferral.date"];
      foldAvailability(state.errors);
      const values = { ...echo(request.body), weekday: list(request.body, "weekday") };
      return reply.page("workers/new", await form(request, values, { ...state, unavailable: result.unavailable }), result.unavailable ? 503 : 422);
    }
    // Registration leads somewhere (issue 16): the worker's page, with the next steps in one place.
    reply.flash(`${result.data.firstName} ${result.data.lastName} is geregistreerd. Vul hieronder de volgende stappen aan.`);
    return reply.redirect(`/werkers/${result.data.id}`, 303);
  });
};

export default workers;

import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { maskIban } from "@wijkwerk/domain";
import { requireRole, sentFailure } from "../context.ts";
import { ADDRESS_LABELS, addressOf, echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { CLIENT_TYPE_OPTIONS, LANGUAGE_OPTIONS, places } from "../refdata.ts";

const LABELS: Record<string, string> = {
  firstName: "Voornaam",
  lastName: "Familienaam",
  name: "Naam",
  nationalNumber: "Rijksregisternummer",
  phone: "Gsm-nummer",
  email: "E-mailadres",
  "contact.firstName": "Voornaam contactpersoon",
  "contact.lastName": "Familienaam contactpersoon",
  "contact.phone": "Telefoon",
  "contact.email": "E-mailadres",
  language: "Taal",
  ...ADDRESS_LABELS,
  iban: "Rekeningnummer (IBAN)",
  maxTravelKm: "Hoe ver wil hij of zij gaan (km)",
  status: "Status",
  type: "Soort klant",
};

/** Empty means "no longer known" for the optional fields a PATCH may clear. */
const orNull = (v: string) => (v === "" ? null : v);
const flat = (address: { street: string; number: string; postalCode: string; municipalityId: string; neighbourhoodId: string }) => ({
  "address.street": address.street,
  "address.number": address.number,
  "address.postalCode": address.postalCode,
  "address.municipalityId": address.municipalityId,
  "address.neighbourhoodId": address.neighbourhoodId,
});

type Edit = { Params: { id: string } };

/** Changing what was registered (issue 16): a worker's or a client's details, with the same inline Dutch errors as registration. */
const personEdit: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function form(request: FastifyRequest<Edit>, title: string, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const place = await places(api, request.session!.token);
    const currentIban = typeof extra.currentIban === "string" ? extra.currentIban : "";
    return {
      title,
      id: request.params.id,
      values,
      ibanHint: currentIban ? `Nu: ${currentIban}. Laat leeg om het te houden.` : undefined,
      municipalities: place.municipalities,
      neighbourhoods: place.neighbourhoods,
      placesUnavailable: place.unavailable,
      languages: LANGUAGE_OPTIONS,
      clientTypes: CLIENT_TYPE_OPTIONS,
      ...extra,
    };
  }

  app.get<Edit>("/werkers/:id/wijzigen", guard, async (request, reply) => {
    const w = await api.request("GET", "/v1/workers/{id}", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, w)) return reply;
    if (!w.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze wijk-werker bestaat niet." }, w.unavailable ? 503 : 404);
    const d = w.data;
    const values = {
      firstName: d.firstName,
      lastName: d.lastName,
      phone: d.phone,
      email: d.email ?? "",
      language: d.language,
      maxTravelKm: String(d.maxTravelKm),
      status: d.status,
      ...flat(d.address),
    };
    // The account number is not shown in full again: a new one is typed, an empty field keeps it.
    return reply.page("workers/edit", await form(request, `${d.firstName} ${d.lastName} wijzigen`, values, { currentIban: maskIban(d.iban) }));
  });

  app.post<Edit & { Body: FormBody }>("/werkers/:id/wijzigen", guard, async (request, reply) => {
    const b = request.body;
    const body = {
      firstName: str(b, "firstName"),
      lastName: str(b, "lastName"),
      phone: str(b, "phone"),
      email: orNull(str(b, "email")),
      language: str(b, "language") || "nl",
      address: addressOf(b),
      ...(str(b, "iban") ? { iban: str(b, "iban") } : {}),
      maxTravelKm: num(b, "maxTravelKm") ?? "",
      status: str(b, "status") || "active",
    };
    const result = await api.request("PATCH", "/v1/workers/{id}", { params: { id: request.params.id }, token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "workers/edit",
        await form(request, "Wijk-werker wijzigen", echo(b), {
          currentIban: str(b, "currentIban"),
          ...formFailure(result.problem, LABELS),
          unavailable: result.unavailable,
        }),
        result.unavailable ? 503 : 422,
      );
    reply.flash("De gegevens zijn bewaard.");
    return reply.redirect(`/werkers/${encodeURIComponent(request.params.id)}`, 303);
  });

  app.get<Edit>("/klanten/:id/wijzigen", guard, async (request, reply) => {
    const c = await api.request("GET", "/v1/clients/{id}", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, c)) return reply;
    if (!c.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klant bestaat niet." }, c.unavailable ? 503 : 404);
    const d = c.data;
    const values = {
      type: d.type,
      name: d.name,
      "contact.firstName": d.contact.firstName,
      "contact.lastName": d.contact.lastName,
      "contact.phone": d.contact.phone ?? "",
      "contact.email": d.contact.email ?? "",
      language: d.language,
      ...flat(d.address),
    };
    return reply.page("clients/edit", await form(request, `${d.name} wijzigen`, values));
  });

  app.post<Edit & { Body: FormBody }>("/klanten/:id/wijzigen", guard, async (request, reply) => {
    const b = request.body;
    const body = {
      type: str(b, "type"),
      name: str(b, "name"),
      contact: {
        firstName: str(b, "contact.firstName"),
        lastName: str(b, "contact.lastName"),
        phone: orNull(str(b, "contact.phone")),
        email: orNull(str(b, "contact.email")),
      },
      language: str(b, "language") || "nl",
      address: addressOf(b),
    };
    const result = await api.request("PATCH", "/v1/clients/{id}", { params: { id: request.params.id }, token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "clients/edit",
        await form(request, "Klant wijzigen", echo(b), { ...formFailure(result.problem, LABELS), unavailable: result.unavailable }),
        result.unavailable ? 503 : 422,
      );
    reply.flash("De gegevens zijn bewaard.");
    return reply.redirect(`/klanten/${encodeURIComponent(request.params.id)}`, 303);
  });
};

export default personEdit;

import type { FastifyPluginAsync } from "fastify";
import { formatNationalNumber, validateNationalNumber } from "@wijkwerk/domain";
import { requireRole, sentFailure } from "../context.ts";
import { ibanGroups } from "../finance-forms.ts";

/** 85.07.30-033.28 as on the identity card; a value that is no valid INSZ as it is. */
const inszDisplay = (v: string) => (validateNationalNumber(v).ok ? formatNationalNumber(v) : v);

type Params = { Params: { id: string } };

/**
 * Issue 20: INSZ and IBAN are shown masked everywhere; "Toon volledig" on a worker's or client's
 * page leads here, a page that asks the API's reveal route (which writes an audit row per read)
 * and shows the full numbers. A plain link: works without JavaScript.
 */
const personalNumbers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get<Params>("/werkers/:id/nummers", { preHandler: requireRole("admin", "consultant", "finance") }, async (request, reply) => {
    const id = request.params.id;
    const r = await api.request("GET", "/v1/workers/{id}/personal-numbers", { params: { id }, token: request.session!.token });
    if (sentFailure(request, reply, r)) return reply;
    if (!r.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze wijk-werker bestaat niet." }, r.unavailable ? 503 : 404);
    return reply.page("workers/numbers", {
      title: "Rijksregisternummer en rekeningnummer",
      back: `/werkers/${encodeURIComponent(id)}`,
      nationalNumber: r.data.nationalNumber ? inszDisplay(r.data.nationalNumber) : null,
      iban: r.data.iban ? ibanGroups(r.data.iban) : null,
    });
  });

  app.get<Params>("/klanten/:id/nummers", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const id = request.params.id;
    const r = await api.request("GET", "/v1/clients/{id}/personal-numbers", { params: { id }, token: request.session!.token });
    if (sentFailure(request, reply, r)) return reply;
    if (!r.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klant bestaat niet." }, r.unavailable ? 503 : 404);
    return reply.page("workers/numbers", {
      title: "Rijksregisternummer",
      back: `/klanten/${encodeURIComponent(id)}`,
      nationalNumber: r.data.nationalNumber ? inszDisplay(r.data.nationalNumber) : null,
      noNationalNumber: !r.data.nationalNumber,
    });
  });
};

export default personalNumbers;

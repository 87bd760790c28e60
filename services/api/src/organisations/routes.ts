import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { normalizePhone } from "@wijkwerk/domain";
import { notFound, validationError } from "../errors/problem.ts";
import { errorResponses } from "../schemas/common.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";

/**
 * The door (issue 17): anyone finds their organisation by name or municipality and reads its
 * contact data, without signing in; nothing private (no ids, settings, people, accounts) is shown.
 * The admin sets the phone number and e-mail address that clients and workers see.
 */
const organisations: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  app.get(
    "/v1/organisations",
    {
      config: { noAudit: true },
      schema: {
        tags: ["platform"],
        summary: "Find an organisation by a part of its name, short name or a municipality it serves (public)",
        description: "Case-insensitive; spaces, hyphens and punctuation are ignored. Fewer than 2 letters find nothing. At most 20, by name.",
        querystring: S.SearchQuery,
        response: { 200: Type.Object({ items: Type.Array(S.OrganisationPublic) }), ...errorResponses(422) },
      },
    },
    async (request) => ({ items: await repo.search(database, request.query.q) }),
  );

  app.get(
    "/v1/organisations/:slug",
    {
      config: { noAudit: true, errors: ["resource.not_found"] },
      schema: {
        tags: ["platform"],
        summary: "An organisation's public contact data by its short name, any case (public)",
        params: S.SlugParams,
        response: { 200: S.OrganisationPublic, ...errorResponses(404, 422) },
      },
    },
    async (request) => {
      const found = await repo.bySlug(database, request.params.slug);
      if (!found) throw notFound("Deze organisatie");
      return found;
    },
  );

  app.get(
    "/v1/organisation-contact",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["settings"],
        summary: "The organisation's public phone number and e-mail address, as the admin set them",
        response: { 200: S.ContactOut, ...errorResponses(401, 403) },
      },
    },
    async (request) => request.tenantTx(({ tx }) => repo.contactOf(tx)),
  );

  app.put(
    "/v1/organisation-contact",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["settings"],
        summary: "Set the organisation's public phone number and e-mail address",
        description: "Shown on the organisation's own address (/<slug>), on every client page and to a person who gave a landline.",
        body: S.ContactBody,
        response: { 200: S.ContactOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      let phone: string | null = null;
      if (request.body.phone !== null) {
        const p = normalizePhone(request.body.phone);
        if (!p.ok) throw validationError([{ path: "phone", message: "Dit telefoonnummer kunnen we niet lezen. Schrijf het zo: 09 210 10 10." }]);
        phone = p.value;
      }
      const email = request.body.email?.trim().toLowerCase() ?? null;
      return request.tenantTx(async ({ tx, tenantId, audit }) => {
        const before = await repo.contactOf(tx);
        await repo.setContact(tx, { phone, email });
        await audit({ entity: "tenant", entityId: tenantId, action: "update", before, after: { phone, email } });
        return { phone, email };
      });
    },
  );
};

export default organisations;

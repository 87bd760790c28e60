import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { brusselsDateOf } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { startAgreement } from "./agreements.ts";
import { changeClient, registerClient } from "./register.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { agreementOut, clientOut } from "./views.ts";

const STAFF = ["admin", "consultant"] as const;
const READERS = ["admin", "consultant", "finance", "client"] as const;

/** Clients see only their own record; another id is "not found", never "forbidden". */
function ownOnly(actor: TokenClaims, id: string): void {
  if (actor.role === "client" && actor.subjectId !== id) throw notFound("Deze gebruiker");
}

/** Clients (gebruikers) and their yearly client agreements (gebruikersovereenkomst, RULES §3). */
const clients: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/clients",
    {
      config: { roles: STAFF, idempotent: true, errors: ["client.duplicate"] },
      schema: { tags: ["clients"], summary: "Register a client", body: S.CreateBody, response: { 201: S.ClientOut, ...errorResponses(401, 403, 409, 422) } },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => registerClient(ctx, request.body))),
  );

  app.get(
    "/v1/clients",
    {
      config: { roles: READERS },
      schema: {
        tags: ["clients"],
        summary: "List clients (national number masked)",
        querystring: S.ListQs,
        response: { 200: Page(S.ClientOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { limit = 50, cursor, type, neighbourhoodId, q } = request.query;
      const after = decodeCursor(cursor, 1);
      const onlyId = request.claims.role === "client" ? (request.claims.subjectId ?? "00000000-0000-0000-0000-000000000000") : undefined;
      const rows = await request.tenantTx(({ tx }) =>
        repo.listClients(tx, { onlyId, type, neighbourhoodId, q, after: after ? Number(after[0]) : undefined, limit }),
      );
      const page = pageOf(rows, limit, (r) => [r.clientNumber]);
      return { items: page.items.map((r) => clientOut(r)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/clients/:id",
    {
      config: { roles: READERS },
      schema: {
        tags: ["clients"],
        summary: "One client, with today's agreement",
        params: IdParams,
        response: { 200: S.ClientOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownOnly(actor, request.params.id);
        const row = await repo.findClient(tx, request.params.id);
        return { ...clientOut(row), activeAgreement: await repo.activeAgreement(tx, row.id, brusselsDateOf(new Date())) };
      }),
  );

  app.patch(
    "/v1/clients/:id",
    {
      config: { roles: STAFF, errors: ["client.duplicate"] },
      schema: {
        tags: ["clients"],
        summary: "Change a client",
        params: IdParams,
        body: S.PatchBody,
        response: { 200: S.ClientOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => changeClient(ctx, request.params.id, request.body)),
  );

  app.post(
    "/v1/clients/:id/agreements",
    {
      config: { roles: STAFF, idempotent: true, errors: ["client_agreement.overlaps"] },
      schema: {
        tags: ["clients"],
        summary: "Start a yearly client agreement; returns the registration fee and its OGM reference",
        params: IdParams,
        body: S.AgreementBody,
        response: { 201: S.AgreementOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => startAgreement(ctx, request.params.id, request.body.startDate))),
  );

  app.get(
    "/v1/clients/:id/agreements",
    {
      config: { roles: READERS },
      schema: {
        tags: ["clients"],
        summary: "A client's agreements, newest first",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(S.AgreementOut) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownOnly(actor, request.params.id);
        await repo.findClient(tx, request.params.id);
        return { items: (await repo.agreementsOf(tx, request.params.id)).map(agreementOut) };
      }),
  );
};

export default clients;

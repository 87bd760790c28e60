import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { and, asc, eq, sql } from "drizzle-orm";
import { pgError, PG, schema } from "@wijkwerk/db";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, IdParams, Page } from "../schemas/common.ts";
import { createNeighbourhood, replaceNeighbours } from "./neighbourhoods.ts";
import { municipalityOut, neighbourhoodOut, selectNeighbourhoods } from "./repository.ts";
import { MunicipalityBody, MunicipalityOut, MunicipalityQs, NeighbourhoodBody, NeighbourhoodOut, NeighbourhoodQs, NeighboursBody } from "./schemas.ts";

const READERS = ["admin", "consultant", "finance"] as const;

/** Municipalities and their neighbourhoods (wijken): the geography matching works with. */
const geography: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/municipalities",
    {
      config: { roles: ["admin"], errors: ["municipality.nis_code_taken"] },
      schema: {
        tags: ["geography"],
        summary: "Add a municipality",
        body: MunicipalityBody,
        response: { 201: MunicipalityOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { name, nisCode, postalCodes } = request.body;
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const [row] = await tx
            .insert(schema.municipalities)
            .values({ tenantId, id: randomUUID(), name: name.trim(), nisCode, postalCodes: [...new Set(postalCodes)] })
            .returning();
          const created = municipalityOut(row!);
          await audit({ entity: "municipality", entityId: created.id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("municipality.nis_code_taken", `Er is al een gemeente met NIS-code ${nisCode}.`);
        throw err;
      }
    },
  );

  app.get(
    "/v1/municipalities",
    {
      config: { roles: READERS },
      schema: {
        tags: ["geography"],
        summary: "List municipalities",
        querystring: MunicipalityQs,
        response: { 200: Page(MunicipalityOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const m = schema.municipalities;
        const rows = await tx
          .select()
          .from(m)
          .where(after ? sql`(${m.name}, ${m.id}) > (${String(after[0])}, ${String(after[1])}::uuid)` : undefined)
          .orderBy(asc(m.name), asc(m.id))
          .limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.name, r.id]);
        return { items: page.items.map(municipalityOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/v1/neighbourhoods",
    {
      config: { roles: ["admin"], errors: ["neighbourhood.name_taken"] },
      schema: {
        tags: ["geography"],
        summary: "Add a neighbourhood (wijk) with its neighbours",
        body: NeighbourhoodBody,
        response: { 201: NeighbourhoodOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      try {
        return reply.status(201).send(await request.tenantTx((ctx) => createNeighbourhood(ctx, request.body)));
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation)
          throw new AppError("neighbourhood.name_taken", `De gemeente heeft al een wijk "${request.body.name.trim()}".`);
        throw err;
      }
    },
  );

  app.put(
    "/v1/neighbourhoods/:id/neighbours",
    {
      config: { roles: ["admin"], errors: ["resource.not_found"] },
      schema: {
        tags: ["geography"],
        summary: "Replace a neighbourhood's neighbours (both directions)",
        description: "A neighbour left out here also stops listing this neighbourhood: adjacency stays symmetric.",
        params: IdParams,
        body: NeighboursBody,
        response: { 200: NeighbourhoodOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => replaceNeighbours(ctx, request.params.id, request.body.adjacentIds)),
  );

  app.get(
    "/v1/neighbourhoods",
    {
      config: { roles: READERS },
      schema: {
        tags: ["geography"],
        summary: "List neighbourhoods with centroid and neighbours",
        querystring: NeighbourhoodQs,
        response: { 200: Page(NeighbourhoodOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { limit = 50, cursor, municipalityId } = request.query;
      const after = decodeCursor(cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const n = schema.neighbourhoods;
        const rows = await selectNeighbourhoods(
          tx,
          and(
            municipalityId ? eq(n.municipalityId, municipalityId) : undefined,
            after ? sql`(${n.name}, ${n.id}) > (${String(after[0])}, ${String(after[1])}::uuid)` : undefined,
          ),
          limit + 1,
        );
        const page = pageOf(rows, limit, (r) => [r.name, r.id]);
        return { items: page.items.map(neighbourhoodOut), nextCursor: page.nextCursor };
      });
    },
  );
};

export default geography;

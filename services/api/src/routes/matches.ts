import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { areaStaffIdOf } from "../plugins/tenant.ts";
import { loadMatchInput } from "../work/match-query.ts";
import { rankMatches } from "../work/ranking.ts";

const CapacityOut = Type.Object({ usedMinutes: Type.Integer(), plannedMinutes: Type.Integer(), capMinutes: Type.Integer(), remainingMinutes: Type.Integer() });
const MatchOut = Type.Object({
  workerId: Uuid,
  name: Type.String(),
  score: Type.Integer(),
  reasons: Type.Array(Type.Object({ code: Type.String(), weight: Type.Integer(), detail: Type.String() })),
  capacity: Type.Object({ month: CapacityOut, year: CapacityOut }),
});

/** GET /v1/jobs/{id}/matches: the ranked, explained list a consultant picks a worker from. */
const matches: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/jobs/:id/matches",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["jobs"],
        summary: "Ranked workers for a job, with reasons",
        params: IdParams,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(MatchOut) }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      // Read-only and one statement: no tenant transaction of our own (see loadMatchInput).
      const input = await loadMatchInput(app.deps.database, request.claims.tid, request.params.id, areaStaffIdOf(request, request.claims.tid));
      if (!input) throw notFound("Deze klus");
      // Issue 19: a worker announced to this client as its next one gets the continuity weight.
      return {
        items: rankMatches(input, undefined, request.query.limit ?? 20).map((r) => ({
          workerId: r.workerId,
          name: r.name,
          score: r.score,
          reasons: r.reasons,
          capacity: r.capacity,
        })),
      };
    },
  );
};

export default matches;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { capacity, checkCaps, rankCandidates, type MatchWorker } from "@wijkwerk/domain";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { mergeSettings } from "../settings-store.ts";
import { loadMatchInput } from "../work/match-query.ts";

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
      const input = await loadMatchInput(app.deps.database, request.claims.tid, request.params.id);
      if (!input) throw notFound("Deze klus");
      const { job } = input;
      const settings = mergeSettings(input.settings ?? {}, job.date);
      // RULES §1: only workers who can still take the estimated minutes this month and year.
      const candidates = input.candidates.filter(
        (c) =>
          checkCaps({
            usedMonthMinutes: c.monthWorked + c.monthPlanned,
            usedYearMinutes: c.yearWorked + c.yearPlanned,
            addMinutes: job.estimatedMinutes,
            caps: settings,
          }).ok,
      );
      const workers: MatchWorker[] = candidates.map((c) => ({
        id: c.id,
        neighbourhoodId: c.neighbourhoodId,
        neighbourhoodName: c.neighbourhoodName,
        location: { lat: c.lat, lon: c.lon },
        maxTravelKm: c.maxTravelKm,
        activityCodes: c.prefersActivity ? [job.activityCode] : [],
        monthUsedMinutes: c.monthWorked + c.monthPlanned,
        monthCapMinutes: settings.monthlyCapMinutes,
        previousMinutesWithClient: c.clientMinutes,
        lastWorkedForClientOn: c.clientLastOn ?? undefined,
      }));
      const ranked = rankCandidates({
        job: {
          neighbourhoodId: job.neighbourhoodId,
          adjacentNeighbourhoodIds: job.adjacentIds,
          location: { lat: job.lat, lon: job.lon },
          activityCode: job.activityCode,
          clientId: job.clientId,
          neighbourhoodName: job.neighbourhoodName,
          activityName: job.activityName,
        },
        workers,
        weights: settings.matchWeights,
      });
      const byId = new Map(candidates.map((c) => [c.id, c]));
      return {
        items: ranked.slice(0, request.query.limit ?? 20).map((r) => {
          const c = byId.get(r.workerId)!;
          return {
            workerId: r.workerId,
            name: c.name,
            score: r.score,
            reasons: r.reasons,
            capacity: {
              month: capacity({ usedMinutes: c.monthWorked, plannedMinutes: c.monthPlanned, capMinutes: settings.monthlyCapMinutes }),
              year: capacity({ usedMinutes: c.yearWorked, plannedMinutes: c.yearPlanned, capMinutes: settings.yearlyCapMinutes }),
            },
          };
        }),
      };
    },
  );
};

export default matches;

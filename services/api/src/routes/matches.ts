import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { capacity, rankCandidates, type MatchWorker } from "@wijkwerk/domain";
import "../errors/work.ts";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { mergeSettings } from "./settings.ts";
import { findCandidates, loadMatchJob } from "../work/match-query.ts";

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
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const job = await loadMatchJob(tx, request.params.id);
        if (!job) throw notFound("Deze klus");
        const settings = mergeSettings(job.settings ?? {});
        const rows = await findCandidates(tx, job, settings);
        const byId = new Map(rows.map((r) => [r.id, r]));
        const workers: MatchWorker[] = rows.map((r) => ({
          id: r.id,
          neighbourhoodId: r.neighbourhood_id,
          neighbourhoodName: r.neighbourhood_name,
          location: { lat: r.lat, lon: r.lon },
          maxTravelKm: r.max_travel_km,
          activityCodes: r.prefers_activity ? [job.activity_code] : [],
          monthUsedMinutes: r.month_used + r.month_planned,
          monthCapMinutes: settings.monthlyCapMinutes,
          previousMinutesWithClient: r.client_minutes,
          lastWorkedForClientOn: r.client_last_on ?? undefined,
        }));
        const ranked = rankCandidates({
          job: {
            neighbourhoodId: job.neighbourhood_id,
            adjacentNeighbourhoodIds: job.adjacent_ids,
            location: { lat: job.lat, lon: job.lon },
            activityCode: job.activity_code,
            clientId: job.client_id,
            neighbourhoodName: job.neighbourhood_name,
            activityName: job.activity_name,
          },
          workers,
          weights: settings.matchWeights,
        });
        const limit = request.query.limit ?? 20;
        return {
          items: ranked.slice(0, limit).map((c) => {
            const r = byId.get(c.workerId)!;
            return {
              workerId: c.workerId,
              name: r.name,
              score: c.score,
              reasons: c.reasons,
              capacity: {
                month: capacity({ usedMinutes: r.month_used, plannedMinutes: r.month_planned, capMinutes: settings.monthlyCapMinutes }),
                year: capacity({ usedMinutes: r.year_used, plannedMinutes: r.year_planned, capMinutes: settings.yearlyCapMinutes }),
              },
            };
          }),
        };
      }),
  );
};

export default matches;

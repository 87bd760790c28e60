import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { brusselsDateOf, capacity, daysLeft } from "@wijkwerk/domain";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";
import { workerMinutes } from "../work/worker-minutes.ts";
import { findWorker, ownWorkerOnly } from "../workers/read.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { startAgreement } from "./start.ts";
import { agreementOut } from "./views.ts";

const READERS = ["admin", "consultant", "finance", "worker"] as const;

/** Wijk-werkovereenkomsten (RULES §1: max 12 months, PWA exemption) and the hours a worker has left (caps). */
const workerAgreements: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/workers/:id/agreements",
    {
      config: {
        roles: ["admin", "consultant"],
        idempotent: true,
        errors: ["agreement.too_long", "agreement.overlaps", "agreement.re_referral_required", "agreement.pwa_date_required"],
      },
      schema: {
        tags: ["workers"],
        summary: "Start a worker agreement (wijk-werkovereenkomst)",
        params: IdParams,
        body: S.AgreementBody,
        response: { 201: S.AgreementOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => startAgreement(ctx, request.params.id, request.body))),
  );

  app.get(
    "/v1/workers/:id/agreements",
    {
      config: { roles: READERS },
      schema: {
        tags: ["workers"],
        summary: "A worker's agreements, newest first",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(S.AgreementOut) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        await findWorker(tx, request.params.id);
        return { items: (await repo.agreementsOf(tx, request.params.id)).map(agreementOut) };
      }),
  );

  app.get(
    "/v1/workers/:id/capacity",
    {
      config: { roles: READERS },
      schema: {
        tags: ["workers"],
        summary: "Hours used, planned and left this month and year (Europe/Brussels), and the current agreement",
        params: IdParams,
        querystring: S.CapacityQs,
        response: { 200: S.CapacityOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        const worker = await findWorker(tx, request.params.id);
        const date = request.query.date ?? brusselsDateOf(new Date());
        const settings = await loadSettings(tx, tenantId);
        const { month: m, year: y } = await workerMinutes(tx, worker.id, date);
        const current = await repo.agreementOn(tx, worker.id, date);
        return {
          date,
          month: capacity({ usedMinutes: m.worked, plannedMinutes: m.planned, capMinutes: settings.monthlyCapMinutes }),
          year: capacity({ usedMinutes: y.worked, plannedMinutes: y.planned, capMinutes: settings.yearlyCapMinutes }),
          agreement: current
            ? { startDate: current.startDate, endDate: current.endDate, daysLeft: current.endDate ? daysLeft(current.endDate, date) : null }
            : null,
        };
      }),
  );
};

export default workerAgreements;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { coachedWorkerOr403 } from "../coaching/access.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { consentOut, consentRows, giveConsent, withdrawConsent } from "./consents.ts";
import * as S from "./schemas.ts";

const tags = ["reports"];
const ROLES = ["admin", "consultant"] as const;
const ACCESS = ["coaching.not_your_worker"] as const;

/** Issue 19: what the worker consents to share with the referrer, per category; the worker's own consultant and admins record it. */
const reportConsents: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/workers/:id/report-consents",
    {
      config: { roles: ROLES, errors: [...ACCESS] },
      schema: {
        tags,
        summary: "The worker's consents to share parts of the referrer's report, newest first, with who recorded them",
        params: IdParams,
        response: { 200: S.ConsentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const w = await coachedWorkerOr403(ctx, request.params.id);
        return { items: (await consentRows(ctx.tx, w.id)).map((r) => consentOut(r)) };
      }),
  );

  app.post(
    "/v1/workers/:id/report-consents",
    {
      config: { roles: ROLES, errors: [...ACCESS, "consent.already_given"] },
      schema: {
        tags,
        summary: "Record that the worker consents to share a category (hours, activities, trainings, goals, client_feedback) from a day on",
        description: "409 `consent.already_given` while a consent for that category runs (withdraw it first).",
        params: IdParams,
        body: S.GiveBody,
        response: { 201: S.ConsentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await request.tenantTx(async (ctx) => {
          const w = await coachedWorkerOr403(ctx, request.params.id, true);
          return giveConsent(ctx, w.id, request.body.category, request.body.givenOn);
        }),
      ),
  );

  app.post(
    "/v1/workers/:id/report-consents/:consentId/withdraw",
    {
      config: { roles: ROLES, errors: [...ACCESS, "consent.already_withdrawn", "consent.withdrawn_before_given"] },
      schema: {
        tags,
        summary: "Record that the worker withdrew a consent, from a day on",
        description: "409 `consent.already_withdrawn`; 422 `consent.withdrawn_before_given`.",
        params: S.ConsentParams,
        body: S.WithdrawBody,
        response: { 200: S.ConsentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const w = await coachedWorkerOr403(ctx, request.params.id, true);
        return withdrawConsent(ctx, w.id, request.params.consentId, request.body.withdrawnOn);
      }),
  );
};

export default reportConsents;

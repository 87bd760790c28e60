import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyRequest } from "fastify";
import { isoBrussels, normalizePhone, parseSmsReply } from "@wijkwerk/domain";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { handleInbound } from "./handle.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";

/** The gateway's shared secret (SMS_INBOUND_TOKEN), compared in constant time; unset refuses everyone. */
function gatewayAllowed(request: FastifyRequest, secret: string | undefined): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Inbound SMS (issue 17, "answer by replying"): the SMS gateway posts every message a worker sends
 * to our number. See services/api/README.md "Inbound SMS" for the format.
 */
const smsInbound: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;

  app.post(
    "/v1/sms/inbound",
    {
      // job_already_taken is caught in handle.ts and becomes the outcome job_taken (listed for the per-file error-code test).
      config: { errors: ["auth.unauthenticated", "assignment.job_already_taken", "assignment.team_full"] },
      schema: {
        tags: ["sms"],
        summary: "An SMS a worker sent us, posted by the SMS gateway (shared token)",
        description:
          "`Authorization: Bearer <SMS_INBOUND_TOKEN>`; a missing or wrong token is 401 `auth.unauthenticated`. " +
          "JA/NEE, OUI/NON, YES/NO (case, accents, punctuation ignored) answer the sender's most recently proposed open proposal; STOP opts the number out of SMS in every organisation, START opts it back in and is answered with one short SMS that says so; " +
          "anything else, or a yes/no without an open proposal, gets one help SMS (at most one per number per hour). " +
          "The number is matched to the worker with an open proposal, else the most recent worker record with that number. " +
          "Idempotent by `messageId`: the same id again answers `duplicate: true` and does nothing. Every message of a known worker is stored (GET /v1/workers/{id}/sms-replies).",
        body: S.InboundBody,
        response: { 200: S.InboundOut, ...errorResponses(401, 422) },
      },
    },
    async (request) => {
      if (!gatewayAllowed(request, config.SMS_INBOUND_TOKEN))
        throw new AppError("auth.unauthenticated", "Het token van de sms-gateway ontbreekt of is niet juist.");
      const phone = normalizePhone(request.body.from);
      if (!phone.ok) throw validationError([{ path: "from", message: "Geen geldig telefoonnummer (E.164, bv. +32470123456)." }]);
      const m = { ...request.body, from: phone.value, receivedAt: request.body.receivedAt };
      const meaning = parseSmsReply(m.text);
      const target = await repo.route(database, m.from);
      if (!target) {
        const fresh = await repo.claimUnrouted(database, m.messageId, m.from, m.receivedAt);
        if (fresh && meaning.kind === "stop") await repo.optOut(database, m.from);
        if (fresh && meaning.kind === "start") await repo.optIn(database, m.from);
        request.log.info({ outcome: "unknown_sender" }, "inbound sms from an unknown number");
        return { duplicate: !fresh, interpretation: meaning.kind, outcome: fresh ? ("unknown_sender" as const) : null, reply: null };
      }
      request.claims = { sub: target.worker_id, tid: target.tenant_id, role: "worker", subjectId: target.worker_id };
      const result = await request.tenantTx(
        async (ctx) => {
          if (!(await repo.claim(ctx.tx, m.messageId, m.from, m.receivedAt))) {
            const seen = await repo.byMessageId(ctx.tx, m.messageId);
            return { duplicate: true, interpretation: seen?.interpretation ?? null, outcome: seen?.outcome ?? null, reply: seen?.reply ?? null };
          }
          const handled = await handleInbound(ctx, target.worker_id, m);
          return { duplicate: false, interpretation: handled.interpretation, outcome: handled.outcome, reply: handled.reply };
        },
        { tenantId: target.tenant_id },
      );
      // STOP reaches every organisation that has this number (after the message is stored); START
      // did so inside the transaction (handle.ts), with its confirmation SMS.
      if (!result.duplicate && meaning.kind === "stop") await repo.optOut(database, m.from);
      return result as typeof S.InboundOut.static;
    },
  );

  app.get(
    "/v1/workers/:id/sms-replies",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["sms"],
        summary: "Every SMS this worker sent us, newest first, with what we made of it and the SMS sent back",
        params: IdParams,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }, { additionalProperties: false }),
        response: { 200: S.SmsReplyList, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const rows = await repo.listForWorker(tx, request.params.id, request.query.limit ?? 50);
        if (rows.length === 0 && !(await repo.workerExists(tx, request.params.id))) throw notFound("Deze wijk-werker");
        return {
          items: rows.map((r) => ({
            id: r.id,
            messageId: r.message_id,
            from: r.from_phone,
            text: r.text,
            interpretation: r.interpretation as never,
            outcome: r.outcome as never,
            reply: r.reply as never,
            assignmentId: r.assignment_id,
            receivedAt: isoBrussels(r.received_at),
          })),
        };
      }),
  );
};

export default smsInbound;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { normaliseAnswerCode } from "@wijkwerk/domain";
import { hashAnswerCode } from "../answer-links/code.ts";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { findWorker } from "../workers/read.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";

// The failure counter of limits/ (shared with sign-in) also holds the sign-in code; the error-code test reads per file.
const LINK_ERRORS = ["feedback_link.unknown", "feedback_link.rate_limited", "auth.rate_limited"] as const;

const view = (r: repo.LinkRow) => ({
  workerFirstName: r.first_name,
  month: r.month,
  organisation: r.organisation,
  language: (r.language === "fr" || r.language === "en" ? r.language : "nl") as "nl" | "fr" | "en",
  state: (r.answer ? "answered" : r.expired ? "expired" : "open") as "open" | "answered" | "expired",
  answer: r.answer as "good" | "could_be_better" | "not_good" | null,
  comment: r.comment,
});

/**
 * Issue 19, "client feedback": the client answers the monthly question about a worker's work on
 * https://<web>/f/<code> in one tap, without signing in (the short-code approach of answer-links/:
 * a global code, its tenant found by app_tenant_id_by_feedback_code, unknown codes count as failures
 * per address). The answers are for the consultant only: the worker has no route to them.
 */
const clientFeedback: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  async function linkOf(request: FastifyRequest, raw: string) {
    const wait = await app.limits.failures.blocked("feedback-code", "any", request.ip);
    if (wait) throw rateLimited("feedback_link.rate_limited", `Te veel verkeerde links vanaf dit adres. Probeer opnieuw over ${minutes(wait)}.`, wait);
    const code = normaliseAnswerCode(raw);
    const hash = code ? hashAnswerCode(code) : undefined;
    const tenantId = hash ? await repo.tenantOfCode(database, hash) : undefined;
    const link = hash && tenantId ? await request.tenantTx(({ tx }) => repo.linkByHash(tx, hash), { tenantId }) : undefined;
    if (!hash || !tenantId || !link) {
      await app.limits.failures.fail("feedback-code", "any", request.ip);
      throw new AppError("feedback_link.unknown", "Deze link bestaat niet. Kijk of u de hele link uit de sms of de e-mail gebruikt.");
    }
    request.claims = { sub: link.client_id, tid: tenantId, role: "client", subjectId: link.client_id };
    return { hash, tenantId, link };
  }

  app.get(
    "/v1/feedback-links/:code",
    {
      config: { errors: [...LINK_ERRORS] },
      schema: {
        tags: ["client-feedback"],
        summary: "The question behind a client's feedback link (no sign-in): whose work, which month, and whether it was answered",
        description: "404 `feedback_link.unknown`; repeated unknown codes from one address → 429 `feedback_link.rate_limited` with Retry-After.",
        params: S.CodeParams,
        response: { 200: S.FeedbackLinkView, ...errorResponses(404, 429) },
      },
    },
    async (request) => view((await linkOf(request, request.params.code)).link),
  );

  app.post(
    "/v1/feedback-links/:code",
    {
      config: { errors: [...LINK_ERRORS, "feedback_link.used", "feedback_link.expired"] },
      schema: {
        tags: ["client-feedback"],
        summary: "Answer the client's feedback question once: good, could be better or not good, with an optional comment (no sign-in)",
        description: "409 `feedback_link.used` after an answer; 410 `feedback_link.expired` 30 days after it was asked.",
        params: S.CodeParams,
        body: S.FeedbackAnswerBody,
        response: { 200: S.FeedbackLinkView, ...errorResponses(404, 409, 410, 422, 429) },
      },
    },
    async (request) => {
      const { hash, tenantId } = await linkOf(request, request.params.code);
      return request.tenantTx(
        async (ctx) => {
          const link = await repo.linkByHash(ctx.tx, hash, true);
          if (!link) throw new AppError("feedback_link.unknown");
          if (link.answer) throw new AppError("feedback_link.used", "Met deze link werd al geantwoord. Dank u wel.");
          if (link.expired) throw new AppError("feedback_link.expired", "Deze link is verlopen: de tijd om te antwoorden is voorbij.");
          const comment = request.body.comment?.trim() || null;
          await repo.saveAnswer(ctx.tx, link.id, request.body.answer, comment);
          await ctx.audit({
            entity: "client_feedback_request",
            entityId: link.id,
            action: "answer",
            before: null,
            after: { workerId: link.worker_id, month: link.month, answer: request.body.answer, comment: comment !== null },
          });
          return view({ ...link, answer: request.body.answer, comment });
        },
        { tenantId },
      );
    },
  );

  app.get(
    "/v1/workers/:id/client-feedback",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["client-feedback"],
        summary: "What the worker's clients answered about the worker's work, per month (for the consultant; the worker does not see it)",
        params: IdParams,
        response: { 200: S.ClientFeedbackList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        await findWorker(tx, request.params.id);
        return { items: await repo.feedbackOf(tx, request.params.id) };
      }),
  );
};

export default clientFeedback;

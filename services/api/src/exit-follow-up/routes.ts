import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { brusselsDateOf, normaliseAnswerCode } from "@wijkwerk/domain";
import { hashAnswerCode } from "../answer-links/code.ts";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { errorResponses } from "../schemas/common.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";

// The failure counter of limits/ (shared with sign-in) also holds the sign-in code; the error-code test reads per file.
const LINK_ERRORS = ["follow_up_link.unknown", "follow_up_link.rate_limited", "auth.rate_limited"] as const;

const view = (r: repo.LinkRow) => ({
  firstName: r.first_name,
  organisation: r.organisation,
  language: (r.language === "fr" || r.language === "en" ? r.language : "nl") as "nl" | "fr" | "en",
  state: (r.situation ? "answered" : r.expired ? "expired" : "open") as "open" | "answered" | "expired",
  situation: r.situation,
});

/**
 * Issue 19, "exit follow-up asked by SMS": 9 months after the exit the worker answers on
 * https://<web>/v/<code> in one tap whether they work now; the answer is a coaching follow-up with
 * source 'sms'. The short-code approach of answer-links/ (global code, tenant by a SECURITY DEFINER
 * lookup, unknown codes slowed down per address).
 */
const exitFollowUp: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  async function linkOf(request: FastifyRequest, raw: string) {
    const wait = await app.limits.failures.blocked("follow-up-code", "any", request.ip);
    if (wait) throw rateLimited("follow_up_link.rate_limited", `Te veel verkeerde links vanaf dit adres. Probeer opnieuw over ${minutes(wait)}.`, wait);
    const code = normaliseAnswerCode(raw);
    const hash = code ? hashAnswerCode(code) : undefined;
    const tenantId = hash ? await repo.tenantOfCode(database, hash) : undefined;
    const link = hash && tenantId ? await request.tenantTx(({ tx }) => repo.linkByHash(tx, hash), { tenantId }) : undefined;
    if (!hash || !tenantId || !link) {
      await app.limits.failures.fail("follow-up-code", "any", request.ip);
      throw new AppError("follow_up_link.unknown", "Deze link bestaat niet. Kijk of je de hele link uit de sms gebruikt.");
    }
    request.claims = { sub: link.worker_id, tid: tenantId, role: "worker", subjectId: link.worker_id };
    return { hash, tenantId, link };
  }

  app.get(
    "/v1/follow-up-links/:code",
    {
      config: { errors: [...LINK_ERRORS] },
      schema: {
        tags: ["client-feedback"],
        summary: "The follow-up question behind a worker's link, 9 months after the exit (no sign-in)",
        description: "404 `follow_up_link.unknown`; repeated unknown codes from one address → 429 `follow_up_link.rate_limited` with Retry-After.",
        params: S.CodeParams,
        response: { 200: S.FollowUpLinkView, ...errorResponses(404, 429) },
      },
    },
    async (request) => view((await linkOf(request, request.params.code)).link),
  );

  app.post(
    "/v1/follow-up-links/:code",
    {
      config: { errors: [...LINK_ERRORS, "follow_up_link.used", "follow_up_link.expired"] },
      schema: {
        tags: ["client-feedback"],
        summary: "Answer the follow-up once: in work, in training or no work; recorded as a coaching follow-up with source sms (no sign-in)",
        description: "409 `follow_up_link.used` after an answer; 410 `follow_up_link.expired` 30 days after it was asked.",
        params: S.CodeParams,
        body: S.FollowUpAnswerBody,
        response: { 200: S.FollowUpLinkView, ...errorResponses(404, 409, 410, 422, 429) },
      },
    },
    async (request) => {
      const { hash, tenantId } = await linkOf(request, request.params.code);
      return request.tenantTx(
        async (ctx) => {
          const link = await repo.linkByHash(ctx.tx, hash, true);
          if (!link) throw new AppError("follow_up_link.unknown");
          if (link.situation) throw new AppError("follow_up_link.used", "Met deze link werd al geantwoord. Bedankt.");
          if (link.expired) throw new AppError("follow_up_link.expired", "Deze link is verlopen: de tijd om te antwoorden is voorbij.");
          const followUpId = await repo.recordAnswer(ctx.tx, link, request.body.situation, brusselsDateOf(new Date()));
          await ctx.audit({
            entity: "coaching_follow_up",
            entityId: followUpId,
            action: "create",
            after: { workerId: link.worker_id, exitId: link.exit_id, situation: request.body.situation, source: "sms" },
          });
          return view({ ...link, situation: request.body.situation });
        },
        { tenantId },
      );
    },
  );
};

export default exitFollowUp;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { normaliseAnswerCode } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { answer, undoDecline } from "../assignments/respond.ts";
import { errorResponses } from "../schemas/common.ts";
import { hashAnswerCode } from "./code.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { workerViewOut } from "./views.ts";

// respond.ts, which these routes share with the signed-in answer, also holds the codes of its other
// paths (the bearer check, cancelling); the error-code test reads per file, so they are listed too.
const LINK_ERRORS = [
  "answer_link.unknown",
  "answer_link.rate_limited",
  "assignment.not_active",
  "auth.forbidden",
  "auth.rate_limited",
  "auth.unauthenticated",
] as const;

/**
 * The short answer link https://<web>/j/<code> (issue 17): a worker opens the proposal from the SMS
 * or the mail and answers without signing in. The code is global: app_tenant_id_by_answer_code
 * finds its tenant, the rest runs in that tenant's transaction under RLS. Unknown codes count as
 * failures per address (the failure counter of limits/): after LOGIN_MAX_FAILURES each next try
 * waits longer, 429 answer_link.rate_limited.
 */
const answerLinks: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  /** The link of a code, and the worker it speaks for; refuses guessing and unknown codes. */
  async function linkOf(request: FastifyRequest, raw: string) {
    const wait = await app.limits.failures.blocked("answer-code", "any", request.ip);
    if (wait) throw rateLimited("answer_link.rate_limited", `Te veel verkeerde links vanaf dit adres. Probeer opnieuw over ${minutes(wait)}.`, wait);
    const code = normaliseAnswerCode(raw);
    const hash = code ? hashAnswerCode(code) : undefined;
    const tenantId = hash ? await repo.tenantOfCode(database, hash) : undefined;
    const link = hash && tenantId ? await request.tenantTx(({ tx }) => repo.linkByHash(tx, hash), { tenantId }) : undefined;
    if (!hash || !tenantId || !link) {
      await app.limits.failures.fail("answer-code", "any", request.ip);
      throw new AppError("answer_link.unknown", "Deze link bestaat niet. Kijk of je de hele link uit de sms of de e-mail gebruikt.");
    }
    const claims: TokenClaims = { sub: link.worker_id, tid: tenantId, role: "worker", subjectId: link.worker_id };
    request.claims = claims;
    return { hash, tenantId, link };
  }

  app.get(
    "/v1/answer-links/:code",
    {
      config: { errors: [...LINK_ERRORS] },
      schema: {
        tags: ["assignments"],
        summary: "The proposal behind a short answer link (no sign-in): what, where, for whom, when, and its state",
        description:
          "The code of `https://<web>/j/<code>` from the proposal SMS or mail. Shows the proposal in any state (a used or expired link still shows what it was). " +
          "404 `answer_link.unknown`; repeated unknown codes from one address → 429 `answer_link.rate_limited` with Retry-After.",
        params: S.CodeParams,
        response: { 200: S.WorkerAssignmentView, ...errorResponses(404, 429) },
      },
    },
    async (request) => {
      const { tenantId, link } = await linkOf(request, request.params.code);
      const [row] = await request.tenantTx(({ tx }) => repo.workerViews(tx, [link.assignment_id]), { tenantId });
      if (!row) throw new AppError("answer_link.unknown");
      return workerViewOut(row);
    },
  );

  app.post(
    "/v1/answer-links/:code/respond",
    {
      config: {
        errors: [
          ...LINK_ERRORS,
          "answer_link.used",
          "answer_link.expired",
          "assignment.not_pending",
          "assignment.job_already_taken",
          "assignment.team_full",
          "assignment.already_in_team",
          "auth.invalid_code",
        ],
      },
      schema: {
        tags: ["assignments"],
        summary: "Accept or decline the proposal of a short answer link (no sign-in, once)",
        description:
          "The link answers once: 409 `answer_link.used` after an answer (a decline undone opens it again), 410 `answer_link.expired` after the proposal's expiry. " +
          "409 `assignment.not_pending` (cancelled or expired meanwhile), `assignment.job_already_taken` (another worker accepted first). " +
          "A decline can be undone for 10 minutes (POST …/undo); the consultant is told only after that.",
        params: S.CodeParams,
        body: S.AnswerBody,
        response: { 200: S.WorkerAssignmentView, ...errorResponses(401, 404, 409, 410, 422, 429) },
      },
    },
    async (request) => {
      const { hash, tenantId } = await linkOf(request, request.params.code);
      return request.tenantTx(
        async (ctx) => {
          const link = await repo.linkByHash(ctx.tx, hash, true);
          if (!link) throw new AppError("answer_link.unknown");
          if (link.used_at) throw new AppError("answer_link.used", "Met deze link werd al geantwoord.");
          if (Date.parse(link.expires_at) <= Date.now())
            throw new AppError("answer_link.expired", "Deze link is verlopen: de tijd om te antwoorden is voorbij.");
          await answer(ctx, link.assignment_id, link.id, request.body.response, request.body.reason?.trim() || null);
          const [row] = await repo.workerViews(ctx.tx, [link.assignment_id]);
          return workerViewOut(row!);
        },
        { tenantId },
      );
    },
  );

  app.post(
    "/v1/answer-links/:code/undo",
    {
      config: {
        errors: [
          ...LINK_ERRORS,
          "assignment.not_declined",
          "assignment.undo_expired",
          "assignment.job_already_taken",
          "assignment.team_full",
          "assignment.already_in_team",
          "worker.double_booked",
        ],
      },
      schema: {
        tags: ["assignments"],
        summary: "Undo a decline given with this link, within 10 minutes (no sign-in)",
        description:
          "The proposal is open again and the link answers once more. 409 `assignment.not_declined`, `assignment.undo_expired` (10 minutes passed or the proposal expired), " +
          "`assignment.job_already_taken` (another worker accepted meanwhile), `worker.double_booked`.",
        params: S.CodeParams,
        response: { 200: S.WorkerAssignmentView, ...errorResponses(404, 409, 429) },
      },
    },
    async (request) => {
      const { tenantId, link } = await linkOf(request, request.params.code);
      return request.tenantTx(
        async (ctx) => {
          await undoDecline(ctx, link.assignment_id);
          const [row] = await repo.workerViews(ctx.tx, [link.assignment_id]);
          return workerViewOut(row!);
        },
        { tenantId },
      );
    },
  );
};

export default answerLinks;

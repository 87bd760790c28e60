import { activityRequestAnswerProblem } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import type { AnswerBodyT } from "./schemas.ts";
import { activityRequestOut } from "./views.ts";

const DETAIL = {
  "activity_request.already_answered": "Deze vraag is al beantwoord; een nieuwe vraag kan altijd.",
  "activity_request.not_on_list":
    "Kies een activiteit van de Vlaamse lijst die voor dit soort klant mag (regels §6). Staat ze er niet op, stuur de vraag dan door naar VDAB.",
  "activity_request.reason_required": "Zeg de klant in een paar woorden waarom, of wat er nu gebeurt.",
} as const;

/**
 * The admin's answer (RULES §3, S19/S25; §6, S32). Granting adds the client's type to the
 * activity in the client's municipality in the same transaction, so the client can order it at once.
 */
export async function answerRequest(ctx: TenantContext, id: string, body: AnswerBodyT) {
  const before = await repo.findRequest(ctx.tx, id, true);
  if (!before) throw notFound("Deze vraag");
  const activityCode = body.decision === "granted" ? (body.activityCode ?? before.activity_code) : before.activity_code;
  const reason = body.answer?.trim() || null;
  const permitted = activityCode === null ? undefined : await repo.permittedTypes(ctx.tx, activityCode);
  const problem = activityRequestAnswerProblem(before.status, { decision: body.decision, activityCode, reason }, before.client_type, permitted);
  if (problem) {
    const path = problem === "activity_request.not_on_list" ? "activityCode" : "answer";
    throw new AppError(problem, DETAIL[problem], problem === "activity_request.already_answered" ? {} : { errors: [{ path, message: DETAIL[problem] }] });
  }
  if (body.decision === "granted" && activityCode !== null)
    await repo.allowForType(ctx.tx, ctx.tenantId, before.municipality_id, activityCode, before.client_type);
  await repo.recordAnswer(ctx.tx, id, { status: body.decision, activityCode, answer: reason, answeredBy: ctx.actor.sub });
  const after = activityRequestOut((await repo.findRequest(ctx.tx, id))!);
  await ctx.audit({ entity: "activity_request", entityId: id, action: `answer.${body.decision}`, before: activityRequestOut(before), after });
  return after;
}

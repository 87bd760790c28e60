import { encryption } from "@wijkwerk/db";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Static } from "@sinclair/typebox";
import { brusselsDateOf, evaluationMoments, exitDateProblem, followUpDueOn } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import type { CoachedWorker } from "./access.ts";
import { coachingSettings } from "./defaults.ts";
import * as repo from "./repository.ts";
import type * as S from "./schemas.ts";
import { evaluationOut, exitOut, followUpOut } from "./views.ts";

/** Evaluations, the exit and its follow-up (issue 19); audit rows name what changed, never the notes. */

/** The agreement a date belongs to: the latest one that started on or before it. */
async function agreementOn(ctx: TenantContext, w: CoachedWorker, date: string, id?: string): Promise<repo.AgreementRow | undefined> {
  const agreements = await repo.agreementsOf(ctx.tx, w.id);
  if (id) {
    const chosen = agreements.find((a) => a.id === id);
    if (!chosen) throw notFound("Deze overeenkomst");
    return chosen;
  }
  return agreements.find((a) => a.startDate <= date) ?? (agreements.length > 0 ? agreements.at(-1) : undefined);
}

export async function addEvaluation(ctx: TenantContext, w: CoachedWorker, b: Static<typeof S.EvaluationBody>) {
  const agreement = await agreementOn(ctx, w, b.heldOn, b.agreementId);
  if (!agreement) throw new AppError("coaching.no_agreement");
  if (b.moment !== "extra") {
    const planned = evaluationMoments(agreement, await coachingSettings(ctx.tx)).map((m) => m.key as string);
    if (!planned.includes(b.moment))
      throw new AppError("coaching.moment_unknown", `De evaluatiemomenten van deze overeenkomst zijn: ${planned.join(", ") || "geen"} (of extra).`);
  }
  const goals = new Set((await repo.goalsOf(ctx.tx, w.id)).map((g) => g.id));
  const unknown = b.outcomes.findIndex((o) => !goals.has(o.goalId));
  if (unknown >= 0)
    throw new AppError("coaching.goal_unknown", undefined, {
      errors: [{ path: `outcomes.${unknown}.goalId`, message: "Dit doel hoort niet bij deze wijk-werker." }],
    });
  if (new Set(b.outcomes.map((o) => o.goalId)).size !== b.outcomes.length)
    throw new AppError("coaching.goal_unknown", "Geef per doel één uitkomst.", { errors: [{ path: "outcomes", message: "Elk doel één keer." }] });
  const id = randomUUID();
  const created = await ctx.tx.execute(sql`
    INSERT INTO coaching_evaluations (tenant_id, id, worker_id, agreement_id, moment, held_on, staff_id, notes)
    VALUES (app_current_tenant(), ${id}, ${w.id}, ${agreement.id}, ${b.moment}, ${b.heldOn}, ${ctx.actor.sub}, ${encryption.sealText(b.notes ?? "")})
    ON CONFLICT (tenant_id, agreement_id, moment) WHERE moment <> 'extra' DO NOTHING RETURNING id`);
  if (created.length === 0) throw new AppError("coaching.evaluation_exists");
  for (const o of b.outcomes) {
    await ctx.tx.execute(sql`
      INSERT INTO coaching_evaluation_goals (tenant_id, evaluation_id, goal_id, outcome, note)
      VALUES (app_current_tenant(), ${id}, ${o.goalId}, ${o.outcome}, ${encryption.sealText(o.note ?? "")})`);
  }
  await ctx.audit({
    entity: "coaching_evaluation",
    entityId: id,
    action: "create",
    after: { workerId: w.id, agreementId: agreement.id, moment: b.moment, outcomes: b.outcomes.map(({ goalId, outcome }) => ({ goalId, outcome })) },
  });
  const row = (await repo.evaluationsOf(ctx.tx, w.id)).find((e) => e.id === id)!;
  return evaluationOut(row, await repo.outcomesOf(ctx.tx, w.id));
}

export async function addExit(ctx: TenantContext, w: CoachedWorker, b: Static<typeof S.ExitBody>) {
  const agreement = await agreementOn(ctx, w, b.exitDate);
  if (!agreement) throw new AppError("coaching.no_agreement");
  const problem = exitDateProblem(b.exitDate, agreement);
  if (problem) throw new AppError(problem as "coaching.exit_before_agreement" | "coaching.exit_after_agreement");
  const id = randomUUID();
  const created = await ctx.tx.execute(sql`
    INSERT INTO coaching_exits (tenant_id, id, worker_id, agreement_id, reason, exit_date, follow_up_due_on, notes, recorded_by)
    VALUES (app_current_tenant(), ${id}, ${w.id}, ${agreement.id}, ${b.reason}, ${b.exitDate}, ${followUpDueOn(b.exitDate)}, ${encryption.sealText(b.notes ?? "")}, ${ctx.actor.sub})
    ON CONFLICT (tenant_id, agreement_id) DO NOTHING RETURNING id`);
  if (created.length === 0) throw new AppError("coaching.exit_exists");
  await ctx.audit({
    entity: "coaching_exit",
    entityId: id,
    action: "create",
    after: { workerId: w.id, agreementId: agreement.id, reason: b.reason, exitDate: b.exitDate },
  });
  return exitOut(
    (await repo.exitsOf(ctx.tx, w.id)).find((x) => x.id === id)!,
    [],
  );
}

/** The consultant records the worker's situation after the exit (source 'consultant'; an SMS answer has source 'sms'). */
export async function addFollowUp(ctx: TenantContext, w: CoachedWorker, exitId: string, b: Static<typeof S.FollowUpBody>) {
  if (!(await repo.exitsOf(ctx.tx, w.id)).some((x) => x.id === exitId)) throw notFound("Dit einde van traject");
  const id = randomUUID();
  await ctx.tx.execute(sql`
    INSERT INTO coaching_follow_ups (tenant_id, id, exit_id, worker_id, situation, source, recorded_on, recorded_by, notes)
    VALUES (app_current_tenant(), ${id}, ${exitId}, ${w.id}, ${b.situation}, 'consultant', ${b.recordedOn ?? brusselsDateOf(new Date())}, ${ctx.actor.sub}, ${encryption.sealText(b.notes ?? "")})`);
  await ctx.audit({
    entity: "coaching_follow_up",
    entityId: id,
    action: "create",
    after: { workerId: w.id, exitId, situation: b.situation, source: "consultant" },
  });
  return followUpOut((await repo.followUpsOf(ctx.tx, w.id)).find((f) => f.id === id)!);
}

import { encryption } from "@wijkwerk/db";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Static } from "@sinclair/typebox";
import { validateLanguages } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { findCoachedWorker, type CoachedWorker } from "./access.ts";
import * as repo from "./repository.ts";
import type * as S from "./schemas.ts";
import { goalOut, intakeOut } from "./views.ts";

/**
 * The trajectory's writes: who coaches, intake and goals (issue 19); conversations are in
 * conversation-writes.ts, evaluations and the exit in outcome-writes.ts. Audit rows name what changed, never the notes themselves.
 */

/** Admins set any active staff member; a consultant takes a worker who has none (or already is theirs). */
export async function setConsultant(ctx: TenantContext, workerId: string, consultantId: string) {
  const worker = await findCoachedWorker(ctx, workerId, true);
  if (ctx.actor.role !== "admin") {
    if (consultantId !== ctx.actor.sub) throw new AppError("auth.forbidden", "Een bemiddelaar kan alleen zichzelf als bemiddelaar kiezen.");
    if (worker.consultantId !== null && worker.consultantId !== ctx.actor.sub) throw new AppError("coaching.consultant_taken");
  }
  const [staff] = await ctx.tx.execute<{ id: string; name: string }>(sql`
    SELECT id, name FROM staff WHERE tenant_id = app_current_tenant() AND id = ${consultantId} AND active AND role IN ('consultant', 'admin')`);
  if (!staff) throw validationError([{ path: "consultantId", message: "Kies een actieve bemiddelaar van uw organisatie.", rule: "choice" }]);
  await ctx.tx.execute(sql`UPDATE workers SET consultant_id = ${consultantId}, updated_at = now() WHERE tenant_id = app_current_tenant() AND id = ${workerId}`);
  await ctx.audit({ entity: "worker", entityId: workerId, action: "consultant.set", before: { consultantId: worker.consultantId }, after: { consultantId } });
  return { workerId, consultant: staff };
}

export async function saveIntake(ctx: TenantContext, w: CoachedWorker, b: Static<typeof S.IntakeBody>) {
  const errors = validateLanguages(b.languages);
  if (errors.length > 0)
    throw new AppError("coaching.language_invalid", errors[0]!.message, { errors: errors.map(({ path, message }) => ({ path, message })) });
  const c = b.referrerContact;
  const existed = await repo.intakeOf(ctx.tx, w.id);
  await ctx.tx.execute(sql`
    INSERT INTO coaching_intakes (tenant_id, worker_id, referrer_contact_name, referrer_contact_email, referrer_contact_phone, starting_situation, languages, learning_wishes, recorded_by)
    VALUES (app_current_tenant(), ${w.id}, ${c.name || null}, ${c.email || null}, ${c.phone || null}, ${encryption.sealText(b.startingSituation)},
            ${JSON.stringify(b.languages)}::jsonb, ${encryption.sealText(b.learningWishes)}, ${ctx.actor.sub})
    ON CONFLICT (tenant_id, worker_id) DO UPDATE SET referrer_contact_name = EXCLUDED.referrer_contact_name, referrer_contact_email = EXCLUDED.referrer_contact_email,
      referrer_contact_phone = EXCLUDED.referrer_contact_phone, starting_situation = EXCLUDED.starting_situation, languages = EXCLUDED.languages,
      learning_wishes = EXCLUDED.learning_wishes, recorded_by = EXCLUDED.recorded_by, updated_at = now()`);
  await ctx.audit({ entity: "coaching_intake", entityId: w.id, action: existed ? "update" : "create", after: { languages: b.languages } });
  return intakeOut((await repo.intakeOf(ctx.tx, w.id))!);
}

export async function addGoal(ctx: TenantContext, w: CoachedWorker, b: Static<typeof S.GoalBody>) {
  const [type] = await ctx.tx.execute<{ active: boolean }>(
    sql`SELECT active FROM coaching_goal_types WHERE tenant_id = app_current_tenant() AND id = ${b.goalTypeId}`,
  );
  if (!type) throw notFound("Dit doel");
  if (!type.active) throw new AppError("coaching.goal_type_inactive");
  const id = randomUUID();
  const created = await ctx.tx.execute(sql`
    INSERT INTO coaching_goals (tenant_id, id, worker_id, goal_type_id, status, notes, created_by)
    VALUES (app_current_tenant(), ${id}, ${w.id}, ${b.goalTypeId}, ${b.status ?? "open"}, ${encryption.sealText(b.notes ?? "")}, ${ctx.actor.sub})
    ON CONFLICT (tenant_id, worker_id, goal_type_id) DO NOTHING RETURNING id`);
  if (created.length === 0) throw new AppError("coaching.goal_exists");
  await ctx.audit({ entity: "coaching_goal", entityId: id, action: "create", after: { workerId: w.id, goalTypeId: b.goalTypeId, status: b.status ?? "open" } });
  return goalOut((await repo.goalsOf(ctx.tx, w.id)).find((g) => g.id === id)!);
}

export async function updateGoal(ctx: TenantContext, w: CoachedWorker, goalId: string, b: Static<typeof S.GoalPatch>) {
  const before = (await repo.goalsOf(ctx.tx, w.id)).find((g) => g.id === goalId);
  if (!before) throw notFound("Dit doel");
  await ctx.tx.execute(sql`
    UPDATE coaching_goals SET status = ${b.status ?? before.status}, notes = ${encryption.sealText(b.notes ?? before.notes)}, updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${goalId}`);
  await ctx.audit({
    entity: "coaching_goal",
    entityId: goalId,
    action: "update",
    before: { status: before.status },
    after: { status: b.status ?? before.status },
  });
  return goalOut((await repo.goalsOf(ctx.tx, w.id)).find((g) => g.id === goalId)!);
}

import { encryption } from "@wijkwerk/db";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Static } from "@sinclair/typebox";
import { brusselsDateOf } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import type { CoachedWorker } from "./access.ts";
import * as repo from "./repository.ts";
import type * as S from "./schemas.ts";
import { actionOut, conversationOut } from "./views.ts";

/** Coaching conversations and the actions agreed in them (issue 19); audit rows never hold the notes. */

export async function addConversation(ctx: TenantContext, w: CoachedWorker, b: Static<typeof S.ConversationBody>) {
  if (b.appointmentId) {
    const [a] = await ctx.tx.execute(
      sql`SELECT 1 FROM appointments WHERE tenant_id = app_current_tenant() AND id = ${b.appointmentId} AND worker_id = ${w.id}`,
    );
    if (!a) throw new AppError("coaching.appointment_unknown", "Kies een afspraak van deze wijk-werker op een zitdag.");
  }
  const id = randomUUID();
  await ctx.tx.execute(sql`
    INSERT INTO coaching_conversations (tenant_id, id, worker_id, held_on, staff_id, notes, appointment_id)
    VALUES (app_current_tenant(), ${id}, ${w.id}, ${b.heldOn}, ${ctx.actor.sub}, ${encryption.sealText(b.notes)}, ${b.appointmentId ?? null})`);
  for (const a of b.actions ?? []) {
    await ctx.tx.execute(sql`
      INSERT INTO coaching_actions (tenant_id, id, conversation_id, worker_id, description, due_on)
      VALUES (app_current_tenant(), ${randomUUID()}, ${id}, ${w.id}, ${encryption.sealText(a.description)}, ${a.dueOn})`);
  }
  await ctx.audit({
    entity: "coaching_conversation",
    entityId: id,
    action: "create",
    after: { workerId: w.id, heldOn: b.heldOn, actions: b.actions?.length ?? 0 },
  });
  const row = (await repo.conversationsOf(ctx.tx, w.id)).find((c) => c.id === id)!;
  return conversationOut(row, await repo.actionsOf(ctx.tx, w.id));
}

export async function setActionDone(ctx: TenantContext, w: CoachedWorker, actionId: string, done: boolean) {
  const doneOn = done ? brusselsDateOf(new Date()) : null;
  const changed = await ctx.tx.execute(sql`
    UPDATE coaching_actions SET done_on = CASE WHEN ${done} THEN coalesce(done_on, ${doneOn}::date) END
     WHERE tenant_id = app_current_tenant() AND id = ${actionId} AND worker_id = ${w.id} RETURNING id`);
  if (changed.length === 0) throw notFound("Deze afspraak");
  await ctx.audit({ entity: "coaching_action", entityId: actionId, action: done ? "done" : "not_done", after: { done } });
  return actionOut((await repo.actionsOf(ctx.tx, w.id)).find((a) => a.id === actionId)!);
}

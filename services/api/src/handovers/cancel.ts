import { sql } from "drizzle-orm";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { cancelAssignment } from "../assignments/repository.ts";
import * as repo from "./repository.ts";
import { handoverOut } from "./views.ts";

/**
 * Issue 19: the consultant takes an announcement back (the successor fell ill, another fits better),
 * so another successor can be announced; a planned inloopbeurt is cancelled with it. A moved handover
 * stays: its visits are ordinary proposals, cancelled one by one.
 */
export async function cancelHandover(ctx: TenantContext, id: string, reason: string) {
  const { tx } = ctx;
  const h = await repo.findHandover(tx, id, true);
  if (!h) throw notFound("Deze overdracht");
  if (h.status !== "announced") throw new AppError("handover.not_announced", "Deze overdracht is al uitgevoerd of ingetrokken.");
  if (h.inloop_assignment_id) {
    const [live] = await tx.execute<{ id: string; job_id: string }>(
      sql`SELECT id, job_id FROM assignments WHERE tenant_id = app_current_tenant() AND id = ${h.inloop_assignment_id} AND status = 'accepted' FOR UPDATE`,
    );
    if (live) await cancelAssignment(tx, live, "consultant", reason);
  }
  await tx.execute(sql`UPDATE handovers SET status = 'cancelled', updated_at = now() WHERE tenant_id = app_current_tenant() AND id = ${h.id}`);
  const out = handoverOut((await repo.findHandover(tx, h.id))!);
  await ctx.audit({ entity: "handover", entityId: h.id, action: "cancel", before: handoverOut(h), after: { ...out, reason } });
  return out;
}

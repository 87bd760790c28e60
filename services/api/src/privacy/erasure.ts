import { sql } from "drizzle-orm";
import { privacy, type Tx } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";

export type Kind = "worker" | "client";

/** The person's row, locked: two erasures (or an erasure and a change) of one person queue. */
async function lockPerson(tx: Tx, kind: Kind, id: string): Promise<{ erased: boolean }> {
  const rows =
    kind === "worker"
      ? await tx.execute<{ erased_at: string | null }>(sql`SELECT erased_at FROM workers WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`)
      : await tx.execute<{ erased_at: string | null }>(sql`SELECT erased_at FROM clients WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  if (!rows[0]) throw notFound(kind === "worker" ? "Deze wijk-werker" : "Deze gebruiker");
  return { erased: rows[0].erased_at !== null };
}

const describe = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ");

/**
 * Issue 20, erasure (GDPR art. 17, within art. 17(3)(b)): refused with nothing changed while money
 * or work is open; otherwise the person is pseudonymised and the rest deleted (packages/db
 * privacy.eraseWorker / eraseClient). Audited with what was done, counts only: no erased value.
 */
export async function erasePerson(ctx: TenantContext, kind: Kind, id: string, reason: privacy.ErasureReason) {
  const { erased } = await lockPerson(ctx.tx, kind, id);
  if (erased) throw new AppError("privacy.already_erased");
  const open = kind === "worker" ? await privacy.workerOpenItems(ctx.tx, ctx.tenantId, id) : await privacy.clientOpenItems(ctx.tx, ctx.tenantId, id);
  if (Object.keys(open.money).length > 0) throw new AppError("privacy.money_open", `Nog open: ${describe(open.money)}.`);
  if (Object.keys(open.work).length > 0) throw new AppError("privacy.work_open", `Nog open: ${describe(open.work)}.`);
  const steps = kind === "worker" ? await privacy.eraseWorker(ctx.tx, ctx.tenantId, id, reason) : await privacy.eraseClient(ctx.tx, ctx.tenantId, id, reason);
  await ctx.audit({ entity: kind, entityId: id, action: "erase", after: { reason, steps } });
  return { id, kind, reason, erasedAt: new Date().toISOString(), pseudonym: privacy.pseudonymOf(id).full, steps };
}

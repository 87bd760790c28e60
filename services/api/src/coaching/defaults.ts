import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { DEFAULT_COACHING_GOAL_TYPES, type CoachingSettings } from "@wijkwerk/domain";

/**
 * A tenant's coaching settings; the first time, also its default goal list (issue 19: stiptheid,
 * werken met klanten, Nederlands op het werk, tuinonderhoud). Seeded once: a tenant that later
 * removes a default keeps it removed. Concurrent first calls seed once (ON CONFLICT).
 */
export async function coachingSettings(tx: Tx): Promise<CoachingSettings> {
  const created = await tx.execute(sql`INSERT INTO coaching_settings (tenant_id) VALUES (app_current_tenant()) ON CONFLICT DO NOTHING RETURNING tenant_id`);
  if (created.length > 0) {
    for (const [position, g] of DEFAULT_COACHING_GOAL_TYPES.entries()) {
      await tx.execute(sql`
        INSERT INTO coaching_goal_types (tenant_id, id, name, kind, position)
        VALUES (app_current_tenant(), ${randomUUID()}, ${g.name}, ${g.kind}, ${position})
        ON CONFLICT DO NOTHING`);
    }
  }
  const [row] = await tx.execute<{ months: number[]; days: number }>(sql`
    SELECT evaluation_months AS months, evaluation_before_end_days AS days FROM coaching_settings WHERE tenant_id = app_current_tenant()`);
  return { evaluationMonths: (row?.months ?? []).map(Number), evaluationBeforeEndDays: Number(row?.days ?? 0) };
}

export async function saveCoachingSettings(tx: Tx, s: CoachingSettings): Promise<void> {
  await coachingSettings(tx);
  const months = `{${s.evaluationMonths.join(",")}}`;
  await tx.execute(sql`
    UPDATE coaching_settings SET evaluation_months = ${months}::smallint[], evaluation_before_end_days = ${s.evaluationBeforeEndDays}, updated_at = now()
     WHERE tenant_id = app_current_tenant()`);
}

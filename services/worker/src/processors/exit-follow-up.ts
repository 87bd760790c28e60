import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { sql } from "drizzle-orm";
import type { Config } from "@wijkwerk/config";
import type { Database, Tx } from "@wijkwerk/db";
import { addCalendarDays, brusselsDateOf, FOLLOW_UP_SMS_WINDOW_DAYS, followUpSmsDue } from "@wijkwerk/domain";
import { QUEUES, writeOutbox } from "@wijkwerk/queue";
import { newCode, shortLink } from "./client-feedback.ts";
import { registerProcessors } from "./index.ts";

const nowOf = (job: Job): Date => (typeof job.data?.now === "string" ? new Date(job.data.now) : new Date());

/** How long the worker's follow-up link can be answered. */
const LINK_DAYS = 30;

type Due = { exit_id: string; worker_id: string; due_on: string; last_on: string | null; phone: string | null; sms_opt_out: boolean };

/**
 * Issue 19, "exit follow-up asked by SMS": daily, every exit whose 9 months have passed (coaching's
 * follow_up_due_on) gets ONE SMS to the worker asking whether they work now (followUpSmsDue: within
 * the window, no recent follow-up by the consultant, a mobile that takes SMS). The request's unique
 * key per exit makes a second run, or a second replica, send nothing twice.
 */
export async function askExitFollowUps(database: Database, config: Config, now: Date = new Date()): Promise<{ asked: number }> {
  const today = brusselsDateOf(now);
  const earliest = addCalendarDays(today, -FOLLOW_UP_SMS_WINDOW_DAYS);
  const expiresAt = new Date(`${addCalendarDays(today, LINK_DAYS)}T23:59:59Z`).toISOString();
  const tenants = await database.sql<{ id: string }[]>`SELECT id FROM tenants ORDER BY id`;
  let asked = 0;
  for (const tenant of tenants) {
    asked += await database.withTenant(tenant.id, async (tx) => {
      const due = await tx.execute<Due>(sql`
        SELECT x.id AS exit_id, x.worker_id, x.follow_up_due_on::text AS due_on, w.phone, w.sms_opt_out,
               (SELECT max(f.recorded_on)::text FROM coaching_follow_ups f WHERE f.tenant_id = x.tenant_id AND f.exit_id = x.id) AS last_on
          FROM coaching_exits x JOIN workers w ON w.tenant_id = x.tenant_id AND w.id = x.worker_id
         WHERE x.tenant_id = app_current_tenant() AND x.follow_up_due_on BETWEEN ${earliest}::date AND ${today}::date
           AND NOT EXISTS (SELECT 1 FROM exit_follow_up_requests r WHERE r.tenant_id = x.tenant_id AND r.exit_id = x.id)
         ORDER BY x.follow_up_due_on, x.id`);
      let n = 0;
      for (const d of due) {
        if (!followUpSmsDue({ dueOn: d.due_on, today, lastFollowUpOn: d.last_on, phone: d.phone, smsOptOut: d.sms_opt_out })) continue;
        if (await ask(tx, tenant.id, config, d, expiresAt)) n++;
      }
      return n;
    });
  }
  return { asked };
}

async function ask(tx: Tx, tenantId: string, config: Config, d: Due, expiresAt: string): Promise<boolean> {
  for (;;) {
    const { code, hash } = newCode();
    const id = randomUUID();
    const [row] = await tx.execute<{ id: string }>(sql`
      INSERT INTO exit_follow_up_requests (tenant_id, id, exit_id, worker_id, code_hash, expires_at)
      VALUES (app_current_tenant(), ${id}, ${d.exit_id}, ${d.worker_id}, ${hash}, ${expiresAt}::timestamptz)
      ON CONFLICT DO NOTHING RETURNING id`);
    if (!row) {
      const [exists] = await tx.execute(sql`SELECT 1 FROM exit_follow_up_requests WHERE tenant_id = app_current_tenant() AND exit_id = ${d.exit_id}`);
      if (exists) return false;
      continue;
    }
    await tx.execute(sql`
      INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, after)
      VALUES (app_current_tenant(), 'system', 'exit_follow_up.ask', 'ask', 'exit_follow_up_request', ${id},
              ${JSON.stringify({ workerId: d.worker_id, exitId: d.exit_id })}::jsonb)`);
    await writeOutbox(tx, tenantId, {
      topic: "events/exit_follow_up.asked",
      payload: { requestId: id, workerId: d.worker_id, shortUrl: shortLink(config, "v", code) },
    });
    return true;
  }
}

registerProcessors(QUEUES.maintenance, {
  "exit_follow_up.ask": async (job, deps) => askExitFollowUps(deps.database, deps.config, nowOf(job)),
});

import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { sql } from "drizzle-orm";
import type { Config } from "@wijkwerk/config";
import type { Database, Tx } from "@wijkwerk/db";
import {
  addCalendarDays,
  addCalendarMonths,
  answerCodeFromBytes,
  brusselsDateOf,
  feedbackChannelOf,
  feedbackMonthOf,
  FEEDBACK_LINK_DAYS,
} from "@wijkwerk/domain";
import { QUEUES, writeOutbox } from "@wijkwerk/queue";
import { registerProcessors } from "./index.ts";

/** Tests pass `{ now }` to move the clock; the scheduler passes nothing. */
const nowOf = (job: Job): Date => (typeof job.data?.now === "string" ? new Date(job.data.now) : new Date());

/** A fresh one-tap code (domain answer-code rule) and the SHA-256 that is stored of it. */
export function newCode(): { code: string; hash: Buffer } {
  for (;;) {
    const code = answerCodeFromBytes(randomBytes(16));
    if (code) return { code, hash: createHash("sha256").update(code, "utf8").digest() };
  }
}

export const shortLink = (config: Config, prefix: "f" | "v", code: string) => `${config.PUBLIC_WEB_URL.replace(/\/$/, "")}/${prefix}/${code}`;

type Pair = { worker_id: string; client_id: string; minutes: number; phone: string | null; email: string | null; sms_opt_out: boolean; email_opt_out: boolean };

/**
 * Issue 19, "client feedback": once a month, for the month before (Brussels), every client for whom
 * a worker had confirmed hours that month is asked ONE question about that worker, in the client's
 * channel. The row's unique key (tenant, worker, client, month) makes a second run, or a second
 * replica at the same moment, ask nothing twice; the row, its audit row and the outbox row commit together.
 */
export async function askClientFeedback(database: Database, config: Config, now: Date = new Date()): Promise<{ asked: number }> {
  const today = brusselsDateOf(now);
  const month = feedbackMonthOf(today);
  const from = `${month}-01`;
  const until = addCalendarMonths(from, 1);
  const expiresAt = new Date(`${addCalendarDays(today, FEEDBACK_LINK_DAYS)}T23:59:59Z`).toISOString();
  const tenants = await database.sql<{ id: string }[]>`SELECT id FROM tenants ORDER BY id`;
  let asked = 0;
  for (const tenant of tenants) {
    asked += await database.withTenant(tenant.id, async (tx) => {
      const pairs = await tx.execute<Pair>(sql`
        SELECT e.worker_id, e.client_id, sum(e.minutes)::int AS minutes, c.phone, c.email, c.sms_opt_out, c.email_opt_out
          FROM time_entries e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id
         WHERE e.tenant_id = app_current_tenant() AND e.status = 'confirmed' AND e.work_date >= ${from}::date AND e.work_date < ${until}::date
           AND NOT EXISTS (SELECT 1 FROM client_feedback_requests r WHERE r.tenant_id = e.tenant_id AND r.worker_id = e.worker_id
                                                                  AND r.client_id = e.client_id AND r.month = ${month})
         GROUP BY e.worker_id, e.client_id, c.phone, c.email, c.sms_opt_out, c.email_opt_out
         ORDER BY e.worker_id, e.client_id`);
      let n = 0;
      for (const p of pairs) {
        const channel = feedbackChannelOf({ phone: p.phone, email: p.email, smsOptOut: p.sms_opt_out, emailOptOut: p.email_opt_out });
        if (channel && (await ask(tx, tenant.id, config, p, month, channel, expiresAt))) n++;
      }
      return n;
    });
  }
  return { asked };
}

/** Inserts the question with a new code (again on the rare clash of codes); false when it exists already. */
async function ask(tx: Tx, tenantId: string, config: Config, p: Pair, month: string, channel: "sms" | "email", expiresAt: string): Promise<boolean> {
  for (;;) {
    const { code, hash } = newCode();
    const id = randomUUID();
    const [row] = await tx.execute<{ id: string }>(sql`
      INSERT INTO client_feedback_requests (tenant_id, id, worker_id, client_id, month, minutes, channel, code_hash, expires_at)
      VALUES (app_current_tenant(), ${id}, ${p.worker_id}, ${p.client_id}, ${month}, ${p.minutes}, ${channel}, ${hash}, ${expiresAt}::timestamptz)
      ON CONFLICT DO NOTHING RETURNING id`);
    if (!row) {
      const [exists] = await tx.execute(sql`
        SELECT 1 FROM client_feedback_requests WHERE tenant_id = app_current_tenant() AND worker_id = ${p.worker_id} AND client_id = ${p.client_id} AND month = ${month}`);
      if (exists) return false;
      continue;
    }
    const payload = { requestId: id, workerId: p.worker_id, clientId: p.client_id, channel, shortUrl: shortLink(config, "f", code) };
    await tx.execute(sql`
      INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, after)
      VALUES (app_current_tenant(), 'system', 'client_feedback.ask', 'ask', 'client_feedback_request', ${id},
              ${JSON.stringify({ workerId: p.worker_id, clientId: p.client_id, month, channel })}::jsonb)`);
    await writeOutbox(tx, tenantId, { topic: "events/client_feedback.asked", payload });
    return true;
  }
}

registerProcessors(QUEUES.maintenance, {
  "client_feedback.ask": async (job, deps) => askClientFeedback(deps.database, deps.config, nowOf(job)),
});

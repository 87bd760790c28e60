import type { Job } from "bullmq";
import { sql } from "drizzle-orm";
import type { Database } from "@wijkwerk/db";
import { addCalendarDays, brusselsDateOf, resolveSettings } from "@wijkwerk/domain";
import { QUEUES } from "@wijkwerk/queue";
import { registerProcessors } from "./index.ts";

/** Tests pass `{ now }` to move the clock; the scheduler passes nothing. */
const nowOf = (job: Job): Date => (typeof job.data?.now === "string" ? new Date(job.data.now) : new Date());

/**
 * RULES §1 (S4, an agreement lasts at most 12 months): the consultant plans the next step with the
 * worker before the agreement ends. Daily, per tenant: agreements ending between today and today +
 * agreementEndingNoticeDays (Brussels) get one agreement.ending message. The notice row, the audit
 * row and the outbox row are one statement; the notice's primary key makes a second run, or a
 * second replica running at the same moment, insert nothing and so send nothing.
 */
export async function announceEndingAgreements(database: Database, now: Date = new Date()): Promise<{ announced: number }> {
  const today = brusselsDateOf(now);
  const tenants = await database.sql<{ id: string; settings: Record<string, unknown> | null }[]>`
    SELECT t.id, t.settings FROM tenants t
     WHERE EXISTS (SELECT 1 FROM worker_agreements a WHERE a.tenant_id = t.id AND a.end_date >= ${today}::date)`;
  let announced = 0;
  for (const tenant of tenants) {
    const until = addCalendarDays(today, resolveSettings(tenant.settings, today).agreementEndingNoticeDays);
    const rows = await database.withTenant(tenant.id, (tx) => tx.execute<{ id: string }>(announceStatement(today, until)));
    announced += rows.length;
  }
  return { announced };
}

/** Notice, audit and outbox rows of the agreements of the bound tenant ending in [today, until]. */
function announceStatement(today: string, until: string) {
  return sql`
    WITH due AS (
      INSERT INTO agreement_end_notices (tenant_id, agreement_id, ends_on)
      SELECT a.tenant_id, a.id, a.end_date FROM worker_agreements a JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
       WHERE a.tenant_id = app_current_tenant() AND a.end_date BETWEEN ${today}::date AND ${until}::date AND w.status = 'active'
      ON CONFLICT DO NOTHING
      RETURNING tenant_id, agreement_id, ends_on
    ), told AS (
      SELECT d.*, a.worker_id FROM due d JOIN worker_agreements a ON a.tenant_id = d.tenant_id AND a.id = d.agreement_id
    ), audited AS (
      INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, after)
      SELECT tenant_id, 'system', 'agreements.ending', 'announce_end', 'worker_agreement', agreement_id::text, jsonb_build_object('endsOn', ends_on::text) FROM told
    )
    INSERT INTO outbox (tenant_id, topic, payload)
    SELECT tenant_id, 'events/agreement.ending',
           jsonb_build_object('agreementId', agreement_id, 'workerId', worker_id, 'tenantId', tenant_id, 'endsOn', ends_on::text,
                              'daysLeft', ends_on - ${today}::date, 'notify', jsonb_build_array('consultant', 'worker'))
      FROM told
    RETURNING id`;
}

registerProcessors(QUEUES.maintenance, {
  "agreements.ending": async (job, deps) => announceEndingAgreements(deps.database, nowOf(job)),
});

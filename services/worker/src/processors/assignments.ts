import type { Database } from "@wijkwerk/db";
import { QUEUES } from "@wijkwerk/queue";
import { registerProcessors } from "./index.ts";

export interface ExpireResult {
  expired: number;
}

/**
 * Proposals nobody answered in time (settings.proposalExpiryHours) become "expired", across all
 * tenants in one statement: the status change, the spent SMS links, an audit row and the
 * outbox message for the consultant commit together. Running it twice changes nothing more.
 */
export async function expireProposals(database: Database, now: Date = new Date()): Promise<ExpireResult> {
  const rows = await database.sql<{ id: string }[]>`
    WITH expired AS (
      UPDATE assignments SET status = 'expired', updated_at = now()
       WHERE status = 'proposed' AND expires_at <= ${now.toISOString()}::timestamptz
      RETURNING tenant_id, id, job_id, worker_id, client_id
    ), spent AS (
      UPDATE assignment_response_tokens t SET used_at = now()
        FROM expired e WHERE t.tenant_id = e.tenant_id AND t.assignment_id = e.id AND t.used_at IS NULL
    ), audited AS (
      INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, after)
      SELECT tenant_id, 'system', 'assignments.expire', 'expire', 'assignment', id::text, jsonb_build_object('status', 'expired') FROM expired
    )
    INSERT INTO outbox (tenant_id, topic, payload)
    SELECT tenant_id, 'events/assignment.expired',
           jsonb_build_object('assignmentId', id, 'jobId', job_id, 'workerId', worker_id, 'clientId', client_id, 'tenantId', tenant_id, 'notify', jsonb_build_array('consultant'))
      FROM expired
    RETURNING id`;
  return { expired: rows.length };
}

registerProcessors(QUEUES.maintenance, {
  "assignments.expire": async (_job, deps) => expireProposals(deps.database),
});

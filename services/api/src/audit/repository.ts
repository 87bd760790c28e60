import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** What the admin filters the audit trail by; every filter is optional. */
export interface AuditFilter {
  /** A person, job, payment…: rows about it (entity_id) or naming it as worker or client. */
  subjectId?: string | undefined;
  /** The staff member (or worker, client) who acted. */
  actorId?: string | undefined;
  entity?: string | undefined;
  /** Days in Brussels time, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

export type AuditRow = {
  id: string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
};

function where(f: AuditFilter, after: readonly (string | number)[] | undefined): SQL {
  const conds: SQL[] = [sql`a.tenant_id = app_current_tenant()`];
  if (f.subjectId)
    conds.push(sql`(a.entity_id = ${f.subjectId}
      OR a.after->>'workerId' = ${f.subjectId} OR a.after->>'clientId' = ${f.subjectId}
      OR a.before->>'workerId' = ${f.subjectId} OR a.before->>'clientId' = ${f.subjectId})`);
  if (f.actorId) conds.push(sql`a.actor_id = ${f.actorId}`);
  if (f.entity) conds.push(sql`a.entity = ${f.entity}`);
  if (f.from) conds.push(sql`a.at >= (${f.from}::date::timestamp AT TIME ZONE 'Europe/Brussels')`);
  if (f.to) conds.push(sql`a.at < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels')`);
  if (after) conds.push(sql`(a.at, a.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  return sql.join(conds, sql` AND `);
}

/**
 * One page of the audit trail, newest first, with the name of who acted (staff, worker or client).
 * Rows were masked when written (writes.ts: INSZ and IBAN); the routes mask again on the way out.
 */
export async function auditPage(tx: Tx, f: AuditFilter, after: readonly (string | number)[] | undefined, limit: number): Promise<AuditRow[]> {
  return tx.execute<AuditRow>(sql`
    SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, a.actor_type, a.actor_id,
           COALESCE(s.name, w.first_name || ' ' || w.last_name, c.contact_first_name || ' ' || c.contact_last_name) AS actor_name,
           a.action, a.entity, a.entity_id, a.before, a.after, a.request_id
      FROM audit_log a
      LEFT JOIN staff s ON s.tenant_id = a.tenant_id AND s.id::text = a.actor_id
      LEFT JOIN workers w ON w.tenant_id = a.tenant_id AND w.id::text = a.actor_id AND a.actor_type = 'worker'
      LEFT JOIN clients c ON c.tenant_id = a.tenant_id AND c.id::text = a.actor_id AND a.actor_type = 'client'
     WHERE ${where(f, after)}
     ORDER BY a.at DESC, a.id DESC
     LIMIT ${limit + 1}`);
}

/** The kinds of things the trail holds, for the filter's choice list. */
export async function auditEntities(tx: Tx): Promise<string[]> {
  const rows = await tx.execute<{ entity: string }>(sql`
    WITH RECURSIVE e AS (
      (SELECT entity FROM audit_log WHERE tenant_id = app_current_tenant() ORDER BY entity LIMIT 1)
      UNION ALL
      SELECT (SELECT entity FROM audit_log WHERE tenant_id = app_current_tenant() AND entity > e.entity ORDER BY entity LIMIT 1) FROM e WHERE e.entity IS NOT NULL
    )
    SELECT entity FROM e WHERE entity IS NOT NULL`);
  return rows.map((r) => r.entity);
}

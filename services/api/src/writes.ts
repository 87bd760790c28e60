import { sql, type SQL } from "drizzle-orm";
import { maskPersonalNumbers } from "@wijkwerk/domain";
import { outboxRows, type OutboxMessage } from "@wijkwerk/queue";
import type { AuditEntry } from "./context.ts";

/** An audit row with who asked for it: a batch writes rows of several requests at once. */
export interface AuditRow extends AuditEntry {
  actorType: string;
  actorId: string;
  requestId: string;
}

export interface CollectedWrites {
  /** INSERT/UPDATE/DELETE statements of the change itself. */
  writes?: SQL[];
  messages?: OutboxMessage[];
  audits?: AuditRow[];
}

/** A jsonb parameter: drizzle passes jsonb through as text. Audit rows never hold a full INSZ or IBAN. */
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Everything a tenant transaction collected, as ONE statement (data-modifying CTEs): a change,
 * its audit rows and the messages it triggers cost one round trip, not one each. The INSERTs are
 * written out rather than built with drizzle's insert builder: on the time-entry hot path the
 * builder cost more than the database did. Undefined when there is nothing to write.
 */
export function collectedWritesStatement(tenantId: string, collected: CollectedWrites): SQL | undefined {
  const statements = [...(collected.writes ?? [])];
  if (collected.messages?.length) {
    statements.push(
      sql`INSERT INTO outbox (tenant_id, topic, payload, available_at, request_id) VALUES ${sql.join(
        outboxRows(tenantId, collected.messages).map(
          (m) =>
            sql`(${tenantId}, ${m.topic}, ${JSON.stringify(m.payload)}::jsonb, COALESCE(${m.availableAt ?? null}::timestamptz, now()), ${m.requestId ?? null})`,
        ),
        sql`, `,
      )}`,
    );
  }
  if (collected.audits?.length) {
    statements.push(
      sql`INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after, request_id) VALUES ${sql.join(
        collected.audits.map(
          (a) =>
            sql`(${tenantId}, ${a.actorType}, ${a.actorId}, ${a.action}, ${a.entity}, ${a.entityId ?? null}, ${json(maskPersonalNumbers(a.before))}::jsonb, ${json(maskPersonalNumbers(a.after))}::jsonb, ${a.requestId})`,
        ),
        sql`, `,
      )}`,
    );
  }
  if (statements.length <= 1) return statements[0];
  return sql`WITH ${sql.join(
    statements.map((s, i) => sql`${sql.raw(`w${i}`)} AS (${s})`),
    sql`, `,
  )} SELECT 1`;
}

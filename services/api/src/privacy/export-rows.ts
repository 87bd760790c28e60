import { sql, type SQL } from "drizzle-orm";
import { isEnvelope, keyring } from "@wijkwerk/crypto";
import type { Tx } from "@wijkwerk/db";

export type ExportRow = Record<string, unknown>;

const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/**
 * Columns that are never handed out: the tenant key, secrets (hashes), the matching copies kept by
 * triggers, and the lookup hashes and masked copies of encrypted values (docs/ENCRYPTION.md).
 */
const HIDDEN = /^(tenant_id|code_hash|password_hash|totp_secret|match_.*|.*_hmac|.*_masked)$/;

/** The person gets their own data in full: encrypted values (INSZ, IBAN, notes) are decrypted; the export itself is audited. */
const plain = (v: unknown) => (typeof v === "string" && isEnvelope(v) ? keyring().decrypt(v) : v);

/** Rows of one category as plain JSON objects, camelCase keys, secrets left out, encrypted values decrypted. */
export async function exportRows(tx: Tx, query: SQL): Promise<ExportRow[]> {
  const rows = await tx.execute<{ r: Record<string, unknown> }>(sql`SELECT to_jsonb(x) AS r FROM (${query}) x`);
  return rows.map(({ r }) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => !HIDDEN.test(k))
        .map(([k, v]) => [camel(k), plain(v)]),
    ),
  );
}

/**
 * Audit rows about the person: the rows about their own record with what changed (masked when
 * written), and the rows naming them on other records without their contents (those hold other
 * people's data).
 */
export function auditQuery(kind: "worker" | "client", id: string): SQL {
  const key = kind === "worker" ? "workerId" : "clientId";
  return sql`SELECT a.at, a.actor_type, a.action, a.entity, a.entity_id,
                    CASE WHEN a.entity = ${kind} THEN a.before END AS before,
                    CASE WHEN a.entity = ${kind} THEN a.after END AS after
               FROM audit_log a
              WHERE a.tenant_id = app_current_tenant()
                AND (a.entity_id = ${id} OR a.after->>${key} = ${id} OR a.before->>${key} = ${id})
              ORDER BY a.at, a.id`;
}

/** Messages sent to the person: what was sent, when, and whether it arrived. */
export function deliveriesQuery(kind: "worker" | "client", id: string): SQL {
  return sql`SELECT created_at, sent_at, event, channel, to_address, status, subject, body_text
               FROM deliveries WHERE tenant_id = app_current_tenant() AND recipient_type = ${kind} AND recipient_id = ${id}
              ORDER BY created_at, id`;
}

/** Appointments at a zitdag booked for the person. */
export function appointmentsQuery(kind: "worker" | "client", id: string): SQL {
  const col = sql.raw(kind === "worker" ? "worker_id" : "client_id");
  return sql`SELECT a.day, a.starts_at, a.ends_at, a.kind, a.status, a.topic, a.name, a.phone, o.location
               FROM appointments a JOIN office_hours o ON o.tenant_id = a.tenant_id AND o.id = a.office_hours_id
              WHERE a.tenant_id = app_current_tenant() AND a.${col} = ${id} ORDER BY a.day, a.starts_at`;
}

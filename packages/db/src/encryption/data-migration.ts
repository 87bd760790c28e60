import type postgres from "postgres";
import { ENVELOPE_PREFIX, type Keyring } from "@wijkwerk/crypto";
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./columns.ts";

/** Rows per transaction (tests pass a small batch to cross batch boundaries). */
const BATCH = 500;

type Row = { value: string; hmac?: string | null; [key: string]: string | null | undefined };

/**
 * Per table and tenant, in batches of BATCH rows walked in primary-key order (tenant_id, then the
 * column's key: `id`, or a composite key such as (evaluation_id, goal_id)), each batch its own
 * transaction: resumable.
 */
async function eachBatch(
  sql: postgres.Sql,
  c: EncryptedColumn,
  pick: string,
  change: (value: string, row: Row) => Record<string, string> | null,
  log: (line: string) => void,
  batch: number,
): Promise<number> {
  const key = c.key ?? ["id"];
  const keyList = key.join(", ");
  const tenants = await sql<{ id: string }[]>`SELECT id FROM tenants ORDER BY id`;
  let changed = 0;
  for (const { id: tenantId } of tenants) {
    let after: string[] | null = null;
    for (;;) {
      const done = await sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.encrypting', 'on', true)`;
        const past = after ? `AND (${keyList}) > (${key.map((_, i) => `$${i + 2}`).join(", ")})` : "";
        const rows = await tx.unsafe<Row[]>(
          `SELECT ${keyList}, ${c.column} AS value${c.hmac ? `, ${c.hmac} AS hmac` : ""} FROM ${c.table}
            WHERE tenant_id = $1 ${past} AND ${c.column} IS NOT NULL AND (${pick})
            ORDER BY ${keyList} LIMIT ${batch} FOR UPDATE`,
          [tenantId, ...(after ?? [])],
        );
        for (const row of rows) {
          const set = change(row.value, row);
          if (!set) continue;
          const cols = Object.keys(set);
          const at = key.length + 2;
          await tx.unsafe(
            `UPDATE ${c.table} SET ${cols.map((k, i) => `${k} = $${i + at}`).join(", ")}
              WHERE tenant_id = $1 AND ${key.map((k, i) => `${k} = $${i + 2}`).join(" AND ")}`,
            [tenantId, ...key.map((k) => row[k]!), ...cols.map((k) => set[k]!)],
          );
          changed++;
        }
        if (rows.length > 0) after = key.map((k) => rows[rows.length - 1]![k]!);
        return rows.length < batch;
      });
      if (done) break;
    }
  }
  if (changed > 0) log(`${c.table}.${c.column}: ${changed}`);
  return changed;
}

/**
 * The data migration of issue 20, run by migrate() after the SQL files: every plain value (one
 * without the envelope prefix) is encrypted under the first key, its hash and masked form filled.
 * Idempotent (an envelope is never touched again) and resumable (batches commit one by one).
 */
export async function encryptPlainValues(sql: postgres.Sql, keys: Keyring, log: (line: string) => void = () => {}, batch = BATCH): Promise<number> {
  let total = 0;
  for (const c of ENCRYPTED_COLUMNS) {
    const missing = [c.hmac, c.masked?.column].filter(Boolean).map((col) => `${col} IS NULL`);
    const pick = [`left(${c.column}, ${ENVELOPE_PREFIX.length}) <> '${ENVELOPE_PREFIX}'`, ...missing].join(" OR ");
    total += await eachBatch(
      sql,
      c,
      pick,
      (value) => {
        const plain = keys.reveal(value);
        return {
          [c.column]: value.startsWith(ENVELOPE_PREFIX) ? value : keys.encrypt(plain),
          ...(c.hmac ? { [c.hmac]: keys.lookupHash("insz", plain.replace(/\D/g, "")) } : {}),
          ...(c.masked ? { [c.masked.column]: c.masked.mask(plain) } : {}),
        };
      },
      log,
      batch,
    );
  }
  return total;
}

/**
 * Key rotation (issue 20): every envelope not under the first key of ENCRYPTION_KEYS is encrypted
 * again under it; plain values left over are encrypted too. Batches commit one by one: stop and
 * run again at will. The lookup hashes are rotated by rehashLookups (the reencrypt command runs both).
 */
export async function reencryptAll(sql: postgres.Sql, keys: Keyring, log: (line: string) => void = () => {}, batch = BATCH): Promise<number> {
  let total = 0;
  const current = `${ENVELOPE_PREFIX}${keys.primaryId}:`;
  for (const c of ENCRYPTED_COLUMNS) {
    total += await eachBatch(
      sql,
      c,
      `left(${c.column}, ${current.length}) <> '${current}'`,
      (value) => {
        const next = keys.reencrypt(value);
        return next === null ? null : { [c.column]: next };
      },
      log,
      batch,
    );
  }
  return total;
}

/**
 * Rotation of LOOKUP_HMAC_KEY: every keyed-hash column is recomputed with the current key from the
 * decrypted value. Batched and resumable like the rest; idempotent (a row whose hash is already the
 * current key's is not written, so a rerun reports 0). Erased rows (`erased:<id>`, 0060) keep their
 * marker. During the rotation lookups try the current and the previous key (lookupHashes), so a row
 * is found whichever hash it has; a duplicate under both keys cannot arise, and would fail this
 * command on the unique index rather than pass silently.
 */
export async function rehashLookups(sql: postgres.Sql, keys: Keyring, log: (line: string) => void = () => {}, batch = BATCH): Promise<number> {
  let total = 0;
  for (const c of ENCRYPTED_COLUMNS) {
    if (!c.hmac) continue;
    const hmac = c.hmac;
    total += await eachBatch(
      sql,
      c,
      `${hmac} IS NOT NULL AND ${hmac} NOT LIKE 'erased:%'`,
      (value, row) => {
        const next = keys.lookupHash("insz", keys.reveal(value).replace(/\D/g, ""));
        return next === row.hmac ? null : { [hmac]: next };
      },
      log,
      batch,
    );
  }
  return total;
}

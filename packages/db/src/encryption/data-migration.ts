import type postgres from "postgres";
import { ENVELOPE_PREFIX, type Keyring } from "@wijkwerk/crypto";
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./columns.ts";

const BATCH = 500;

/** Per table and tenant, in batches of BATCH rows, each batch its own transaction: resumable. */
async function eachBatch(
  sql: postgres.Sql,
  c: EncryptedColumn,
  pick: string,
  change: (value: string) => Record<string, string> | null,
  log: (line: string) => void,
): Promise<number> {
  const tenants = await sql<{ id: string }[]>`SELECT id FROM tenants ORDER BY id`;
  let changed = 0;
  for (const { id: tenantId } of tenants) {
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const done = await sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.encrypting', 'on', true)`;
        const rows = await tx.unsafe<{ id: string; value: string }[]>(
          `SELECT id, ${c.column} AS value FROM ${c.table} WHERE tenant_id = $1 AND id > $2 AND ${c.column} IS NOT NULL AND (${pick})
           ORDER BY id LIMIT ${BATCH} FOR UPDATE`,
          [tenantId, after],
        );
        for (const row of rows) {
          const set = change(row.value);
          if (!set) continue;
          const cols = Object.keys(set);
          await tx.unsafe(`UPDATE ${c.table} SET ${cols.map((k, i) => `${k} = $${i + 3}`).join(", ")} WHERE tenant_id = $1 AND id = $2`, [
            tenantId,
            row.id,
            ...cols.map((k) => set[k]!),
          ]);
          changed++;
        }
        if (rows.length > 0) after = rows[rows.length - 1]!.id;
        return rows.length < BATCH;
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
export async function encryptPlainValues(sql: postgres.Sql, keys: Keyring, log: (line: string) => void = () => {}): Promise<number> {
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
    );
  }
  return total;
}

/**
 * Key rotation (issue 20): every envelope not under the first key of ENCRYPTION_KEYS is encrypted
 * again under it; plain values left over are encrypted too. Batches commit one by one: stop and
 * run again at will. The lookup hash key is not rotated here (the hashes stay as they are).
 */
export async function reencryptAll(sql: postgres.Sql, keys: Keyring, log: (line: string) => void = () => {}): Promise<number> {
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
    );
  }
  return total;
}

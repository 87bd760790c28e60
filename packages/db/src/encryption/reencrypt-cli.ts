import postgres from "postgres";
import { loadConfig } from "@wijkwerk/config";
import { Keyring } from "@wijkwerk/crypto";
import { reencryptAll } from "./data-migration.ts";

/**
 * Key rotation (issue 20): `pnpm --filter @wijkwerk/db run reencrypt` with the new key first in
 * ENCRYPTION_KEYS and the old ones after it. Encrypts every value again under the first key, in
 * batches; safe to stop and run again. See docs/ENCRYPTION.md for the steps.
 */
const config = loadConfig();
const keys = Keyring.fromConfig(config);
const sql = postgres(config.DATABASE_URL, { max: 1, onnotice: () => {} });
try {
  const n = await reencryptAll(sql, keys, (line) => console.log(`re-encrypted ${line}`));
  console.log(`${n} values re-encrypted under key ${keys.primaryId}; keys ${keys.keyIds.slice(1).join(", ") || "(none)"} may now be removed.`);
} finally {
  await sql.end();
}

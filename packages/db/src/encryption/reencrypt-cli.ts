import postgres from "postgres";
import { loadConfig } from "@wijkwerk/config";
import { Keyring } from "@wijkwerk/crypto";
import { reencryptAll, rehashLookups } from "./data-migration.ts";

/**
 * Key rotation (issue 20): `pnpm --filter @wijkwerk/db run reencrypt` with the new key first in
 * ENCRYPTION_KEYS and the old ones after it, and/or a new LOOKUP_HMAC_KEY with the old one in
 * LOOKUP_HMAC_PREVIOUS_KEY. Encrypts every value again under the first key and recomputes every
 * lookup hash with the current lookup key, in batches; safe to stop and run again. See
 * docs/ENCRYPTION.md for the steps.
 */
const config = loadConfig();
const keys = Keyring.fromConfig(config);
const sql = postgres(config.DATABASE_URL, { max: 1, onnotice: () => {} });
try {
  const n = await reencryptAll(sql, keys, (line) => console.log(`re-encrypted ${line}`));
  console.log(`${n} values re-encrypted under key ${keys.primaryId}; keys ${keys.keyIds.slice(1).join(", ") || "(none)"} may now be removed.`);
  const h = await rehashLookups(sql, keys, (line) => console.log(`re-hashed ${line}`));
  console.log(
    `${h} lookup hashes recomputed with LOOKUP_HMAC_KEY` +
      (keys.rotatingLookupKey ? "; when a rerun reports 0, LOOKUP_HMAC_PREVIOUS_KEY may be removed." : "."),
  );
} finally {
  await sql.end();
}

import { ConfigSchema, DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "@wijkwerk/config";
import { Keyring } from "@wijkwerk/crypto";
import { migrate } from "@wijkwerk/db";

/**
 * The image's `migrate` command (Dockerfile, infra/README.md): brings the database up to date as its
 * owner (DATABASE_URL), creates or updates the role wijkwerk_app (no BYPASSRLS) with APP_DB_PASSWORD,
 * re-applies the grants. Safe to run twice or concurrently (an advisory lock serialises runners).
 * It reads only these settings (not loadConfig, which also wants Redis and the API's secrets): the
 * owner's credentials, and the encryption keys, because the data migration encrypts plain personal
 * numbers left by older versions (docs/ENCRYPTION.md) and must use the production keys.
 */
const databaseUrl = process.env.DATABASE_URL;
const devPassword = ConfigSchema.properties.APP_DB_PASSWORD.default as string;
const appPassword = process.env.APP_DB_PASSWORD || devPassword;
if (!databaseUrl) {
  console.error("DATABASE_URL (the owner/migrator connection) is not set");
  process.exit(2);
}
if (process.env.NODE_ENV === "production" && appPassword === devPassword) {
  console.error("APP_DB_PASSWORD must be set in production (the password migrate gives the role wijkwerk_app)");
  process.exit(2);
}
const encryptionKeys = process.env.ENCRYPTION_KEYS || DEV_ENCRYPTION_KEYS;
const lookupKey = process.env.LOOKUP_HMAC_KEY || DEV_LOOKUP_HMAC_KEY;
if (process.env.NODE_ENV === "production" && (encryptionKeys === DEV_ENCRYPTION_KEYS || lookupKey === DEV_LOOKUP_HMAC_KEY)) {
  console.error("ENCRYPTION_KEYS and LOOKUP_HMAC_KEY must be set in production (the data migration encrypts with them)");
  process.exit(2);
}
const keys = Keyring.fromConfig({ ENCRYPTION_KEYS: encryptionKeys, LOOKUP_HMAC_KEY: lookupKey });
const applied = await migrate(databaseUrl, appPassword, (line) => console.log(`» ${line}`), keys);
console.log(`» ${applied.length} migration(s) applied; the database is up to date`);

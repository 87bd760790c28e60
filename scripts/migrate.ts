import { ConfigSchema } from "@wijkwerk/config";
import { migrate } from "@wijkwerk/db";

/**
 * The image's `migrate` command (Dockerfile, infra/README.md): brings the database up to date as its
 * owner (DATABASE_URL), creates or updates the role wijkwerk_app (no BYPASSRLS) with APP_DB_PASSWORD,
 * re-applies the grants. Safe to run twice or concurrently (an advisory lock serialises runners).
 * It reads only these two settings (not loadConfig, which also wants Redis and the API's secrets):
 * the migration job gets the owner's credentials and nothing else.
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
const applied = await migrate(databaseUrl, appPassword, (line) => console.log(`» ${line}`));
console.log(`» ${applied.length} migration(s) applied; the database is up to date`);

import { ConfigError } from "./errors.ts";
import { DEV_ENCRYPTION_KEYS, parseEncryptionKeys } from "./keys.ts";
import { parse } from "./parse.ts";
import { ConfigSchema, type Config } from "./schema.ts";

export { ConfigError } from "./errors.ts";
export { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY, parseEncryptionKeys } from "./keys.ts";
export { ConfigSchema, type Config } from "./schema.ts";
export { loadWebConfig, WebConfigSchema, type WebConfig } from "./web.ts";

/** Parse and validate an environment once; unknown keys are ignored, bad values stop start-up. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = parse(ConfigSchema, env);
  if (parsed.NODE_ENV === "production") {
    if (parsed.JWT_SECRET.startsWith("development")) throw new ConfigError("JWT_SECRET must be set in production");
    if (parsed.PLATFORM_TOKEN.startsWith("development")) throw new ConfigError("PLATFORM_TOKEN must be set in production");
    if (parsed.ENCRYPTION_KEYS.includes(DEV_ENCRYPTION_KEYS.split(":")[1]!))
      throw new ConfigError("ENCRYPTION_KEYS must be set in production (not the development key)");
    if (parsed.LOOKUP_HMAC_KEY.startsWith("development")) throw new ConfigError("LOOKUP_HMAC_KEY must be set in production");
    if (parsed.LOOKUP_HMAC_PREVIOUS_KEY?.startsWith("development"))
      throw new ConfigError("LOOKUP_HMAC_PREVIOUS_KEY must not be the development key in production");
  }
  if (parsed.LOOKUP_HMAC_PREVIOUS_KEY === parsed.LOOKUP_HMAC_KEY) throw new ConfigError("LOOKUP_HMAC_PREVIOUS_KEY must differ from LOOKUP_HMAC_KEY");
  parseEncryptionKeys(parsed.ENCRYPTION_KEYS);
  return { ...parsed, DATABASE_APP_URL: parsed.DATABASE_APP_URL ?? appUrlFrom(parsed.DATABASE_URL, parsed.APP_DB_PASSWORD) };
}

/**
 * The app role lives in the same cluster and database as the owner. The URL may list several hosts
 * (h1:5432,h2:5432, issue 21), which WHATWG URL cannot parse: they are set aside while the user is
 * swapped, and put back.
 */
export function appUrlFrom(ownerUrl: string, password: string): string {
  const hosts = /^([a-z]+:\/\/(?:[^@/]*@)?)([^/?#]*)/i.exec(ownerUrl);
  const multi = hosts && hosts[2]!.includes(",") ? hosts[2]! : undefined;
  const url = new URL(multi ? ownerUrl.replace(multi, "multi-host.invalid") : ownerUrl);
  url.username = "wijkwerk_app";
  url.password = password;
  return multi ? url.toString().replace("multi-host.invalid", multi) : url.toString();
}

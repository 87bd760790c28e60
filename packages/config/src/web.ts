import { Type, type Static } from "@sinclair/typebox";
import { ConfigError } from "./errors.ts";
import { parse } from "./parse.ts";
import { ConfigSchema } from "./schema.ts";

/**
 * The web talks to the API only: it reads no database, no Redis, no data key and not the key that
 * signs API tokens, so it is given none of them (least privilege: a compromised web pod holds no
 * INSZ key, no database password, and cannot mint tokens). Its own secret is WEB_SECRET.
 */
export const WebConfigSchema = Type.Pick(ConfigSchema, [
  "NODE_ENV",
  "API_HOST",
  "WEB_PORT",
  "PUBLIC_API_URL",
  "PUBLIC_WEB_URL",
  "WEB_SECRET",
  "TRUST_PROXY",
  "DEV_SINK_DIR",
  "LOG_LEVEL",
  "METRICS_TOKEN",
  "OTEL_EXPORTER_OTLP_ENDPOINT",
]);
export type WebConfig = Static<typeof WebConfigSchema>;

export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const parsed = parse(WebConfigSchema, env);
  if (parsed.NODE_ENV === "production" && parsed.WEB_SECRET.startsWith("development")) throw new ConfigError("WEB_SECRET must be set in production");
  return parsed;
}

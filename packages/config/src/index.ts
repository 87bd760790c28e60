import { Type, type Static, type TObject } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";

/** Development defaults (like JWT_SECRET's): start.sh and tests work with nothing set; production refuses them. */
export const DEV_ENCRYPTION_KEYS = "dev1:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=";
export const DEV_LOOKUP_HMAC_KEY = "development-only-lookup-hmac-key-change-me";

/** ENCRYPTION_KEYS as a list: id (letters, digits, - and _) and 32 key bytes each, the encrypting key first. */
export function parseEncryptionKeys(value: string): { id: string; key: Buffer }[] {
  const keys = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf(":");
      const id = at > 0 ? part.slice(0, at) : "";
      const key = Buffer.from(part.slice(at + 1), "base64");
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new ConfigError("ENCRYPTION_KEYS: each key is keyId:base64, the id of letters, digits, - or _");
      if (key.length !== 32) throw new ConfigError(`ENCRYPTION_KEYS: key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (keys.length === 0) throw new ConfigError("ENCRYPTION_KEYS: at least one key");
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new ConfigError("ENCRYPTION_KEYS: key ids must differ");
  return keys;
}

/**
 * The only place that reads process.env (issue "Foundation"): every service calls
 * loadConfig() once at start-up and passes the result down.
 */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal("development"), Type.Literal("test"), Type.Literal("production")], { default: "development" }),
  /** Owner/migrator connection. The API itself connects with the app role (DATABASE_APP_URL). */
  DATABASE_URL: Type.String({ minLength: 1 }),
  /** Role without BYPASSRLS; derived from DATABASE_URL with user wijkwerk_app when absent. */
  DATABASE_APP_URL: Type.Optional(Type.String({ minLength: 1 })),
  /**
   * Issue 21: a streaming replica (standby) that reports and exports read from, connected to as
   * given, so with the app role (wijkwerk_app: RLS applies); absent = they read from the primary. Like the primary URL it may list several hosts
   * (postgres://u:p@h1:5432,h2:5432/db?target_session_attrs=prefer-standby).
   */
  DATABASE_REPLICA_URL: Type.Optional(Type.String({ minLength: 1 })),
  APP_DB_PASSWORD: Type.String({ default: "wijkwerk_app_dev" }),
  /** Bounds of a database outage (issue 23): how long opening a connection may take, the longest wait before reconnecting. */
  DATABASE_CONNECT_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, default: 5 }),
  DATABASE_RECONNECT_MAX_SECONDS: Type.Number({ minimum: 0, default: 1 }),
  /** The longest one statement of a request may run or wait for a lock (issue 13 item 10); then 503 with Retry-After. */
  DATABASE_STATEMENT_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, default: 30 }),
  /** Retry-After (seconds) on a 503 while the database or Redis is unreachable. */
  RETRY_AFTER_SECONDS: Type.Integer({ minimum: 1, default: 5 }),
  REDIS_URL: Type.String({ minLength: 1 }),
  /**
   * Issue 21: Redis behind Sentinel, as "host:port,host:port" of the sentinels; with it the services
   * ask them for the primary of REDIS_MASTER_NAME (and follow a failover). REDIS_URL then still gives
   * the password and database index (its host is not used).
   */
  REDIS_SENTINELS: Type.Optional(Type.String({ pattern: "^[^,:\\s]+:\\d+(,[^,:\\s]+:\\d+)*$" })),
  REDIS_MASTER_NAME: Type.String({ minLength: 1, default: "wijkwerk" }),
  /**
   * Prefix for all BullMQ/Redis keys, so tests and tenants of one Redis never collide. In braces (a
   * hash tag) all keys of a queue land in one slot, which BullMQ needs on Redis Cluster.
   */
  REDIS_PREFIX: Type.String({ default: "{wijkwerk}" }),
  JWT_SECRET: Type.String({ minLength: 16, default: "development-only-secret-change-me" }),
  /**
   * The web's own secret: its cookie signatures and CSRF tokens are derived from it
   * (services/web/src/security.ts). Its own, so the web never holds the key that signs API tokens.
   */
  WEB_SECRET: Type.String({ minLength: 32, default: "development-only-web-secret-change-me" }),
  /**
   * Issue 20, encryption at rest: key-encryption keys, comma-separated `keyId:base64(32 bytes)`.
   * The first one encrypts, every one decrypts (rotation: put the new key first, run reencrypt).
   */
  ENCRYPTION_KEYS: Type.String({ minLength: 1, default: DEV_ENCRYPTION_KEYS }),
  /** Key of the keyed hash (HMAC-SHA256) that finds an INSZ or IBAN without decrypting; at least 32 characters. New hashes use it. */
  LOOKUP_HMAC_KEY: Type.String({ minLength: 32, default: DEV_LOOKUP_HMAC_KEY }),
  /**
   * While the lookup key rotates: the key before LOOKUP_HMAC_KEY. Lookups and the duplicate checks
   * try both until `reencrypt` has recomputed every hash with the current key (docs/ENCRYPTION.md).
   */
  LOOKUP_HMAC_PREVIOUS_KEY: Type.Optional(Type.String({ minLength: 32 })),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 60, default: 8 * 3600 }),
  PLATFORM_TOKEN: Type.String({ minLength: 16, default: "development-platform-token" }),
  API_PORT: Type.Integer({ default: 3000 }),
  API_HOST: Type.String({ default: "127.0.0.1" }),
  WEB_PORT: Type.Integer({ default: 3001 }),
  PUBLIC_API_URL: Type.String({ default: "http://127.0.0.1:3000" }),
  PUBLIC_WEB_URL: Type.String({ default: "http://127.0.0.1:3001" }),
  SMTP_URL: Type.Optional(Type.String()),
  MAIL_FROM: Type.String({ default: "Wijkwerk <noreply@wijkwerk.local>" }),
  SMS_GATEWAY_URL: Type.Optional(Type.String()),
  SMS_GATEWAY_TOKEN: Type.Optional(Type.String()),
  /** Shared secret the SMS gateway sends as `Authorization: Bearer <token>` on POST /v1/sms/inbound (issue 17); unset = the endpoint refuses every call. */
  SMS_INBOUND_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** Development sink for mail and SMS when no SMTP_URL / SMS_GATEWAY_URL is set. */
  DEV_SINK_DIR: Type.String({ default: ".data/outbox" }),
  /** Wrong passwords (or codes) for one account from one address before each next try must wait (issue 13 item 12). */
  LOGIN_MAX_FAILURES: Type.Integer({ minimum: 1, default: 5 }),
  /** How long failures are remembered, and the longest wait the progressive delay reaches. */
  LOGIN_WINDOW_SECONDS: Type.Integer({ minimum: 1, default: 900 }),
  /** The first wait after LOGIN_MAX_FAILURES failures; it doubles with each further failure. */
  LOGIN_DELAY_SECONDS: Type.Integer({ minimum: 1, default: 15 }),
  /**
   * Whose X-Forwarded-For is believed (proxy-addr syntax: addresses, CIDRs, "loopback", "uniquelocal").
   * The API must trust only the web (and a load balancer in front of it), or anyone could claim
   * any address and escape the per-address limits.
   */
  TRUST_PROXY: Type.String({ default: "loopback" }),
  /** Requests per minute from one address to any route that needs no token. */
  RATE_PUBLIC_PER_MINUTE: Type.Integer({ minimum: 1, default: 120 }),
  /** Sign-in attempts (password or code) per RATE_WINDOW_SECONDS: from one address, and to one organisation from all addresses. */
  RATE_SIGNIN_PER_IP: Type.Integer({ minimum: 1, default: 30 }),
  RATE_SIGNIN_PER_TENANT: Type.Integer({ minimum: 1, default: 600 }),
  /** Sign-in codes sent per RATE_WINDOW_SECONDS: asked from one address, and for one organisation. Each one costs an SMS. */
  RATE_CODES_PER_IP: Type.Integer({ minimum: 1, default: 10 }),
  RATE_CODES_PER_TENANT: Type.Integer({ minimum: 1, default: 200 }),
  /** Codes sent to one phone number or e-mail address per LOGIN_WINDOW_SECONDS. */
  RATE_CODES_PER_DESTINATION: Type.Integer({ minimum: 1, default: 5 }),
  RATE_WINDOW_SECONDS: Type.Integer({ minimum: 1, default: 600 }),
  LOG_LEVEL: Type.String({ default: "info" }),
  /**
   * How long a worker holds a job without renewing its lock: a worker that died (kill -9, power)
   * gives its running jobs back after at most about twice this (BullMQ lockDuration and stalled check).
   */
  WORKER_LOCK_SECONDS: Type.Integer({ minimum: 1, default: 30 }),
  /** The worker's small HTTP server: /health, /ready, /metrics (docs/OBSERVABILITY.md). */
  WORKER_PORT: Type.Integer({ default: 3002 }),
  WORKER_HOST: Type.String({ default: "127.0.0.1" }),
  /**
   * Bearer token for GET /metrics on api, web and worker. Unset: /metrics answers only callers on
   * the loopback address (a scraper on the same host, or development); set: only with this token.
   */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** OTLP/HTTP collector base URL (e.g. http://otel-collector:4318); unset = tracing off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(Type.String({ minLength: 1 })),
});

export type Config = Static<typeof ConfigSchema> & { DATABASE_APP_URL: string };

export class ConfigError extends Error {}

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

function parse<S extends TObject>(schema: S, env: Record<string, string | undefined>): Static<S> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const withDefaults = Value.Default(schema, Value.Convert(schema, raw));
  const errors = [...Value.Errors(schema, withDefaults)];
  if (errors.length > 0) {
    // One line per setting: a missing value also fails its type check, which adds nothing.
    const byPath = new Map<string, string>();
    for (const e of errors) if (!byPath.has(e.path)) byPath.set(e.path, e.message);
    const lines = [...byPath].map(([path, message]) => `${path.slice(1) || "(root)"}: ${message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  return withDefaults as Static<S>;
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

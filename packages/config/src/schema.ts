import { Type, type Static } from "@sinclair/typebox";
import { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "./keys.ts";

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

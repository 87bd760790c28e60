import { randomUUID } from "node:crypto";
import { pino, stdTimeFunctions, type DestinationStream, type Logger, type LoggerOptions } from "pino";

export type { Logger } from "pino";

/**
 * Keys whose values never reach a log line, wherever they sit in the first three levels of a
 * logged object: credentials and tokens, one-time codes, and personal numbers (INSZ, IBAN).
 * Logs should not hold these in the first place (we log ids, not bodies); this is the net under it.
 */
const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "password",
  "adminPassword",
  "currentPassword",
  "newPassword",
  "token",
  "accessToken",
  "refreshToken",
  "totp",
  "totpSecret",
  "secret",
  "otp",
  "oneTimeCode",
  "nationalNumber",
  "national_number",
  "iban",
  "JWT_SECRET",
  "PLATFORM_TOKEN",
  "SMTP_URL",
  "SMS_GATEWAY_TOKEN",
  "SMS_INBOUND_TOKEN",
  "DATABASE_URL",
  "DATABASE_APP_URL",
  "APP_DB_PASSWORD",
];

const path = (parts: string[]) => parts.map((p, i) => (/^([A-Za-z_$][\w$]*|\*)$/.test(p) ? (i === 0 ? p : `.${p}`) : `["${p}"]`)).join("");

/** pino `redact` paths: each secret key at the top level and one or two levels down (`*.password`, `*.*.password`). */
export const REDACT_PATHS: readonly string[] = SECRET_KEYS.flatMap((k) => [path([k]), path(["*", k]), path(["*", "*", k])]);

export const REDACTED = "[redacted]";

/** The options every Wijkwerk logger shares (also handed to Fastify's `logger` option). */
export function loggerOptions(opts: { service: string; level?: string }): LoggerOptions {
  return {
    level: opts.level ?? "info",
    base: { service: opts.service },
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    formatters: { level: (label) => ({ level: label }) },
  };
}

/**
 * One structured JSON logger (pino) for a process: `service` on every line, the level from config
 * (LOG_LEVEL), secrets redacted. `destination` (a writable stream) lets tests read every line.
 */
export function createLogger(opts: { service: string; level?: string; destination?: DestinationStream }): Logger {
  return opts.destination ? pino(loggerOptions(opts), opts.destination) : pino(loggerOptions(opts));
}

/** The header that carries one request id from the edge (the web, or the API when called directly) onward. */
export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits and `._:-`, at most 64 characters: safe in logs, headers and SQL text columns. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function isValidRequestId(value: unknown): value is string {
  return typeof value === "string" && SAFE_REQUEST_ID.test(value);
}

/** The incoming X-Request-Id when it is a safe one, else a new random one. */
export function requestIdFrom(incoming: unknown): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return isValidRequestId(value) ? value : randomUUID();
}

/**
 * Paths whose next segment is a secret (one-tap answer codes, staff invitation and reset links):
 * the API's `/v1/answer-links/:code`, `/v1/feedback-links/:code`, `/v1/follow-up-links/:code`,
 * `/v1/auth/staff-links/:code` and the web's short links `/j/`, `/f/`, `/v/`.
 */
const SECRET_PATH = /^(\/v1\/(?:answer-links|feedback-links|follow-up-links|auth\/staff-links)\/|\/[jfv]\/)[^/?#]+/;

/** The URL with the secret segment of such a path replaced, for access logs. */
export function redactUrlSecrets(url: string): string {
  return url.replace(SECRET_PATH, `$1${REDACTED}`);
}

/** The PostgreSQL error behind a drizzle "Failed query" wrapper, if there is one. */
export interface PgError {
  code: string;
  message: string;
  constraint_name?: string;
  detail?: string;
}

export function pgError(err: unknown): PgError | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (
      typeof e === "object" &&
      e !== null &&
      "code" in e &&
      typeof (e as { code: unknown }).code === "string" &&
      /^[0-9A-Z]{5}$/.test((e as { code: string }).code)
    ) {
      return e as PgError;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const PG = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  checkViolation: "23514",
  exclusionViolation: "23P01",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
  insufficientPrivilege: "42501",
} as const;

// postgres.js's own codes for a connection that is gone or never came, and the socket errors below them.
const DRIVER_CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);

/**
 * The database could not be reached or went away mid-request (issue 23): the server is stopping,
 * starting or gone (SQLSTATE class 08, 57P01–57P03), the driver lost its connection, or a
 * statement ran past statement_timeout (57014), or the server is out of resources (class 53: too
 * many connections, out of memory, disk full; once seen as a 500 when parallel test runs filled
 * max_connections), or a write reached a server that is read-only (25006: a standby, e.g. the
 * old primary's address during a failover, issue 21). The caller
 * may retry later; nothing of the request's transaction was committed unless the answer got lost.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    // 57014: a statement ran past statement_timeout (a hung server, a lock held too long): try again later, like an outage.
    if (
      typeof code === "string" &&
      (DRIVER_CONNECTION_CODES.has(code) ||
        code.startsWith("08") ||
        code.startsWith("53") ||
        code === "57014" ||
        code === "25006" ||
        code === "57P01" ||
        code === "57P02" ||
        code === "57P03")
    )
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

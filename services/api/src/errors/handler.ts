import type { FastifyError, FastifyInstance } from "fastify";
import { isDatabaseUnavailable, pgError, PG } from "@wijkwerk/db";
import { AppError, toProblem } from "./problem.ts";
import { fieldErrorsFromAjv } from "../plugins/validation.ts";

/**
 * Every error leaves as problem+json with a stable code (DESIGN.md principle 7). Unknown errors
 * are logged and answered 500 without internals; a database serialization failure is a 503
 * the client may retry.
 */
export function installErrorHandler(app: FastifyInstance, retryAfterSeconds = 5): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.retryAfterSeconds !== undefined) reply.header("retry-after", String(appError.retryAfterSeconds));
    if (appError.status === 503) {
      if (!reply.hasHeader("retry-after")) reply.header("retry-after", String(retryAfterSeconds));
      request.log.warn({ err: { code: error.code, message: error.message } }, "service unavailable");
    } else if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    reply.status(appError.status).type("application/problem+json").send(toProblem(appError, request.url));
  });
}

/** 404 for an unknown address; 405 with Allow when the path exists with other methods (issue 13 item 6). */
export function installNotFound(app: FastifyInstance, allowedMethods: (url: string) => string[]): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const allowed = allowedMethods(path);
    const err = allowed.length
      ? new AppError("method.not_allowed", `${request.method} kan niet op ${path}; wel: ${allowed.join(", ")}.`)
      : new AppError("route.not_found", `${request.method} ${path} bestaat niet.`);
    if (allowed.length) reply.header("allow", allowed.join(", "));
    reply.status(err.status).type("application/problem+json").send(toProblem(err, path));
  });
}

/** ioredis without its server: a command refused with the offline queue off, or out of retries. */
function isRedisUnavailable(error: FastifyError): boolean {
  return error.name === "MaxRetriesPerRequestError" || /^(Stream isn't writeable|Connection is closed)/.test(error.message ?? "");
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation)
    return new AppError("validation.failed", "Controleer de aangeduide velden.", { errors: fieldErrorsFromAjv(error.validation, error.validationContext) });
  if (isRedisUnavailable(error))
    return new AppError("service.unavailable", "Een onderdeel van de dienst is even niet bereikbaar. Probeer het over enkele seconden opnieuw.");
  if (isDatabaseUnavailable(error))
    return new AppError("service.unavailable", "De databank is even niet bereikbaar. Probeer het over enkele seconden opnieuw.");
  const pg = pgError(error);
  if (pg?.code === PG.serializationFailure || pg?.code === PG.deadlockDetected) return new AppError("service.unavailable", "Probeer het zo meteen opnieuw.");
  if (pg?.code === PG.uniqueViolation) return new AppError("conflict", "Dit bestaat al.");
  // The area policies (migration 0062) refuse a row written outside a limited consultant's area: the
  // whole transaction rolls back, nothing is half-written. The tenant is bound by the server, so
  // tenant policies never refuse a write; only the area can.
  if (pg?.code === PG.insufficientPrivilege && /row-level security/.test(pg.message))
    return new AppError("area.outside", "Dit adres ligt buiten het gebied waarvoor u werkt. Vraag het aan een collega of een beheerder.");
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("request.unsupported_media_type", error.message);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("request.too_large");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("request.malformed", error.message);
  }
  if (error.statusCode === 400 || error instanceof SyntaxError) return new AppError("request.malformed", "De inhoud is geen geldige JSON.");
  if (error.statusCode === 429) return new AppError("auth.rate_limited");
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError("request.malformed", error.message);
  return new AppError("internal");
}

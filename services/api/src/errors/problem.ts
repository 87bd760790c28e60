import { lookupError, type ErrorCode } from "./catalogue.ts";

export interface FieldError {
  path: string;
  /** Dutch, for staff screens and logs. */
  message: string;
  /** The rule broken, stable ("required", "format.date", "minimum"): others translate by it. */
  rule?: string;
  params?: Record<string, unknown>;
}

/** Thrown anywhere in a request; the error handler turns it into RFC 9457 problem+json. */
export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  /** Sent as Retry-After (429 over a limit, 503 in an outage). */
  retryAfterSeconds?: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; [k: string]: unknown } = {},
  ) {
    const def = lookupError(code);
    super(detail ?? def.title);
    this.status = def.status;
    this.title = def.title;
  }
}

/** 429 over a limit: the wait goes into Retry-After and, in words, into the detail. */
export function rateLimited(code: ErrorCode, detail: string, retryAfterSeconds: number): AppError {
  const err = new AppError(code, detail);
  err.retryAfterSeconds = retryAfterSeconds;
  return err;
}

export const notFound = (what = "Dit item", code: ErrorCode = "resource.not_found") =>
  new AppError(code, `${what} bestaat niet of u hebt er geen toegang toe.`);

export function validationError(errors: FieldError[], detail = "Controleer de aangeduide velden."): AppError {
  return new AppError("validation.failed", detail, { errors });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [k: string]: unknown;
}

export function toProblem(err: AppError, instance?: string): Problem {
  return {
    type: `https://wijkwerk.be/problems/${err.code}`,
    title: err.title,
    status: err.status,
    detail: err.detail ?? err.title,
    code: err.code,
    ...(instance ? { instance } : {}),
    ...err.extra,
  };
}

import { tracedFetch } from "@wijkwerk/observability";
import type { paths } from "./api-types.ts";

/**
 * The web app talks to the public API over HTTP like any other client (DESIGN.md: services/web
 * is "a client of the API like any other"), typed by the API's own OpenAPI document
 * (src/api-types.ts, generated): a path, parameter, body or field the document does not have
 * fails the typecheck. Problem+json answers become field errors keyed by the API's
 * `errors[].path`, so forms can show each message next to its field.
 */

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { path: string; message: string; rule?: string; params?: Record<string, unknown> }[];
  [k: string]: unknown;
}

export type ApiFailure = {
  ok: false;
  status: number;
  problem: Problem;
  /** path → Dutch message, from problem.errors (first message per path wins). */
  fieldErrors: Record<string, string>;
  /** The endpoint does not exist (yet) on this API, or the API cannot be reached. */
  unavailable: boolean;
};
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** The paths of the document that have this method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<Lowercase<M>, infer O> ? ([O] extends [undefined] ? never : P) : never;
}[keyof paths];
type Op<M extends Method, P extends PathsWith<M>> = paths[P][Lowercase<M>];

type Json<C> = C extends { content: { "application/json": infer B } } ? B : never;
type Success<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? (Json<R[S]> extends never ? undefined : Json<R[S]>) : never }[keyof R]
  : never;
type Parameters<O, Where extends "path" | "query"> = O extends { parameters: { [K in Where]?: infer X } } ? X : never;

/**
 * What a form sends: the field names and shape of the document, but each value as the user typed
 * it. The web does not validate twice — the API answers 422 with a message per field (DESIGN.md
 * principle 7), which the page shows next to that field.
 */
export type FormInput<T> = T extends string
  ? string
  : T extends number
    ? number | string
    : T extends boolean
      ? boolean | string
      : T extends readonly (infer U)[]
        ? FormInput<U>[]
        : T extends object
          ? { [K in keyof T]: FormInput<T[K]> | undefined }
          : T;

type PathPart<O> = [Parameters<O, "path">] extends [never | undefined] ? { params?: never } : { params: Parameters<O, "path"> };
type QueryPart<O> = [Parameters<O, "query">] extends [never | undefined] ? { query?: never } : { query?: FormInput<Parameters<O, "query">> };
type BodyPart<O> = O extends { requestBody: infer B }
  ? [Json<B>] extends [never]
    ? { body?: never }
    : { body: FormInput<Json<B>> }
  : O extends { requestBody?: infer B }
    ? [Json<NonNullable<B>>] extends [never]
      ? { body?: never }
      : { body?: FormInput<Json<NonNullable<B>>> }
    : { body?: never };

export type RequestOptions<O> = PathPart<O> & QueryPart<O> & BodyPart<O> & { token?: string | undefined; idempotencyKey?: string };
/** A body sent as is (CODA files): not JSON, so the document cannot type it. */
export interface RawBody {
  /** Text, or bytes sent as they are (an uploaded file). */
  raw: string | Uint8Array;
  contentType: string;
}

export interface ApiClient {
  request<M extends Method, P extends PathsWith<M>>(method: M, path: P, options: RequestOptions<Op<M, P>>): Promise<ApiResult<Success<Op<M, P>>>>;
  /** A POST whose body is a file (text/plain CODA statement). */
  upload<P extends PathsWith<"POST">>(path: P, options: { token?: string | undefined; body: RawBody }): Promise<ApiResult<Success<Op<"POST", P>>>>;
  /** For downloads (PDF, XML, CSV): the raw response, or a failed ApiResult. */
  download<P extends PathsWith<"GET">>(path: P, options: RequestOptions<Op<"GET", P>>): Promise<Response | ApiFailure>;
}

export function fieldErrorsOf(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem.errors ?? []) if (!(e.path in out)) out[e.path] = e.message;
  return out;
}

function failure(status: number, problem: Problem): ApiFailure {
  const unavailable = problem.code === "route.not_found" || problem.code === "web.api_unreachable";
  return { ok: false, status, problem, fieldErrors: fieldErrorsOf(problem), unavailable };
}

async function problemOf(res: Response): Promise<Problem> {
  const text = await res.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    if (parsed && typeof parsed === "object" && typeof parsed.code === "string") {
      return { ...parsed, title: parsed.title ?? "Er ging iets mis.", status: parsed.status ?? res.status, code: parsed.code };
    }
  } catch {
    // not JSON: fall through to a generic problem
  }
  return { title: "Er ging iets mis bij de dienst.", status: res.status, code: res.status === 404 ? "route.not_found" : "web.api_error" };
}

const unreachable: Problem = { title: "De dienst is nu niet bereikbaar. Probeer het zo meteen opnieuw.", status: 503, code: "web.api_unreachable" };

interface AnyOptions {
  token?: string | undefined;
  idempotencyKey?: string;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/**
 * `clientAddress` gives the address of the person whose page is being made: the API limits
 * sign-ins and code requests per address (issue 13 item 12), so it must see theirs, not the web's.
 * `requestId` gives the id of that request, sent on as X-Request-Id (issue 21).
 */
export function createApiClient(
  baseUrl: string,
  clientAddress: () => string | undefined = () => undefined,
  requestId: () => string | undefined = () => undefined,
): ApiClient {
  const base = baseUrl.replace(/\/$/, "");

  function build(path: string, options: AnyOptions, raw?: RawBody): { url: string; init: RequestInit } {
    const filled = path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(options.params?.[name] ?? "")));
    const url = new URL(base + filled);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
    const address = clientAddress();
    if (address) headers["x-forwarded-for"] = address;
    // The web's request id: the API logs and stores it with everything this page changes.
    const id = requestId();
    if (id) headers["x-request-id"] = id;
    let body: string | Uint8Array | undefined;
    if (raw) {
      headers["content-type"] = raw.contentType;
      body = raw.raw;
    } else if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    return { url: url.toString(), init: { headers, ...(body !== undefined ? { body } : {}) } };
  }

  async function send<T>(method: Method, path: string, options: AnyOptions, raw?: RawBody): Promise<ApiResult<T>> {
    const { url, init } = build(path, options, raw);
    let res: Response;
    try {
      res = await tracedFetch(url, { ...init, method });
    } catch {
      return failure(503, unreachable);
    }
    if (!res.ok) return failure(res.status, await problemOf(res));
    const text = await res.text();
    return { ok: true, status: res.status, data: (text ? JSON.parse(text) : undefined) as T };
  }

  return {
    request: (method, path, options) => send(method, path, options as AnyOptions),
    upload: (path, options) => send("POST", path, { token: options.token }, options.body),
    async download(path, options) {
      const { url, init } = build(path, options as AnyOptions);
      let res: Response;
      try {
        res = await tracedFetch(url, { ...init, method: "GET", headers: { ...(init.headers as Record<string, string>), accept: "*/*" } });
      } catch {
        return failure(503, unreachable);
      }
      if (!res.ok) return failure(res.status, await problemOf(res));
      return res;
    },
  };
}

/**
 * The web app talks to the public API over HTTP like any other client (DESIGN.md: services/web
 * is "a client of the API like any other"). Problem+json answers become field errors keyed by
 * the API's `errors[].path`, so forms can show each message next to its field.
 */

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { path: string; message: string }[];
  [k: string]: unknown;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      status: number;
      problem: Problem;
      /** path → Dutch message, from problem.errors (first message per path wins). */
      fieldErrors: Record<string, string>;
      /** The endpoint does not exist (yet) on this API, or the API cannot be reached. */
      unavailable: boolean;
    };

export interface RequestOptions {
  token?: string | undefined;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  idempotencyKey?: string;
  /** Send the body as is with this content type instead of JSON. */
  contentType?: string;
}

export interface ApiClient {
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ApiResult<T>>;
  /** For downloads (PDF, XML, CSV): the raw response, or a failed ApiResult. */
  download(path: string, options?: RequestOptions): Promise<Response | Extract<ApiResult<never>, { ok: false }>>;
}

export function fieldErrorsOf(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem.errors ?? []) if (!(e.path in out)) out[e.path] = e.message;
  return out;
}

function failure(status: number, problem: Problem): Extract<ApiResult<never>, { ok: false }> {
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

export function createApiClient(baseUrl: string): ApiClient {
  const base = baseUrl.replace(/\/$/, "");

  function build(path: string, options: RequestOptions): { url: string; init: RequestInit } {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers["content-type"] = options.contentType ?? "application/json";
      body = options.contentType ? String(options.body) : JSON.stringify(options.body);
    }
    return { url: url.toString(), init: { headers, ...(body !== undefined ? { body } : {}) } };
  }

  return {
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
      const { url, init } = build(path, options);
      let res: Response;
      try {
        res = await fetch(url, { ...init, method });
      } catch {
        return failure(503, unreachable);
      }
      if (!res.ok) return failure(res.status, await problemOf(res));
      const text = await res.text();
      return { ok: true, status: res.status, data: (text ? JSON.parse(text) : undefined) as T };
    },
    async download(path: string, options: RequestOptions = {}) {
      const { url, init } = build(path, options);
      let res: Response;
      try {
        res = await fetch(url, { ...init, method: "GET", headers: { ...(init.headers as Record<string, string>), accept: "*/*" } });
      } catch {
        return failure(503, unreachable);
      }
      if (!res.ok) return failure(res.status, await problemOf(res));
      return res;
    },
  };
}

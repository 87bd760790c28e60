import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, toProblem, validationError, type FieldError } from "../errors/problem.ts";

/**
 * Text PostgreSQL cannot store: a NUL character, or a lone UTF-16 surrogate (not valid UTF-8,
 * stored as "�" or refused by the driver). One check at the edge for every string of the body,
 * the query string and the path, so no route can forget it (issue 13 item 5).
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = "Bevat een teken dat we niet kunnen bewaren (een nul-teken of een half teken). Typ de tekst opnieuw.";

export function unstorableTextPaths(value: unknown, path: string, out: FieldError[] = [], depth = 0): FieldError[] {
  if (depth > 32 || out.length >= 20) return out;
  // Bytes (an uploaded file) are not text: the route that takes them reads them.
  if (ArrayBuffer.isView(value)) return out;
  if (typeof value === "string") {
    if (UNSTORABLE.test(value)) out.push({ path: path || "(body)", message: MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableTextPaths(v, path ? `${path}.${i}` : String(i), out, depth + 1));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (UNSTORABLE.test(k)) out.push({ path: p, message: MESSAGE });
      else unstorableTextPaths(v, p, out, depth + 1);
    }
  }
  return out;
}

/** Field paths as the validation plugin names them: body fields bare, others with their part. */
function checkRequest(request: FastifyRequest): void {
  const errors = [...unstorableTextPaths(request.params, "params"), ...unstorableTextPaths(request.query, "query"), ...unstorableTextPaths(request.body, "")];
  if (errors.length) throw validationError(errors);
}

/** Answers of the router itself (a bad URL, a path parameter too long) as problem+json (item 6). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const appError =
    error.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? new AppError("request.uri_too_long", "Dit adres is te lang.")
      : new AppError(
          "request.malformed",
          error.code === "FST_ERR_BAD_URL" ? "Dit adres bevat tekens die we niet kunnen lezen." : "De aanvraag kan niet gelezen worden.",
        );
  // The URL itself is what is wrong: it is not echoed back.
  void reply.status(appError.status).type("application/problem+json").send(toProblem(appError));
}

/**
 * A path that exists with another method is 405 with Allow, not 404 (item 6). Route patterns are
 * collected as they are registered and matched against the path of a request that found no route.
 */
export function installEdgeInput(app: FastifyInstance): { allowedMethods(url: string): string[] } {
  const patterns: { method: string; regex: RegExp }[] = [];
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const source = route.url
      .split("/")
      .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg === "*" ? ".*" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/");
    for (const m of methods) patterns.push({ method: m.toUpperCase(), regex: new RegExp(`^${source}/?$`) });
  });
  app.addHook("preValidation", async (request) => checkRequest(request));
  return {
    allowedMethods: (url) => {
      const path = url.split("?")[0] ?? url;
      return [...new Set(patterns.filter((p) => p.regex.test(path)).map((p) => p.method))].filter((m) => m !== "HEAD").sort();
    },
  };
}

import { allErrorCodes, lookupError } from "../errors/catalogue.ts";

/**
 * The problem+json responses of one operation, with the `code`s it can answer as an enum per
 * status (issue 24). The codes every route of a kind can give are added here, centrally; a route
 * lists only its own codes, next to it: `config: { errors: ["worker.double_booked", …] }`.
 */

export interface RouteErrorsInput {
  /** POST, PUT, PATCH, DELETE: Fastify parses a body, with or without a body schema. */
  hasBody: boolean;
  hasQuery: boolean;
  params: string[];
  roles?: readonly string[];
  platform?: boolean;
  idempotent?: boolean;
  /** Reachable with an enrolment-only token (issue 20). */
  enrolment?: boolean;
  /** Route-specific codes (config.errors). */
  errors?: readonly string[];
  /** Error statuses the route's response schema declares itself. */
  declaredStatuses: number[];
}

/** Status → codes; a status without known codes documents `code` as any string. */
export function errorCodesFor(input: RouteErrorsInput): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const add = (code: string) => {
    const status = lookupError(code).status;
    if (!out.has(status)) out.set(status, new Set());
    out.get(status)!.add(code);
  };
  for (const status of input.declaredStatuses) if (!out.has(status)) out.set(status, new Set());
  if (input.hasBody) ["request.malformed", "request.too_large", "request.unsupported_media_type"].forEach(add);
  // Any request can be 422: text that cannot be stored (a NUL, a lone surrogate) is refused at the
  // edge in the body, the query string or the path, whether or not the route reads them.
  add("validation.failed");
  if (input.roles || input.platform) add("auth.unauthenticated");
  if (input.roles) add("auth.forbidden");
  // Issue 20: a staff token past its second-factor enrolment period opens only the enrolment routes.
  if (input.roles?.some((r) => r === "admin" || r === "consultant" || r === "finance") && !input.enrolment) add("auth.second_factor_enrolment_required");
  // Issue 20: a consultant limited to an area who writes outside it (migration 0062, src/errors/handler.ts).
  if (input.hasBody && input.roles?.includes("consultant")) add("area.outside");
  // Routes without a token are limited per address (src/limits).
  if (!input.roles && !input.platform) add("rate.limited");
  if (input.params.length > 0) add("resource.not_found");
  if (input.idempotent) ["idempotency.key_reused", "idempotency.in_progress"].forEach(add);
  // A database serialization failure or an outage: any route can answer these.
  ["internal", "service.unavailable"].forEach(add);
  const known = new Set(allErrorCodes());
  for (const code of input.errors ?? []) {
    if (!known.has(code)) throw new Error(`error code "${code}" is not in the error catalogue (src/errors/): register it there first`);
    add(code);
  }
  return out;
}

export const PROBLEM_SCHEMA = {
  type: "object",
  description: "RFC 9457 problem details; `code` is stable (API.md).",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string", examples: ["https://wijkwerk.be/problems/validation.failed"] },
    title: { type: "string", examples: ["Sommige gegevens zijn niet juist."] },
    status: { type: "integer", examples: [422] },
    detail: { type: "string", examples: ["Controleer de aangeduide velden."] },
    code: { type: "string", examples: ["validation.failed"] },
    instance: { type: "string" },
    errors: {
      type: "array",
      description: "Field errors of a validation.failed problem.",
      items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
    },
  },
  additionalProperties: true,
} as const;

/** The OpenAPI response objects for those codes, referring to components.schemas.Problem. */
export function problemResponses(codes: Map<number, Set<string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, set] of [...codes].sort(([a], [b]) => a - b)) {
    const list = [...set].sort();
    const description = list.length > 0 ? list.map((c) => `\`${c}\`: ${lookupError(c).title}`).join("\n") : "Problem (application/problem+json)";
    const code = list.length > 0 ? { type: "string", enum: list } : { type: "string" };
    const schema = { allOf: [{ $ref: "#/components/schemas/Problem" }, { type: "object", properties: { status: { type: "integer", const: status }, code } }] };
    out[String(status)] = { description, content: { "application/problem+json": { schema } } };
  }
  return out;
}

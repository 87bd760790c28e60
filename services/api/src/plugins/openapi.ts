import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fp from "fastify-plugin";
import type { ErrorCode } from "../errors/catalogue.ts";
import { exampleOf } from "./openapi-examples.ts";
import { openapiPath, operationIdFor, TAG_DESCRIPTIONS, tagFor } from "./openapi-operations.ts";
import { erasedGuardOf } from "../privacy/erased-guard.ts";
import { errorCodesFor, PROBLEM_SCHEMA, problemResponses } from "./openapi-responses.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Error codes this route throws besides the standard ones (documented per status, issue 24); a closed union, so a typo does not compile. */
    errors?: readonly ErrorCode[];
  }
}

/** What the document says about one operation beyond its schema, decided when the route is added. */
interface OperationDoc {
  operationId: string;
  tags: string[];
  security: Record<string, string[]>[];
  responses: Record<string, unknown>;
  idempotent: boolean;
}

/** API.md "(idem)": the same key with the same body returns the first response. */
const IDEMPOTENCY_KEY = {
  in: "header",
  name: "Idempotency-Key",
  required: false,
  description: "Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused.",
  schema: { type: "string", pattern: "^[\\x21-\\x7e]{1,200}$", examples: ["3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"] },
};

/**
 * OpenAPI 3.1 generated from the route schemas; served at GET /v1/openapi.json and rendered at
 * /docs (Swagger UI, assets served from node_modules: no outside network). Every route gets its
 * operationId, tag, security and problem responses here, centrally, so routes added later comply
 * without asking; a duplicate operationId or an unknown error code stops the start-up.
 */
export default fp(async (app) => {
  const { config } = app.deps;
  const operations = new Map<string, OperationDoc>();
  const byOperationId = new Map<string, string>();

  app.addHook("onRoute", (route) => {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    if (schema.hide) return;
    const path = openapiPath(route.url);
    for (const method of [route.method].flat()) {
      if (method === "HEAD" || method === "OPTIONS") continue;
      const key = `${method.toLowerCase()} ${path}`;
      const operationId = (schema.operationId as string | undefined) ?? operationIdFor(method, path);
      const taken = byOperationId.get(operationId);
      if (taken && taken !== key)
        throw new Error(`operationId "${operationId}" of ${key} is already used by ${taken}: pin a name in src/plugins/openapi-operations.ts (OVERRIDES)`);
      byOperationId.set(operationId, key);
      const cfg = route.config ?? {};
      const declaredStatuses = Object.keys((schema.response ?? {}) as object)
        .map(Number)
        .filter((s) => s >= 400);
      const params = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
      const codes = errorCodesFor({
        hasBody: method !== "GET",
        hasQuery: Boolean(schema.querystring),
        params,
        roles: cfg.roles,
        platform: cfg.platform,
        idempotent: cfg.idempotent,
        enrolment: cfg.enrolment,
        errors: erasedGuardOf(method, route.url) ? [...(cfg.errors ?? []), "privacy.already_erased"] : cfg.errors,
        declaredStatuses,
      });
      const security = cfg.platform ? [{ platform: [] }] : cfg.roles ? [{ bearer: [] }] : [];
      operations.set(key, {
        operationId,
        tags: (schema.tags as string[] | undefined) ?? [tagFor(path)],
        security,
        responses: problemResponses(codes),
        idempotent: Boolean(cfg.idempotent),
      });
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Wijkwerk API",
        version: "1.0.0",
        description: "HTTP contract for wijk-werkorganisatoren (see API.md). Errors are application/problem+json with a stable `code`.",
        contact: { name: "Wijkwerk", url: config.PUBLIC_WEB_URL },
        license: { name: "Proprietary: all rights reserved", identifier: "LicenseRef-Proprietary" },
      },
      servers: [{ url: config.PUBLIC_API_URL.replace(/\/$/, ""), description: "This deployment (PUBLIC_API_URL)" }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
          platform: { type: "http", scheme: "bearer", description: "PLATFORM_TOKEN of the SaaS operator" },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const cfg = route.config ?? {};
      const s = { ...(schema ?? {}) } as Record<string, unknown>;
      // A route's own description (e.g. which error codes mean what) comes first, the roles after.
      if (cfg.roles) s.description = [s.description, `Roles: ${cfg.roles.join(", ")}`].filter(Boolean).join("\n\n");
      return { schema: s as never, url };
    },
    transformObject: (d) => ("openapiObject" in d ? decorate(d.openapiObject, operations) : d.swaggerObject),
  });
  app.get("/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { deepLinking: true, displayOperationId: true } });
});

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: unknown;
  responses?: Record<string, unknown>;
  parameters?: unknown[];
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown>; example?: unknown; examples?: unknown }> };
}
interface Document {
  paths?: Record<string, Record<string, Operation>>;
  tags?: { name: string; description?: string }[];
  components?: { schemas?: Record<string, unknown> };
}

function decorate<T extends object>(object: T, operations: Map<string, OperationDoc>): T {
  const doc: Document = object;
  const used = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const meta = operations.get(`${method} ${path}`);
      if (!meta) continue;
      op.operationId = meta.operationId;
      op.tags = meta.tags;
      op.security = meta.security;
      if (meta.idempotent) op.parameters = [...(op.parameters ?? []), IDEMPOTENCY_KEY];
      const own = Object.fromEntries(Object.entries(op.responses ?? {}).filter(([status]) => Number(status) < 400));
      op.responses = { ...own, ...meta.responses };
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        if (media.example === undefined && media.examples === undefined && media.schema) media.example = exampleOf(media.schema);
      }
      meta.tags.forEach((t) => used.add(t));
    }
  }
  doc.tags = [...used].sort().map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}) }));
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, Problem: PROBLEM_SCHEMA } };
  return object;
}

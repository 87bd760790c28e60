import rateLimit from "@fastify/rate-limit";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance } from "fastify";
import { loggedRequest } from "@wijkwerk/domain";
import type { AppDeps } from "./context.ts";
import { installErrorHandler, installNotFound } from "./errors/handler.ts";
import { frameworkErrors, installEdgeInput } from "./plugins/edge-input.ts";
import auth from "./plugins/auth.ts";
import idempotency from "./plugins/idempotency.ts";
import openapi from "./plugins/openapi.ts";
import tenant from "./plugins/tenant.ts";
import { installValidation } from "./plugins/validation.ts";
import { routes } from "./routes/index.ts";

/** Builds the API without listening (tests use app.inject or listen on port 0). */
export async function buildApp(deps: AppDeps, options: { logger?: boolean; logStream?: NodeJS.WritableStream } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger || options.logStream
      ? {
          level: deps.config.LOG_LEVEL,
          redact: ["req.headers.authorization", "req.body.password"],
          // Query values (searches, signed tokens) never reach the logs (issue 13 item 15).
          serializers: { req: loggedRequest },
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: {} },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate("deps", deps);
  installValidation(app);
  installErrorHandler(app, deps.config.RETRY_AFTER_SECONDS);
  installNotFound(app, installEdgeInput(app).allowedMethods);
  // Generous per-IP limit on sign-in routes only; the per-account failure lock lives in auth.ts.
  await app.register(rateLimit, {
    global: false,
    redis: deps.redis,
    nameSpace: `${deps.config.REDIS_PREFIX}:rl:`,
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, code: "auth.rate_limited", message: `Te veel aanvragen; probeer opnieuw over ${Math.ceil(ctx.ttl / 1000)} seconden.` }),
  });
  await app.register(openapi);
  await app.register(auth);
  await app.register(tenant);
  await app.register(idempotency);
  for (const route of routes) await app.register(route);
  return app;
}

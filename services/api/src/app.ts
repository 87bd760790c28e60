import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import { loggedRequest } from "@wijkwerk/domain";
import { loggerOptions, redactUrlSecrets, REQUEST_ID_HEADER, requestIdFrom } from "@wijkwerk/log";
import type { AppDeps } from "./context.ts";
import { installErrorHandler, installNotFound } from "./errors/handler.ts";
import { frameworkErrors, installEdgeInput } from "./plugins/edge-input.ts";
import limits from "./limits/index.ts";
import auth from "./plugins/auth.ts";
import idempotency from "./plugins/idempotency.ts";
import openapi from "./plugins/openapi.ts";
import tenant from "./plugins/tenant.ts";
import { installValidation } from "./plugins/validation.ts";
import { routes } from "./routes/index.ts";
import observability from "./observability/index.ts";
import queueDashboard from "./observability/queue-dashboard.ts";
import { installKeyring, Keyring } from "@wijkwerk/crypto";

/** Builds the API without listening (tests use app.inject or listen on port 0). */
export async function buildApp(deps: AppDeps, options: { logger?: boolean; logStream?: NodeJS.WritableStream } = {}): Promise<FastifyInstance> {
  // Issue 20: INSZ, IBAN and secrets are encrypted and decrypted with the configured keys.
  installKeyring(Keyring.fromConfig(deps.config));
  const app = Fastify({
    logger:
      options.logger || options.logStream
        ? {
            // Shared with the worker and the web (@wijkwerk/log): JSON, `service`, secrets redacted.
            ...loggerOptions({ service: "api", level: deps.config.LOG_LEVEL }),
            // Query values (searches, signed tokens) never reach the logs (issue 13 item 15).
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) =>
                loggedRequest({ method: req.method, url: redactUrlSecrets(req.url), ...(req.ip ? { ip: req.ip } : {}) }),
            },
            ...(options.logStream ? { stream: options.logStream } : {}),
          }
        : false,
    bodyLimit: 5 * 1024 * 1024,
    // The client's address, as forwarded by the web; believed only from those (issue 13 item 12).
    trustProxy: deps.config.TRUST_PROXY,
    ajv: { customOptions: {} },
    frameworkErrors,
    // One request id from the edge: the caller's X-Request-Id when it is a safe one, else a new one.
    requestIdHeader: false,
    genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    logController: new LogController({ requestIdLogLabel: "requestId" }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate("deps", deps);
  app.addHook("onRequest", async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  installValidation(app);
  installErrorHandler(app, deps.config.RETRY_AFTER_SECONDS);
  installNotFound(app, installEdgeInput(app).allowedMethods);
  await app.register(observability);
  await app.register(limits);
  await app.register(openapi);
  await app.register(auth);
  await app.register(tenant);
  await app.register(idempotency);
  for (const route of routes) await app.register(route);
  await app.register(queueDashboard);
  return app;
}

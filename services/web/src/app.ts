import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from "fastify";
import type { WebConfig as Config } from "@wijkwerk/config";
import { loggedRequest } from "@wijkwerk/domain";
import { loggerOptions, redactUrlSecrets, REQUEST_ID_HEADER, requestIdFrom } from "@wijkwerk/log";
import { createApiClient } from "./api.ts";
import { STAFF_ROLES, type WebDeps } from "./context.ts";
import { cachedOrgContact } from "./org-door.ts";
import { isLang, translate, type Lang } from "./i18n/index.ts";
import { createRenderer, type PageInput } from "./render.ts";
import { installObservability } from "./observability.ts";
import { routes } from "./routes/index.ts";
import { csrfUserInfo, derivedKey, installSecurity } from "./security.ts";
import { cookieOptions, FLASH_COOKIE, LANG_COOKIE, sessionFromToken, TOKEN_COOKIE } from "./session.ts";

export interface WebOptions {
  config: Config;
  /** Base URL of the public API; defaults to config.PUBLIC_API_URL. */
  apiBaseUrl?: string;
  logger?: boolean;
  /** Where the log lines go (tests read them); implies a logger. */
  logStream?: NodeJS.WritableStream;
}

/**
 * The request being handled: the person's address (X-Forwarded-For to the API) and its request
 * id (X-Request-Id to the API, so one id follows the request through every service: issue 21).
 */
const handling = new AsyncLocalStorage<{ ip: string; id: string }>();

const STYLE = readFileSync(new URL("../public/style.css", import.meta.url), "utf8");

/** Builds the web UI without listening (tests listen on port 0). */
export async function buildWeb(options: WebOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger || options.logStream
        ? {
            ...loggerOptions({ service: "web", level: config.LOG_LEVEL }),
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) =>
                loggedRequest({ method: req.method, url: redactUrlSecrets(req.url), ...(req.ip ? { ip: req.ip } : {}) }),
            },
            ...(options.logStream ? { stream: options.logStream } : {}),
          }
        : false,
    // The request id is made here, at the edge, unless a proxy in front sent a safe one.
    requestIdHeader: false,
    genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    logController: new LogController({ requestIdLogLabel: "requestId" }),
    // Who the client is when a reverse proxy stands in front (forwarded to the API, see below).
    trustProxy: config.TRUST_PROXY,
    // A URL the router cannot read (bad percent-encoding, a parameter too long) gets a Dutch page too.
    frameworkErrors: (error, _request, reply) => {
      const status = error.code === "FST_ERR_MAX_PARAM_LENGTH" ? 414 : 400;
      // Plain HTML: the request never reached the hooks that read cookies and language.
      const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${translate("nl", "error.title")}</title><link rel="stylesheet" href="/static/style.css"></head><body><main><h1>${translate("nl", "error.title")}</h1><p>${translate("nl", "error.notFound")}</p><p><a href="/">${translate("nl", "error.home")}</a></p></main></body></html>`;
      void (reply as FastifyReply).status(status).type("text/html; charset=utf-8").send(html);
    },
  });
  const deps: WebDeps = {
    config,
    api: createApiClient(
      options.apiBaseUrl ?? config.PUBLIC_API_URL,
      () => handling.getStore()?.ip,
      () => handling.getStore()?.id,
    ),
    renderer: createRenderer(),
    // Cookies only over https in production (and wherever the site is served over https).
    secureCookies: config.PUBLIC_WEB_URL.startsWith("https:") || config.NODE_ENV === "production",
  };
  app.decorate("web", deps);
  installObservability(app, config, options.apiBaseUrl ?? config.PUBLIC_API_URL);
  await app.register(cookie, { secret: derivedKey(config, "cookies") });
  await app.register(formbody);
  await installSecurity(app, config, deps.secureCookies);

  app.decorateRequest("session", undefined);
  app.decorateRequest("lang", "nl" as Lang);
  app.decorateRequest("flash", undefined);
  app.decorateRequest("orgContact", undefined);

  app.addHook("onRequest", async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    request.session = sessionFromToken(request.cookies[TOKEN_COOKIE]);
    const lang = request.cookies[LANG_COOKIE];
    request.lang = isLang(lang) ? lang : "nl";
    // One-shot message after a POST-redirect-GET ("Wijk-werker geregistreerd").
    const flash = request.cookies[FLASH_COOKIE];
    if (flash) {
      request.flash = flash.slice(0, 300);
      reply.clearCookie(FLASH_COOKIE, cookieOptions(deps.secureCookies));
    }
  });

  // Clients and workers see their organisation's name and phone on every page (issue 17); staff do not need it.
  app.addHook("preHandler", async (request) => {
    const staff = request.session && (STAFF_ROLES as readonly string[]).includes(request.session.role);
    if (!staff && !request.url.startsWith("/static/")) request.orgContact = await cachedOrgContact(deps.api, request);
  });

  // The API sees the person's address, not the web's: each handler runs with it at hand.
  app.addHook("preHandler", (request, _reply, done) => handling.run({ ip: request.ip, id: request.id }, done));

  // Every form post carries the token of a page rendered for this session (see security.ts).
  app.addHook("preHandler", (request, reply, done) => {
    if (request.method !== "POST") return done();
    app.csrfProtection(request, reply, done);
  });

  app.decorateReply("page", function (this: FastifyReply, template: string, data: PageInput, status = 200) {
    const request = this.request;
    const html = deps.renderer.render(template, {
      ...request.orgContact,
      ...data,
      flash: data.flash ?? request.flash,
      lang: data.lang ?? request.lang,
      csrf: this.generateCsrf({ userInfo: csrfUserInfo(request) }),
      // A fresh Idempotency-Key per rendered form: submitting it twice creates one order.
      idem: randomUUID(),
      user: request.session ? { role: request.session.role } : undefined,
      path: request.url.split("?")[0] ?? "/",
      staff: request.session ? ["admin", "consultant", "finance"].includes(request.session.role) : false,
      isConsultant: request.session ? ["admin", "consultant"].includes(request.session.role) : false,
      isFinance: request.session ? ["admin", "finance"].includes(request.session.role) : false,
    });
    return this.status(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(html);
  });

  app.decorateReply("flash", function (this: FastifyReply, message: string) {
    this.setCookie(FLASH_COOKIE, message, { ...cookieOptions(deps.secureCookies), maxAge: 60 });
    return this;
  });

  // Before the routes are registered: Fastify hands each plugin the error handler of its parent as it is then.
  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    if (error.code === "FST_CSRF_INVALID_TOKEN" || error.code === "FST_CSRF_MISSING_SECRET") {
      return reply.page("errors/error", { title: translate(request.lang, "error.title"), message: translate(request.lang, "error.csrf") }, 403);
    }
    request.log.error({ err: error }, "page failed");
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message = status === 500 ? translate(request.lang, "error.server") : translate(request.lang, "error.title");
    reply.page("errors/error", { title: translate(request.lang, "error.title"), message }, status);
  });
  app.get("/static/style.css", async (_req, reply) => reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=300").send(STYLE));
  app.get("/health", async () => ({ status: "ok" }));

  for (const route of routes) await app.register(route);

  app.setNotFoundHandler((request, reply) => {
    reply.page("errors/error", { title: translate(request.lang, "error.title"), message: translate(request.lang, "error.notFound") }, 404);
  });
  return app;
}

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { Config } from "@wijkwerk/config";
import { createApiClient } from "./api.ts";
import type { WebDeps } from "./context.ts";
import { isLang, translate, type Lang } from "./i18n/index.ts";
import { createRenderer, type PageInput } from "./render.ts";
import { routes } from "./routes/index.ts";
import { CSRF_COOKIE, cookieOptions, FLASH_COOKIE, csrfMatches, LANG_COOKIE, newCsrfToken, sessionFromToken, TOKEN_COOKIE } from "./session.ts";

export interface WebOptions {
  config: Config;
  /** Base URL of the public API; defaults to config.PUBLIC_API_URL. */
  apiBaseUrl?: string;
  logger?: boolean;
}

const STYLE = readFileSync(new URL("../public/style.css", import.meta.url), "utf8");

// No script at all: every page works as plain HTML forms (issue: "NO JavaScript required").
const CSP = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/** Builds the web UI without listening (tests listen on port 0). */
export async function buildWeb(options: WebOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({ logger: options.logger ? { level: config.LOG_LEVEL, redact: ["req.headers.cookie"] } : false, trustProxy: true });
  const deps: WebDeps = {
    config,
    api: createApiClient(options.apiBaseUrl ?? config.PUBLIC_API_URL),
    renderer: createRenderer(),
    secureCookies: config.PUBLIC_WEB_URL.startsWith("https:"),
  };
  app.decorate("web", deps);
  await app.register(cookie);
  await app.register(formbody);

  app.decorateRequest("session", undefined);
  app.decorateRequest("lang", "nl" as Lang);
  app.decorateRequest("csrf", "");
  app.decorateRequest("flash", undefined);

  app.addHook("onRequest", async (request, reply) => {
    request.session = sessionFromToken(request.cookies[TOKEN_COOKIE]);
    const lang = request.cookies[LANG_COOKIE];
    request.lang = isLang(lang) ? lang : "nl";
    const existing = request.cookies[CSRF_COOKIE];
    request.csrf = existing && existing.length >= 32 ? existing : newCsrfToken();
    if (request.csrf !== existing) reply.setCookie(CSRF_COOKIE, request.csrf, cookieOptions(deps.secureCookies));
    // One-shot message after a POST-redirect-GET ("Wijk-werker geregistreerd").
    const flash = request.cookies[FLASH_COOKIE];
    if (flash) {
      request.flash = flash.slice(0, 300);
      reply.clearCookie(FLASH_COOKIE, cookieOptions(deps.secureCookies));
    }
    reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
  });

  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST") return;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfMatches(request, body._csrf)) {
      return reply.page("errors/error", { title: translate(request.lang, "error.title"), message: translate(request.lang, "error.csrf") }, 403);
    }
  });

  app.decorateReply("page", function (this: FastifyReply, template: string, data: PageInput, status = 200) {
    const request = this.request;
    const html = deps.renderer.render(template, {
      ...data,
      flash: data.flash ?? request.flash,
      lang: data.lang ?? request.lang,
      csrf: request.csrf,
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

  app.get("/static/style.css", async (_req, reply) => reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=300").send(STYLE));
  app.get("/health", async () => ({ status: "ok" }));

  for (const route of routes) await app.register(route);

  app.setNotFoundHandler((request, reply) => {
    reply.page("errors/error", { title: translate(request.lang, "error.title"), message: translate(request.lang, "error.notFound") }, 404);
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    request.log.error({ err: error }, "page failed");
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message = status === 500 ? translate(request.lang, "error.server") : translate(request.lang, "error.title");
    reply.page("errors/error", { title: translate(request.lang, "error.title"), message }, status);
  });
  return app;
}

import rateLimit from "@fastify/rate-limit";
import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError, rateLimited } from "../errors/problem.ts";
import { fallbackStore } from "./counter-store.ts";
import { createFailureCounter } from "./failures.ts";

declare module "fastify" {
  interface FastifyInstance {
    limits: Limits;
  }
}

export interface Limits {
  /** Every sign-in attempt (password or code): per address, and per organisation from all addresses. */
  signIn(request: FastifyRequest, tenant: string): Promise<void>;
  /** Every code asked: per address, per organisation and per phone number or e-mail address. Each one may cost an SMS. */
  codeRequest(request: FastifyRequest, tenant: string, destination: string): Promise<void>;
  /** Wrong passwords or codes per account and address, with a progressive delay. */
  failures: ReturnType<typeof createFailureCounter>;
}

/**
 * The limits on everything a stranger can reach without a token (issue 13 item 12):
 * - every route that needs no token (sign-in, health, the answer links): RATE_PUBLIC_PER_MINUTE per address and route;
 * - sign-in attempts and code requests: the narrower limits of `Limits` above, checked in the routes
 *   once the body says which organisation and account are meant.
 * The address is the client's as the web forwards it (X-Forwarded-For), believed only from
 * TRUST_PROXY (app.ts). Over a limit: 429 problem+json with Retry-After.
 */
export default fp(async (app) => {
  const { config, redis } = app.deps;
  const nameSpace = `${config.REDIS_PREFIX}:rl:`;
  const Store = fallbackStore(redis, nameSpace);
  // Before the plugin's own onRoute hook, which reads what this one sets.
  app.addHook("onRoute", (route) => {
    const access = route.config ?? {};
    // Routes with a token, or the operator's platform token, are not open to strangers.
    if (access.roles || access.platform || access.rateLimit !== undefined) return;
    route.config = {
      ...access,
      rateLimit: { max: config.RATE_PUBLIC_PER_MINUTE, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `public:${request.ip}` },
    };
  });

  await app.register(rateLimit, {
    global: false,
    store: Store,
    addHeadersOnExceeding: { "x-ratelimit-limit": false, "x-ratelimit-remaining": false, "x-ratelimit-reset": false },
    errorResponseBuilder: (_request, context) =>
      new AppError("rate.limited", `Te veel aanvragen van dit adres. Probeer opnieuw over ${minutes(Math.max(1, Math.ceil(context.ttl / 1000)))}.`),
  });

  // Counters shared by the sign-in routes, keyed by what they protect (not by route).
  const counters = new Store({ continueExceeding: false, exponentialBackoff: false });
  const windowMs = config.RATE_WINDOW_SECONDS * 1000;
  const hit = (key: string, max: number, windowMilliseconds = windowMs) =>
    new Promise<number | false>((resolve, reject) =>
      counters.incr(
        key,
        (err, res) => (err || !res ? reject(err ?? new Error("no count")) : resolve(res.current > max ? Math.max(1, Math.ceil(res.ttl / 1000)) : false)),
        windowMilliseconds,
        max,
      ),
    );
  const check = async (request: FastifyRequest, limits: [string, number, number?][], detail: string) => {
    for (const [key, max, window] of limits) {
      const wait = await hit(key, max, window);
      if (wait) {
        request.log.warn({ limit: key.split(":")[0] }, "rate limit reached");
        throw rateLimited("auth.rate_limited", `${detail} Probeer opnieuw over ${minutes(wait)}.`, wait);
      }
    }
  };

  const limits: Limits = {
    signIn: (request, tenant) =>
      check(
        request,
        [
          [`signin-ip:${request.ip}`, config.RATE_SIGNIN_PER_IP],
          [`signin-tenant:${tenant.toLowerCase()}`, config.RATE_SIGNIN_PER_TENANT],
        ],
        "Te veel aanmeldpogingen.",
      ),
    codeRequest: (request, tenant, destination) =>
      check(
        request,
        [
          // In this order: a request refused for its address or destination does not use up the organisation's budget.
          [`code-ip:${request.ip}`, config.RATE_CODES_PER_IP],
          [`code-to:${tenant.toLowerCase()}:${destination}`, config.RATE_CODES_PER_DESTINATION, config.LOGIN_WINDOW_SECONDS * 1000],
          [`code-tenant:${tenant.toLowerCase()}`, config.RATE_CODES_PER_TENANT],
        ],
        "Er werden al veel codes gevraagd.",
      ),
    failures: createFailureCounter(redis, config.REDIS_PREFIX, {
      free: config.LOGIN_MAX_FAILURES,
      delaySeconds: config.LOGIN_DELAY_SECONDS,
      windowSeconds: config.LOGIN_WINDOW_SECONDS,
    }),
  };
  app.decorate("limits", limits);
});

/** "40 seconden", "3 minuten": the wait as a person reads it. */
export function minutes(seconds: number): string {
  return seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`;
}

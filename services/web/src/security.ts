import { createHmac } from "node:crypto";
import csrfProtection from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { WebConfig as Config } from "@wijkwerk/config";
import { cookieOptions, CSRF_COOKIE, TOKEN_COOKIE } from "./session.ts";

/** Keys of the web's own, one per purpose, derived from its secret (WEB_SECRET, never the API's JWT secret). */
export function derivedKey(config: Config, purpose: string): string {
  return createHmac("sha256", config.WEB_SECRET).update(`wijkwerk-web:${purpose}`).digest("base64url");
}

/**
 * A form's token is bound to the browser's session (issue 13 item 14): its secret lives in a
 * signed cookie (an attacker cannot plant one), and the token is an HMAC over the secret and the
 * session cookie, so a token from before sign-in, or of another session, is refused.
 */
export const csrfUserInfo = (request: FastifyRequest): string => request.cookies[TOKEN_COOKIE] ?? "anonymous";

/**
 * Headers by @fastify/helmet: the CSP allows no script at all (every page works as plain HTML
 * forms), HSTS when the site is served over https.
 */
export async function installSecurity(app: FastifyInstance, config: Config, secure: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
  });
  await app.register(csrfProtection, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { ...cookieOptions(secure), signed: true },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: derivedKey(config, "csrf") },
  });
}

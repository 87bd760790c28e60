import { timingSafeEqual } from "node:crypto";
import fastifyJwt from "@fastify/jwt";
import fp from "fastify-plugin";
import { AppError } from "../errors/problem.ts";
import type { TokenClaims } from "../context.ts";

/**
 * Access control from route config: `{ roles: [...] }` needs a valid bearer token with one of
 * those roles; `{ platform: true }` needs the static PLATFORM_TOKEN. Routes without either are
 * public. Checked onRequest, before the body is even parsed.
 */
export default fp(async (app) => {
  const { config, database } = app.deps;
  await app.register(fastifyJwt, { secret: config.JWT_SECRET, sign: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS } });
  // Set by the hook below on every route that needs a token; routes without one never read it.
  app.decorateRequest("claims", null as never);

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config;
    if (access.platform) {
      const token = bearer(request.headers.authorization);
      if (!token || !safeEqual(token, config.PLATFORM_TOKEN)) throw new AppError("auth.unauthenticated", "Een geldig platformtoken is nodig.");
      request.claims = { sub: "platform", tid: "", role: "admin" };
      return;
    }
    if (!access.roles) return;
    if (!bearer(request.headers.authorization)) throw new AppError("auth.unauthenticated", "Meld u aan en stuur het token mee (Authorization: Bearer …).");
    let claims: TokenClaims;
    try {
      claims = await request.jwtVerify<TokenClaims>();
    } catch (err) {
      const expired = (err as { code?: string }).code === "FST_JWT_AUTHORIZATION_TOKEN_EXPIRED";
      throw new AppError("auth.unauthenticated", expired ? "Uw sessie is verlopen. Meld u opnieuw aan." : "Het token is ongeldig.");
    }
    // A token that never expires is refused; one that was signed out, or whose staff member was
    // deactivated, is refused at once on every replica (one indexed lookup, issue 13 item 13).
    if (
      typeof claims.exp !== "number" ||
      claims.purpose !== undefined ||
      !UUID.test(claims.tid) ||
      !UUID.test(claims.sub) ||
      (claims.jti !== undefined && !UUID.test(claims.jti))
    )
      throw new AppError("auth.unauthenticated", "Het token is ongeldig.");
    const [revoked] = await database.sql<
      { revoked: boolean }[]
    >`SELECT app_token_revoked(${claims.tid}::uuid, ${claims.sub}::uuid, ${claims.jti ?? null}::uuid, to_timestamp(${claims.iat ?? 0})) AS revoked`;
    if (revoked?.revoked) throw new AppError("auth.unauthenticated", "U bent afgemeld. Meld u opnieuw aan.");
    if (!access.roles.includes(claims.role)) throw new AppError("auth.forbidden", `Deze actie is voorbehouden aan: ${access.roles.join(", ")}.`);
    // Issue 20: past the enrolment period, a token without a second factor only sets one up.
    if (claims.sf === "enrol" && !access.enrolment)
      throw new AppError("auth.second_factor_enrolment_required", "Stel eerst uw tweede stap in (een code uit een app op uw telefoon).");
    request.claims = claims;
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bearer(header: string | undefined): string | undefined {
  const m = header?.match(/^Bearer\s+(.+)$/i);
  return m?.[1]?.trim();
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

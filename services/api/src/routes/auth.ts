import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { verifyPassword } from "../passwords.ts";
import { errorResponses } from "../schemas/common.ts";
import { TokenResponse } from "../schemas/tokens.ts";

const LoginBody = Type.Object(
  {
    tenant: Type.String({ minLength: 1, maxLength: 63 }),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/**
 * Staff sign-in with email + password (argon2id). Limited per address and per organisation, and
 * wrong passwords per account and address with a growing wait (src/limits): 429 auth.rate_limited.
 */
const auth: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;

  app.post(
    "/v1/auth/login",
    {
      config: { noAudit: true, errors: ["auth.invalid_credentials", "auth.rate_limited"] },
      schema: { tags: ["auth"], summary: "Staff sign-in", body: LoginBody, response: { 200: TokenResponse, ...errorResponses(401, 422, 429) } },
    },
    async (request) => {
      const { tenant, email, password } = request.body;
      await app.limits.signIn(request, tenant);
      const account = `${tenant.toLowerCase()}:${email.toLowerCase()}`;
      const wait = await app.limits.failures.blocked("password", account, request.ip);
      if (wait) throw rateLimited("auth.rate_limited", `Te veel mislukte pogingen. Probeer opnieuw over ${minutes(wait)}.`, wait);
      const [found] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_slug(${tenant}) AS id`;
      const tenantId = found?.id ?? undefined;
      const member = tenantId
        ? await database.withTenant(tenantId, async (tx) => {
            const [row] = await tx
              .select({
                ...getTableColumns(schema.staff),
                revokedUntil: sql<number | null>`floor(extract(epoch from ${schema.staff.sessionsRevokedAt}))::float8`,
              })
              .from(schema.staff)
              .where(and(eq(sql`lower(${schema.staff.email})`, email.toLowerCase()), eq(schema.staff.active, true)));
            return row;
          })
        : undefined;
      if (!(await verifyPassword(member?.passwordHash, password)) || !member || !tenantId) {
        await app.limits.failures.fail("password", account, request.ip);
        throw new AppError("auth.invalid_credentials");
      }
      await app.limits.failures.clear("password", account, request.ip);
      const accessToken = app.jwt.sign({ sub: member.id, tid: tenantId, role: member.role, jti: randomUUID(), iat: issuedAfter(member.revokedUntil) });
      return { accessToken, expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, role: member.role };
    },
  );

  app.post(
    "/v1/auth/logout",
    {
      config: { roles: ["admin", "consultant", "finance", "client", "worker"], noAudit: true },
      schema: {
        tags: ["auth"],
        summary: "Sign out: this token is refused from now on",
        response: { 204: Type.Unsafe<void>({ type: "null", description: "Signed out, without a body" }), ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const { jti, sub, tid, exp } = request.claims;
      await database.withTenant(tid, async (tx) => {
        if (jti) {
          await tx
            .insert(schema.revokedTokens)
            .values({ tenantId: tid, jti, subjectId: sub, expiresAt: new Date((exp ?? 0) * 1000).toISOString() })
            .onConflictDoNothing();
        } else if (["admin", "consultant", "finance"].includes(request.claims.role)) {
          // A token from before token ids: sign this staff member out everywhere instead.
          await tx
            .update(schema.staff)
            .set({ sessionsRevokedAt: sql`now()` })
            .where(eq(schema.staff.id, sub));
        }
        await tx.insert(schema.auditLog).values({
          tenantId: tid,
          actorType: request.claims.role,
          actorId: sub,
          action: "sign_out",
          entity: request.claims.role,
          entityId: sub,
          requestId: request.id,
        });
      });
      return reply.status(204).send();
    },
  );
};

/**
 * Token times are whole seconds, and app_token_revoked refuses every token issued up to the
 * member's sessions_revoked_at; a sign-in in the same second as a password reset or a role change
 * would get a token that is refused at once. Such a token is dated the next second instead.
 */
function issuedAfter(revokedSecond: number | null): number {
  const now = Math.floor(Date.now() / 1000);
  return revokedSecond === null ? now : Math.max(now, revokedSecond + 1);
}

export default auth;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { verifyPassword } from "../passwords.ts";
import { errorResponses } from "../schemas/common.ts";
import { StaffTokenResponse } from "../schemas/tokens.ts";
import { CHALLENGE_PURPOSE, finishSignIn, type StaffRow } from "../staff/sign-in.ts";

const LoginBody = Type.Object(
  {
    tenant: Type.String({ minLength: 1, maxLength: 63 }),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: "Issue 20: the 6-digit code of the second factor, when the account has one" })),
  },
  { additionalProperties: false },
);
const SecondFactorBody = Type.Object(
  {
    challenge: Type.String({ minLength: 1, maxLength: 2000, description: "From the 401 auth.second_factor_required answer of POST /v1/auth/login" }),
    code: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
);

/**
 * Staff sign-in with email + password (argon2id). Limited per address and per organisation, and
 * wrong passwords per account and address with a growing wait (src/limits): 429 auth.rate_limited.
 */
const auth: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  app.post(
    "/v1/auth/login",
    {
      config: {
        noAudit: true,
        errors: ["auth.invalid_credentials", "auth.rate_limited", "auth.second_factor_required", "auth.second_factor_invalid"],
      },
      schema: {
        tags: ["auth"],
        summary: "Staff sign-in",
        description:
          "Issue 20: an account with a second factor answers 401 `auth.second_factor_required` with a `challenge` for POST /v1/auth/login/second-factor (or send `code` at once). " +
          "An admin or finance account (a consultant's when the organisation asks) without one gets `secondFactor.status = enrol` and the date to set it up by; from then on its token only sets it up (403 `auth.second_factor_enrolment_required` elsewhere).",
        body: LoginBody,
        response: { 200: StaffTokenResponse, ...errorResponses(401, 422, 429) },
      },
    },
    async (request) => {
      const { tenant, email, password, code } = request.body;
      await app.limits.signIn(request, tenant);
      const account = `${tenant.toLowerCase()}:${email.toLowerCase()}`;
      const wait = await app.limits.failures.blocked("password", account, request.ip);
      if (wait) throw rateLimited("auth.rate_limited", `Te veel mislukte pogingen. Probeer opnieuw over ${minutes(wait)}.`, wait);
      const [found] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_slug(${tenant}) AS id`;
      const tenantId = found?.id ?? undefined;
      const member = tenantId
        ? await database.withTenant(tenantId, (tx) => activeStaff(tx, eq(sql`lower(${schema.staff.email})`, email.toLowerCase())))
        : undefined;
      if (!(await verifyPassword(member?.passwordHash, password)) || !member || !tenantId) {
        await app.limits.failures.fail("password", account, request.ip);
        throw new AppError("auth.invalid_credentials");
      }
      await app.limits.failures.clear("password", account, request.ip);
      return database.withTenant(tenantId, (tx) => finishSignIn(app, request, tx, tenantId, member, code));
    },
  );

  app.post(
    "/v1/auth/login/second-factor",
    {
      config: { noAudit: true, errors: ["auth.second_factor_invalid", "auth.invalid_credentials", "auth.rate_limited"] },
      schema: {
        tags: ["auth"],
        summary: "Staff sign-in, second step: the code of the second factor (issue 20)",
        description:
          "After POST /v1/auth/login answered 401 `auth.second_factor_required` with a `challenge` (valid 5 minutes). Wrong codes count like wrong passwords.",
        body: SecondFactorBody,
        response: { 200: StaffTokenResponse, ...errorResponses(401, 422, 429) },
      },
    },
    async (request) => {
      let claims: { sub: string; tid: string; purpose?: string; iat?: number };
      try {
        claims = app.jwt.verify(request.body.challenge);
      } catch {
        throw new AppError("auth.invalid_credentials", "Deze aanmelding is verlopen. Geef uw wachtwoord opnieuw.");
      }
      if (claims.purpose !== CHALLENGE_PURPOSE) throw new AppError("auth.invalid_credentials", "Deze aanmelding is verlopen. Geef uw wachtwoord opnieuw.");
      return database.withTenant(claims.tid, async (tx) => {
        const member = await activeStaff(tx, eq(schema.staff.id, claims.sub));
        // A password reset or deactivation since the password step ends this sign-in too.
        if (!member || (member.revokedUntil !== null && member.revokedUntil >= (claims.iat ?? 0)))
          throw new AppError("auth.invalid_credentials", "Deze aanmelding is verlopen. Geef uw wachtwoord opnieuw.");
        return finishSignIn(app, request, tx, claims.tid, member, request.body.code);
      });
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

/** An active staff member with the second of their last sign-out-everywhere (tokens up to it are refused). */
async function activeStaff(tx: Tx, which: SQL): Promise<StaffRow | undefined> {
  const [row] = await tx
    .select({
      ...getTableColumns(schema.staff),
      revokedUntil: sql<number | null>`floor(extract(epoch from ${schema.staff.sessionsRevokedAt}))::float8`,
    })
    .from(schema.staff)
    .where(and(which, eq(schema.staff.active, true)));
  return row;
}

export default auth;

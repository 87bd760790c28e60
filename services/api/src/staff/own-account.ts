import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { eq, sql } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import { secondFactorRequired } from "@wijkwerk/domain";
import { AppError, notFound } from "../errors/problem.ts";
import { errorResponses, Uuid } from "../schemas/common.ts";
import { StaffTokenResponse } from "../schemas/tokens.ts";
import { loadSettings } from "../settings-store.ts";
import * as repo from "./repository.ts";
import { endAllSessions, endSession, liveSessions } from "./sessions.ts";
import { issueStaffToken } from "./tokens.ts";
import { acceptedStep, newTotpSecret, otpauthUri, qrSvg } from "./totp.ts";

const STAFF = ["admin", "consultant", "finance"] as const;
const CodeBody = Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) }, { additionalProperties: false });
const Enrolment = Type.Object({
  secret: Type.String({ description: "Base32, for typing into the app when the QR code cannot be scanned" }),
  otpauthUri: Type.String(),
  qrSvg: Type.String({ description: "The otpauth URI as an SVG QR code" }),
});
const Session = Type.Object({
  id: Uuid,
  signedInAt: Type.String({ format: "date-time" }),
  expiresAt: Type.String({ format: "date-time" }),
  device: Type.Union([Type.String(), Type.Null()], { description: "The browser or program, as it named itself" }),
  secondFactor: Type.Boolean(),
  current: Type.Boolean({ description: "The session of this request" }),
});
const NoContent = Type.Unsafe<void>({ type: "null", description: "Done, without a body" });

/**
 * Issue 20: a staff member's own second factor (TOTP) and sessions. Setting up the second factor
 * is reachable with an enrolment-only token (`enrolment: true`), so someone whose period is over
 * can still do it; the new token it answers with opens everything.
 */
const ownAccount: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/staff/me/second-factor",
    {
      config: { roles: STAFF, enrolment: true, errors: ["second_factor.already_enabled"] },
      schema: {
        tags: ["staff"],
        summary: "Start setting up the second factor: a new secret to scan into an authenticator app",
        response: { 200: Enrolment, ...errorResponses(401, 403, 409) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const me = await repo.lockStaff(ctx.tx, ctx.actor.sub);
        if (!me) throw new AppError("auth.unauthenticated", "Meld u opnieuw aan.");
        if (me.totpEnabledAt) throw new AppError("second_factor.already_enabled");
        const secret = newTotpSecret();
        await ctx.tx.update(schema.staff).set({ totpSecret: secret, totpLastStep: null }).where(eq(schema.staff.id, me.id));
        const [org] = await ctx.tx.select({ name: schema.tenants.name }).from(schema.tenants).where(eq(schema.tenants.id, ctx.tenantId));
        const uri = otpauthUri(secret, me.email, org?.name ?? "");
        return { secret, otpauthUri: uri, qrSvg: await qrSvg(uri) };
      }),
  );

  app.post(
    "/v1/staff/me/second-factor/confirm",
    {
      config: { roles: STAFF, enrolment: true, errors: ["second_factor.already_enabled", "second_factor.not_started", "auth.second_factor_invalid"] },
      schema: {
        tags: ["staff"],
        summary: "Finish setting up the second factor with a first code; answers a new token that opens everything",
        description: "Every other session of this person ends: they were opened without the second factor.",
        body: CodeBody,
        response: { 200: StaffTokenResponse, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const me = await repo.lockStaff(ctx.tx, ctx.actor.sub);
        if (!me) throw new AppError("auth.unauthenticated", "Meld u opnieuw aan.");
        if (me.totpEnabledAt) throw new AppError("second_factor.already_enabled");
        if (!me.totpSecret) throw new AppError("second_factor.not_started");
        const step = acceptedStep(me.totpSecret, request.body.code, null);
        if (step === undefined)
          throw new AppError("auth.second_factor_invalid", "Deze code klopt niet. Kijk of de tijd op uw telefoon juist staat en probeer de nieuwe code.");
        await endAllSessions(ctx.tx, me.id);
        const [row] = await ctx.tx
          .update(schema.staff)
          .set({ totpEnabledAt: sql`now()`, totpLastStep: step, sessionsRevokedAt: sql`now()` })
          .where(eq(schema.staff.id, me.id))
          .returning({ revokedUntil: sql<number>`floor(extract(epoch from ${schema.staff.sessionsRevokedAt}))::float8` });
        await ctx.audit({ entity: "staff", entityId: me.id, action: "enable_second_factor" });
        const accessToken = await issueStaffToken(
          app,
          ctx.tx,
          ctx.tenantId,
          { id: me.id, role: me.role, revokedUntil: row!.revokedUntil },
          {
            secondFactor: true,
            enrolOnly: false,
            userAgent: request.headers["user-agent"],
          },
        );
        return { accessToken, expiresIn: app.deps.config.ACCESS_TOKEN_TTL_SECONDS, role: me.role, secondFactor: { status: "used" as const } };
      }),
  );

  app.post(
    "/v1/staff/me/second-factor/remove",
    {
      config: { roles: STAFF, errors: ["second_factor.required", "second_factor.not_started", "auth.second_factor_invalid"] },
      schema: {
        tags: ["staff"],
        summary: "Stop using the second factor (with a current code), where one's role does not need it",
        body: CodeBody,
        response: { 204: NoContent, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      await request.tenantTx(async (ctx) => {
        const me = await repo.lockStaff(ctx.tx, ctx.actor.sub);
        if (!me) throw new AppError("auth.unauthenticated", "Meld u opnieuw aan.");
        if (secondFactorRequired(me.role, await loadSettings(ctx.tx, ctx.tenantId))) throw new AppError("second_factor.required");
        if (!me.totpEnabledAt || !me.totpSecret) throw new AppError("second_factor.not_started", "U gebruikt geen tweede stap.");
        if (acceptedStep(me.totpSecret, request.body.code, me.totpLastStep) === undefined) throw new AppError("auth.second_factor_invalid");
        await ctx.tx.update(schema.staff).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(schema.staff.id, me.id));
        await ctx.audit({ entity: "staff", entityId: me.id, action: "remove_second_factor" });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    "/v1/staff/me/sessions",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["staff"],
        summary: "One's own sessions that still work: where and when one signed in",
        response: { 200: Type.Object({ items: Type.Array(Session) }), ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => ({
        items: (await liveSessions(ctx.tx, ctx.actor.sub)).map((s) => ({
          id: s.jti,
          signedInAt: new Date(s.issued_at).toISOString(),
          expiresAt: new Date(s.expires_at).toISOString(),
          device: s.user_agent,
          secondFactor: s.second_factor,
          current: s.jti === ctx.actor.jti,
        })),
      })),
  );

  app.delete(
    "/v1/staff/me/sessions/:id",
    {
      config: { roles: STAFF, errors: ["resource.not_found"] },
      schema: {
        tags: ["staff"],
        summary: "End one of one's sessions (e.g. on a lost phone)",
        params: Type.Object({ id: Uuid }),
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await request.tenantTx(async (ctx) => {
        if (!(await endSession(ctx.tx, ctx.actor.sub, request.params.id))) throw notFound("Deze sessie");
        await ctx.audit({ entity: "staff", entityId: ctx.actor.sub, action: "end_session", after: { session: request.params.id } });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    "/v1/staff/me/sessions/end-all",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["staff"],
        summary: "Sign out everywhere, this session too",
        response: { 204: NoContent, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await request.tenantTx(async (ctx) => {
        await repo.updateStaff(ctx.tx, ctx.actor.sub, {}, true);
        await ctx.audit({ entity: "staff", entityId: ctx.actor.sub, action: "sign_out_everywhere" });
      });
      return reply.status(204).send();
    },
  );
};

export default ownAccount;

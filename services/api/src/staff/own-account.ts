import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { eq, sql } from "drizzle-orm";
import { encryption, schema } from "@wijkwerk/db";
import { secondFactorRequired } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import { errorResponses } from "../schemas/common.ts";
import { StaffTokenResponse } from "../schemas/tokens.ts";
import { loadSettings } from "../settings-store.ts";
import * as repo from "./repository.ts";
import { StaffOut } from "./schemas.ts";
import { staffOut } from "./views.ts";
import { endAllSessions } from "./sessions.ts";
import { issueStaffToken } from "./tokens.ts";
import { acceptedStep, newTotpSecret, otpauthUri, qrSvg } from "./totp.ts";

const STAFF = ["admin", "consultant", "finance"] as const;
const CodeBody = Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) }, { additionalProperties: false });
const Enrolment = Type.Object({
  secret: Type.String({ description: "Base32, for typing into the app when the QR code cannot be scanned" }),
  otpauthUri: Type.String(),
  qrSvg: Type.String({ description: "The otpauth URI as an SVG QR code" }),
});
const NoContent = Type.Unsafe<void>({ type: "null", description: "Done, without a body" });

/**
 * Issue 20: a staff member's own account and second factor (TOTP); sessions are in own-sessions.ts. Setting up the second factor
 * is reachable with an enrolment-only token (`enrolment: true`), so someone whose period is over
 * can still do it; the new token it answers with opens everything.
 */
const ownAccount: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/staff/me",
    {
      config: { roles: STAFF, enrolment: true },
      schema: {
        tags: ["staff"],
        summary: "One's own staff account: name, role, whether a second factor is set up",
        response: { 200: StaffOut, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const me = await repo.lockStaff(ctx.tx, ctx.actor.sub);
        if (!me) throw new AppError("auth.unauthenticated", "Meld u opnieuw aan.");
        return staffOut(me);
      }),
  );

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
        await ctx.tx
          .update(schema.staff)
          .set({ totpSecret: encryption.sealText(secret), totpLastStep: null })
          .where(eq(schema.staff.id, me.id));
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
        const step = acceptedStep(encryption.revealValue(me.totpSecret), request.body.code, null);
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
        if (acceptedStep(encryption.revealValue(me.totpSecret), request.body.code, me.totpLastStep) === undefined)
          throw new AppError("auth.second_factor_invalid");
        await ctx.tx.update(schema.staff).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(schema.staff.id, me.id));
        await ctx.audit({ entity: "staff", entityId: me.id, action: "remove_second_factor" });
      });
      return reply.status(204).send();
    },
  );
};

export default ownAccount;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { eq, sql } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import { AppError, notFound } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { sendStaffLink } from "./links.ts";
import * as repo from "./repository.ts";
import { endAllSessions } from "./sessions.ts";
import { StaffOut } from "./schemas.ts";
import { staffOut } from "./views.ts";

/** Issue 20, for the admin: send an invitation again, and reset a lost second factor. */
const staffAccess: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/staff/:id/invitation",
    {
      config: { roles: ["admin"], errors: ["resource.not_found", "staff.inactive", "staff.invitation_accepted"] },
      schema: {
        tags: ["staff"],
        summary: "Send the invitation by e-mail again (valid 7 days; older links stop working)",
        params: IdParams,
        response: { 202: Type.Object({ expiresAt: Type.String({ format: "date-time" }) }), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const out = await request.tenantTx(async (ctx) => {
        const member = await repo.lockStaff(ctx.tx, request.params.id);
        if (!member) throw notFound("Deze medewerker");
        if (!member.active) throw new AppError("staff.inactive");
        if (!member.invitedAt) throw new AppError("staff.invitation_accepted", `${member.name} koos al een wachtwoord. Stuur eventueel een nieuw wachtwoord.`);
        const sent = await sendStaffLink(ctx.tx, ctx.tenantId, member.id, "invite", request.id);
        await ctx.audit({ entity: "staff", entityId: member.id, action: "invite", after: sent });
        return sent;
      });
      return reply.status(202).send(out);
    },
  );

  app.delete(
    "/v1/staff/:id/second-factor",
    {
      config: { roles: ["admin"], errors: ["resource.not_found", "second_factor.self_reset"] },
      schema: {
        tags: ["staff"],
        summary: "Reset a staff member's second factor (a lost phone): they set up a new one at their next sign-in",
        description: "Every session of theirs ends. An admin cannot reset their own: another admin does, after checking who asks.",
        params: IdParams,
        response: { 200: StaffOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        if (request.params.id === ctx.actor.sub) throw new AppError("second_factor.self_reset");
        const member = await repo.lockStaff(ctx.tx, request.params.id);
        if (!member) throw notFound("Deze medewerker");
        await endAllSessions(ctx.tx, member.id);
        const [row] = await ctx.tx
          .update(schema.staff)
          .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionsRevokedAt: sql`now()` })
          .where(eq(schema.staff.id, member.id))
          .returning();
        await ctx.audit({ entity: "staff", entityId: member.id, action: "reset_second_factor", before: { secondFactor: member.totpEnabledAt !== null } });
        return staffOut(row!);
      }),
  );
};

export default staffAccess;

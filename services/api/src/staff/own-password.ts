import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { AppError, rateLimited, validationError } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { hashPassword, verifyPassword } from "../passwords.ts";
import { errorResponses } from "../schemas/common.ts";
import * as repo from "./repository.ts";
import { StaffOut } from "./schemas.ts";
import { staffOut } from "./views.ts";

const Body = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 12, maxLength: 200 }) },
  { additionalProperties: false },
);

/**
 * A staff member replaces their own password (after a temporary one from the admin, or any time).
 * Every session of theirs ends, this one too: whoever knew the old password is out. Wrong current
 * passwords count like wrong sign-ins (src/limits), so this is no way around that limit.
 */
const ownPassword: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/staff/me/password",
    {
      config: { roles: ["admin", "consultant", "finance"], errors: ["auth.rate_limited"] },
      schema: {
        tags: ["staff"],
        summary: "Change one's own password; every session of one's own ends",
        body: Body,
        response: { 200: StaffOut, ...errorResponses(401, 403, 422, 429) },
      },
    },
    async (request) => {
      const { currentPassword, newPassword } = request.body;
      const account = `${request.claims.tid}:${request.claims.sub}`;
      const wait = await app.limits.failures.blocked("password", account, request.ip);
      if (wait) throw rateLimited("auth.rate_limited", `Te veel mislukte pogingen. Probeer opnieuw over ${minutes(wait)}.`, wait);
      const passwordHash = await hashPassword(newPassword);
      return request.tenantTx(async (ctx) => {
        const before = await repo.lockStaff(ctx.tx, request.claims.sub);
        if (!before) throw new AppError("auth.unauthenticated", "Meld u opnieuw aan.");
        if (!(await verifyPassword(before.passwordHash, currentPassword))) {
          await app.limits.failures.fail("password", account, request.ip);
          throw validationError([{ path: "currentPassword", message: "Dit is niet uw huidige wachtwoord." }]);
        }
        if (currentPassword === newPassword) throw validationError([{ path: "newPassword", message: "Kies een ander wachtwoord dan het huidige." }]);
        await app.limits.failures.clear("password", account, request.ip);
        const after = staffOut(await repo.updateStaff(ctx.tx, before.id, { passwordHash }, true));
        await ctx.audit({ entity: "staff", entityId: before.id, action: "change_own_password", before: staffOut(before), after });
        return after;
      });
    },
  );
};

export default ownPassword;

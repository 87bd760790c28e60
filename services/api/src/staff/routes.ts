import { randomBytes, randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { pgError, PG, schema } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { hashPassword } from "../passwords.ts";
import { errorResponses, ListQuery, Page, Uuid } from "../schemas/common.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { sendStaffLink } from "./links.ts";
import { temporaryPassword } from "./temporary-password.ts";
import { staffOut } from "./views.ts";

const Params = Type.Object({ id: Uuid });

/** The member to change, locked; 404 when the tenant has no such member. */
async function memberOr404(ctx: TenantContext, id: string) {
  const row = await repo.lockStaff(ctx.tx, id);
  if (!row) throw notFound("Deze medewerker");
  return row;
}

/** Staff accounts of a tenant (admin only): invite, list, change name or role, reset the password, deactivate. */
const staff: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/staff",
    {
      config: { roles: ["admin"], idempotent: true, errors: ["staff.email_taken"] },
      schema: {
        tags: ["staff"],
        summary: "Add a staff member: invited by e-mail (invite: true), with a password, or else a temporary one returned once",
        body: S.CreateBody,
        response: { 201: S.CreatedOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { email, name, role, invite } = request.body;
      if (invite && request.body.password !== undefined)
        throw validationError([{ path: "password", message: "Geef geen wachtwoord bij een uitnodiging: de persoon kiest het zelf." }]);
      const temporary = request.body.password === undefined && !invite ? temporaryPassword() : undefined;
      // An invited account has a password nobody knows until the person chooses one through the link.
      const passwordHash = await hashPassword(request.body.password ?? temporary ?? randomBytes(32).toString("base64url"));
      try {
        const row = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const [created] = await tx
            .insert(schema.staff)
            .values({ tenantId, id: randomUUID(), email: email.toLowerCase(), name, role, passwordHash, invitedAt: invite ? sql`now()` : null })
            .returning();
          const out = staffOut(created!);
          await audit({ entity: "staff", entityId: out.id, action: invite ? "invite" : "create", after: out });
          return invite ? { ...out, invitationExpiresAt: (await sendStaffLink(tx, tenantId, out.id, "invite", request.id)).expiresAt } : out;
        });
        return reply.status(201).send(temporary ? { ...row, temporaryPassword: temporary } : row);
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("staff.email_taken", `${email} heeft al een account.`);
        throw err;
      }
    },
  );

  app.get(
    "/v1/staff",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["staff"],
        summary: "List staff",
        querystring: Type.Object(ListQuery, { additionalProperties: false }),
        response: { 200: Page(S.StaffOut), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx(({ tx }) => repo.listStaff(tx, after, limit));
      const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
      return { items: page.items.map(staffOut), nextCursor: page.nextCursor };
    },
  );

  app.patch(
    "/v1/staff/:id",
    {
      config: { roles: ["admin"], errors: ["staff.last_admin"] },
      schema: {
        tags: ["staff"],
        summary: "Change a staff member's name or role; a new role signs them out everywhere",
        description: "409 `staff.last_admin` when the last active admin would lose the role.",
        params: Params,
        body: S.PatchBody,
        response: { 200: S.StaffOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const admins = await repo.lockActiveAdmins(ctx.tx);
        const before = await memberOr404(ctx, request.params.id);
        const { name, role } = request.body;
        const newRole = role !== undefined && role !== before.role;
        // An organisation always keeps an active admin: who else could invite, reset or change roles?
        if (newRole && admins.includes(before.id) && admins.length === 1)
          throw new AppError("staff.last_admin", "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.");
        const after = staffOut(await repo.updateStaff(ctx.tx, before.id, { ...(name ? { name } : {}), ...(role ? { role } : {}) }, newRole));
        await ctx.audit({ entity: "staff", entityId: before.id, action: newRole ? "change_role" : "update", before: staffOut(before), after });
        return after;
      }),
  );

  app.post(
    "/v1/staff/:id/password-reset",
    {
      config: { roles: ["admin"], errors: ["staff.inactive"] },
      schema: {
        tags: ["staff"],
        summary: "Give a staff member a new temporary password (returned once) and sign them out everywhere",
        params: Params,
        response: { 200: S.PasswordResetOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const temporary = temporaryPassword();
      const passwordHash = await hashPassword(temporary);
      const out = await request.tenantTx(async (ctx) => {
        const before = await memberOr404(ctx, request.params.id);
        if (!before.active) throw new AppError("staff.inactive", "Deze medewerker is uitgeschakeld; een nieuw wachtwoord helpt niet.");
        const after = staffOut(await repo.updateStaff(ctx.tx, before.id, { passwordHash }, true));
        // The audit row says that it happened, never the password.
        await ctx.audit({ entity: "staff", entityId: before.id, action: "reset_password", before: staffOut(before), after });
        return after;
      });
      return { ...out, temporaryPassword: temporary };
    },
  );

  app.post(
    "/v1/staff/:id/deactivate",
    {
      // Not oneself: so the admin who asks stays, and the organisation keeps an active admin.
      config: { roles: ["admin"], errors: ["staff.self_deactivation"] },
      schema: {
        tags: ["staff"],
        summary: "Deactivate a staff member: no sign-in, every token refused at once",
        params: Params,
        response: { 200: S.StaffOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (id === request.claims.sub)
        throw new AppError("staff.self_deactivation", "U kunt uw eigen account niet uitschakelen; vraag het aan een andere beheerder.");
      return request.tenantTx(async (ctx) => {
        const before = await memberOr404(ctx, id);
        const after = staffOut(await repo.updateStaff(ctx.tx, id, { active: false, deactivatedAt: new Date().toISOString() }, true));
        await ctx.audit({ entity: "staff", entityId: id, action: "deactivate", before: staffOut(before), after });
        return after;
      });
    },
  );
};

export default staff;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, eq, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { AppError } from "../errors/problem.ts";
import { hashPassword } from "../passwords.ts";
import { errorResponses } from "../schemas/common.ts";
import { endAllSessions } from "./sessions.ts";
import { findStaffLink, sendStaffLink, useStaffLink, type FoundLink } from "./links.ts";

const Tenant = Type.String({ minLength: 1, maxLength: 63, description: "The organisation's short name (slug)" });
const CodeParams = Type.Object({ code: Type.String({ minLength: 16, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" }) });
const ResetBody = Type.Object({ tenant: Tenant, email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false });
const PasswordBody = Type.Object({ tenant: Tenant, password: Type.String({ minLength: 12, maxLength: 200 }) }, { additionalProperties: false });
const LinkOut = Type.Object({
  purpose: Type.Union([Type.Literal("invite"), Type.Literal("password_reset")]),
  name: Type.String(),
  email: Type.String(),
  expiresAt: Type.String({ format: "date-time" }),
});
const NoContent = Type.Unsafe<void>({ type: "null", description: "Done, without a body" });

/**
 * Issue 20: a staff member chooses a password through a link by e-mail, after an invitation or a
 * "forgot password". No token: the link's code is the proof, and using it ends every session.
 */
const staffLinks: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;
  const tenantId = async (slug: string) => (await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_slug(${slug}) AS id`)[0]?.id ?? undefined;
  const usableLink = async (tx: Tx, code: string, forUpdate: boolean): Promise<FoundLink> => {
    const link = await findStaffLink(tx, code, forUpdate);
    if (!link) throw new AppError("staff_link.unknown", "Deze link kennen we niet. Kijk of u hem volledig overnam.");
    if (!link.usable) throw new AppError("staff_link.expired");
    return link;
  };

  app.post(
    "/v1/auth/password-reset",
    {
      config: { noAudit: true, errors: ["auth.rate_limited"] },
      schema: {
        tags: ["auth"],
        summary: "Forgot password: a link to choose a new one, by e-mail (staff)",
        description:
          "Always 202, whether the address is known or not (nobody learns who has an account). A known, active staff member gets a link valid for 1 hour; a newer request replaces it.",
        body: ResetBody,
        response: { 202: Type.Object({}), ...errorResponses(422, 429) },
      },
    },
    async (request, reply) => {
      const { tenant, email } = request.body;
      await app.limits.codeRequest(request, tenant, email.toLowerCase());
      const id = await tenantId(tenant);
      if (id)
        await database.withTenant(id, async (tx) => {
          const [member] = await tx
            .select({ id: schema.staff.id })
            .from(schema.staff)
            .where(and(eq(sql`lower(${schema.staff.email})`, email.toLowerCase()), eq(schema.staff.active, true)));
          if (!member) return;
          await sendStaffLink(tx, id, member.id, "password_reset", request.id);
          await tx.insert(schema.auditLog).values({
            tenantId: id,
            actorType: "anyone",
            action: "password_reset_requested",
            entity: "staff",
            entityId: member.id,
            requestId: request.id,
          });
        });
      return reply.status(202).send({});
    },
  );

  app.get(
    "/v1/auth/staff-links/:code",
    {
      config: { noAudit: true, errors: ["staff_link.unknown", "staff_link.expired"] },
      schema: {
        tags: ["auth"],
        summary: "What a password link is for and for whom, before the password is chosen",
        params: CodeParams,
        querystring: Type.Object({ tenant: Tenant }, { additionalProperties: false }),
        response: { 200: LinkOut, ...errorResponses(404, 410, 422) },
      },
    },
    async (request) => {
      const id = await tenantId(request.query.tenant);
      if (!id) throw new AppError("staff_link.unknown");
      const link = await database.withTenant(id, (tx) => usableLink(tx, request.params.code, false));
      return { purpose: link.purpose, name: link.name, email: link.email, expiresAt: link.expiresAt };
    },
  );

  app.post(
    "/v1/auth/staff-links/:code/password",
    {
      config: { noAudit: true, errors: ["staff_link.unknown", "staff_link.expired"] },
      schema: {
        tags: ["auth"],
        summary: "Choose a password with a link from an invitation or a reset; every session of the account ends",
        params: CodeParams,
        body: PasswordBody,
        response: { 204: NoContent, ...errorResponses(404, 410, 422) },
      },
    },
    async (request, reply) => {
      const id = await tenantId(request.body.tenant);
      if (!id) throw new AppError("staff_link.unknown");
      const passwordHash = await hashPassword(request.body.password);
      await database.withTenant(id, async (tx) => {
        const link = await usableLink(tx, request.params.code, true);
        await useStaffLink(tx, link.id);
        await endAllSessions(tx, link.staffId);
        await tx
          .update(schema.staff)
          .set({ passwordHash, invitedAt: null, sessionsRevokedAt: sql`now()` })
          .where(eq(schema.staff.id, link.staffId));
        await tx.insert(schema.auditLog).values({
          tenantId: id,
          actorType: "staff",
          actorId: link.staffId,
          action: link.purpose === "invite" ? "accept_invitation" : "reset_password",
          entity: "staff",
          entityId: link.staffId,
          requestId: request.id,
        });
      });
      return reply.status(204).send();
    },
  );
};

export default staffLinks;

import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { asc, eq, sql } from "drizzle-orm";
import { pgError, PG, schema } from "@wijkwerk/db";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { hashPassword } from "../passwords.ts";
import { Email, errorResponses, ListQuery, Page, Uuid } from "../schemas/common.ts";

const StaffRole = Type.Union([Type.Literal("admin"), Type.Literal("consultant"), Type.Literal("finance")]);
const StaffOut = Type.Object({ id: Uuid, email: Type.String(), name: Type.String(), role: StaffRole, active: Type.Boolean(), createdAt: Type.String() });
const CreateBody = Type.Object(
  { email: Email, name: Type.String({ minLength: 1, maxLength: 200 }), role: StaffRole, password: Type.String({ minLength: 12, maxLength: 200 }) },
  { additionalProperties: false },
);

function toOut(r: typeof schema.staff.$inferSelect) {
  return { id: r.id, email: r.email, name: r.name, role: r.role, active: r.active, createdAt: new Date(r.createdAt).toISOString() };
}

/** Staff accounts of a tenant (admin only). */
const staff: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/staff",
    {
      config: { roles: ["admin"], idempotent: true, errors: ["staff.email_taken"] },
      schema: { tags: ["staff"], summary: "Add a staff member", body: CreateBody, response: { 201: StaffOut, ...errorResponses(401, 403, 409, 422) } },
    },
    async (request, reply) => {
      const { email, name, role, password } = request.body;
      const passwordHash = await hashPassword(password);
      try {
        const row = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const [created] = await tx
            .insert(schema.staff)
            .values({ tenantId, id: randomUUID(), email: email.toLowerCase(), name, role, passwordHash })
            .returning();
          const out = toOut(created!);
          await audit({ entity: "staff", entityId: out.id, action: "create", after: out });
          return out;
        });
        return reply.status(201).send(row);
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
        response: { 200: Page(StaffOut), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const s = schema.staff;
        const rows = await tx
          .select()
          .from(s)
          .where(after ? sql`(${s.createdAt}, ${s.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : undefined)
          .orderBy(asc(s.createdAt), asc(s.id))
          .limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
        return { items: page.items.map(toOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/v1/staff/:id/deactivate",
    {
      config: { roles: ["admin"], errors: ["staff.self_deactivation"] },
      schema: {
        tags: ["staff"],
        summary: "Deactivate a staff member: no sign-in, every token refused at once",
        params: Type.Object({ id: Uuid }),
        response: { 200: StaffOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (id === request.claims.sub)
        throw new AppError("staff.self_deactivation", "U kunt uw eigen account niet uitschakelen; vraag het aan een andere beheerder.");
      return request.tenantTx(async ({ tx, audit }) => {
        const s = schema.staff;
        const [before] = await tx.select().from(s).where(eq(s.id, id)).for("update");
        if (!before) throw notFound("Deze medewerker");
        const [after] = await tx
          .update(s)
          .set({ active: false, sessionsRevokedAt: sql`now()` })
          .where(eq(s.id, id))
          .returning();
        const out = toOut(after!);
        await audit({ entity: "staff", entityId: id, action: "deactivate", before: toOut(before), after: out });
        return out;
      });
    },
  );
};

export default staff;

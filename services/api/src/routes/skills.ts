import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { asc, sql } from "drizzle-orm";
import { pgError, PG, schema } from "@wijkwerk/db";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, ListQuery, Page, Uuid } from "../schemas/common.ts";

const SkillBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
const SkillOut = Type.Object({ id: Uuid, name: Type.String(), createdAt: Type.String() });

const toOut = (r: typeof schema.skills.$inferSelect) => ({ id: r.id, name: r.name, createdAt: new Date(r.createdAt).toISOString() });

/** Skills (competenties) such as Tuinonderhoud: what training grants and some activities require. */
const skills: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/skills",
    {
      config: { roles: ["admin", "consultant"], errors: ["skill.name_taken"] },
      schema: { tags: ["catalogue"], summary: "Add a skill", body: SkillBody, response: { 201: SkillOut, ...errorResponses(401, 403, 409, 422) } },
    },
    async (request, reply) => {
      const name = request.body.name.trim().replace(/\s+/g, " ");
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const [row] = await tx.insert(schema.skills).values({ tenantId, id: randomUUID(), name }).returning();
          const created = toOut(row!);
          await audit({ entity: "skill", entityId: created.id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("skill.name_taken", `Er is al een competentie "${name}".`);
        throw err;
      }
    },
  );

  app.get(
    "/v1/skills",
    {
      config: { roles: ["admin", "consultant", "finance"] },
      schema: {
        tags: ["catalogue"],
        summary: "List skills",
        querystring: Type.Object(ListQuery, { additionalProperties: false }),
        response: { 200: Page(SkillOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const s = schema.skills;
        const rows = await tx
          .select()
          .from(s)
          .where(after ? sql`(${s.name}, ${s.id}) > (${String(after[0])}, ${String(after[1])}::uuid)` : undefined)
          .orderBy(asc(s.name), asc(s.id))
          .limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.name, r.id]);
        return { items: page.items.map(toOut), nextCursor: page.nextCursor };
      });
    },
  );
};

export default skills;

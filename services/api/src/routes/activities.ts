import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { asc, eq, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { notFound, validationError, type FieldError } from "../errors/problem.ts";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";

const ClientType = Type.Union([
  Type.Literal("private"),
  Type.Literal("localGovernment"),
  Type.Literal("education"),
  Type.Literal("nonprofit"),
  Type.Literal("agriculture"),
]);

const ActivityOut = Type.Object({
  code: Type.String(),
  name: Type.String(),
  category: Type.String(),
  clientTypes: Type.Array(Type.String()),
  skillId: Type.Optional(Uuid),
});

const AllowedBody = Type.Object(
  {
    allowed: Type.Array(
      Type.Object(
        { activityCode: Type.String({ minLength: 1, maxLength: 100 }), clientTypes: Type.Array(ClientType, { minItems: 1, maxItems: 5 }) },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
const AllowedOut = Type.Object({
  items: Type.Array(Type.Object({ activityCode: Type.String(), name: Type.String(), category: Type.String(), clientTypes: Type.Array(Type.String()) })),
});

const CLIENT_TYPE_NL: Record<string, string> = {
  private: "particulier",
  localGovernment: "lokaal bestuur",
  education: "school",
  nonprofit: "vzw",
  agriculture: "land- en tuinbouw",
};

async function allowedOf(tx: Tx, municipalityId: string) {
  const ma = schema.municipalityActivities;
  const a = schema.activities;
  const rows = await tx
    .select({ activityCode: ma.activityCode, name: a.name, category: a.category, clientTypes: ma.clientTypes })
    .from(ma)
    .innerJoin(a, eq(a.code, ma.activityCode))
    .where(eq(ma.municipalityId, municipalityId))
    .orderBy(asc(a.sortOrder), asc(a.code));
  return { items: rows };
}

async function assertMunicipality(tx: Tx, id: string, forUpdate = false): Promise<void> {
  const q = tx.select({ id: schema.municipalities.id }).from(schema.municipalities).where(eq(schema.municipalities.id, id));
  const [m] = forUpdate ? await q.for("update") : await q;
  if (!m) throw notFound("Deze gemeente");
}

/** The Flemish activity list (RULES §6) and which of it each municipality allows, for whom (RULES §3). */
const activities: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/activities",
    {
      // Clients pick an activity when they order a klus, so they read the catalogue too.
      config: { roles: ["admin", "consultant", "finance", "client", "worker"] },
      schema: {
        tags: ["catalogue"],
        summary: "The activity catalogue, with the tenant's matching skill",
        response: { 200: Type.Object({ items: Type.Array(ActivityOut) }), ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const a = schema.activities;
        const rows = await tx
          .select({
            code: a.code,
            name: a.name,
            category: a.category,
            clientTypes: a.clientTypes,
            skillId: sql<string | null>`(SELECT s.id::text FROM skills s WHERE lower(s.name) = lower(${a.skillName}) LIMIT 1)`,
          })
          .from(a)
          .orderBy(asc(a.sortOrder), asc(a.code));
        return { items: rows.map(({ skillId, ...r }) => (skillId ? { ...r, skillId } : r)) };
      }),
  );

  app.get(
    "/v1/municipalities/:id/activities",
    {
      config: { roles: ["admin", "consultant", "finance"] },
      schema: {
        tags: ["catalogue"],
        summary: "Activities a municipality allows",
        params: IdParams,
        response: { 200: AllowedOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        await assertMunicipality(tx, request.params.id);
        return allowedOf(tx, request.params.id);
      }),
  );

  app.put(
    "/v1/municipalities/:id/activities",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["catalogue"],
        summary: "Replace the activities a municipality allows",
        params: IdParams,
        body: AllowedBody,
        response: { 200: AllowedOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, audit }) => {
        const municipalityId = request.params.id;
        await assertMunicipality(tx, municipalityId, true);
        const catalogue = new Map(
          (await tx.select({ code: schema.activities.code, clientTypes: schema.activities.clientTypes }).from(schema.activities)).map((r) => [
            r.code,
            r.clientTypes,
          ]),
        );
        const errors: FieldError[] = [];
        const seen = new Set<string>();
        request.body.allowed.forEach((item, i) => {
          const permitted = catalogue.get(item.activityCode);
          if (!permitted) return errors.push({ path: `allowed.${i}.activityCode`, message: "Deze activiteit staat niet op de Vlaamse lijst." });
          if (seen.has(item.activityCode)) errors.push({ path: `allowed.${i}.activityCode`, message: "Deze activiteit staat twee keer in de lijst." });
          seen.add(item.activityCode);
          const extra = item.clientTypes.filter((t) => !permitted.includes(t));
          if (extra.length > 0) {
            errors.push({
              path: `allowed.${i}.clientTypes`,
              message: `Deze activiteit is niet toegelaten voor: ${extra.map((t) => CLIENT_TYPE_NL[t] ?? t).join(", ")}. Wel voor: ${permitted.map((t) => CLIENT_TYPE_NL[t] ?? t).join(", ")}.`,
            });
          }
        });
        if (errors.length > 0) throw validationError(errors);

        const before = await allowedOf(tx, municipalityId);
        const ma = schema.municipalityActivities;
        await tx.delete(ma).where(eq(ma.municipalityId, municipalityId));
        if (request.body.allowed.length > 0) {
          await tx
            .insert(ma)
            .values(request.body.allowed.map((x) => ({ tenantId, municipalityId, activityCode: x.activityCode, clientTypes: [...new Set(x.clientTypes)] })));
        }
        const after = await allowedOf(tx, municipalityId);
        await audit({ entity: "municipality_activities", entityId: municipalityId, action: "replace", before: before.items, after: after.items });
        return after;
      }),
  );
};

export default activities;

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";

const Ids = Type.Array(Uuid, { maxItems: 500, uniqueItems: true });
export const StaffAreaBody = Type.Object(
  {
    municipalityIds: Ids,
    neighbourhoodIds: Ids,
  },
  { additionalProperties: false },
);
export const StaffAreaOut = Type.Object({
  staffId: Uuid,
  municipalityIds: Type.Array(Uuid),
  neighbourhoodIds: Type.Array(Uuid),
  limited: Type.Boolean({ description: "false = the whole organisation (no area, or not a consultant)" }),
});

const m = schema.staffAreaMunicipalities;
const n = schema.staffAreaNeighbourhoods;

async function areaOf(tx: Tx, staffId: string, role: string) {
  const municipalityIds = (await tx.select({ id: m.municipalityId }).from(m).where(eq(m.staffId, staffId)).orderBy(m.municipalityId)).map((r) => r.id);
  const neighbourhoodIds = (await tx.select({ id: n.neighbourhoodId }).from(n).where(eq(n.staffId, staffId)).orderBy(n.neighbourhoodId)).map((r) => r.id);
  return { staffId, municipalityIds, neighbourhoodIds, limited: role === "consultant" && municipalityIds.length + neighbourhoodIds.length > 0 };
}

async function memberOr404(tx: Tx, id: string, lock: boolean) {
  const q = tx.select({ id: schema.staff.id, role: schema.staff.role }).from(schema.staff).where(eq(schema.staff.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound("Deze medewerker");
  return row;
}

/** The ids of this tenant among `ids` (RLS keeps it to the tenant). */
async function unknownIds(tx: Tx, table: typeof schema.municipalities | typeof schema.neighbourhoods, ids: string[]) {
  if (ids.length === 0) return [];
  const found = new Set((await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

/**
 * Issue 20, scope by area: an admin limits a consultant to municipalities and/or wijken; empty =
 * the whole organisation. Enforced by RLS (migration 0062, docs/AREA-SCOPE.md).
 */
const staffArea: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/staff/:id/area",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["staff"],
        summary: "The area a consultant is limited to (municipalities and wijken); empty = the whole organisation",
        params: IdParams,
        response: { 200: StaffAreaOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const member = await memberOr404(tx, request.params.id, false);
        return areaOf(tx, member.id, member.role);
      }),
  );

  app.put(
    "/v1/staff/:id/area",
    {
      config: { roles: ["admin"], errors: ["staff.area_role"] },
      schema: {
        tags: ["staff"],
        summary: "Limit a consultant to municipalities and/or wijken (both empty = the whole organisation)",
        description:
          "Lists, search, matching, the worklist and reports then show the consultant only workers, clients and jobs in the area; " +
          "a record outside it answers 404. 409 `staff.area_role` for an admin or finance member (never limited).",
        params: IdParams,
        body: StaffAreaBody,
        response: { 200: StaffAreaOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, audit }) => {
        const member = await memberOr404(tx, request.params.id, true);
        const { municipalityIds, neighbourhoodIds } = request.body;
        if (member.role !== "consultant" && municipalityIds.length + neighbourhoodIds.length > 0)
          throw new AppError("staff.area_role", "Alleen een consulent kan tot een gebied beperkt worden; beheer en financiën zien de hele organisatie.");
        const problems = [
          ...(await unknownIds(tx, schema.municipalities, municipalityIds)).map(() => ({ path: "municipalityIds", message: "Deze gemeente kennen we niet." })),
          ...(await unknownIds(tx, schema.neighbourhoods, neighbourhoodIds)).map(() => ({ path: "neighbourhoodIds", message: "Deze wijk kennen we niet." })),
        ];
        if (problems.length > 0) throw validationError(problems);
        const before = await areaOf(tx, member.id, member.role);
        await tx.delete(m).where(and(eq(m.staffId, member.id)));
        await tx.delete(n).where(and(eq(n.staffId, member.id)));
        if (municipalityIds.length > 0) await tx.insert(m).values(municipalityIds.map((municipalityId) => ({ tenantId, staffId: member.id, municipalityId })));
        if (neighbourhoodIds.length > 0)
          await tx.insert(n).values(neighbourhoodIds.map((neighbourhoodId) => ({ tenantId, staffId: member.id, neighbourhoodId })));
        const after = await areaOf(tx, member.id, member.role);
        await audit({ entity: "staff", entityId: member.id, action: "set_area", before, after });
        return after;
      }),
  );
};

export default staffArea;

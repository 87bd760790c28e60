import { randomUUID } from "node:crypto";
import { eq, inArray, or } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { notFound, validationError, type FieldError } from "../errors/problem.ts";
import { neighbourhoodOut, selectNeighbourhoods } from "./repository.ts";

/** Adding a wijk and changing its neighbours: adjacency is stored in both directions (migration 0002). */

/** One error per id that is not a neighbourhood of this tenant (RLS hides the others), or is the wijk itself. */
async function neighbourErrors(tx: Tx, adjacentIds: readonly string[], self?: string): Promise<FieldError[]> {
  const unique = [...new Set(adjacentIds)];
  const found = unique.length
    ? new Set((await tx.select({ id: schema.neighbourhoods.id }).from(schema.neighbourhoods).where(inArray(schema.neighbourhoods.id, unique))).map((r) => r.id))
    : new Set<string>();
  const errors: FieldError[] = [];
  adjacentIds.forEach((id, i) => {
    if (id === self) errors.push({ path: `adjacentIds.${i}`, message: "Een wijk kan niet aan zichzelf grenzen." });
    else if (!found.has(id)) errors.push({ path: `adjacentIds.${i}`, message: "Deze wijk bestaat niet." });
  });
  return errors;
}

/** Both directions, so "who borders X" is one index lookup for matching. */
async function link(ctx: Pick<TenantContext, "tx" | "tenantId">, id: string, others: readonly string[]): Promise<void> {
  if (others.length === 0) return;
  const pairs = others.flatMap((other) => [
    { tenantId: ctx.tenantId, neighbourhoodId: id, adjacentId: other },
    { tenantId: ctx.tenantId, neighbourhoodId: other, adjacentId: id },
  ]);
  await ctx.tx.insert(schema.neighbourhoodAdjacency).values(pairs).onConflictDoNothing();
}

async function neighbourhood(tx: Tx, id: string) {
  const [row] = await selectNeighbourhoods(tx, eq(schema.neighbourhoods.id, id), 1);
  return row ? neighbourhoodOut(row) : undefined;
}

export async function createNeighbourhood(
  ctx: TenantContext,
  body: { municipalityId: string; name: string; centroid: { lat: number; lon: number }; adjacentIds?: string[] | undefined },
) {
  const { tx, tenantId } = ctx;
  const adjacentIds = body.adjacentIds ?? [];
  const errors: FieldError[] = [];
  const [m] = await tx.select({ id: schema.municipalities.id }).from(schema.municipalities).where(eq(schema.municipalities.id, body.municipalityId));
  if (!m) errors.push({ path: "municipalityId", message: "Deze gemeente bestaat niet." });
  errors.push(...(await neighbourErrors(tx, adjacentIds)));
  if (errors.length > 0) throw validationError(errors);

  const id = randomUUID();
  await tx
    .insert(schema.neighbourhoods)
    .values({ tenantId, id, municipalityId: body.municipalityId, name: body.name.trim(), lat: body.centroid.lat, lon: body.centroid.lon });
  await link(ctx, id, [...new Set(adjacentIds)]);
  const created = (await neighbourhood(tx, id))!;
  await ctx.audit({ entity: "neighbourhood", entityId: id, action: "create", after: created });
  return created;
}

/**
 * Replaces a wijk's neighbours with exactly `adjacentIds`, in both directions: a wijk dropped
 * here no longer lists this one either. The row lock keeps two admins from interleaving.
 */
export async function replaceNeighbours(ctx: TenantContext, id: string, adjacentIds: readonly string[]) {
  const { tx } = ctx;
  const [locked] = await tx.select({ id: schema.neighbourhoods.id }).from(schema.neighbourhoods).where(eq(schema.neighbourhoods.id, id)).for("update");
  if (!locked) throw notFound("Deze wijk");
  const errors = await neighbourErrors(tx, adjacentIds, id);
  if (errors.length > 0) throw validationError(errors);

  const before = (await neighbourhood(tx, id))!;
  const na = schema.neighbourhoodAdjacency;
  await tx.delete(na).where(or(eq(na.neighbourhoodId, id), eq(na.adjacentId, id)));
  await link(ctx, id, [...new Set(adjacentIds)]);
  const after = (await neighbourhood(tx, id))!;
  await ctx.audit({
    entity: "neighbourhood",
    entityId: id,
    action: "replace_neighbours",
    before: { adjacentIds: before.adjacentIds },
    after: { adjacentIds: after.adjacentIds },
  });
  return after;
}

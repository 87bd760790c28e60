import { asc, sql, type SQL } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";

type MunicipalityRow = typeof schema.municipalities.$inferSelect;
const iso = (t: string) => new Date(t).toISOString();

export function municipalityOut(r: MunicipalityRow) {
  return { id: r.id, name: r.name, nisCode: r.nisCode, postalCodes: r.postalCodes, createdAt: iso(r.createdAt) };
}

/** Neighbourhood rows with their adjacency folded in as one array (stored symmetric, so one direction suffices). */
export async function selectNeighbourhoods(tx: Tx, where: SQL | undefined, limit: number) {
  const n = schema.neighbourhoods;
  const rows = await tx
    .select({
      id: n.id,
      municipalityId: n.municipalityId,
      name: n.name,
      lat: n.lat,
      lon: n.lon,
      createdAt: n.createdAt,
      adjacentIds: sql<
        string[]
      >`COALESCE((SELECT array_agg(na.adjacent_id::text ORDER BY na.adjacent_id) FROM neighbourhood_adjacency na WHERE na.tenant_id = ${n.tenantId} AND na.neighbourhood_id = ${n.id}), '{}'::text[])`,
    })
    .from(n)
    .where(where)
    .orderBy(asc(n.name), asc(n.id))
    .limit(limit);
  return rows;
}

export function neighbourhoodOut(r: Awaited<ReturnType<typeof selectNeighbourhoods>>[number]) {
  return {
    id: r.id,
    municipalityId: r.municipalityId,
    name: r.name,
    centroid: { lat: r.lat, lon: r.lon },
    adjacentIds: r.adjacentIds,
    createdAt: iso(r.createdAt),
  };
}

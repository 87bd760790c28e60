import type postgres from "postgres";
import type { HoodDef } from "./population.ts";
import type { Random } from "./random.ts";

/** Municipalities and their neighbourhoods, written for any tenant: the Gent demo and the Flanders generator. */

export interface WijkDef {
  name: string;
  lat: number;
  lon: number;
  postalCodes: string[];
  streets: string[];
  gardenDemand: number;
}

export const DEMO_SKILLS = { garden: "Tuinonderhoud", machines: "Veilig werken met tuinmachines", childcare: "Kinderopvang basis" } as const;

export interface MunicipalityDef {
  name: string;
  nisCode: string;
  postalCodes: readonly string[];
  wijken: readonly WijkDef[];
  borders: readonly [string, string][];
}

/**
 * Writes municipalities, their neighbourhoods (with symmetric adjacency), the activities each
 * municipality allows (the whole catalogue, for its client types) and the demo skills.
 */
export async function seedGeography(
  tx: postgres.TransactionSql,
  tenantId: string,
  rng: Random,
  municipalities: readonly MunicipalityDef[],
): Promise<{ hoods: HoodDef[]; adjacency: Map<string, string[]>; skills: { garden: string; machines: string; childcare: string } }> {
  const hoods: HoodDef[] = [];
  const adjacency = new Map<string, string[]>();
  for (const m of municipalities) {
    const municipalityId = rng.uuid();
    await tx`INSERT INTO municipalities (tenant_id, id, name, nis_code, postal_codes) VALUES (${tenantId}, ${municipalityId}, ${m.name}, ${m.nisCode}, ${tx.array([...m.postalCodes])}::text[])`;
    const byName = new Map<string, HoodDef>();
    for (const w of m.wijken) {
      const hood: HoodDef = {
        id: rng.uuid(),
        municipalityId,
        municipalityName: m.name,
        name: w.name,
        lat: w.lat,
        lon: w.lon,
        postalCodes: w.postalCodes,
        streets: w.streets,
        gardenDemand: w.gardenDemand,
      };
      byName.set(w.name, hood);
      hoods.push(hood);
      adjacency.set(hood.id, []);
    }
    const hoodRows = [...byName.values()].map((h) => ({
      tenant_id: tenantId,
      id: h.id,
      municipality_id: municipalityId,
      name: h.name,
      lat: h.lat,
      lon: h.lon,
    }));
    await tx`INSERT INTO neighbourhoods ${tx(hoodRows)}`;
    for (const [a, b] of m.borders) {
      const ha = byName.get(a);
      const hb = byName.get(b);
      if (!ha || !hb) throw new Error(`unknown wijk in border ${a} / ${b}`);
      adjacency.get(ha.id)!.push(hb.id);
      adjacency.get(hb.id)!.push(ha.id);
    }
    await tx`INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types)
      SELECT ${tenantId}, ${municipalityId}, code, client_types FROM activities`;
  }
  const edges = [...adjacency].flatMap(([from, tos]) => tos.map((to) => ({ tenant_id: tenantId, neighbourhood_id: from, adjacent_id: to })));
  for (let i = 0; i < edges.length; i += 5000) await tx`INSERT INTO neighbourhood_adjacency ${tx(edges.slice(i, i + 5000))}`;
  const skills = { garden: rng.uuid(), machines: rng.uuid(), childcare: rng.uuid() };
  await tx`INSERT INTO skills (tenant_id, id, name) VALUES
    (${tenantId}, ${skills.garden}, ${DEMO_SKILLS.garden}), (${tenantId}, ${skills.machines}, ${DEMO_SKILLS.machines}), (${tenantId}, ${skills.childcare}, ${DEMO_SKILLS.childcare})`;
  return { hoods, adjacency, skills };
}

import type postgres from "postgres";
import { brusselsDateOf } from "@wijkwerk/domain";
import { seedPopulation, type HoodDef, type PopulationResult } from "./population.ts";
import { Random } from "./random.ts";
import type { SeedStep } from "./steps.ts";

/**
 * The Gent demo (RULES §9: 275 workers and 574 users): the city's 25 official wijken with
 * approximate centroids and a plausible adjacency graph, the catalogue, the three skills, and
 * ten months of work in which clients keep their worker (RULES §8: continuity).
 */

interface WijkDef {
  name: string;
  lat: number;
  lon: number;
  postalCodes: string[];
  streets: string[];
  gardenDemand: number;
}

export const GENT_WIJKEN: WijkDef[] = [
  {
    name: "Binnenstad",
    lat: 51.0543,
    lon: 3.722,
    postalCodes: ["9000"],
    streets: ["Veldstraat", "Kortrijksepoortstraat", "Onderbergen", "Sint-Pietersnieuwstraat"],
    gardenDemand: 0.3,
  },
  {
    name: "Bloemekenswijk",
    lat: 51.0683,
    lon: 3.7044,
    postalCodes: ["9000"],
    streets: ["Bloemekenswijkstraat", "Gebroeders Vandeveldestraat", "Meibloemstraat", "Dahliastraat"],
    gardenDemand: 1,
  },
  {
    name: "Brugse Poort - Rooigem",
    lat: 51.0575,
    lon: 3.6965,
    postalCodes: ["9000"],
    streets: ["Bevrijdingslaan", "Phoenixstraat", "Rooigemlaan", "Emile Braunplein"],
    gardenDemand: 0.6,
  },
  {
    name: "Dampoort",
    lat: 51.0598,
    lon: 3.7415,
    postalCodes: ["9000"],
    streets: ["Dendermondsesteenweg", "Land van Waaslaan", "Pilorijnstraat", "Kasteellaan"],
    gardenDemand: 0.6,
  },
  {
    name: "Drongen",
    lat: 51.0497,
    lon: 3.6574,
    postalCodes: ["9031"],
    streets: ["Drongenplein", "Oudeachterweg", "Deinsesteenweg", "Baarleveldestraat"],
    gardenDemand: 3,
  },
  {
    name: "Elisabethbegijnhof - Papegaai",
    lat: 51.0515,
    lon: 3.7105,
    postalCodes: ["9000"],
    streets: ["Begijnhoflaan", "Papegaaistraat", "Rabotstraat", "Sint-Elisabethplein"],
    gardenDemand: 0.5,
  },
  {
    name: "Gentbrugge",
    lat: 51.0385,
    lon: 3.7645,
    postalCodes: ["9050"],
    streets: ["Brusselsesteenweg", "Jules Van Bovenstraat", "Kerkstraat", "Gentbruggeplein"],
    gardenDemand: 1.6,
  },
  {
    name: "Kanaaldorpen en -zone",
    lat: 51.1345,
    lon: 3.7775,
    postalCodes: ["9042"],
    streets: ["Kerkham", "Mendonkdorp", "Sint-Kruis-Winkeldorp", "Langerbruggekaai"],
    gardenDemand: 2,
  },
  {
    name: "Ledeberg",
    lat: 51.0395,
    lon: 3.7385,
    postalCodes: ["9050"],
    streets: ["Hoveniersberg", "Ledebergplein", "Bisdomkaai", "Kerkstraat"],
    gardenDemand: 0.6,
  },
  {
    name: "Macharius - Heirnis",
    lat: 51.0485,
    lon: 3.7425,
    postalCodes: ["9000"],
    streets: ["Forelstraat", "Heirnislaan", "Kasteellaan", "Sint-Macharius"],
    gardenDemand: 0.6,
  },
  {
    name: "Mariakerke",
    lat: 51.0735,
    lon: 3.6775,
    postalCodes: ["9030"],
    streets: ["Brugsesteenweg", "Groenestaakstraat", "Kerkbrugge", "Mariakerkeplein"],
    gardenDemand: 2.6,
  },
  {
    name: "Moscou - Vogelhoek",
    lat: 51.0315,
    lon: 3.7555,
    postalCodes: ["9050"],
    streets: ["Moscou", "Vogelhoekstraat", "Kortrijksesteenweg", "Boerderijstraat"],
    gardenDemand: 1.3,
  },
  {
    name: "Muide - Meulestede - Afrikalaan",
    lat: 51.0775,
    lon: 3.7325,
    postalCodes: ["9000"],
    streets: ["Meulesteedsesteenweg", "Afrikalaan", "Muidelaan", "Voormuide"],
    gardenDemand: 0.7,
  },
  {
    name: "Nieuw Gent - UZ",
    lat: 51.0275,
    lon: 3.7255,
    postalCodes: ["9000"],
    streets: ["Jan Delvinlaan", "Corneel Heymanslaan", "Kikvorsstraat", "Nieuw Gentplein"],
    gardenDemand: 0.8,
  },
  {
    name: "Oostakker",
    lat: 51.0985,
    lon: 3.7725,
    postalCodes: ["9041"],
    streets: ["Oostakkerdorp", "Eksaardserijweg", "Gaverstraat", "Sint-Antoniuslaan"],
    gardenDemand: 2.6,
  },
  {
    name: "Oud Gentbrugge",
    lat: 51.0455,
    lon: 3.7565,
    postalCodes: ["9050"],
    streets: ["Lange Violettestraat", "Oud Gentbruggestraat", "Bellevue", "Frans Van Ryhovelaan"],
    gardenDemand: 1.1,
  },
  {
    name: "Rabot - Blaisantvest",
    lat: 51.0635,
    lon: 3.7145,
    postalCodes: ["9000"],
    streets: ["Wondelgemstraat", "Rabotstraat", "Blaisantvest", "Opgeëistenlaan"],
    gardenDemand: 0.4,
  },
  {
    name: "Sint-Amandsberg",
    lat: 51.0625,
    lon: 3.7555,
    postalCodes: ["9040"],
    streets: ["Antwerpsesteenweg", "Victor Braeckmanlaan", "Hogeweg", "Visitatiestraat"],
    gardenDemand: 1.8,
  },
  {
    name: "Sint-Denijs-Westrem - Afsnee",
    lat: 51.0265,
    lon: 3.6745,
    postalCodes: ["9051"],
    streets: ["Afsneedorp", "Kortrijksesteenweg", "Putkapelstraat", "Sint-Denijslaan"],
    gardenDemand: 3,
  },
  {
    name: "Sluizeken - Tolhuis - Ham",
    lat: 51.0645,
    lon: 3.7275,
    postalCodes: ["9000"],
    streets: ["Sleepstraat", "Tolhuislaan", "Ham", "Sluizeken"],
    gardenDemand: 0.4,
  },
  {
    name: "Stationsbuurt-Noord",
    lat: 51.0415,
    lon: 3.7125,
    postalCodes: ["9000"],
    streets: ["Koningin Astridlaan", "Kortrijksesteenweg", "Sint-Denijslaan", "Citadellaan"],
    gardenDemand: 0.9,
  },
  {
    name: "Stationsbuurt-Zuid",
    lat: 51.0315,
    lon: 3.7075,
    postalCodes: ["9000"],
    streets: ["Kortrijksesteenweg", "Meersstraat", "Sint-Pietersstationstraat", "Voskenslaan"],
    gardenDemand: 1,
  },
  {
    name: "Watersportbaan - Ekkergem",
    lat: 51.0455,
    lon: 3.6915,
    postalCodes: ["9000"],
    streets: ["Yachtdreef", "Ekkergemstraat", "Watersportlaan", "Offerlaan"],
    gardenDemand: 1.1,
  },
  {
    name: "Wondelgem",
    lat: 51.0885,
    lon: 3.7185,
    postalCodes: ["9032"],
    streets: ["Wondelgemkaai", "Botestraat", "Vroonstallestraat", "Wondelgemdorp"],
    gardenDemand: 2,
  },
  {
    name: "Zwijnaarde",
    lat: 51.0015,
    lon: 3.7115,
    postalCodes: ["9052"],
    streets: ["Zwijnaardsesteenweg", "Grotesteenweg-Noord", "Hutsepot", "Zwijnaardedorp"],
    gardenDemand: 2.6,
  },
];

// Borders between wijken (each pair once; stored both ways).
export const GENT_BORDERS: [string, string][] = [
  ["Binnenstad", "Elisabethbegijnhof - Papegaai"],
  ["Binnenstad", "Rabot - Blaisantvest"],
  ["Binnenstad", "Sluizeken - Tolhuis - Ham"],
  ["Binnenstad", "Dampoort"],
  ["Binnenstad", "Macharius - Heirnis"],
  ["Binnenstad", "Stationsbuurt-Noord"],
  ["Binnenstad", "Brugse Poort - Rooigem"],
  ["Binnenstad", "Ledeberg"],
  ["Bloemekenswijk", "Rabot - Blaisantvest"],
  ["Bloemekenswijk", "Brugse Poort - Rooigem"],
  ["Bloemekenswijk", "Mariakerke"],
  ["Bloemekenswijk", "Wondelgem"],
  ["Brugse Poort - Rooigem", "Rabot - Blaisantvest"],
  ["Brugse Poort - Rooigem", "Watersportbaan - Ekkergem"],
  ["Brugse Poort - Rooigem", "Elisabethbegijnhof - Papegaai"],
  ["Brugse Poort - Rooigem", "Mariakerke"],
  ["Dampoort", "Sint-Amandsberg"],
  ["Dampoort", "Macharius - Heirnis"],
  ["Dampoort", "Muide - Meulestede - Afrikalaan"],
  ["Dampoort", "Sluizeken - Tolhuis - Ham"],
  ["Dampoort", "Oud Gentbrugge"],
  ["Drongen", "Mariakerke"],
  ["Drongen", "Sint-Denijs-Westrem - Afsnee"],
  ["Drongen", "Watersportbaan - Ekkergem"],
  ["Elisabethbegijnhof - Papegaai", "Watersportbaan - Ekkergem"],
  ["Elisabethbegijnhof - Papegaai", "Stationsbuurt-Noord"],
  ["Gentbrugge", "Oud Gentbrugge"],
  ["Gentbrugge", "Ledeberg"],
  ["Gentbrugge", "Moscou - Vogelhoek"],
  ["Gentbrugge", "Sint-Amandsberg"],
  ["Kanaaldorpen en -zone", "Oostakker"],
  ["Kanaaldorpen en -zone", "Wondelgem"],
  ["Kanaaldorpen en -zone", "Muide - Meulestede - Afrikalaan"],
  ["Ledeberg", "Macharius - Heirnis"],
  ["Ledeberg", "Nieuw Gent - UZ"],
  ["Ledeberg", "Moscou - Vogelhoek"],
  ["Ledeberg", "Oud Gentbrugge"],
  ["Macharius - Heirnis", "Oud Gentbrugge"],
  ["Mariakerke", "Wondelgem"],
  ["Mariakerke", "Watersportbaan - Ekkergem"],
  ["Moscou - Vogelhoek", "Nieuw Gent - UZ"],
  ["Muide - Meulestede - Afrikalaan", "Sluizeken - Tolhuis - Ham"],
  ["Muide - Meulestede - Afrikalaan", "Wondelgem"],
  ["Muide - Meulestede - Afrikalaan", "Sint-Amandsberg"],
  ["Muide - Meulestede - Afrikalaan", "Oostakker"],
  ["Nieuw Gent - UZ", "Stationsbuurt-Zuid"],
  ["Nieuw Gent - UZ", "Zwijnaarde"],
  ["Nieuw Gent - UZ", "Sint-Denijs-Westrem - Afsnee"],
  ["Oostakker", "Sint-Amandsberg"],
  ["Oud Gentbrugge", "Sint-Amandsberg"],
  ["Rabot - Blaisantvest", "Sluizeken - Tolhuis - Ham"],
  ["Rabot - Blaisantvest", "Wondelgem"],
  ["Sint-Denijs-Westrem - Afsnee", "Watersportbaan - Ekkergem"],
  ["Sint-Denijs-Westrem - Afsnee", "Stationsbuurt-Zuid"],
  ["Sint-Denijs-Westrem - Afsnee", "Zwijnaarde"],
  ["Stationsbuurt-Noord", "Stationsbuurt-Zuid"],
  ["Stationsbuurt-Noord", "Watersportbaan - Ekkergem"],
  ["Stationsbuurt-Zuid", "Watersportbaan - Ekkergem"],
];

export const GENT = { name: "Gent", nisCode: "44021", postalCodes: ["9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"] } as const;
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

export async function staffIdForSeed(tx: postgres.TransactionSql): Promise<string> {
  const [s] = await tx<{ id: string }[]>`SELECT id FROM staff WHERE role IN ('consultant', 'admin') ORDER BY role = 'consultant' DESC, created_at LIMIT 1`;
  return s?.id ?? "seed";
}

/** The Gent demo tenant's registries and history; `today` is fixed in tests for reproducible runs. */
export async function seedGentDemo(
  sql: postgres.Sql,
  tenantId: string,
  log: (l: string) => void = () => {},
  today = brusselsDateOf(new Date()),
): Promise<PopulationResult> {
  return sql.begin(async (tx) => {
    await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    const rng = new Random("gent-demo");
    const geo = await seedGeography(tx, tenantId, rng, [{ ...GENT, wijken: GENT_WIJKEN, borders: GENT_BORDERS }]);
    return seedPopulation({
      sql: tx,
      tenantId,
      seed: "gent-demo-people",
      today,
      months: 10,
      hoods: geo.hoods,
      adjacency: geo.adjacency,
      workers: 275,
      clients: 574,
      skills: geo.skills,
      createdById: await staffIdForSeed(tx),
      openJobs: 45,
      log,
    });
  });
}

export const seedGent: SeedStep = async ({ sql, tenantId, log }) => {
  const r = await seedGentDemo(sql, tenantId, log);
  log(`gent: ${r.workers} workers, ${r.clients} clients, ${r.jobs} jobs, ${r.assignments} assignments, ${r.timeEntries} time entries`);
};

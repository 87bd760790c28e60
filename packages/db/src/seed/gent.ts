import type postgres from "postgres";
import { brusselsDateOf } from "@wijkwerk/domain";
import { seedGeography } from "./geography.ts";
import { GENT, GENT_BORDERS, GENT_WIJKEN } from "./gent/municipality.ts";
import { seedPopulation, type PopulationResult } from "./population.ts";
import { Random } from "./random.ts";
import type { SeedStep } from "./steps.ts";

/**
 * The Gent demo (RULES §9: 275 workers and 574 users): the city's 25 official wijken with
 * approximate centroids and a plausible adjacency graph, the catalogue, the three skills, and
 * ten months of work in which clients keep their worker (RULES §8: continuity).
 */

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

import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { brusselsDateOf } from "@wijkwerk/domain";
import { CITIES } from "./flanders/cities.ts";
import { GRID_SIDE, gridCity, WORKERS_PER_NEIGHBOURHOOD } from "./flanders/grid.ts";
import { loadSideBySide } from "./flanders/load.ts";
import { seedGeography, type MunicipalityDef } from "./geography.ts";
import { GENT, GENT_BORDERS, GENT_WIJKEN } from "./gent/municipality.ts";
import { seedPopulation, type PopulationResult } from "./population.ts";
import { Random } from "./random.ts";

/**
 * A Flanders-scale tenant for benchmarks (RULES §9: 11.233 entrants in 2018–2019; the default
 * 20.000 workers is well above that): several municipalities with neighbourhoods, the given
 * numbers of workers and clients and `months` of assignments and confirmed time entries, written
 * by COPY in one transaction. The same generator as the Gent demo, so every legal limit holds.
 */
export interface FlandersOptions {
  tenantSlug: string;
  workers?: number;
  clients?: number;
  months?: number;
  /** Check foreign keys row by row while loading (slower; tests turn it on). */
  checkForeignKeys?: boolean;
  /** Europe/Brussels date the history ends on (default: today). */
  today?: string;
  log?: (line: string) => void;
}

export interface FlandersResult extends PopulationResult {
  tenantId: string;
  municipalities: number;
  neighbourhoods: number;
  seconds: number;
}

export async function generateFlanders(ownerUrl: string, options: FlandersOptions): Promise<FlandersResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const workers = options.workers ?? 20_000;
  const clients = options.clients ?? 60_000;
  const months = options.months ?? 24;
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const rng = new Random(`flanders:${options.tenantSlug}`);
    // Scale the geography with the volume, so neighbourhoods keep a realistic number of workers.
    const wanted = 1 + Math.ceil(Math.max(0, workers / WORKERS_PER_NEIGHBOURHOOD - GENT_WIJKEN.length) / (GRID_SIDE * GRID_SIDE));
    const cityCount = Math.max(3, Math.min(CITIES.length + 1, wanted));
    if (wanted > cityCount)
      log(`${workers} workers: more than ${WORKERS_PER_NEIGHBOURHOOD} per neighbourhood (only ${CITIES.length + 1} municipalities known)`);
    const municipalities: MunicipalityDef[] = [
      { ...GENT, wijken: GENT_WIJKEN, borders: GENT_BORDERS },
      ...CITIES.slice(0, cityCount - 1).map((c) => gridCity(c, rng)),
    ];
    const tenantId = randomUUID();
    // Foreign keys hold by construction (every id is generated before it is referenced); skipping
    // their per-row triggers (session_replication_role = replica, superuser only) makes COPY
    // several times faster and lets jobs, assignments and time entries load side by side.
    // CHECK, UNIQUE and exclusion constraints are always enforced.
    const [role] = await sql<{ super: boolean }[]>`SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user`;
    const fast = !options.checkForeignKeys && role?.super === true;
    if (!options.checkForeignKeys && !fast) log("foreign key checks stay on (the owner is no superuser)");
    const bulk = async (tx: postgres.TransactionSql) => {
      await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      if (fast) await tx`SET LOCAL session_replication_role = replica`;
    };
    const result = await sql.begin(async (tx) => {
      await bulk(tx);
      await tx`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, ${options.tenantSlug}, ${`Wijk-werken Vlaanderen (${options.tenantSlug})`})`;
      const geo = await seedGeography(tx, tenantId, rng, municipalities);
      log(`geography: ${municipalities.length} municipalities, ${geo.hoods.length} neighbourhoods`);
      const r = await seedPopulation({
        sql: tx,
        tenantId,
        seed: `flanders-people:${options.tenantSlug}`,
        today: options.today ?? brusselsDateOf(new Date()),
        months,
        hoods: geo.hoods,
        adjacency: geo.adjacency,
        workers,
        clients,
        skills: geo.skills,
        createdById: "seed",
        openJobs: Math.ceil(clients / 100),
        // Outside Gent fewer hours per worker (RULES §9, Waas 2018: 18.805 h for 402 workers).
        demandShare: 0.4,
        ...(fast ? { parallelLoad: (loads) => loadSideBySide(ownerUrl, tenantId, loads, bulk) } : {}),
        log,
      });
      return { ...r, neighbourhoods: geo.hoods.length };
    });
    // The fast path loaded with triggers off: build what they keep set-based instead, the
    // per-worker copies (0017) and the payout queue of worker months (0018).
    if (fast) await sql`SELECT app_worker_minutes_rebuild(${tenantId}), app_worker_profile_refresh(${tenantId}, NULL), app_payout_mark_all(${tenantId})`;
    await sql`ANALYZE workers, worker_agreements, worker_availability, worker_year_minutes, clients, client_agreements, jobs, assignments, time_entries`;
    return { ...result, tenantId, municipalities: municipalities.length, seconds: (Date.now() - started) / 1000 };
  } finally {
    await sql.end();
  }
}

import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { brusselsDateOf } from "@wijkwerk/domain";
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

// Real municipalities (NIS codes, main postal codes, approximate centres). Each gets a grid of
// neighbourhoods around its centre, except Gent, which keeps its real wijken.
const CITIES: { name: string; nisCode: string; postalCodes: string[]; lat: number; lon: number }[] = [
  {
    name: "Antwerpen",
    nisCode: "11002",
    postalCodes: ["2000", "2018", "2020", "2030", "2050", "2060", "2100", "2140", "2170", "2180", "2600", "2610", "2660"],
    lat: 51.2194,
    lon: 4.4025,
  },
  { name: "Brugge", nisCode: "31005", postalCodes: ["8000", "8200", "8310", "8380"], lat: 51.2093, lon: 3.2247 },
  { name: "Leuven", nisCode: "24062", postalCodes: ["3000", "3001", "3010", "3012", "3018"], lat: 50.8798, lon: 4.7005 },
  { name: "Mechelen", nisCode: "12025", postalCodes: ["2800", "2801", "2811", "2812"], lat: 51.0259, lon: 4.4776 },
  { name: "Aalst", nisCode: "41002", postalCodes: ["9300", "9308", "9310", "9320"], lat: 50.9378, lon: 4.0403 },
  { name: "Kortrijk", nisCode: "34022", postalCodes: ["8500", "8501", "8510", "8511"], lat: 50.828, lon: 3.2649 },
  { name: "Hasselt", nisCode: "71022", postalCodes: ["3500", "3510", "3511", "3512"], lat: 50.9307, lon: 5.3325 },
  { name: "Sint-Niklaas", nisCode: "46021", postalCodes: ["9100", "9111", "9112"], lat: 51.1649, lon: 4.1437 },
  { name: "Genk", nisCode: "71016", postalCodes: ["3600"], lat: 50.9656, lon: 5.5001 },
  { name: "Oostende", nisCode: "35013", postalCodes: ["8400"], lat: 51.2154, lon: 2.928 },
  { name: "Roeselare", nisCode: "36015", postalCodes: ["8800"], lat: 50.9469, lon: 3.1227 },
  { name: "Turnhout", nisCode: "13040", postalCodes: ["2300"], lat: 51.3227, lon: 4.9447 },
  { name: "Lier", nisCode: "12021", postalCodes: ["2500"], lat: 51.1313, lon: 4.5704 },
  { name: "Geel", nisCode: "13008", postalCodes: ["2440"], lat: 51.1617, lon: 4.9906 },
  { name: "Ieper", nisCode: "33011", postalCodes: ["8900"], lat: 50.8511, lon: 2.8857 },
  { name: "Dendermonde", nisCode: "42006", postalCodes: ["9200"], lat: 51.0287, lon: 4.1012 },
  { name: "Lokeren", nisCode: "46014", postalCodes: ["9160"], lat: 51.1037, lon: 3.9913 },
  { name: "Waregem", nisCode: "34040", postalCodes: ["8790"], lat: 50.8893, lon: 3.4265 },
  { name: "Tienen", nisCode: "24107", postalCodes: ["3300"], lat: 50.8074, lon: 4.9377 },
  { name: "Vilvoorde", nisCode: "23088", postalCodes: ["1800"], lat: 50.928, lon: 4.4254 },
  { name: "Halle", nisCode: "23027", postalCodes: ["1500"], lat: 50.7339, lon: 4.2345 },
  { name: "Beveren", nisCode: "46003", postalCodes: ["9120"], lat: 51.2122, lon: 4.2567 },
  { name: "Herentals", nisCode: "13011", postalCodes: ["2200"], lat: 51.1766, lon: 4.8363 },
  { name: "Tongeren", nisCode: "73083", postalCodes: ["3700"], lat: 50.7806, lon: 5.4641 },
  { name: "Lommel", nisCode: "72020", postalCodes: ["3920"], lat: 51.2305, lon: 5.3133 },
  { name: "Mol", nisCode: "13021", postalCodes: ["2400"], lat: 51.1914, lon: 5.1164 },
  { name: "Knokke-Heist", nisCode: "31043", postalCodes: ["8300"], lat: 51.3496, lon: 3.2662 },
  { name: "Ninove", nisCode: "41048", postalCodes: ["9400"], lat: 50.8282, lon: 4.0255 },
  { name: "Oudenaarde", nisCode: "45035", postalCodes: ["9700"], lat: 50.8453, lon: 3.6052 },
  { name: "Ronse", nisCode: "45041", postalCodes: ["9600"], lat: 50.7459, lon: 3.6004 },
  { name: "Tielt", nisCode: "37015", postalCodes: ["8700"], lat: 50.9991, lon: 3.3273 },
  { name: "Eeklo", nisCode: "43005", postalCodes: ["9900"], lat: 51.1873, lon: 3.5568 },
  { name: "Wetteren", nisCode: "42025", postalCodes: ["9230"], lat: 51.0053, lon: 3.8837 },
  { name: "Geraardsbergen", nisCode: "41018", postalCodes: ["9500"], lat: 50.7731, lon: 3.8818 },
  { name: "Diest", nisCode: "24020", postalCodes: ["3290"], lat: 50.9895, lon: 5.0507 },
  { name: "Beringen", nisCode: "71004", postalCodes: ["3580"], lat: 51.0494, lon: 5.2264 },
  { name: "Menen", nisCode: "34027", postalCodes: ["8930"], lat: 50.7967, lon: 3.1218 },
];

/**
 * Neighbourhoods keep Gent's density however large the tenant (RULES §9: Gent has 275 workers in
 * 25 wijken): a larger organisation covers more municipalities, not more workers per street, so
 * the work a job's matching does stays the same. Each municipality beyond Gent gets 7 × 7 wijken.
 */
const WORKERS_PER_NEIGHBOURHOOD = 11;
const GRID_SIDE = 7;

const QUARTER = [
  "Centrum",
  "Noord",
  "Zuid",
  "Oost",
  "West",
  "Station",
  "Kouter",
  "Molenwijk",
  "Kerkwijk",
  "Hof",
  "Heide",
  "Veld",
  "Meersen",
  "Akkers",
  "Dries",
  "Bos",
  "Kapel",
  "Vaart",
  "Beek",
  "Berg",
];
const STREETS = [
  "Kerkstraat",
  "Stationsstraat",
  "Molenstraat",
  "Schoolstraat",
  "Dorpsstraat",
  "Nieuwstraat",
  "Kapelstraat",
  "Beekstraat",
  "Veldstraat",
  "Lindenlaan",
  "Kastanjelaan",
  "Eikenlaan",
];

function gridCity(c: (typeof CITIES)[number], rng: Random): MunicipalityDef {
  const side = GRID_SIDE;
  const hoods = side * side;
  const wijken: MunicipalityDef["wijken"][number][] = [];
  const borders: [string, string][] = [];
  const names: string[][] = [];
  // About 1.2 km between neighbourhood centres: the 3–10 km travel radius spans several of them.
  const dLat = 0.011;
  const dLon = 0.017;
  for (let r = 0; r < side; r++) {
    names.push([]);
    for (let q = 0; q < side && wijken.length < hoods; q++) {
      const idx = wijken.length;
      const name = `${c.name} ${QUARTER[idx % QUARTER.length]}${idx >= QUARTER.length ? ` ${Math.floor(idx / QUARTER.length) + 1}` : ""}`;
      names[r]!.push(name);
      const dist = Math.hypot(r - side / 2, q - side / 2);
      wijken.push({
        name,
        lat: Math.round((c.lat + (r - side / 2) * dLat) * 1e6) / 1e6,
        lon: Math.round((c.lon + (q - side / 2) * dLon) * 1e6) / 1e6,
        postalCodes: [c.postalCodes[idx % c.postalCodes.length]!],
        streets: rng.shuffle(STREETS.slice()).slice(0, 4),
        // Outer neighbourhoods have more gardens.
        gardenDemand: Math.round((0.4 + (dist / side) * 2.5) * 10) / 10,
      });
      if (q > 0) borders.push([names[r]![q - 1]!, name]);
      if (r > 0 && names[r - 1]![q]) borders.push([names[r - 1]![q]!, name]);
    }
  }
  return { name: c.name, nisCode: c.nisCode, postalCodes: c.postalCodes, wijken, borders };
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

/**
 * Each load in its own transaction on its own connection. They commit before the registries'
 * transaction does; if one fails, the rows the others committed are removed again.
 */
async function loadSideBySide(
  ownerUrl: string,
  tenantId: string,
  loads: ((tx: postgres.TransactionSql) => Promise<void>)[],
  prepare: (tx: postgres.TransactionSql) => Promise<void>,
): Promise<void> {
  const pool = postgres(ownerUrl, { max: loads.length, onnotice: () => {} });
  try {
    const results = await Promise.allSettled(
      loads.map((load) =>
        pool.begin(async (tx) => {
          await prepare(tx);
          await load(tx);
        }),
      ),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) {
      await pool.begin(async (tx) => {
        await prepare(tx);
        for (const table of ["time_entries", "assignments", "jobs"]) await tx.unsafe(`DELETE FROM ${table} WHERE tenant_id = $1`, [tenantId]);
      });
      throw failed.reason;
    }
  } finally {
    await pool.end();
  }
}

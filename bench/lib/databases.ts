import { createHash, randomBytes } from "node:crypto";
import { appUrlFrom } from "@wijkwerk/config";
import { createDatabase, generateFlanders, migrate, migrationsFingerprint, withDatabase, type Database } from "@wijkwerk/db";

/**
 * Databases of the benchmarks. Named `BENCH_DB_PREFIX` + …, default `wijkwerk_bench_`: not
 * `wijkwerk_t_*`, which the test command drops when it starts (a bench runs for minutes on a
 * machine shared with test runs). Each is a copy of a template, so a bench never waits for the
 * migrations or the generator twice.
 */
export interface BenchDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

const prefix = () => process.env.BENCH_DB_PREFIX ?? "wijkwerk_bench_";

async function withAdmin<T>(serverUrl: string, fn: (sql: Database["sql"]) => Promise<T>): Promise<T> {
  const db = createDatabase(withDatabase(serverUrl, "postgres"), { max: 1 });
  try {
    return await fn(db.sql);
  } finally {
    await db.close();
  }
}

/** Makes `template` once (build, then rename: a half-built one is never used) and returns a fresh copy of it. */
async function copyOf(serverUrl: string, appPassword: string, template: string, build: (ownerUrl: string) => Promise<void>): Promise<BenchDatabase> {
  const name = `${prefix()}${randomBytes(4).toString("hex")}`;
  await withAdmin(serverUrl, async (sql) => {
    await sql`SELECT pg_advisory_lock(727276)`;
    try {
      if ((await sql`SELECT 1 FROM pg_database WHERE datname = ${template}`).length === 0) {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${template}_building" WITH (FORCE)`);
        await sql.unsafe(`CREATE DATABASE "${template}_building"`);
        await build(withDatabase(serverUrl, `${template}_building`));
        await sql.unsafe(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`);
      }
      await sql.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await sql`SELECT pg_advisory_unlock(727276)`;
    }
  });
  const ownerUrl = withDatabase(serverUrl, name);
  return {
    name,
    ownerUrl,
    appUrl: appUrlFrom(ownerUrl, appPassword),
    drop: async () => {
      await withAdmin(serverUrl, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A migrated, empty database. */
export async function benchDatabase(serverUrl: string, appPassword: string): Promise<BenchDatabase> {
  return copyOf(serverUrl, appPassword, `${prefix()}tpl_${await migrationsFingerprint()}`, async (url) => {
    await migrate(url, appPassword);
  });
}

export interface PlatformOptions {
  /** Organisations (tenants) on the platform: org-01, org-02, … */
  tenants: number;
  /** Workers and clients per organisation. */
  workers: number;
  clients: number;
  months: number;
}

export interface PlatformTenant {
  slug: string;
  tenantId: string;
}

/**
 * The all-Flanders platform: `tenants` organisations made by generateFlanders in one database.
 * The generator is deterministic per slug (and date), so org-01 of a 1-organisation platform has
 * the same people and history as org-01 of a 60-organisation one. The generated template is kept
 * (named after the migrations, the options and the date) for the next bench: drop
 * `<prefix>plat_*` databases to free the disk.
 */
export async function platformDatabase(
  serverUrl: string,
  appPassword: string,
  opts: PlatformOptions,
  log: (l: string) => void = console.log,
): Promise<BenchDatabase & { tenants: PlatformTenant[] }> {
  const today = new Date().toISOString().slice(0, 10);
  const key = createHash("sha256")
    .update(`${await migrationsFingerprint()}:${opts.tenants}:${opts.workers}:${opts.clients}:${opts.months}:${today}`)
    .digest("hex")
    .slice(0, 10);
  const db = await copyOf(serverUrl, appPassword, `${prefix()}plat_${key}`, async (url) => {
    await migrate(url, appPassword);
    const started = Date.now();
    for (let i = 1; i <= opts.tenants; i++) {
      const r = await generateFlanders(url, { tenantSlug: slugOf(i), workers: opts.workers, clients: opts.clients, months: opts.months, today });
      log(`generated ${slugOf(i)}: ${r.timeEntries} time entries in ${r.seconds.toFixed(1)} s (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    }
    const db = createDatabase(url, { max: 1 });
    await db.sql.unsafe("VACUUM ANALYZE").finally(() => db.close());
  });
  const owner = createDatabase(db.ownerUrl, { max: 1 });
  try {
    const rows = await owner.sql<PlatformTenant[]>`SELECT slug, id AS "tenantId" FROM tenants ORDER BY slug`;
    return { ...db, tenants: [...rows] };
  } finally {
    await owner.close();
  }
}

export const slugOf = (i: number) => `org-${String(i).padStart(2, "0")}`;

/**
 * The all-Flanders platform of issue 22: 60 organisations, 20,000 workers and 60,000 clients in
 * all (333 and 1,000 each), 24 months of history. BENCH_PLATFORM_* make it smaller.
 */
export const FLANDERS: PlatformOptions = {
  tenants: Number(process.env.BENCH_PLATFORM_ORGS ?? 60),
  workers: Number(process.env.BENCH_PLATFORM_WORKERS ?? 333),
  clients: Number(process.env.BENCH_PLATFORM_CLIENTS ?? 1000),
  months: Number(process.env.BENCH_PLATFORM_MONTHS ?? 24),
};

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import postgres from "postgres";
import { keyring, type Keyring } from "@wijkwerk/crypto";
import { encryptPlainValues } from "./encryption/data-migration.ts";

const migrationsDir = new URL("../migrations/", import.meta.url);
const functionsDir = new URL("../sql/functions/", import.meta.url);

export interface Migration {
  name: string;
  sql: string;
}

/** Numbered SQL files, in order; grants.sql is applied after every run. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(new URL(name, migrationsDir), "utf8") })));
}

/** The live definition of every SQL function, one file each (sql/functions/<name>.sql), in name order. */
export async function loadFunctions(): Promise<Migration[]> {
  const files = (await readdir(functionsDir)).filter((f) => f.endsWith(".sql")).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(new URL(name, functionsDir), "utf8") })));
}

/** A short hash of every migration and function: tests key their template database on it. */
export async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const m of await loadMigrations()) hash.update(m.name).update(m.sql);
  for (const f of await loadFunctions()) hash.update(f.name).update(f.sql);
  hash.update(await readFile(new URL("grants.sql", migrationsDir), "utf8"));
  return hash.digest("hex").slice(0, 12);
}

/**
 * Brings a database up to date as its owner, creates the application role without BYPASSRLS
 * (DESIGN.md principle 2) and re-applies its grants. Safe to run concurrently: an advisory
 * lock serialises runners. Then the data migration of issue 20: plain INSZ/IBAN values are
 * encrypted with `keys` (the process keyring unless given), idempotently.
 */
export async function migrate(ownerUrl: string, appPassword: string, log: (line: string) => void = () => {}, keys: Keyring = keyring()): Promise<string[]> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  const applied: string[] = [];
  try {
    await sql`SELECT pg_advisory_lock(727274)`;
    await sql.unsafe(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkwerk_app') THEN
          CREATE ROLE wijkwerk_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;`);
    await sql.unsafe(`ALTER ROLE wijkwerk_app WITH LOGIN NOBYPASSRLS PASSWORD '${appPassword.replaceAll("'", "''")}'`);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
    const done = new Set((await sql<{ name: string }[]>`SELECT name FROM schema_migrations`).map((r) => r.name));
    const functions = await loadFunctions();
    for (const m of await loadMigrations()) {
      if (done.has(m.name)) continue;
      await sql.begin(async (tx) => {
        // A migration's triggers and data steps call functions that live in sql/functions/: define
        // what can be defined on the schema as it stands (bodies are checked when called).
        await defineFunctions(tx, neededBy(m.sql, functions), "as far as possible");
        await tx.unsafe(m.sql);
        await tx`INSERT INTO schema_migrations (name) VALUES (${m.name})`;
      });
      applied.push(m.name);
      log(`migrated ${m.name}`);
    }
    // Then every function as its file says, checked against the finished schema: the live body
    // never depends on which migration ran last.
    await sql.begin((tx) => defineFunctions(tx, functions, "all"));
    await sql.unsafe(await readFile(new URL("grants.sql", migrationsDir), "utf8"));
    await encryptPlainValues(sql, keys, (line) => log(`encrypted ${line}`));
  } finally {
    await sql`SELECT pg_advisory_unlock(727274)`.catch(() => {});
    await sql.end();
  }
  return applied;
}

/**
 * The functions a migration's text names (its markers, triggers and data steps), with those their
 * bodies name in turn: what it may call while it runs. Most migrations need none or a few, and
 * defining all of them before each one made a fresh database slow to set up.
 */
export function neededBy(migration: string, functions: readonly Migration[]): Migration[] {
  const byName = new Map(functions.map((f) => [f.name.replace(/\.sql$/, ""), f]));
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const [name] of text.matchAll(/\bapp_\w+/g)) {
      const f = byName.get(name);
      if (!f || needed.has(name)) continue;
      needed.add(name);
      visit(f.sql);
    }
  };
  visit(migration);
  return functions.filter((f) => needed.has(f.name.replace(/\.sql$/, "")));
}

/**
 * CREATE OR REPLACE every function. "as far as possible" (before a migration, bodies unchecked):
 * a function whose signature needs a type a later migration creates, or whose return type a
 * pending migration changes, is skipped for now; "all" (after the migrations) fails on any error.
 */
async function defineFunctions(tx: postgres.TransactionSql, functions: readonly Migration[], mode: "as far as possible" | "all"): Promise<void> {
  if (mode === "all") {
    for (const f of functions) await tx.unsafe(f.sql);
    return;
  }
  await tx.unsafe("SET LOCAL check_function_bodies = off");
  for (const f of functions) {
    await tx.savepoint((sp) => sp.unsafe(f.sql)).catch(() => undefined);
  }
  await tx.unsafe("SET LOCAL check_function_bodies = on");
}

import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { ensureDatabase, loadFunctions, loadMigrations, migrate, neededBy, withDatabase } from "../src/index.ts";
import { historicMigrations } from "./fixtures/historic-migrations.ts";

/**
 * Issue 15 item 2: every SQL function lives once, in sql/functions/<name>.sql, applied after the
 * migrations; the migrations keep DDL and data changes. A database built in the old layout (function
 * bodies inside migrations, at 0034) and then migrated with the new one must end up exactly like a
 * database built fresh: same functions, triggers, columns, constraints, indexes and policies.
 */
const config = loadConfig();
const server = withDatabase(config.DATABASE_URL, "postgres");
const names = { fresh: `wijkwerk_t_${randomBytes(5).toString("hex")}`, upgraded: `wijkwerk_t_${randomBytes(5).toString("hex")}` };
const open: postgres.Sql[] = [];
const connect = async (name: string) => {
  const sql = postgres(await ensureDatabase(server, name), { max: 1, onnotice: () => {} });
  open.push(sql);
  return sql;
};
afterAll(async () => {
  for (const sql of open) await sql.end();
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  for (const name of Object.values(names)) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

/** Helpers a migration defines for itself and drops again: they may stay in their migration. */
const MIGRATION_HELPERS = ["app_match_candidates", "app_worker_minutes", "app_worker_profile_triggers"];

async function catalogue(sql: postgres.Sql) {
  const rows = async (q: string) => (await sql.unsafe(q)).map((r) => Object.values(r).join(" | "));
  return {
    functions: await rows(`SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY 1, 2`),
    triggers: await rows(`SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    columns: await rows(
      `SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
    ),
    constraints: await rows(
      `SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    policies: await rows(`SELECT tablename, policyname, coalesce(qual, ''), coalesce(with_check, '') FROM pg_policies ORDER BY 1, 2`),
    grants: await rows(
      `SELECT routine_name, grantee, privilege_type FROM information_schema.routine_privileges WHERE routine_schema = 'public' ORDER BY 1, 2, 3`,
    ),
  };
}

describe("SQL functions one per file (issue 15 item 2)", () => {
  it("a database at 0034 in the old layout, migrated with the new one, equals a fresh one", async () => {
    const fresh = await connect(names.fresh);
    await migrate(withDatabase(server, names.fresh), config.APP_DB_PASSWORD);

    const upgraded = await connect(names.upgraded);
    await upgraded`CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
    for (const m of await historicMigrations()) {
      await upgraded.begin(async (tx) => {
        await tx.unsafe(m.sql);
        await tx`INSERT INTO schema_migrations (name) VALUES (${m.name})`;
      });
    }
    await upgraded.unsafe(await readFile(new URL("../migrations/grants.sql", import.meta.url), "utf8"));
    await migrate(withDatabase(server, names.upgraded), config.APP_DB_PASSWORD);

    const [a, b] = [await catalogue(fresh), await catalogue(upgraded)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect(b[key], key).toEqual(a[key]);
    expect(a.functions.length).toBeGreaterThan(30);
  });

  it("every live function has exactly one file, every file one live function, and no migration defines a lasting function", async () => {
    const sql = open[0]!;
    const live = (
      await sql<{ proname: string }[]>`SELECT DISTINCT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY 1`
    ).map((r) => r.proname);
    const files = (await loadFunctions()).map((f) => f.name.replace(/\.sql$/, ""));
    expect(files).toEqual(live);
    for (const f of await loadFunctions()) {
      expect(f.sql.split("\n")[0], f.name).toMatch(/^-- app_\w+\(/);
      expect(
        [...f.sql.matchAll(/CREATE OR REPLACE FUNCTION (\w+)/g)].map((m) => m[1]),
        f.name,
      ).toEqual([f.name.replace(/\.sql$/, "")]);
    }
    const defined = (await loadMigrations()).flatMap((m) => [...m.sql.matchAll(/CREATE (?:OR REPLACE )?FUNCTION (\w+)/gi)].map((x) => x[1]!));
    expect([...new Set(defined)].sort()).toEqual(MIGRATION_HELPERS);
  });

  it("before a migration only the functions it names are defined, with the ones their bodies call (and so on)", async () => {
    const functions = await loadFunctions();
    const names = (text: string) => neededBy(text, functions).map((f) => f.name.replace(/\.sql$/, ""));
    expect(names("CREATE TABLE t (id int);")).toEqual([]);
    const generate = names("SELECT * FROM app_payout_generate(NULL);");
    expect(generate).toContain("app_payout_generate");
    // Called from its body, not from the migration's text.
    const inner = [...functions.find((f) => f.name === "app_payout_generate.sql")!.sql.matchAll(/\bapp_\w+/g)]
      .map((m) => m[0])
      .filter((n) => n !== "app_payout_generate");
    expect(inner.length).toBeGreaterThan(0);
    for (const n of inner) if (functions.some((f) => f.name === `${n}.sql`)) expect(generate).toContain(n);
  });
});

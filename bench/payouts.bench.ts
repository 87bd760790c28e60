/**
 * Payout runs (issue "Monthly payouts and finance exports"), in one process:
 * 1. generating a run for 20 000 workers (4 confirmed entries each) with the set-based SQL
 *    function, as a ratio to a plain PostgreSQL COPY of the same rows into scratch tables;
 * 2. peak RSS while streaming the SEPA file and lines.csv over HTTP for 2 000 vs 20 000 workers
 *    (the goal is flat: the export reads a cursor and never holds the file).
 * Run: bash scripts/bench.sh payouts
 */
import { randomUUID } from "node:crypto";
import { cpus, totalmem } from "node:os";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database } from "@wijkwerk/db";
import { buildApp } from "../services/api/src/app.ts";
import { createRedis } from "../packages/queue/src/index.ts";
import { compare, time } from "./lib/measure.ts";

const WORKERS_BIG = Number(process.env.BENCH_PAYOUT_WORKERS ?? 20_000);
const WORKERS_SMALL = Math.round(WORKERS_BIG / 10);
const ENTRIES_PER_WORKER = 4;
const MONTH = "2025-05";

function beIban(i: number): string {
  const ten = (100_000_000 + i).toString().padStart(10, "0");
  const bban = ten + String(Number(BigInt(ten) % 97n) || 97).padStart(2, "0");
  const check = 98n - (BigInt(bban + "111400") % 97n);
  return `BE${check.toString().padStart(2, "0")}${bban}`;
}

async function copyRows(owner: Database, table: string, columns: string[], rows: Iterable<string[]>): Promise<void> {
  const writable = await owner.sql.unsafe(`COPY ${table} (${columns.join(", ")}) FROM STDIN`).writable();
  const lines = (function* () {
    for (const r of rows) yield r.join("\t") + "\n";
  })();
  await pipeline(Readable.from(lines), writable);
}

/** A tenant with `workers` workers and 4 confirmed entries each in MONTH, loaded with COPY and INSERT … SELECT. */
async function populate(owner: Database, workers: number): Promise<{ tenantId: string; runId: string }> {
  const sql = owner.sql;
  const tenantId = randomUUID();
  const [m, n, c, j] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, ${`bench-${tenantId.slice(0, 8)}`}, 'Bench')`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${m}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${n}, ${m}, 'Muide', 51.07, 3.73)`;
  await copyRows(
    owner,
    "workers",
    ["tenant_id", "id", "first_name", "last_name", "national_number", "phone", "language", "street", "house_number", "postal_code", "municipality_id", "neighbourhood_id", "iban", "referrer"],
    (function* () {
      for (let i = 0; i < workers; i++) {
        yield [tenantId, randomUUID(), `Voornaam${i}`, `Achternaam ${i}`, String(80_000_000_000 + i), `+3247${String(i).padStart(7, "0")}`, "nl", "Dok", "1", "9000", m, n, beIban(i), i % 3 ? "vdab" : "ocmw"];
      }
    })(),
  );
  step("workers");
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
    VALUES (${tenantId}, ${c}, 'private', 'Els', 'Els', 'Claes', 'Dok', '2', '9000', ${m}, ${n}, 1)`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
    VALUES (${tenantId}, ${j}, ${c}, 'garden.mowing', 'Gras', 60, '2025-01-01T08:00:00Z', '2025-12-31T08:00:00Z', ${n}, 'consultant', 'bench')`;
  await sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    SELECT ${tenantId}, gen_random_uuid(), ${j}, w.id, ${c}, s, s + (30 + floor(random() * 150)) * interval '1 minute', 'completed', 'bench'
    FROM workers w, generate_series(1, ${ENTRIES_PER_WORKER}) d, LATERAL (SELECT (${MONTH + "-01"}::date + d)::timestamp AT TIME ZONE 'Europe/Brussels' + interval '9 hours' AS s) x
    WHERE w.tenant_id = ${tenantId}`;
  await sql`
    INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, travel_tenths_km, vouchers, status, submitted_by_type, submitted_by_id, confirmed_at, confirmed_by)
    SELECT a.tenant_id, gen_random_uuid(), a.id, a.worker_id, a.client_id, (a.starts_at AT TIME ZONE 'Europe/Brussels')::date, a.minutes, floor(random() * 300)::int,
           ceil(a.minutes / 60.0)::int, 'confirmed', 'worker', 'bench', now(), 'client'
    FROM assignments a WHERE a.tenant_id = ${tenantId}`;
  step("entries");
  await sql`ANALYZE`;
  const runId = randomUUID();
  await sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by)
    VALUES (${tenantId}, ${runId}, ${MONTH}, 410, 'Wijk-werken Bench', 'BE68539007547034', 'GKCCBEBB', 'bench')`;
  return { tenantId, runId };
}

/** COPY text format of a table's rows (no tabs, backslashes or NULLs in these columns). */
async function copyText(owner: Database, table: string, tenantId: string): Promise<Buffer> {
  const [r] = await owner.sql.unsafe(`SELECT string_agg(concat_ws(E'\\t', VARIADIC (SELECT array_agg(v) FROM json_each_text(row_to_json(t)) j(k, v))), E'\\n') || E'\\n' AS text FROM ${table} t WHERE tenant_id = $1`, [tenantId]);
  return Buffer.from(String(r?.text ?? ""));
}

async function copyIn(owner: Database, table: string, data: Buffer): Promise<void> {
  const writable = await owner.sql.unsafe(`COPY ${table} FROM STDIN`).writable();
  await pipeline(Readable.from([data]), writable);
}

/** Streams a URL, discarding the body, while sampling RSS every 5 ms. */
async function peakRss(url: string, token: string): Promise<{ bytes: number; baseMb: number; peakMb: number; ms: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  let bytes = 0;
  const ms = await time(async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !res.body) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await pipeline(
      Readable.fromWeb(res.body as WebReadableStream),
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          bytes += chunk.length;
          peak = Math.max(peak, process.memoryUsage().rss);
          cb();
        },
      }),
    );
  });
  clearInterval(timer);
  return { bytes, baseMb: base / 2 ** 20, peakMb: peak / 2 ** 20, ms };
}

const t0 = Date.now();
const step = (what: string) => console.log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const base = loadConfig();
const tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const owner = createDatabase(tdb.ownerUrl, { max: 2 });
const appDb = createDatabase(tdb.appUrl, { max: 10 });
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `bench${randomUUID().slice(0, 6)}` });
const redis = createRedis(config.REDIS_URL, "producer");
try {
  console.log(`» populating ${WORKERS_SMALL} and ${WORKERS_BIG} workers × ${ENTRIES_PER_WORKER} confirmed entries`);
  const small = await populate(owner, WORKERS_SMALL);
  const big = await populate(owner, WORKERS_BIG);
  // The app role under RLS, exactly as the API calls it.
  const generate = (t: { tenantId: string; runId: string }) =>
    appDb.sql.begin(async (s) => {
      await s`SELECT set_config('app.tenant_id', ${t.tenantId}, true)`;
      await s`SELECT * FROM app_payout_generate(${t.runId})`;
    });
  await generate(small);
  await generate(big);
  step("generated");

  // Baselines: the rows one run writes, COPYed into scratch tables without keys.
  await owner.sql`CREATE TABLE bench_lines (LIKE payout_lines)`;
  await owner.sql`CREATE TABLE bench_line_entries (LIKE payout_line_entries)`;
  step("scratch tables");
  const lines = await copyText(owner, "payout_lines", big.tenantId);
  const entries = await copyText(owner, "payout_line_entries", big.tenantId);
  step("copied out");
  const copyLines = async () => {
    await owner.sql`DELETE FROM bench_lines`;
    await copyIn(owner, "bench_lines", lines);
  };
  const copyAll = async () => {
    await owner.sql`DELETE FROM bench_lines`;
    await owner.sql`DELETE FROM bench_line_entries`;
    await copyIn(owner, "bench_lines", lines);
    await copyIn(owner, "bench_line_entries", entries);
  };
  const vsLines = await compare({ name: "run generation", run: () => generate(big) }, { name: "COPY lines", run: copyLines }, { runs: 7, warmup: 1 });
  const vsAll = await compare({ name: "run generation", run: () => generate(big) }, { name: "COPY lines + line entries", run: copyAll }, { runs: 7, warmup: 1 });
  const [counts] = await owner.sql`SELECT line_count, total_cents FROM payout_runs WHERE tenant_id = ${big.tenantId}`;
  console.log(`run: ${counts!.line_count} lines, ${WORKERS_BIG * ENTRIES_PER_WORKER} entries, total ${counts!.total_cents} cents`);
  for (const r of [vsLines, vsAll]) {
    console.log(`${r.a.name} median ${r.a.medianMs.toFixed(0)} ms (p95 ${r.a.p95Ms.toFixed(0)}) vs ${r.b.name} median ${r.b.medianMs.toFixed(0)} ms → ratio ${r.ratio.toFixed(2)}×`);
  }

  // Memory while streaming exports over real HTTP (inject would buffer the body).
  await owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = 'bench'`;
  const app = await buildApp({ config, database: appDb, redis });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const tokenFor = (tenantId: string) => app.jwt.sign({ sub: "bench", tid: tenantId, role: "finance" });
  const rows: string[] = [];
  for (const [label, t] of [["small", small], ["big", big], ["small", small], ["big", big]] as const) {
    for (const file of ["sepa.xml", "lines.csv"]) {
      const r = await peakRss(`${address}/v1/payout-runs/${t.runId}/${file}`, tokenFor(t.tenantId));
      const workers = label === "small" ? WORKERS_SMALL : WORKERS_BIG;
      rows.push(`| ${file} | ${workers} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${r.ms.toFixed(0)} ms | ${r.baseMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB | +${(r.peakMb - r.baseMb).toFixed(1)} MB |`);
    }
  }
  await app.close();
  console.log("| export | workers | size | time | RSS before | RSS peak | growth |\n|---|---|---|---|---|---|---|\n" + rows.join("\n"));
  console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${new Date().toISOString()}`);
} finally {
  await Promise.allSettled([owner.close(), appDb.close(), redis.quit()]);
  await tdb.drop();
}

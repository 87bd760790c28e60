/**
 * Payout runs (issue 7 "Monthly payouts and finance exports"), in one process, on the
 * Flanders-scale seed (generateFlanders: two tenants of 2 000 and 20 000 workers, clients 3×):
 * 1. generating the run of the most recent complete month with the most entries, earlier months
 *    already paid (approved runs), as a ratio to PostgreSQL COPY of the same line rows into a table
 *    with the same shape and keys (CREATE TABLE … (LIKE payout_lines INCLUDING ALL)), and into a
 *    keyless one; first generation (from the queue of changed months) and a refresh of the draft;
 * 2. peak RSS while streaming the SEPA file and lines.csv over HTTP for 2 000 vs 20 000 workers
 *    (the goal is flat: the export reads a cursor and never holds the file).
 * Everything is measured interleaved, round by round, so each side sees the same machine.
 * Run: bash scripts/bench.sh payouts   (BENCH_PAYOUT_MONTHS, BENCH_PAYOUT_RUNS to change the size)
 */
import { randomUUID } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, generateFlanders, type Database } from "@wijkwerk/db";
import { buildApp } from "../services/api/src/app.ts";
import { createRedis } from "../packages/queue/src/index.ts";
import { benchDatabase } from "./lib/databases.ts";
import { interleave, summarise, time, type Sample } from "./lib/measure.ts";
import { machine } from "./lib/report.ts";
// Every socket of this process gets TCP_NODELAY (lib/nodelay.ts): the old COPY baseline was ~40 ms
// of postgres.js waiting for the server's delayed ACK after CopyDone, whatever the size of the COPY.
import "./lib/nodelay.ts";

const WORKERS_BIG = Number(process.env.BENCH_PAYOUT_WORKERS ?? 20_000);
const WORKERS_SMALL = Math.round(WORKERS_BIG / 10);
const MONTHS = Number(process.env.BENCH_PAYOUT_MONTHS ?? 4);
const RUNS = Number(process.env.BENCH_PAYOUT_RUNS ?? 9);

type Reserved = Awaited<ReturnType<Database["sql"]["reserve"]>>;
interface Tenant {
  label: string;
  workers: number;
  tenantId: string;
  month: string;
  runId: string;
  entries: number;
  seconds: number;
}

const t0 = Date.now();
const step = (what: string) => console.log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

/** A transaction on one reserved connection, always rolled back: the measured work leaves nothing behind. */
async function rolledBack<T>(db: Database, fn: (c: Reserved) => Promise<T>): Promise<T> {
  const c = await db.sql.reserve();
  try {
    await c`BEGIN`;
    try {
      return await fn(c);
    } finally {
      await c`ROLLBACK`;
    }
  } finally {
    c.release();
  }
}

const setTenant = (c: Reserved, tenantId: string) => c`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
const generate = (c: Reserved, runId: string) => c`SELECT * FROM app_payout_generate(${runId})`;

/** Runs and approves every month before `month` (oldest first), as the app role; then opens the draft of `month`. */
async function payEarlierMonths(owner: Database, app: Database, tenantId: string, month: string): Promise<string> {
  const months = (
    await owner.sql<
      { m: string }[]
    >`SELECT DISTINCT to_char(work_date, 'YYYY-MM') AS m FROM time_entries WHERE tenant_id = ${tenantId} AND to_char(work_date, 'YYYY-MM') < ${month} ORDER BY 1`
  ).map((r) => r.m);
  const open = async (m: string) => {
    const id = randomUUID();
    await owner.sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by, prepared_by) VALUES (${tenantId}, ${id}, ${m}, 410, 'Wijk-werken Bench', 'BE68539007547034', 'GKCCBEBB', 'bench', 'bench')`;
    return id;
  };
  for (const m of months) {
    const id = await open(m);
    const ms = await time(() =>
      app.sql.begin(async (s) => {
        await s`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
        await s`SELECT * FROM app_payout_generate(${id})`;
      }),
    );
    await owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = 'bench' WHERE tenant_id = ${tenantId} AND id = ${id}`;
    step(`run of ${m} generated in ${ms.toFixed(0)} ms and approved`);
  }
  return open(month);
}

async function seed(ownerUrl: string, owner: Database, app: Database, label: string, workers: number): Promise<Tenant> {
  const r = await generateFlanders(ownerUrl, { tenantSlug: `bench-${label}`, workers, clients: workers * 3, months: MONTHS });
  step(`${label}: generateFlanders ${workers} workers, ${r.timeEntries} entries, ${r.seconds.toFixed(1)} s`);
  // The most recent complete month with the most confirmed entries.
  const [pick] = await owner.sql<{ m: string; n: number }[]>`
    SELECT to_char(work_date, 'YYYY-MM') AS m, count(*)::int AS n FROM time_entries
    WHERE tenant_id = ${r.tenantId} AND status = 'confirmed' AND work_date < date_trunc('month', now() AT TIME ZONE 'Europe/Brussels')::date
    GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1`;
  const runId = await payEarlierMonths(owner, app, r.tenantId, pick!.m);
  await owner.sql`ANALYZE payout_lines`;
  await owner.sql`ANALYZE payout_pending`;
  step(`${label}: month ${pick!.m} (${pick!.n} confirmed entries), earlier months paid`);
  return { label, workers, tenantId: r.tenantId, month: pick!.m, runId, entries: pick!.n, seconds: r.seconds };
}

/**
 * COPY text of the lines a first generation of `runId` writes, built inside a rolled-back
 * generation. Built with a query rather than COPY … TO STDOUT: postgres.js can leave the
 * connection stuck after a large COPY out (porsager/postgres#917). No column holds tabs,
 * newlines or backslashes; NULL is \N.
 */
async function linesText(app: Database, t: Tenant): Promise<Buffer> {
  return rolledBack(app, async (c) => {
    await setTenant(c, t.tenantId);
    await generate(c, t.runId);
    const cols = await c<
      { column_name: string }[]
    >`SELECT column_name FROM information_schema.columns WHERE table_name = 'payout_lines' ORDER BY ordinal_position`;
    const expr = cols.map((col) => `COALESCE(l.${col.column_name}::text, '\\N')`).join(` || E'\\t' || `);
    const rows = await c.unsafe<{ line: string }[]>(`SELECT ${expr} AS line FROM payout_lines l WHERE l.tenant_id = $1 AND l.run_id = $2`, [
      t.tenantId,
      t.runId,
    ]);
    return Buffer.from(rows.map((r) => r.line + "\n").join(""));
  });
}

async function copyIn(c: Reserved, table: string, data: Buffer): Promise<void> {
  const writable = await c.unsafe(`COPY ${table} FROM STDIN`).writable();
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

const base = loadConfig();
// Its own database (lib/databases.ts), not a test database: the test command drops leftover
// wijkwerk_t_* databases when it starts, and this bench runs for minutes on a shared machine.
const tdb = await benchDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const dbName = tdb.name;
const owner = createDatabase(tdb.ownerUrl, { max: 3 });
const appDb = createDatabase(tdb.appUrl, { max: 10 });
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
const redis = createRedis(config.REDIS_URL, "producer");
try {
  console.log(`» generateFlanders: ${WORKERS_SMALL} and ${WORKERS_BIG} workers, clients 3×, ${MONTHS} months`);
  const small = await seed(tdb.ownerUrl, owner, appDb, "small", WORKERS_SMALL);
  const big = await seed(tdb.ownerUrl, owner, appDb, "big", WORKERS_BIG);

  // Baselines: the rows one run writes, COPYed by the owner into a table with the same columns,
  // checks and indexes (LIKE … INCLUDING ALL: no triggers, no row-level security), and into one
  // with the columns only.
  await owner.sql`CREATE TABLE bench_lines_keyed (LIKE payout_lines INCLUDING ALL)`;
  await owner.sql`CREATE TABLE bench_lines_bare (LIKE payout_lines)`;
  step("scratch tables");
  const text = { small: await linesText(appDb, small), big: await linesText(appDb, big) };
  const lineCount = (b: Buffer) => b.toString().split("\n").length - 1;
  step(`lines: ${lineCount(text.small)} (small), ${lineCount(text.big)} (big), ${(text.big.length / 2 ** 20).toFixed(1)} MB as COPY text`);

  const first = (t: Tenant) => () =>
    rolledBack(appDb, async (c) => {
      await setTenant(c, t.tenantId);
      await generate(c, t.runId);
    });
  // A refresh recomputes a draft that already has its lines: the second generation in the transaction is timed.
  const refreshOf = (t: Tenant) => {
    let ms = 0;
    const run = () =>
      rolledBack(appDb, async (c) => {
        await setTenant(c, t.tenantId);
        await generate(c, t.runId);
        ms = await time(() => generate(c, t.runId));
      });
    return { run, last: () => ms };
  };
  const copyInto = (table: string, data: Buffer) => () => rolledBack(owner, (c) => copyIn(c, table, data));
  const copyRefreshOf = (data: Buffer) => {
    let ms = 0;
    const run = () =>
      rolledBack(owner, async (c) => {
        await copyIn(c, "bench_lines_keyed", data);
        ms = await time(async () => {
          await c`DELETE FROM bench_lines_keyed`;
          await copyIn(c, "bench_lines_keyed", data);
        });
      });
    return { run, last: () => ms };
  };

  // Round by round: every operation once per round, so all see the same machine state.
  const refreshBig = refreshOf(big);
  const copyRefreshBig = copyRefreshOf(text.big);
  const refreshTimes: number[] = [];
  const copyRefreshTimes: number[] = [];
  const samples = await interleave(
    [
      { name: "generation (big)", run: first(big) },
      { name: "COPY keyed (big)", run: copyInto("bench_lines_keyed", text.big) },
      { name: "COPY keyless (big)", run: copyInto("bench_lines_bare", text.big) },
      { name: "refresh (big)", run: async () => (await refreshBig.run(), refreshTimes.push(refreshBig.last())) },
      { name: "DELETE + COPY keyed (big)", run: async () => (await copyRefreshBig.run(), copyRefreshTimes.push(copyRefreshBig.last())) },
      { name: "generation (small)", run: first(small) },
      { name: "COPY keyed (small)", run: copyInto("bench_lines_keyed", text.small) },
    ],
    { runs: RUNS, warmup: 1 },
  );
  const [genBig, copyKeyedBig, copyBareBig, , , genSmall, copyKeyedSmall] = samples as [Sample, Sample, Sample, Sample, Sample, Sample, Sample];
  const refresh = summarise("refresh of the draft (big)", refreshTimes.slice(-RUNS));
  const copyRefresh = summarise("DELETE + COPY keyed (big)", copyRefreshTimes.slice(-RUNS));
  const fmt = (s: Sample) => `${s.name}: median ${s.medianMs.toFixed(0)} ms (p95 ${s.p95Ms.toFixed(0)})`;
  const verdict = (ratio: number) => `${ratio.toFixed(2)}× (goal ≤ 1.5×, issue 22: ${ratio <= 1.5 ? "met" : "NOT met"})`;
  const [counts] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM time_entries WHERE tenant_id = ${big.tenantId}`;
  const results = [
    `data: ${big.workers.toLocaleString("en")} workers, ${counts!.n.toLocaleString("en")} time entries over ${MONTHS} months; run of ${big.month}: ${lineCount(text.big).toLocaleString("en")} lines from ${big.entries.toLocaleString("en")} confirmed entries (${small.workers.toLocaleString("en")} workers: ${small.month}, ${lineCount(text.small).toLocaleString("en")} lines from ${small.entries.toLocaleString("en")} entries); ${RUNS} interleaved rounds`,
    fmt(genBig),
    fmt(copyKeyedBig),
    fmt(copyBareBig),
    `generation / COPY keyed: ${verdict(genBig.medianMs / copyKeyedBig.medianMs)}`,
    `generation / COPY keyless: ${(genBig.medianMs / copyBareBig.medianMs).toFixed(2)}×`,
    fmt(refresh),
    fmt(copyRefresh),
    `refresh / (DELETE + COPY keyed): ${verdict(refresh.medianMs / copyRefresh.medianMs)}`,
    `${fmt(genSmall)}; ${fmt(copyKeyedSmall)} → ${(genSmall.medianMs / copyKeyedSmall.medianMs).toFixed(2)}×`,
  ];
  for (const l of results) console.log(l);

  // Memory while streaming exports over real HTTP (inject would buffer the body).
  for (const t of [small, big]) {
    await appDb.sql.begin(async (s) => {
      await s`SELECT set_config('app.tenant_id', ${t.tenantId}, true)`;
      await s`SELECT * FROM app_payout_generate(${t.runId})`;
    });
  }
  await owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = 'bench' WHERE status = 'draft'`;
  const app = await buildApp({ config, database: appDb, redis });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const tokenFor = (tenantId: string) => app.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "finance" });
  const rows: string[] = [];
  for (const t of [small, big, small, big]) {
    for (const file of ["sepa.xml", "lines.csv"]) {
      const r = await peakRss(`${address}/v1/payout-runs/${t.runId}/${file}`, tokenFor(t.tenantId));
      rows.push(
        `| ${file} | ${t.workers.toLocaleString("en")} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${r.ms.toFixed(0)} ms | ${r.baseMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB | +${(r.peakMb - r.baseMb).toFixed(1)} MB |`,
      );
    }
  }
  await app.close();
  console.log("| export | workers | size | time | RSS before | RSS peak | growth |\n|---|---|---|---|---|---|---|\n" + rows.join("\n"));
  console.log(`machine: ${machine()}; ${new Date().toISOString()}`);
} finally {
  await Promise.allSettled([owner.close(), appDb.close(), redis.quit()]);
  // BENCH_KEEP_DB=1 keeps the database to look into plans afterwards.
  if (process.env.BENCH_KEEP_DB) console.log(`kept database ${dbName}`);
  else await tdb.drop();
}

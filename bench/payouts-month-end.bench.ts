/**
 * Month-end payouts of the whole platform (issue 22): the run of the last complete month for all
 * 60 organisations of the generated all-Flanders platform (lib/databases.ts), one organisation
 * after another, each as the API does it (app role, RLS, its own transaction), next to one COPY of
 * all the lines those runs write into a table with the same columns and keys
 * (CREATE TABLE … (LIKE payout_lines INCLUDING ALL)). Goal: ≤ 1.5×. Earlier months are paid
 * first (one approved run per organisation up to the month before), so each run settles its
 * month, as at a real month end. Every measured transaction is rolled back; rounds interleave.
 * Run: bash scripts/bench.sh payouts-month-end   (BENCH_PAYOUT_RUNS rounds, BENCH_PLATFORM_* size)
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, type Database } from "@wijkwerk/db";
import { FLANDERS, platformDatabase } from "./lib/databases.ts";
import { interleave, time, type Sample } from "./lib/measure.ts";
import { machine } from "./lib/report.ts";
// Every socket gets TCP_NODELAY: COPY's CopyDone must not wait for a delayed ACK (lib/nodelay.ts).
import "./lib/nodelay.ts";

const RUNS = Number(process.env.BENCH_PAYOUT_RUNS ?? 5);
type Reserved = Awaited<ReturnType<Database["sql"]["reserve"]>>;

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

const base = loadConfig();
const t0 = Date.now();
const step = (what: string) => console.log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const p = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, FLANDERS);
const owner = createDatabase(p.ownerUrl, { max: 2 });
const app = createDatabase(p.appUrl, { max: 2 });
try {
  const [{ month, before } = { month: "", before: "" }] = await owner.sql<{ month: string; before: string }[]>`
    SELECT to_char(m, 'YYYY-MM') AS month, to_char(m - interval '1 month', 'YYYY-MM') AS before
    FROM (SELECT date_trunc('month', now() AT TIME ZONE 'Europe/Brussels') - interval '1 month' AS m) x`;
  const open = async (tenantId: string, m: string) => {
    const id = randomUUID();
    await owner.sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by, prepared_by)
      VALUES (${tenantId}, ${id}, ${m}, 410, 'Wijk-werken Bench', 'BE68539007547034', 'GKCCBEBB', 'bench', 'bench')`;
    return id;
  };
  const generate = async (c: Reserved, tenantId: string, runId: string) => {
    await c`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    await c`SELECT * FROM app_payout_generate(${runId})`;
  };
  // History paid: one run per organisation up to the month before, approved.
  const runs: { tenantId: string; runId: string }[] = [];
  for (const t of p.tenants) {
    const paid = await open(t.tenantId, before);
    await app.sql.begin((s) => generate(s as unknown as Reserved, t.tenantId, paid));
    await owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = 'bench' WHERE tenant_id = ${t.tenantId} AND id = ${paid}`;
    runs.push({ tenantId: t.tenantId, runId: await open(t.tenantId, month) });
  }
  await owner.sql`ANALYZE payout_lines`;
  await owner.sql`ANALYZE payout_pending`;
  step(`${p.tenants.length} organisations: history up to ${before} paid, drafts of ${month} open`);

  // The lines the month-end writes, as COPY text (built in rolled-back generations).
  const cols = (
    await owner.sql<{ c: string }[]>`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'payout_lines' ORDER BY ordinal_position`
  ).map((r) => r.c);
  const expr = cols.map((c) => `COALESCE(l.${c}::text, '\\N')`).join(` || E'\\t' || `);
  const chunks: string[] = [];
  let lineCount = 0;
  for (const r of runs) {
    await rolledBack(app, async (c) => {
      await generate(c, r.tenantId, r.runId);
      const rows = await c.unsafe<{ line: string }[]>(`SELECT ${expr} AS line FROM payout_lines l WHERE l.tenant_id = $1 AND l.run_id = $2`, [
        r.tenantId,
        r.runId,
      ]);
      lineCount += rows.length;
      chunks.push(rows.map((x) => x.line + "\n").join(""));
    });
  }
  const text = Buffer.from(chunks.join(""));
  await owner.sql`CREATE TABLE bench_lines_keyed (LIKE payout_lines INCLUDING ALL)`;
  const [entries] = await owner.sql<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM time_entries WHERE status = 'confirmed' AND to_char(work_date, 'YYYY-MM') = ${month}`;
  step(
    `${lineCount.toLocaleString("en")} lines from ${entries!.n.toLocaleString("en")} confirmed entries of ${month}, ${(text.length / 2 ** 20).toFixed(1)} MB as COPY text`,
  );

  const perOrg: number[] = [];
  const samples = await interleave(
    [
      {
        name: `month-end: ${runs.length} runs, one organisation after another`,
        run: async () => {
          for (const r of runs) perOrg.push(await time(() => rolledBack(app, (c) => generate(c, r.tenantId, r.runId))));
        },
      },
      {
        name: "COPY of all their lines into the keyed table",
        run: () =>
          rolledBack(owner, async (c) => {
            const writable = await c.unsafe("COPY bench_lines_keyed FROM STDIN").writable();
            await pipeline(Readable.from([text]), writable);
          }),
      },
    ],
    { runs: RUNS, warmup: 1 },
  );
  const [gen, copy] = samples as [Sample, Sample];
  const r = gen.medianMs / copy.medianMs;
  perOrg.sort((a, b) => a - b);
  console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
  console.log(
    `Data: ${p.tenants.length} organisations × ${FLANDERS.workers} workers, ${FLANDERS.clients} clients, ${FLANDERS.months} months; run of ${month}: ${lineCount.toLocaleString("en")} lines; ${RUNS} interleaved rounds`,
  );
  console.log(
    `- ${gen.name}: median ${gen.medianMs.toFixed(0)} ms (p95 ${gen.p95Ms.toFixed(0)}); per organisation median ${perOrg[perOrg.length >> 1]!.toFixed(1)} ms`,
  );
  console.log(`- ${copy.name}: median ${copy.medianMs.toFixed(0)} ms (p95 ${copy.p95Ms.toFixed(0)})`);
  console.log(`- month-end / COPY: **${r.toFixed(2)}×** (goal ≤ 1.5×: ${r <= 1.5 ? "met" : "NOT met"})`);
} finally {
  await Promise.allSettled([owner.close(), app.close()]);
  await p.drop();
}

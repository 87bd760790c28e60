/**
 * GET /v1/jobs/{id}/matches on the Flanders-scale seed: its latency next to a trivial
 * authenticated GET (GET /v1/settings) on the same running server (goal ≤ 2×), and its cost in a
 * tenant of 20,000 workers next to one of 2,000 (goal ≤ 1.5×). Results are appended to
 * docs/PERFORMANCE.md.
 *
 * Data: two tenants made by the shared generator (packages/db generateFlanders: Gent plus as many
 * real municipalities as the volume needs, at Gent's density of about 11 workers per wijk; clients
 * three times the workers; 24 months of assignments and time entries). Each side cycles over the
 * tenant's open jobs, so the figure is the cost of matching real open demand, not one lucky job.
 */
import { randomUUID } from "node:crypto";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, generateFlanders } from "@wijkwerk/db";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import { appendSection, machine } from "./lib/report.ts";
import { compare } from "./lib/measure.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const JOBS = Number(process.env.BENCH_MATCH_JOBS ?? 30);
const WORKERS_LARGE = Number(process.env.BENCH_MATCH_WORKERS ?? 20_000);
const WORKERS_SMALL = Math.round(WORKERS_LARGE / 10);
const MONTHS = Number(process.env.BENCH_MATCH_MONTHS ?? 24);

const base = loadConfig();
const tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
const database = createDatabase(config.DATABASE_APP_URL, { max: 10 });
const redis = createRedis(config.REDIS_URL, "producer");
try {
  const seeded = [];
  for (const workers of [WORKERS_SMALL, WORKERS_LARGE]) {
    const r = await generateFlanders(tdb.ownerUrl, { tenantSlug: `bench-${workers}`, workers, clients: workers * 3, months: MONTHS });
    console.log(
      `seeded ${workers} workers, ${r.clients} clients, ${r.neighbourhoods} neighbourhoods in ${r.municipalities} municipalities, ${r.timeEntries} time entries in ${r.seconds.toFixed(0)} s`,
    );
    seeded.push(r);
  }
  const [small, large] = seeded as [(typeof seeded)[number], (typeof seeded)[number]];
  const owner = createDatabase(tdb.ownerUrl, { max: 1 });
  await owner.sql.unsafe("VACUUM ANALYZE");
  const openJobs = async (tenantId: string) =>
    (await owner.sql<{ id: string }[]>`SELECT id FROM jobs WHERE tenant_id = ${tenantId} AND status = 'open' ORDER BY id LIMIT ${JOBS}`).map((r) => r.id);
  const jobsSmall = await openJobs(small.tenantId);
  const jobsLarge = await openJobs(large.tenantId);
  await owner.close();

  const app = await buildApp({ config, database, redis });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  const get = async (path: string, token: string) => {
    const res = await fetch(`${address}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${body}`);
    return body;
  };
  const token = (tenantId: string) => app.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "admin" });
  const tokSmall = token(small.tenantId);
  const tokLarge = token(large.tenantId);
  const cycle = (jobs: string[], tok: string) => {
    let i = 0;
    return () => get(`/v1/jobs/${jobs[i++ % jobs.length]}/matches`, tok);
  };
  // How much work a request does: candidates that pass the pre-filter and the caps (limit 100).
  const listed = async (jobs: string[], tok: string) => {
    const counts = [];
    for (const j of jobs) counts.push((JSON.parse(await get(`/v1/jobs/${j}/matches?limit=100`, tok)) as { items: unknown[] }).items.length);
    counts.sort((a, b) => a - b);
    return `median ${counts[counts.length >> 1]}, max ${counts[counts.length - 1]} over ${jobs.length} open jobs`;
  };
  const candidates = { small: await listed(jobsSmall, tokSmall), large: await listed(jobsLarge, tokLarge) };

  const matchesVsSettings = await compare(
    { name: `GET /v1/jobs/{id}/matches (${WORKERS_LARGE.toLocaleString("en")} workers)`, run: cycle(jobsLarge, tokLarge) },
    { name: "GET /v1/settings", run: () => get("/v1/settings", tokLarge) },
    { runs: RUNS, warmup: 30 },
  );
  const largeVsSmall = await compare(
    { name: `matches, ${WORKERS_LARGE.toLocaleString("en")} workers`, run: cycle(jobsLarge, tokLarge) },
    { name: `matches, ${WORKERS_SMALL.toLocaleString("en")} workers`, run: cycle(jobsSmall, tokSmall) },
    { runs: RUNS, warmup: 30 },
  );
  await app.close();

  const fmt = (s: { name: string; medianMs: number; p95Ms: number; runs: number }) =>
    `${s.name}: median ${s.medianMs.toFixed(2)} ms, p95 ${s.p95Ms.toFixed(2)} ms (${s.runs} runs)`;
  const verdict = (ratio: number, goal: number) => `${ratio.toFixed(2)}× (goal ≤ ${goal}×: ${ratio <= goal ? "met" : "NOT met"})`;
  const lines = [
    `candidates listed (limit 100): ${WORKERS_SMALL.toLocaleString("en")} workers ${candidates.small}; ${WORKERS_LARGE.toLocaleString("en")} workers ${candidates.large}`,
    fmt(matchesVsSettings.a),
    fmt(matchesVsSettings.b),
    `matches / settings: ${verdict(matchesVsSettings.ratio, 2)}`,
    fmt(largeVsSmall.a),
    fmt(largeVsSmall.b),
    `${WORKERS_LARGE.toLocaleString("en")} / ${WORKERS_SMALL.toLocaleString("en")} workers: ${verdict(largeVsSmall.ratio, 1.5)}`,
  ];
  for (const l of lines) console.log(l);
  appendSection("Matching (bench/matching.bench.ts)", [
    `Machine: ${machine()}. PostgreSQL and Redis on the same machine; HTTP over loopback to one API process.`,
    `Data: generateFlanders, ${small.municipalities} municipalities / ${small.neighbourhoods} neighbourhoods for ${WORKERS_SMALL.toLocaleString("en")} workers and ${large.municipalities} / ${large.neighbourhoods} for ${WORKERS_LARGE.toLocaleString("en")}, clients 3× workers, ${MONTHS} months of history; each side cycles over ${JOBS} open jobs of its tenant.`,
    "",
    ...lines.map((l) => `- ${l}`),
  ]);
} finally {
  await Promise.allSettled([database.close(), redis.quit()]);
  await tdb.drop();
}

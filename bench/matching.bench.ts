/**
 * GET /v1/jobs/{id}/matches on the Flanders-scale seed: its latency next to a trivial
 * authenticated GET (GET /v1/settings) on the same running server (goal ≤ 2×), and its cost in a
 * tenant of 20,000 workers next to one of 2,000 (goal ≤ 1.5×). Results are appended to
 * docs/PERFORMANCE.md. And one organisation's requests on the all-Flanders platform (60 organisations in
 * one database, issue 22) next to the same organisation alone in its database (goal ≤ 1.1×): two
 * API servers in this process, one per database, the requests interleaved.
 *
 * Data: two tenants made by the shared generator (packages/db generateFlanders: Gent plus as many
 * real municipalities as the volume needs, at Gent's density of about 11 workers per wijk; clients
 * three times the workers; 24 months of assignments and time entries). Each side cycles over the
 * tenant's open jobs, so the figure is the cost of matching real open demand, not one lucky job.
 */
import { randomUUID } from "node:crypto";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, generateFlanders } from "@wijkwerk/db";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import { appendSection, machine } from "./lib/report.ts";
import { benchDatabase, FLANDERS, platformDatabase } from "./lib/databases.ts";
import { compare } from "./lib/measure.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const JOBS = Number(process.env.BENCH_MATCH_JOBS ?? 30);
const WORKERS_LARGE = Number(process.env.BENCH_MATCH_WORKERS ?? 20_000);
const WORKERS_SMALL = Math.round(WORKERS_LARGE / 10);
const MONTHS = Number(process.env.BENCH_MATCH_MONTHS ?? 24);

const base = loadConfig();
const tdb = await benchDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
const database = createDatabase(config.DATABASE_APP_URL, { max: 10 });
const redis = createRedis(config.REDIS_URL, "producer");
let platform: { result: Awaited<ReturnType<typeof compare>>; jobs: number } | undefined;
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

  // 60 organisations vs 1: org-01 alone in its database, and org-01 with 59 more in another.
  const alone = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, { ...FLANDERS, tenants: 1 });
  const all = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, FLANDERS);
  const servers = [];
  try {
    for (const p of [alone, all]) {
      const db = createDatabase(p.appUrl, { max: 10 });
      const cfg = loadConfig({ ...process.env, DATABASE_URL: p.ownerUrl, DATABASE_APP_URL: p.appUrl, REDIS_PREFIX: config.REDIS_PREFIX });
      const a = await buildApp({ config: cfg, database: db, redis });
      const address = await a.listen({ host: "127.0.0.1", port: 0 });
      const tenantId = p.tenants[0]!.tenantId;
      const od = createDatabase(p.ownerUrl, { max: 1 });
      const jobs = (await od.sql<{ id: string }[]>`SELECT id FROM jobs WHERE tenant_id = ${tenantId} AND status = 'open' ORDER BY id LIMIT ${JOBS}`).map(
        (r) => r.id,
      );
      const [size] = await od.sql<
        { workers: number; tenants: number }[]
      >`SELECT (SELECT count(*) FROM workers)::int AS workers, (SELECT count(*) FROM tenants)::int AS tenants`;
      await od.close();
      const tok = a.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "admin" });
      let i = 0;
      const run = async () => {
        const res = await fetch(`${address}/v1/jobs/${jobs[i++ % jobs.length]}/matches`, { headers: { authorization: `Bearer ${tok}` } });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`matches → ${res.status} ${body}`);
      };
      servers.push({ app: a, db, run, jobs: jobs.length, size: size! });
    }
    const [one, sixty] = servers as [(typeof servers)[number], (typeof servers)[number]];
    platform = {
      result: await compare(
        {
          name: `matches of org-01 among ${sixty.size.tenants} organisations (${sixty.size.workers.toLocaleString("en")} workers in the database)`,
          run: sixty.run,
        },
        { name: `matches of org-01 alone (${one.size.workers.toLocaleString("en")} workers in the database)`, run: one.run },
        { runs: RUNS, warmup: 30 },
      ),
      jobs: sixty.jobs,
    };
  } finally {
    for (const s of servers) await Promise.allSettled([s.app.close(), s.db.close()]);
    await Promise.allSettled([alone.drop(), all.drop()]);
  }

  const fmt = (s: { name: string; medianMs: number; p95Ms: number; runs: number }) =>
    `${s.name}: median ${s.medianMs.toFixed(2)} ms, p95 ${s.p95Ms.toFixed(2)} ms (${s.runs} runs)`;
  const verdict = (ratio: number, goal: number) => `${ratio.toFixed(2)}× (goal ≤ ${goal}×: ${ratio <= goal ? "met" : "NOT met"})`;
  const lines = [
    `candidates listed (limit 100): ${WORKERS_SMALL.toLocaleString("en")} workers ${candidates.small}; ${WORKERS_LARGE.toLocaleString("en")} workers ${candidates.large}`,
    fmt(matchesVsSettings.a),
    fmt(matchesVsSettings.b),
    `matches / settings: ${verdict(matchesVsSettings.ratio, 1.25)}`,
    fmt(largeVsSmall.a),
    fmt(largeVsSmall.b),
    `${WORKERS_LARGE.toLocaleString("en")} / ${WORKERS_SMALL.toLocaleString("en")} workers: ${verdict(largeVsSmall.ratio, 1.1)}`,
    fmt(platform!.result.a),
    fmt(platform!.result.b),
    `${FLANDERS.tenants} organisations / 1 (org-01's requests, cycling over ${platform!.jobs} open jobs): ${verdict(platform!.result.ratio, 1.1)}`,
  ];
  for (const l of lines) console.log(l);
  appendSection("Matching (bench/matching.bench.ts)", [
    `Machine: ${machine()}. PostgreSQL and Redis on the same machine; HTTP over loopback to one API process.`,
    `Data: generateFlanders, ${small.municipalities} municipalities / ${small.neighbourhoods} neighbourhoods for ${WORKERS_SMALL.toLocaleString("en")} workers and ${large.municipalities} / ${large.neighbourhoods} for ${WORKERS_LARGE.toLocaleString("en")}, clients 3× workers, ${MONTHS} months of history; each side cycles over ${JOBS} open jobs of its tenant. Platform: ${FLANDERS.tenants} organisations of ${FLANDERS.workers} workers and ${FLANDERS.clients} clients each (generateFlanders per organisation, ${FLANDERS.months} months), one API server per database in this process.`,
    "",
    ...lines.map((l) => `- ${l}`),
  ]);
} finally {
  await Promise.allSettled([database.close(), redis.quit()]);
  await tdb.drop();
}

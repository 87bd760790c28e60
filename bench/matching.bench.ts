/**
 * GET /v1/jobs/{id}/matches at Flanders scale: its latency next to a trivial authenticated GET
 * (GET /v1/settings) on the same running server (goal ≤ 2×), and its cost in a tenant of 20,000
 * workers next to one of 2,000 (goal ≤ 1.5×). Results are appended to docs/PERFORMANCE.md.
 *
 * Data: generated here with set-based INSERT … SELECT (the shared Flanders generator did not exist
 * yet). Geography grows with the tenant, at Flanders' density: 20,000 workers over ~13,500 km²,
 * 20 workers per neighbourhood, neighbourhood centroids ~3.7 km apart; 10 % of workers travel
 * up to 10 km, the rest 5 km; every worker has an agreement, weekday availability and hours this month.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase } from "@wijkwerk/db";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import { compare } from "./lib/measure.ts";

const WORKERS_PER_NEIGHBOURHOOD = 20;
const SPACING_KM = 3.7;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function seedTenant(ownerUrl: string, slug: string, workers: number): Promise<{ tenantId: string; jobId: string }> {
  const conn = createDatabase(ownerUrl, { max: 1 });
  const sql = conn.sql;
  const tid = randomUUID();
  const nbh = Math.ceil(workers / WORKERS_PER_NEIGHBOURHOOD);
  const side = Math.ceil(Math.sqrt(nbh));
  const latStep = SPACING_KM / 111.32;
  const lonStep = SPACING_KM / (111.32 * Math.cos((51 * Math.PI) / 180));
  const center = Math.min(nbh - 1, Math.floor(side / 2) * side + Math.floor(side / 2));
  try {
    await sql.begin(async (tx) => {
      await tx`INSERT INTO tenants (id, slug, name) VALUES (${tid}, ${slug}, ${slug})`;
      await tx`CREATE TEMP TABLE b_m ON COMMIT DROP AS SELECT m AS k, gen_random_uuid() AS id FROM generate_series(0, ${Math.ceil(nbh / 50) - 1}::int) m`;
      await tx`INSERT INTO municipalities (tenant_id, id, name, nis_code) SELECT ${tid}, id, 'Gemeente ' || k, to_char(10000 + k, 'FM00000') FROM b_m`;
      await tx`CREATE TEMP TABLE b_n ON COMMIT DROP AS SELECT i AS k, gen_random_uuid() AS id, i / ${side}::int AS r, i % ${side}::int AS c FROM generate_series(0, ${nbh - 1}::int) i`;
      await tx`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon)
               SELECT ${tid}, n.id, m.id, 'Wijk ' || n.k, 50.7 + n.r * ${latStep}::float8, 2.9 + n.c * ${lonStep}::float8 FROM b_n n JOIN b_m m ON m.k = n.k / 50`;
      await tx`INSERT INTO neighbourhood_adjacency (tenant_id, neighbourhood_id, adjacent_id)
               SELECT ${tid}, a.id, b.id FROM b_n a JOIN b_n b ON abs(a.r - b.r) + abs(a.c - b.c) = 1`;
      await tx`INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types) SELECT ${tid}, id, 'accompany.company', '{private}' FROM b_m`;
      await tx`CREATE TEMP TABLE b_w ON COMMIT DROP AS SELECT i AS k, gen_random_uuid() AS id, i % ${nbh}::int AS nk FROM generate_series(0, ${workers - 1}::int) i`;
      await tx`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer, max_travel_km)
               SELECT ${tid}, w.id, 'Werker', 'Nr ' || w.k, to_char(w.k, 'FM00000000000'), '+3247' || to_char(w.k, 'FM0000000'), 'nl', 'Straat', '1', '9000', m.id, n.id,
                      'BE68539007547034', 'vdab', CASE WHEN w.k % 10 = 0 THEN 10 ELSE 5 END
                 FROM b_w w JOIN b_n n ON n.k = w.nk JOIN b_m m ON m.k = n.k / 50`;
      await tx`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) SELECT ${tid}, gen_random_uuid(), id, '2027-01-01', '2027-12-31' FROM b_w`;
      await tx`INSERT INTO worker_availability (tenant_id, worker_id, weekday, from_time, to_time) SELECT ${tid}, id, d, '08:00', '17:00' FROM b_w, generate_series(1, 5) d`;
      await tx`CREATE TEMP TABLE b_c ON COMMIT DROP AS SELECT k, gen_random_uuid() AS id, gen_random_uuid() AS job FROM b_n`;
      await tx`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
               SELECT ${tid}, c.id, 'private', 'Klant ' || c.k, 'An', 'Peeters', 'Straat', '1', '9000', m.id, n.id, c.k + 1 FROM b_c c JOIN b_n n ON n.k = c.k JOIN b_m m ON m.k = n.k / 50`;
      await tx`INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference)
               SELECT ${tid}, gen_random_uuid(), id, '2027-01-01', '2027-12-31', 750, 'bench-' || k FROM b_c`;
      // History: one done job per neighbourhood; every worker worked 1–8 h for the neighbourhood's client this month.
      await tx`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id)
               SELECT ${tid}, c.job, c.id, 'accompany.company', 'Vroeger', 60, '2027-03-01T08:00:00Z', '2027-03-01T09:00:00Z', n.id, 'done', 'bench', 'bench' FROM b_c c JOIN b_n n ON n.k = c.k`;
      await tx`CREATE TEMP TABLE b_a ON COMMIT DROP AS SELECT w.k, w.id AS wid, w.nk, gen_random_uuid() AS id FROM b_w w`;
      await tx`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
               SELECT ${tid}, a.id, c.job, a.wid, c.id, '2027-03-01T08:00:00Z'::timestamptz + (a.k % 20) * interval '1 day',
                      '2027-03-01T08:00:00Z'::timestamptz + (a.k % 20) * interval '1 day' + (1 + a.k % 8) * interval '1 hour', 'completed', 'bench'
                 FROM b_a a JOIN b_c c ON c.k = a.nk`;
      await tx`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
               SELECT ${tid}, gen_random_uuid(), a.id, a.wid, c.id, '2027-03-01'::date + (a.k % 20), 60 * (1 + a.k % 8), 1 + a.k % 8, 'confirmed', 'worker', 'bench'
                 FROM b_a a JOIN b_c c ON c.k = a.nk`;
    });
    const jobId = randomUUID();
    // Tuesday 23 March 2027, 09:00–12:00 Brussels, in the middle neighbourhood.
    await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
              SELECT ${tid}, ${jobId}, c.id, 'accompany.company', 'Gezelschap', 120, '2027-03-23T09:00:00+01:00', '2027-03-23T12:00:00+01:00', c.neighbourhood_id, 'bench', 'bench'
                FROM clients c WHERE c.tenant_id = ${tid} AND c.client_number = ${center + 1}`;
    return { tenantId: tid, jobId };
  } finally {
    await conn.close();
  }
}

function machine(): string {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown";
  return `${cpus().length} CPUs (nproc), ${model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" / ")}${(loadavg()[0] ?? 0) > cpus().length ? " (other work was running on the machine: absolute times are inflated, ratios less so)" : ""}`;
}

const base = loadConfig();
const tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `bench${randomUUID().slice(0, 6)}` });
const database = createDatabase(config.DATABASE_APP_URL, { max: 10 });
const redis = createRedis(config.REDIS_URL, "producer");
try {
  const t0 = Date.now();
  const small = await seedTenant(tdb.ownerUrl, "bench-small", 2_000);
  const large = await seedTenant(tdb.ownerUrl, "bench-large", 20_000);
  const owner = createDatabase(tdb.ownerUrl, { max: 1 });
  await owner.sql.unsafe("VACUUM ANALYZE");
  await owner.close();
  console.log(`seeded 2,000 + 20,000 workers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

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
  const countOf = async (tenant: { jobId: string }, tok: string) => (JSON.parse(await get(`/v1/jobs/${tenant.jobId}/matches?limit=100`, tok)) as { items: unknown[] }).items.length;
  console.log(`matches returned: small ${await countOf(small, tokSmall)}, large ${await countOf(large, tokLarge)} (limit 100)`);

  const matchesVsSettings = await compare(
    { name: "GET /v1/jobs/{id}/matches (20,000 workers)", run: () => get(`/v1/jobs/${large.jobId}/matches`, tokLarge) },
    { name: "GET /v1/settings", run: () => get("/v1/settings", tokLarge) },
    { runs: RUNS, warmup: 20 },
  );
  const largeVsSmall = await compare(
    { name: "matches, 20,000 workers", run: () => get(`/v1/jobs/${large.jobId}/matches`, tokLarge) },
    { name: "matches, 2,000 workers", run: () => get(`/v1/jobs/${small.jobId}/matches`, tokSmall) },
    { runs: RUNS, warmup: 20 },
  );
  await app.close();

  const fmt = (s: { name: string; medianMs: number; p95Ms: number; runs: number }) => `${s.name}: median ${s.medianMs.toFixed(2)} ms, p95 ${s.p95Ms.toFixed(2)} ms (${s.runs} runs)`;
  const verdict = (ratio: number, goal: number) => `${ratio.toFixed(2)}× (goal ≤ ${goal}×: ${ratio <= goal ? "met" : "NOT met"})`;
  const lines = [
    fmt(matchesVsSettings.a),
    fmt(matchesVsSettings.b),
    `matches / settings: ${verdict(matchesVsSettings.ratio, 2)}`,
    fmt(largeVsSmall.a),
    fmt(largeVsSmall.b),
    `20,000 / 2,000 workers: ${verdict(largeVsSmall.ratio, 1.5)}`,
  ];
  for (const l of lines) console.log(l);

  mkdirSync("docs", { recursive: true });
  if (!existsSync("docs/PERFORMANCE.md")) appendFileSync("docs/PERFORMANCE.md", "# Performance\n\nMeasured with `bash scripts/bench.sh <name>`; each section is one run.\n");
  appendFileSync(
    "docs/PERFORMANCE.md",
    [
      "",
      `## Matching (bench/matching.bench.ts), ${new Date().toISOString().slice(0, 10)}`,
      "",
      `Machine: ${machine()}. PostgreSQL and Redis on the same machine; HTTP over loopback to one API process.`,
      "Data: two tenants in one database, 2,000 and 20,000 workers at Flanders density (20 per neighbourhood, centroids 3.7 km apart, 10 % travel 10 km, others 5 km), each with an agreement, weekday availability and 1–8 h worked this month.",
      "",
      ...lines.map((l) => `- ${l}`),
      "",
    ].join("\n"),
  );
} finally {
  await Promise.allSettled([database.close(), redis.quit()]);
  await tdb.drop();
}

/**
 * Peak load of all Flanders on this machine (issue 22). The generated platform (60 organisations,
 * 20,000 workers and 60,000 clients in all, 24 months: lib/databases.ts) behind one API process
 * (started as the image starts it, infra/docker/entrypoint.sh api, with its node flags; its own
 * process so its RSS is its own), and
 * autocannon replaying a Monday-morning mix: one autocannon per route, all at once, each with its
 * share of the connections, so every route has its own latency histogram. Steps up the
 * connections; a step passes when every route's p99 ≤ 5× the trivial GET's p99 in the same step
 * and nothing failed (no error, no timeout, no non-2xx). Reported: the highest throughput of a
 * passing step. Afterwards the caps and the voucher ledger are checked, then a soak at the
 * passing step samples the API's RSS every 10 s (flat: every sample within ± 10 % of the median).
 * Run: bash scripts/bench.sh peak
 *   BENCH_PEAK_STEPS (connections per share, default "1,2,4,8"), BENCH_PEAK_SECONDS per step (20),
 *   BENCH_SOAK_SECONDS (600; 0 skips the soak), BENCH_API_NODE_OPTIONS (NODE_OPTIONS of the API
 *   process only, e.g. a memory probe or a flag to try; none by default)
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { DEFAULT_CAPS } from "@wijkwerk/domain";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import type { TokenClaims } from "../services/api/src/context.ts";
import { FLANDERS, platformDatabase } from "./lib/databases.ts";
import { machine } from "./lib/report.ts";

const STEPS = (process.env.BENCH_PEAK_STEPS ?? "1,2,4,8").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_PEAK_SECONDS ?? 20);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const PORT = 39000 + Math.floor(Math.random() * 1000);

const base = loadConfig();
const t0 = Date.now();
const step = (what: string) => console.log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const p = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, FLANDERS);
step(`platform copied: ${p.name}`);
const owner = createDatabase(p.ownerUrl, { max: 2 });
const config = loadConfig({ ...process.env, DATABASE_URL: p.ownerUrl, DATABASE_APP_URL: p.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
// Only to sign tokens with the API's secret; it serves nothing.
const signerDb = createDatabase(p.appUrl, { max: 1 });
const signerRedis = createRedis(config.REDIS_URL, "producer");
const signer = await buildApp({ config, database: signerDb, redis: signerRedis });
const sign = (claims: TokenClaims) => `Bearer ${signer.jwt.sign(claims)}`;
let api: ReturnType<typeof spawn> | undefined;

try {
  // Monday's work, prepared in every organisation: one accepted 30-minute visit per worker
  // yesterday at 06:00 (to be entered by the worker), and one submitted 30-minute entry per worker
  // the day before (to be confirmed by its client), where the worker has nothing else then.
  const days = await owner.sql<{ sat: string; fri: string }[]>`
    SELECT (d - 1)::text AS sat, (d - 2)::text AS fri FROM (SELECT (now() AT TIME ZONE 'Europe/Brussels')::date AS d) x`;
  const { sat, fri } = days[0]!;
  for (const t of p.tenants) {
    await owner.sql.begin(async (s) => {
      await s`SELECT set_config('app.tenant_id', ${t.tenantId}, true)`;
      for (const [day, status] of [
        [sat, "accepted"],
        [fri, "completed"],
      ] as const) {
        await s`
          INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
          SELECT a.tenant_id, gen_random_uuid(), a.job_id, a.worker_id, a.client_id, x.s, x.s + interval '30 minutes', ${status}, 'bench'
          FROM (SELECT DISTINCT ON (worker_id) tenant_id, job_id, worker_id, client_id FROM assignments
                WHERE tenant_id = ${t.tenantId} AND status = 'completed' ORDER BY worker_id, starts_at DESC) a,
               LATERAL (SELECT (${day}::date::timestamp + interval '6 hours') AT TIME ZONE 'Europe/Brussels' AS s) x
          -- Workers this close to a cap would rightly be refused (409): Monday's work goes to the others.
          WHERE NOT EXISTS (SELECT 1 FROM worker_year_minutes m WHERE m.tenant_id = a.tenant_id AND m.worker_id = a.worker_id
                              AND m.year = extract(year FROM ${day}::date)::int
                              AND ((SELECT sum(x) FROM unnest(m.worked_minutes || m.planned_minutes) x) + 120 > ${DEFAULT_CAPS.yearlyCapMinutes}
                                   OR m.worked_minutes[extract(month FROM ${day}::date)::int] + m.planned_minutes[extract(month FROM ${day}::date)::int] + 120 > ${DEFAULT_CAPS.monthlyCapMinutes}))
            AND NOT EXISTS (SELECT 1 FROM assignments o WHERE o.tenant_id = a.tenant_id AND o.worker_id = a.worker_id
                            AND o.status IN ('proposed', 'accepted', 'completed') AND o.starts_at < x.s + interval '30 minutes' AND o.ends_at > x.s)`;
      }
      await s`
        INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
        SELECT a.tenant_id, gen_random_uuid(), a.id, a.worker_id, a.client_id, ${fri}::date, 30, 1, 'submitted', 'worker', 'bench'
        FROM assignments a WHERE a.tenant_id = ${t.tenantId} AND a.created_by_id = 'bench' AND a.status = 'completed'`;
    });
  }
  await owner.sql`ANALYZE`;
  const tenantOf = new Map(p.tenants.map((t) => [t.tenantId, t]));
  const visits = await owner.sql<{ id: string; tenant: string; worker: string }[]>`
    SELECT id, tenant_id AS tenant, worker_id AS worker FROM assignments WHERE created_by_id = 'bench' AND status = 'accepted' ORDER BY random()`;
  const submitted = await owner.sql<{ id: string; tenant: string; client: string }[]>`
    SELECT id, tenant_id AS tenant, client_id AS client FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'submitted' ORDER BY random()`;
  const openJobs = await owner.sql<
    { id: string; tenant: string }[]
  >`SELECT id, tenant_id AS tenant FROM jobs WHERE status = 'open' ORDER BY random() LIMIT 3000`;
  const clients = await owner.sql<{ id: string; tenant: string }[]>`SELECT id, tenant_id AS tenant FROM clients ORDER BY random() LIMIT 3000`;
  const workers = await owner.sql<{ id: string; tenant: string; q: string }[]>`
    SELECT id, tenant_id AS tenant, left(last_name, 4) AS q FROM workers ORDER BY random() LIMIT 3000`;
  step(`Monday prepared: ${visits.length} visits to enter (${sat}), ${submitted.length} entries to confirm (${fri}), ${openJobs.length} open jobs`);
  if (tenantOf.size !== FLANDERS.tenants) console.log(`  note: ${tenantOf.size} organisations`);

  // Tokens: one consultant per organisation; workers and clients sign in as themselves.
  const consultant = new Map(p.tenants.map((t) => [t.tenantId, sign({ sub: randomUUID(), tid: t.tenantId, role: "consultant" })]));
  const tokenCache = new Map<string, string>();
  const as = (role: "worker" | "client", tenant: string, id: string) => {
    let tok = tokenCache.get(id);
    if (!tok) tokenCache.set(id, (tok = sign({ sub: id, tid: tenant, role, subjectId: id })));
    return tok;
  };

  // The API as deployed: started by the image's entrypoint (its node flags, e.g. the heap ceiling,
  // are what the RSS depends on; it execs node, so the pid is the API's), its own process, the app
  // role, logs at the configured level (discarded).
  api = spawn("sh", ["infra/docker/entrypoint.sh", "api"], {
    env: {
      ...process.env,
      DATABASE_URL: p.ownerUrl,
      DATABASE_APP_URL: p.appUrl,
      API_PORT: String(PORT),
      API_HOST: "127.0.0.1",
      NODE_ENV: "test",
      REDIS_PREFIX: config.REDIS_PREFIX,
      // Extra node options for the API only, e.g. a memory probe (--import …); none by default.
      ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: false,
  });
  const url = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const apiPid = () => api!.pid!;
  const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  step(`API listening on ${url} (pid ${apiPid()}, RSS ${rssMb(apiPid()).toFixed(0)} MB)`);

  // The mix: route, share of the connections, and what one request is.
  let v = 0;
  let s = 0;
  const cycle = <T>(xs: readonly T[]) => {
    let i = 0;
    return () => xs[i++ % xs.length]!;
  };
  const job = cycle(openJobs);
  const client = cycle(clients);
  const worker = cycle(workers);
  type Req = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };
  const json = { "content-type": "application/json" };
  const routes: { name: string; share: number; next: () => Req; write?: boolean }[] = [
    {
      name: "GET /v1/settings (trivial)",
      share: 1,
      next: () => ({ method: "GET", path: "/v1/settings", headers: { authorization: consultant.get(p.tenants[0]!.tenantId)! } }),
    },
    {
      name: "GET /v1/workers?q= (search)",
      share: 1,
      next: () => {
        const w = worker();
        return { method: "GET", path: `/v1/workers?q=${encodeURIComponent(w.q)}&limit=20`, headers: { authorization: consultant.get(w.tenant)! } };
      },
    },
    {
      name: "GET /v1/jobs/{id}/matches",
      share: 2,
      next: () => {
        const j = job();
        return { method: "GET", path: `/v1/jobs/${j.id}/matches?limit=10`, headers: { authorization: consultant.get(j.tenant)! } };
      },
    },
    {
      name: "GET /v1/clients/{id}/wallet",
      share: 1,
      next: () => {
        const c = client();
        return { method: "GET", path: `/v1/clients/${c.id}/wallet`, headers: { authorization: as("client", c.tenant, c.id) } };
      },
    },
    {
      name: "GET /v1/assignments (worker's week)",
      share: 1,
      next: () => {
        const w = worker();
        return { method: "GET", path: `/v1/assignments?limit=100`, headers: { authorization: as("worker", w.tenant, w.id) } };
      },
    },
    {
      name: "POST /v1/time-entries (worker)",
      share: 2,
      write: true,
      next: () => {
        const a = visits[v++];
        // Once the prepared visits are used up (the soak), the worker reads their entries instead.
        if (!a) {
          const w = worker();
          return { method: "GET", path: "/v1/time-entries?limit=20", headers: { authorization: as("worker", w.tenant, w.id) } };
        }
        return {
          method: "POST",
          path: "/v1/time-entries",
          headers: { ...json, authorization: as("worker", a.tenant, a.worker) },
          body: JSON.stringify({ assignmentId: a.id, date: sat, minutes: 30, travelKm: 2.5 }),
        };
      },
    },
    {
      name: "POST /v1/time-entries/{id}/confirm (client)",
      share: 1,
      write: true,
      next: () => {
        const e = submitted[s++];
        if (!e) {
          const c = client();
          return { method: "GET", path: "/v1/time-entries?status=submitted&limit=20", headers: { authorization: as("client", c.tenant, c.id) } };
        }
        return { method: "POST", path: `/v1/time-entries/${e.id}/confirm`, headers: { ...json, authorization: as("client", e.tenant, e.client) }, body: "{}" };
      },
    },
  ];

  interface RouteResult {
    name: string;
    requests: number;
    rps: number;
    p50: number;
    p99: number;
    failed: number;
  }
  const failures: string[] = [];
  async function load(perShare: number, seconds: number): Promise<RouteResult[]> {
    return Promise.all(
      routes.map(async (r) => {
        const connections = r.share * perShare;
        const result = await autocannon({
          url,
          connections,
          duration: seconds,
          // One request per connection at a time, each built fresh (no pipelining).
          requests: [
            {
              setupRequest: (req) => {
                const n = r.next()!;
                return { ...req, method: n.method, path: n.path, headers: n.headers, ...(n.body !== undefined ? { body: n.body } : {}) };
              },
              onResponse: (status, body) => {
                if (status >= 300 && failures.filter((f) => f.startsWith(r.name)).length < 2)
                  failures.push(`${r.name} → ${status} ${String(body).slice(0, 400)}`);
              },
            },
          ],
        });
        return {
          name: r.name,
          requests: result.requests.total,
          rps: result.requests.total / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          failed: result.errors + result.timeouts + result.non2xx,
        };
      }),
    );
  }

  // Warm-up: JIT, prepared statements, pools.
  await load(1, 5);
  failures.length = 0;
  const table: string[] = [];
  let best: { perShare: number; rps: number } | undefined;
  for (const perShare of STEPS) {
    const before = failures.length;
    const results = await load(perShare, SECONDS);
    const trivial = results[0]!;
    const total = results.reduce((sum, r) => sum + r.rps, 0);
    const worst = results.slice(1).reduce((m, r) => Math.max(m, r.p99 / Math.max(trivial.p99, 0.001)), 0);
    const failed = results.reduce((sum, r) => sum + r.failed, 0);
    const pass = worst <= 5 && failed === 0;
    if (pass && (!best || total > best.rps)) best = { perShare, rps: total };
    const conns = routes.reduce((n, r) => n + r.share * perShare, 0);
    table.push(
      `| ${conns} | ${total.toFixed(0)} | ${trivial.p99.toFixed(0)} ms | ${results
        .slice(1)
        .map((r) => `${r.p99.toFixed(0)}`)
        .join(" / ")} | ${worst.toFixed(1)}× | ${failed} | ${pass ? "pass" : "fail"} |`,
    );
    step(
      `step ${conns} connections: ${total.toFixed(0)} req/s, worst p99 ${worst.toFixed(1)}× the trivial GET's, ${failed} failed${failures.length > before ? `: ${failures.slice(before, before + 3).join("; ")}` : ""}`,
    );
    if (v >= visits.length || s >= submitted.length) {
      step("the prepared Monday is used up: no more steps");
      break;
    }
  }

  // Invariants after the load: no worker above a cap, the minutes copy equal to the entries,
  // every voucher posting balanced, no entry consumed twice.
  const [checks] = await owner.sql<{ over: number; unbalanced: number; twice: number; entered: number; confirmed: number; awaiting: number }[]>`
    WITH m AS (
      SELECT tenant_id, worker_id, date_trunc('month', work_date) AS month, sum(minutes) AS minutes
      FROM time_entries WHERE status <> 'cancelled' GROUP BY 1, 2, 3)
    SELECT
      (SELECT count(*) FROM (SELECT tenant_id, worker_id, date_trunc('year', month) y, sum(minutes) ym, max(minutes) mm FROM m GROUP BY 1, 2, 3) x
        WHERE ym > ${DEFAULT_CAPS.yearlyCapMinutes} OR mm > ${DEFAULT_CAPS.monthlyCapMinutes})::int AS over,
      (SELECT count(*) FROM (SELECT 1 FROM voucher_movements GROUP BY tenant_id, posting_id HAVING sum(vouchers) <> 0) x)::int AS unbalanced,
      (SELECT count(*) FROM (SELECT 1 FROM voucher_movements WHERE time_entry_id IS NOT NULL AND kind = 'consume' GROUP BY tenant_id, time_entry_id HAVING count(DISTINCT posting_id) > 1) x)::int AS twice,
      (SELECT count(*) FROM time_entries WHERE assignment_id IN (SELECT id FROM assignments WHERE created_by_id = 'bench' AND status <> 'completed'))::int AS entered,
      (SELECT count(*) FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'confirmed')::int AS confirmed,
      (SELECT count(*) FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'awaiting_vouchers')::int AS awaiting`;
  step(
    `checked: ${checks!.over} workers above a cap, ${checks!.unbalanced} unbalanced postings, ${checks!.twice} entries consumed twice; ${checks!.entered} entries written, ${checks!.confirmed} confirmed (vouchers consumed), ${checks!.awaiting} confirmed awaiting vouchers`,
  );

  // Soak at the passing step (or the first), RSS of the API every 10 s.
  const soakStep = best?.perShare ?? STEPS[0]!;
  const rss: number[] = [];
  let soakLine = "soak skipped (BENCH_SOAK_SECONDS=0)";
  if (SOAK_SECONDS > 0) {
    const pid = apiPid();
    rss.push(rssMb(pid));
    const timer = setInterval(() => rss.push(rssMb(pid)), 10_000);
    // Once the prepared Monday is used up, the write routes' connections read instead.
    const soak = await load(soakStep, SOAK_SECONDS);
    clearInterval(timer);
    rss.push(rssMb(pid));
    const sorted = [...rss].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    const spread = Math.max(...rss.map((x) => Math.abs(x / median - 1)));
    soakLine = `soak ${SOAK_SECONDS} s at ${routes.reduce((n, r) => n + r.share * soakStep, 0)} connections: ${soak.reduce((n, r) => n + r.requests, 0).toLocaleString("en")} requests, ${soak.reduce((n, r) => n + r.failed, 0)} failed; API RSS every 10 s ${rss.map((x) => x.toFixed(0)).join(", ")} MB; median ${median.toFixed(0)} MB, largest deviation ${(spread * 100).toFixed(1)} % → ${spread <= 0.1 ? "flat (± 10 %): met" : "NOT flat"}`;
  }

  console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
  console.log(
    `Data: ${p.tenants.length} organisations × ${FLANDERS.workers} workers, ${FLANDERS.clients} clients, ${FLANDERS.months} months; ${SECONDS} s per step; mix (connections per share): ${routes.map((r) => `${r.name} ×${r.share}`).join(", ")}`,
  );
  console.log(
    `| connections | req/s | trivial p99 | p99 per route (${routes
      .slice(1)
      .map((r) => r.name)
      .join(" / ")}) | worst / trivial | failed | |`,
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const l of table) console.log(l);
  console.log(`- highest passing throughput: ${best ? `${best.rps.toFixed(0)} req/s (${best.perShare} per share)` : "no step passed"}`);
  console.log(
    `- after the load: ${checks!.over} workers above a cap, ${checks!.unbalanced} unbalanced postings, ${checks!.twice} entries consumed twice; ${checks!.entered} entries written, ${checks!.confirmed} confirmed with vouchers, ${checks!.awaiting} awaiting vouchers`,
  );
  console.log(`- ${soakLine}`);
  if (failures.length) console.log(`- first failures: ${failures.slice(0, 5).join("; ")}`);
} finally {
  if (api && api.exitCode === null) {
    api.kill("SIGTERM");
    await new Promise((r) => api!.once("exit", r));
  }
  await signer.close();
  await Promise.allSettled([owner.close(), signerDb.close(), signerRedis.quit()]);
  await p.drop();
}

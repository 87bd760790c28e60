/**
 * Peak load of all Flanders on this machine (issue 22). The generated platform (60 organisations,
 * 20,000 workers and 60,000 clients in all, 24 months: lib/databases.ts) behind one API process
 * and one worker process, both started as the image starts them (infra/docker/entrypoint.sh; their
 * own processes: their RSS is their own),
 * the worker sending to the zero-latency SMTP listener and SMS gateway stand-in. autocannon replays
 * a Monday-morning mix (peak/mix.ts): searches, matches, proposals and the workers' answers,
 * wallet reads, the worker's week, time entries and confirmations, one autocannon per route, all
 * at once. Each step starts with a reminders burst (peak/reminders.ts) that the worker sends
 * while the API serves the step. A step passes when every route's p99 ≤ 5× the trivial GET's
 * p99 in the same step and nothing failed (no error, no timeout, no non-2xx). Reported: the
 * highest throughput of a passing step. Afterwards the caps and the voucher ledger are checked
 * (peak/checks.ts), then a soak at the passing step samples the API's RSS every 10 s (flat: every
 * sample within ± 10 % of the median).
 * Run: bash scripts/bench.sh peak
 *   BENCH_PEAK_STEPS (connections per share, default "1,2,4,8"), BENCH_PEAK_SECONDS per step (20),
 *   BENCH_PEAK_REMINDERS per burst (3000), BENCH_SOAK_SECONDS (600; 0 skips the soak),
 *   BENCH_API_NODE_OPTIONS (NODE_OPTIONS of the API process only, e.g. a memory probe; none by default)
 */
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import type { TokenClaims } from "../services/api/src/context.ts";
import { FLANDERS, platformDatabase } from "./lib/databases.ts";
import { machine } from "./lib/report.ts";
import { startZeroGateway, startZeroSmtp } from "./lib/zero-sinks.ts";
import { checkAfterLoad, checksLine } from "./peak/checks.ts";
import { load, stepRow, verdict } from "./peak/load.ts";
import { mondayMix } from "./peak/mix.ts";
import { prepareMonday } from "./peak/monday.ts";
import { startService, rssMb, type Service } from "./peak/processes.ts";
import { soak } from "./peak/soak.ts";
import { prepareProposals } from "./peak/proposals.ts";
import { startBurst, type BurstResult } from "./peak/reminders.ts";

const STEPS = (process.env.BENCH_PEAK_STEPS ?? "1,2,4,8").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_PEAK_SECONDS ?? 20);
const REMINDERS = Number(process.env.BENCH_PEAK_REMINDERS ?? 3000);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const PORT = 39000 + Math.floor(Math.random() * 1000);

const base = loadConfig();
const t0 = Date.now();
const step = (what: string) => console.log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const p = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, FLANDERS);
step(`platform copied: ${p.name}`);
const owner = createDatabase(p.ownerUrl, { max: 2 });
const prefix = `{bench${randomUUID().slice(0, 6)}}`;
const config = loadConfig({ ...process.env, DATABASE_URL: p.ownerUrl, DATABASE_APP_URL: p.appUrl, REDIS_PREFIX: prefix });
// Only to sign tokens with the API's secret; it serves nothing.
const signerDb = createDatabase(p.appUrl, { max: 1 });
const signerRedis = createRedis(config.REDIS_URL, "producer");
const signer = await buildApp({ config, database: signerDb, redis: signerRedis });
const sign = (claims: TokenClaims) => `Bearer ${signer.jwt.sign(claims)}`;
const smtp = await startZeroSmtp();
const gateway = await startZeroGateway();
const services: Service[] = [];

try {
  const monday = await prepareMonday(owner, p.tenants);
  step(
    `Monday prepared: ${monday.visits.length} visits to enter (${monday.sat}), ${monday.submitted.length} entries to confirm (${monday.fri}) ` +
      `of ${monday.clientsWithVouchers} clients given 10 vouchers, ${monday.tomorrowsVisits} visits tomorrow (${monday.tomorrow}) to remind of`,
  );
  const openJobs = await owner.sql<
    { id: string; tenant: string }[]
  >`SELECT id, tenant_id AS tenant FROM jobs WHERE status = 'open' ORDER BY random() LIMIT 3000`;
  const clients = await owner.sql<{ id: string; tenant: string }[]>`SELECT id, tenant_id AS tenant FROM clients ORDER BY random() LIMIT 3000`;
  const workers = await owner.sql<{ id: string; tenant: string; q: string }[]>`
    SELECT id, tenant_id AS tenant, left(last_name, 4) AS q FROM workers ORDER BY random() LIMIT 3000`;

  // Tokens: one consultant per organisation; workers and clients sign in as themselves.
  const consultant = new Map(p.tenants.map((t) => [t.tenantId, sign({ sub: randomUUID(), tid: t.tenantId, role: "consultant" })]));
  const consultantOf = (tenant: string) => consultant.get(tenant)!;
  const tokenCache = new Map<string, string>();
  const as = (role: "worker" | "client", tenant: string, id: string) => {
    let tok = tokenCache.get(id);
    if (!tok) tokenCache.set(id, (tok = sign({ sub: id, tid: tenant, role, subjectId: id })));
    return tok;
  };

  // The API and the worker as deployed: their own processes, the app role for the API, the API's log discarded.
  const shared = { DATABASE_URL: p.ownerUrl, DATABASE_APP_URL: p.appUrl, REDIS_PREFIX: prefix };
  const api = await startService(
    "api",
    {
      ...shared,
      API_PORT: String(PORT),
      API_HOST: "127.0.0.1",
      // Extra node options for the API only, e.g. a memory probe (--import …); none by default.
      ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
    },
    `http://127.0.0.1:${PORT}/health`,
  );
  services.push(api);
  const worker = await startService(
    "worker",
    { ...shared, WORKER_PORT: String(PORT + 1), SMTP_URL: smtp.url, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token },
    `http://127.0.0.1:${PORT + 1}/health`,
    join(tmpdir(), `wijkwerk-bench-worker-${PORT + 1}.log`),
  );
  services.push(worker);
  step(
    `API on ${api.url} (RSS ${rssMb(api.pid).toFixed(0)} MB), worker on ${worker.url} (its log: ${join(tmpdir(), `wijkwerk-bench-worker-${PORT + 1}.log`)})`,
  );

  const proposals = await prepareProposals(owner, api.url, consultantOf);
  const refusedBefore = Object.entries(proposals.refusedInPreparation).map(([code, n]) => `${n} ${code}`);
  step(
    `proposals prepared: ${proposals.toAnswer.length} made to be answered, ${proposals.pairs.length} to be made in the load` +
      (refusedBefore.length ? ` (refused while preparing: ${refusedBefore.join(", ")})` : ""),
  );

  const { routes, used } = mondayMix({
    monday,
    proposals,
    openJobs: [...openJobs],
    clients: [...clients],
    workers: [...workers],
    anyConsultant: consultantOf(p.tenants[0]!.tenantId),
    consultantOf,
    as,
  });
  const failures: string[] = [];
  // Warm-up: JIT, prepared statements, pools.
  await load(api.url, routes, 1, 5, failures);
  failures.length = 0;
  const table: string[] = [];
  const bursts: string[] = [];
  let best: { perShare: number; rps: number } | undefined;
  for (const perShare of STEPS) {
    const before = failures.length;
    const burst = await startBurst(owner, REMINDERS, [smtp, gateway]);
    const results = await load(api.url, routes, perShare, SECONDS, failures);
    const sent: BurstResult = await burst();
    const v = verdict(results);
    if (v.pass && (!best || v.total > best.rps)) best = { perShare, rps: v.total };
    const conns = routes.reduce((n, r) => n + r.share * perShare, 0);
    table.push(stepRow(conns, results, v, sent));
    bursts.push(
      `${conns} connections: ${sent.reminders} reminders due, ${sent.planned} messages planned, ${sent.sent} sent, ${sent.held} held for quiet hours, ${sent.notSent} not to be sent (opted out), ${sent.atSinks} at the sinks in all, ${sent.seconds.toFixed(1)} s`,
    );
    step(
      `step ${conns} connections: ${v.total.toFixed(0)} req/s, worst p99 ${v.worst.toFixed(1)}× the trivial GET's, ${v.failed} failed; burst ${bursts.at(-1)}` +
        (failures.length > before ? `: ${failures.slice(before, before + 3).join("; ")}` : ""),
    );
    const u = used();
    if (u.entered >= monday.visits.length || u.confirmed >= monday.submitted.length) {
      step("the prepared Monday is used up: no more steps");
      break;
    }
  }
  const checks = await checkAfterLoad(owner);
  const taken = used();
  step(`checked: ${checksLine(checks)}`);

  // Soak at the passing step (or the first), RSS of the API every 10 s. Once the prepared Monday
  // is used up, the write routes' connections read instead.
  const soakStep = best?.perShare ?? STEPS[0]!;
  const soakConnections = routes.reduce((n, r) => n + r.share * soakStep, 0);
  const soakLine =
    SOAK_SECONDS > 0
      ? await soak(api.pid, SOAK_SECONDS, soakConnections, () => load(api.url, routes, soakStep, SOAK_SECONDS, failures))
      : "soak skipped (BENCH_SOAK_SECONDS=0)";

  console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
  console.log(
    `Data: ${p.tenants.length} organisations × ${FLANDERS.workers} workers, ${FLANDERS.clients} clients, ${FLANDERS.months} months; ${SECONDS} s per step; mix (connections per share): ${routes.map((r) => `${r.name} ×${r.share}`).join(", ")}; a burst of ${REMINDERS} reminders at the start of each step`,
  );
  console.log(
    `| connections | req/s | trivial p99 | p99 per route (${routes
      .slice(1)
      .map((r) => r.name)
      .join(" / ")}) | worst / trivial | failed | reminders burst: messages | |`,
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const l of table) console.log(l);
  console.log(`- highest passing throughput: ${best ? `${best.rps.toFixed(0)} req/s (${best.perShare} per share)` : "no step passed"}`);
  console.log(
    `- the steps took ${taken.entered} of ${monday.visits.length} visits to enter, ${taken.confirmed} of ${monday.submitted.length} entries to confirm, ` +
      `${taken.proposed} of ${proposals.pairs.length} proposals to make and ${taken.answered} of ${proposals.toAnswer.length} to answer`,
  );
  console.log(`- after the load: ${checksLine(checks)}`);
  for (const b of bursts) console.log(`- burst at ${b}`);
  console.log(`- ${soakLine}`);
  if (failures.length) console.log(`- first failures: ${failures.slice(0, 5).join("; ")}`);
} finally {
  for (const s of services.reverse()) await s.stop();
  await signer.close();
  await Promise.allSettled([owner.close(), signerDb.close(), signerRedis.quit(), smtp.close(), gateway.close()]);
  await p.drop();
}

/**
 * Server-rendered pages (issue 22): the consultant's job page with its matches (/klussen/{id}),
 * the client's home (/klant) and the worker's home (/werker), each next to the API calls that
 * page makes, in the same run (goal ≤ 1.5×). The web and the API run in this process, each on its
 * own port, over loopback, as in production behind the proxy. The calls a page makes are recorded
 * from a warm request (the web's fetch is wrapped), then replayed as the page made them: calls
 * that were in flight together are replayed together (Promise.all), the others one after another.
 * Data: org-01 of the generated platform (lib/databases.ts).
 * Run: bash scripts/bench.sh pages   (BENCH_RUNS to change the rounds)
 */
import { randomUUID } from "node:crypto";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { createRedis } from "../packages/queue/src/index.ts";
import { buildApp } from "../services/api/src/app.ts";
import { buildWeb } from "../services/web/src/app.ts";
import { FLANDERS, platformDatabase } from "./lib/databases.ts";
import { interleave, type Sample } from "./lib/measure.ts";
import { machine } from "./lib/report.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const base = loadConfig();
const p = await platformDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD, { ...FLANDERS, tenants: 1 });
const config = loadConfig({ ...process.env, DATABASE_URL: p.ownerUrl, DATABASE_APP_URL: p.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
const database = createDatabase(p.appUrl, { max: 10 });
const owner = createDatabase(p.ownerUrl, { max: 1 });
const redis = createRedis(config.REDIS_URL, "producer");

interface Call {
  url: string;
  init: RequestInit;
  start: number;
  end: number;
}
let recording: Call[] | undefined;
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
  const start = performance.now();
  const res = await realFetch(input, init);
  if (recording) {
    // The body is part of the call: read it here (as the page does) before timing its end.
    await res.clone().arrayBuffer();
    recording.push({ url: String(input), init, start, end: performance.now() });
  }
  return res;
}) as typeof fetch;

try {
  const tenantId = p.tenants[0]!.tenantId;
  const [job] = await owner.sql<{ id: string }[]>`SELECT id FROM jobs WHERE tenant_id = ${tenantId} AND status = 'open' ORDER BY id LIMIT 1`;
  // The client and the worker with the most going on in the last weeks and the next ones.
  const [client] = await owner.sql<{ id: string }[]>`
    SELECT client_id AS id FROM assignments WHERE tenant_id = ${tenantId} AND starts_at > now() - interval '30 days'
    GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1`;
  const [worker] = await owner.sql<{ id: string }[]>`
    SELECT worker_id AS id FROM assignments WHERE tenant_id = ${tenantId} AND starts_at > now() - interval '14 days'
    GROUP BY worker_id ORDER BY count(*) DESC, worker_id LIMIT 1`;
  if (!job || !client || !worker) throw new Error("the platform has no open job, client or worker with recent assignments");

  const api = await buildApp({ config, database, redis });
  const apiUrl = await api.listen({ host: "127.0.0.1", port: 0 });
  const web = await buildWeb({ config, apiBaseUrl: apiUrl });
  const webUrl = await web.listen({ host: "127.0.0.1", port: 0 });
  const tokens = {
    consultant: api.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "consultant" }),
    client: api.jwt.sign({ sub: client.id, tid: tenantId, role: "client", subjectId: client.id }),
    worker: api.jwt.sign({ sub: worker.id, tid: tenantId, role: "worker", subjectId: worker.id }),
  };
  const page = (path: string, token: string) => async () => {
    const res = await realFetch(`${webUrl}${path}`, { headers: { cookie: `ww_session=${token}` }, redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${html.slice(0, 300)}`);
    return html;
  };
  /** Groups of calls that overlapped in time: each group is replayed with Promise.all. */
  const replayOf = (calls: Call[]) => {
    const sorted = [...calls].sort((a, b) => a.start - b.start);
    const groups: Call[][] = [];
    let groupEnd = -Infinity;
    for (const c of sorted) {
      if (c.start < groupEnd && groups.length) groups[groups.length - 1]!.push(c);
      else groups.push([c]);
      groupEnd = Math.max(c.start < groupEnd ? groupEnd : c.end, c.end);
    }
    return {
      groups,
      run: async () => {
        for (const g of groups)
          await Promise.all(
            g.map(async (c) => {
              const res = await realFetch(c.url, c.init);
              await res.arrayBuffer();
              if (res.status >= 400) throw new Error(`${c.url} → ${res.status}`);
            }),
          );
      },
    };
  };

  const pages = [
    { name: "consultant's job page with matches", path: `/klussen/${job.id}`, token: tokens.consultant },
    { name: "client's home", path: "/klant", token: tokens.client },
    { name: "worker's home", path: "/werker", token: tokens.worker },
  ];
  const ops: { name: string; run: () => Promise<unknown> }[] = [];
  const shapes: string[] = [];
  for (const pg of pages) {
    const run = page(pg.path, pg.token);
    await run(); // warm: caches (activities, organisation contact), JIT
    recording = [];
    const html = await run();
    const calls = recording;
    recording = undefined;
    const replay = replayOf(calls);
    shapes.push(
      `${pg.name} (${pg.path}, ${(html.length / 1024).toFixed(0)} KB of HTML): ${calls.length} API calls in ${replay.groups.length} steps — ${replay.groups
        .map((g) => g.map((c) => `${c.init.method ?? "GET"} ${new URL(c.url).pathname.replace(/[0-9a-f-]{36}/g, "{id}")}`).join(" ∥ "))
        .join(" → ")}`,
    );
    ops.push({ name: `page: ${pg.name}`, run }, { name: `its API calls: ${pg.name}`, run: replay.run });
  }
  const samples = await interleave(ops, { runs: RUNS, warmup: 10 });
  await web.close();
  await api.close();

  const lines = [...shapes];
  for (let i = 0; i < samples.length; i += 2) {
    const [pg, calls] = [samples[i]!, samples[i + 1]!] as [Sample, Sample];
    const r = pg.medianMs / calls.medianMs;
    lines.push(
      `${pages[i / 2]!.name}: page median ${pg.medianMs.toFixed(2)} ms (p95 ${pg.p95Ms.toFixed(2)}) vs its API calls ${calls.medianMs.toFixed(2)} ms (p95 ${calls.p95Ms.toFixed(2)}) → **${r.toFixed(2)}×** (goal ≤ 1.5×: ${r <= 1.5 ? "met" : "NOT met"})`,
    );
  }
  console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
  console.log(
    `Data: org-01 of the generated platform (${FLANDERS.workers} workers, ${FLANDERS.clients} clients, ${FLANDERS.months} months); ${RUNS} interleaved rounds`,
  );
  for (const l of lines) console.log(`- ${l}`);
} finally {
  globalThis.fetch = realFetch;
  await Promise.allSettled([database.close(), owner.close(), redis.quit()]);
  await p.drop();
}

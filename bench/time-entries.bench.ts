/**
 * Time entries (issue "Hours and vouchers"), in one process on one stack: throughput of
 * POST /v1/time-entries (worker lock, caps on the worker's minutes, settings, entry, outbox,
 * audit) as a ratio to a bench-only route that inserts one row into a scratch table through
 * request.tenantTx. Both run through the same Fastify app (auth, body schema, tenant
 * transaction, prepared statements). Goals (issue 22): throughput ≥ 0.8× at 16 in flight, and the
 * latency of a single request (one at a time, interleaved) ≤ 1.3×. Results are appended to
 * docs/PERFORMANCE.md.
 * Run: bash scripts/bench.sh time-entries
 */
import { randomUUID } from "node:crypto";
import { Type, type Static } from "@sinclair/typebox";
import { sql as dsql } from "drizzle-orm";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { buildApp } from "../services/api/src/app.ts";
import { createRedis } from "../packages/queue/src/index.ts";
import { benchDatabase } from "./lib/databases.ts";
import { compare, summarise, time } from "./lib/measure.ts";
import { appendSection, machine } from "./lib/report.ts";

const WORKERS = Number(process.env.BENCH_TE_WORKERS ?? 60);
const DAYS = Number(process.env.BENCH_TE_DAYS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_TE_CONCURRENCY ?? 16);
const SEQUENTIAL_RUNS = 400;

const base = loadConfig();
const tdb = await benchDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, DATABASE_APP_URL: tdb.appUrl, REDIS_PREFIX: `{bench${randomUUID().slice(0, 6)}}` });
const owner = createDatabase(tdb.ownerUrl, { max: 2 });
const appDb = createDatabase(tdb.appUrl, { max: 20 });
const redis = createRedis(config.REDIS_URL, "producer");

try {
  const sql = owner.sql;
  const tenantId = randomUUID();
  const [m, n, c, j] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, 'bench', 'Bench')`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${m}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${n}, ${m}, 'Muide', 51.07, 3.73)`;
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
    VALUES (${tenantId}, ${c}, 'private', 'Els', 'Els', 'Claes', 'Dok', '2', '9000', ${m}, ${n}, 1)`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
    VALUES (${tenantId}, ${j}, ${c}, 'garden.mowing', 'Gras', 60, '2026-01-01T08:00:00Z', '2026-12-31T08:00:00Z', ${n}, 'consultant', 'bench')`;
  await sql`
    INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
    SELECT ${tenantId}, gen_random_uuid(), 'W', 'W' || i, (80000000000 + i)::text, '+3247' || lpad(i::text, 7, '0'), 'nl', 'Dok', '1', '9000', ${m}, ${n}, 'BE71096123456769', 'vdab'
    FROM generate_series(1, ${WORKERS}) i`;
  // One accepted 60-minute assignment per worker per day from 1 March: far below the caps.
  await sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    SELECT ${tenantId}, gen_random_uuid(), ${j}, w.id, ${c}, s, s + interval '60 minutes', 'accepted', 'bench'
    FROM workers w, generate_series(0, ${DAYS - 1}) d, LATERAL (SELECT ('2026-03-01'::date + d)::timestamp AT TIME ZONE 'Europe/Brussels' + interval '9 hours' AS s) x
    WHERE w.tenant_id = ${tenantId}`;
  // History, so the planner works with realistic statistics: January and February already entered.
  await sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    SELECT ${tenantId}, gen_random_uuid(), ${j}, w.id, ${c}, s, s + interval '60 minutes', 'completed', 'bench'
    FROM workers w, generate_series(0, 58) d, LATERAL (SELECT ('2026-01-01'::date + d)::timestamp AT TIME ZONE 'Europe/Brussels' + interval '9 hours' AS s) x
    WHERE w.tenant_id = ${tenantId}`;
  await sql`
    INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id, confirmed_at, confirmed_by)
    SELECT a.tenant_id, gen_random_uuid(), a.id, a.worker_id, a.client_id, (a.starts_at AT TIME ZONE 'Europe/Brussels')::date, 55, 1, 'confirmed', 'worker', 'bench', now(), 'client'
    FROM assignments a WHERE a.tenant_id = ${tenantId} AND a.status = 'completed'`;
  await sql.unsafe(`CREATE TABLE bench_scratch (tenant_id uuid NOT NULL, id uuid NOT NULL, assignment_id uuid NOT NULL, minutes integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, id));
    SELECT app_enable_tenant_rls('bench_scratch'); GRANT SELECT, INSERT ON bench_scratch TO wijkwerk_app;`);
  await sql`ANALYZE`;
  const assignments = (
    await sql<{ id: string; d: string }[]>`
    SELECT id, (starts_at AT TIME ZONE 'Europe/Brussels')::date::text AS d FROM assignments WHERE tenant_id = ${tenantId} AND status = 'accepted' ORDER BY starts_at, worker_id`
  ).map((r) => ({ id: r.id, date: r.d }));

  const app = await buildApp({ config, database: appDb, redis });
  // The floor of an insert endpoint on this stack: the same auth and tenant transaction, a JSON
  // schema for the body and one parameterised INSERT, as every real endpoint writes (no audit row).
  const BareBody = Type.Object(
    { assignmentId: Type.String({ format: "uuid" }), minutes: Type.Integer({ minimum: 1, maximum: 1440 }) },
    { additionalProperties: false },
  );
  app.post(
    "/bench/bare-insert",
    { config: { roles: ["consultant"], noAudit: true }, schema: { body: BareBody, response: { 201: Type.Object({ id: Type.String() }) } } },
    async (request, reply) => {
      const body = request.body as Static<typeof BareBody>;
      const id = randomUUID();
      await request.tenantTx(({ tx, tenantId: tid }) =>
        tx.execute(dsql`INSERT INTO bench_scratch (tenant_id, id, assignment_id, minutes) VALUES (${tid}, ${id}, ${body.assignmentId}, ${body.minutes})`),
      );
      return reply.status(201).send({ id });
    },
  );
  await app.ready();
  const headers = { authorization: `Bearer ${app.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "consultant" })}` };

  let next = 0;
  const entry = async () => {
    const a = assignments[next++];
    if (!a) throw new Error("out of assignments: raise BENCH_TE_DAYS");
    const res = await app.inject({
      method: "POST",
      url: "/v1/time-entries",
      headers,
      payload: { assignmentId: a.id, date: a.date, minutes: 55, travelKm: 2.5 },
    });
    if (res.statusCode !== 201) throw new Error(`time entry ${res.statusCode} ${res.body}`);
  };
  const bare = async () => {
    const res = await app.inject({ method: "POST", url: "/bench/bare-insert", headers, payload: { assignmentId: randomUUID(), minutes: 55 } });
    if (res.statusCode !== 201) throw new Error(`bare ${res.statusCode} ${res.body}`);
  };

  // 1. Latency, interleaved one at a time.
  const seq = await compare({ name: "POST /v1/time-entries", run: entry }, { name: "bare insert", run: bare }, { runs: SEQUENTIAL_RUNS, warmup: 20 });

  // 2. Throughput with CONCURRENCY requests in flight, rounds alternating so both see the same machine.
  const burst = async (fn: () => Promise<void>, count: number) => {
    let left = count;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (left-- > 0) await fn();
      }),
    );
  };
  const perRound = Math.floor((assignments.length - next) / 6);
  const te: number[] = [];
  const bt: number[] = [];
  for (let round = 0; round < 5; round++) {
    te.push(perRound / ((await time(() => burst(entry, perRound))) / 1000));
    bt.push(perRound / ((await time(() => burst(bare, perRound))) / 1000));
  }
  const a = summarise("time entries/s", te);
  const b = summarise("bare inserts/s", bt);
  const ratio = a.medianMs / b.medianMs;
  const [counts] = await sql<{ entries: number; transactions: number; bare: number }[]>`
    SELECT (SELECT count(*) FROM time_entries WHERE status = 'submitted')::int AS entries,
           (SELECT count(DISTINCT at) FROM audit_log WHERE entity = 'time_entry')::int AS transactions,
           (SELECT count(*) FROM bench_scratch)::int AS bare`;
  const lines = [
    `sequential, interleaved (${SEQUENTIAL_RUNS} each): time entry median ${seq.a.medianMs.toFixed(2)} ms (p95 ${seq.a.p95Ms.toFixed(2)}) vs bare insert median ${seq.b.medianMs.toFixed(2)} ms (p95 ${seq.b.p95Ms.toFixed(2)})`,
    `single-request latency, time entry / bare insert (medians): **${seq.ratio.toFixed(2)}×** (goal ≤ 1.3×: ${seq.ratio <= 1.3 ? "met" : "NOT met"})`,
    `throughput, ${CONCURRENCY} in flight, 5 alternating rounds of ${perRound} requests: time entries ${a.medianMs.toFixed(0)}/s vs bare inserts ${b.medianMs.toFixed(0)}/s → **${ratio.toFixed(2)}×** (goal ≥ 0.8×: ${ratio >= 0.8 ? "met" : "NOT met"})`,
    // now() is a transaction's start: the entries' audit rows show how many transactions wrote them.
    `rows: ${counts!.entries.toLocaleString("en")} time entries written in ${counts!.transactions.toLocaleString("en")} transactions (group commit), ${counts!.bare.toLocaleString("en")} scratch rows`,
  ];
  for (const l of lines) console.log(l);
  appendSection("Time entries (bench/time-entries.bench.ts)", [
    `Machine: ${machine()}. Embedded PostgreSQL and Redis of \`scripts/bench.sh\` on the same machine; requests through \`app.inject\` on one built API.`,
    `Data: one tenant, ${WORKERS} workers with January–February history, one accepted 60-minute assignment per worker per day from 1 March.`,
    "",
    ...lines.map((l) => `- ${l}`),
  ]);
  await app.close();
  // A ratio is reported, not enforced: timings on a shared machine are no pass/fail (bench/README.md).
  if (ratio < 0.8) console.log("goal of 0.8× not met on this run");
} finally {
  await Promise.allSettled([owner.close(), appDb.close(), redis.quit()]);
  await tdb.drop();
}

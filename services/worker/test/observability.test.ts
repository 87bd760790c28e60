import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { InMemorySpanExporter, inSpan, SpanKind, startTracing, trace, type Tracing } from "@wijkwerk/observability";
import { createRedis, writeOutbox } from "@wijkwerk/queue";
import { dispatcher } from "../src/processors/index.ts";
import "../src/processors/register.ts";
import { startWorkerHttp } from "../src/observability/http.ts";
import { createWorkerMetrics } from "../src/observability/metrics.ts";
import { createQueues } from "../src/queues.ts";
import { relayOnce } from "../src/relay.ts";
import { startRedisServer } from "./redis-server.ts";

/** docs/OBSERVABILITY.md: the worker's /health, /ready, /metrics and its job spans. */
const config = loadConfig();
const exporter = new InMemorySpanExporter();
const prefix = `obs${randomUUID().slice(0, 8)}`;
const tenantId = randomUUID();
let tracing: Tracing | undefined;
let tdb: TestDatabase;
let owner: Database;
let app: Database;
let redis: Awaited<ReturnType<typeof startRedisServer>>;

beforeAll(async () => {
  tracing = startTracing({ service: "worker", exporter });
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 3 });
  app = createDatabase(tdb.appUrl, { max: 3 });
  await app.withTenant(tenantId, (tx) => tx.execute(`INSERT INTO tenants (id, slug, name) VALUES ('${tenantId}', 'gent', 'Gent')` as never));
  redis = await startRedisServer();
}, 60_000);
afterAll(async () => {
  await redis?.stop();
  await Promise.allSettled([owner?.close(), app?.close()]);
  await tdb?.drop();
  await tracing?.shutdown();
});

const get = async (port: number, path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { status: res.status, text: await res.text() };
};

describe("worker observability", () => {
  it("continues the request's trace in the job, serves metrics, and is unready once Redis is down", async () => {
    const producer = createRedis(redis.url, "producer");
    const queues = createQueues(producer, prefix);
    const deps = { config, database: owner };
    const payouts = new Worker("payouts", dispatcher("payouts", deps), { connection: createRedis(redis.url, "worker"), prefix });
    // The send processors need the notification runtime: a stand-in answers as they do ({ status }), to count deliveries by channel.
    const sms = new Worker("sms", async () => ({ status: "sent" }), { connection: createRedis(redis.url, "worker"), prefix });
    const metrics = createWorkerMetrics({ database: owner, queues });
    metrics.watch([payouts, sms]);
    const http = await startWorkerHttp({ port: 0, host: "127.0.0.1", registry: metrics.registry, database: owner, redis: producer, workers: [payouts, sms] });
    try {
      expect((await get(http.port, "/health")).status).toBe(200);
      // Ready once the connections are up and the workers run (a fresh process takes a moment).
      let ready = await get(http.port, "/ready");
      for (let i = 0; i < 50 && ready.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await get(http.port, "/ready");
      }
      expect(ready.status, ready.text).toBe(200);
      expect(JSON.parse(ready.text)).toEqual({ status: "ready", database: true, redis: true, workers: true });

      // "The API": a server span whose transaction writes an outbox row (a payout run to recompute; it does not exist).
      let requestSpan = { traceId: "", spanId: "" };
      await inSpan("POST /v1/payout-runs/:id/regenerate", { kind: SpanKind.SERVER }, async () => {
        requestSpan = trace.getActiveSpan()!.spanContext();
        await app.withTenant(tenantId, (tx) => writeOutbox(tx, tenantId, { topic: "payouts/regenerate", payload: { runId: randomUUID() } }));
      });
      const before = await get(http.port, "/metrics");
      expect(before.text).toMatch(/wijkwerk_outbox_lag_seconds\{[^}]*\} (0\.\d+|[1-9][\d.e+-]*)/);

      const done = new Promise<void>((resolve) => payouts.once("completed", () => resolve()));
      expect(await relayOnce({ database: owner, queues })).toEqual({ relayed: 1, failed: 0 });
      await done;
      const smsDone = new Promise<void>((resolve) => sms.once("completed", () => resolve()));
      await queues.sms.add("send", { tenantId, deliveryId: randomUUID() });
      await smsDone;

      const spans = exporter.getFinishedSpans();
      const producerSpan = spans.find((s) => s.kind === SpanKind.PRODUCER && s.name === "payouts publish regenerate");
      const consumer = spans.find((s) => s.kind === SpanKind.CONSUMER && s.name === "payouts process regenerate");
      expect(producerSpan?.spanContext().traceId).toBe(requestSpan.traceId);
      expect(producerSpan?.parentSpanContext?.spanId).toBe(requestSpan.spanId);
      expect(consumer?.spanContext().traceId).toBe(requestSpan.traceId);
      expect(consumer?.parentSpanContext?.spanId).toBe(producerSpan?.spanContext().spanId);
      // The relay's raw postgres.js queries (database.sql) are spans too, with the statement and never its values.
      const claim = spans.find((s) => s.name === "db SELECT" && String(s.attributes["db.query.text"]).includes("FOR UPDATE SKIP LOCKED"));
      expect(claim?.kind).toBe(SpanKind.CLIENT);
      expect(spans.some((s) => s.name === "db UPDATE outbox" && String(s.attributes["db.query.text"]).includes("relayed_at = now()"))).toBe(true);
      // The job's own database work hangs under the job's span.
      expect(spans.some((s) => s.name.startsWith("db ") && s.parentSpanContext?.spanId === consumer?.spanContext().spanId)).toBe(true);

      const text = (await get(http.port, "/metrics")).text;
      expect(text).toMatch(/wijkwerk_queue_jobs\{[^}]*queue="payouts",state="completed"[^}]*\} 1/);
      expect(text).toMatch(/wijkwerk_queue_jobs\{[^}]*queue="email",state="waiting"[^}]*\} 0/);
      expect(text).toMatch(/wijkwerk_job_duration_seconds_count\{[^}]*queue="payouts",name="regenerate",outcome="ok"[^}]*\} 1/);
      expect(text).toMatch(/wijkwerk_payout_run_duration_seconds_count\{[^}]*step="regenerate",outcome="ok"[^}]*\} 1/);
      expect(text).toMatch(/wijkwerk_outbox_lag_seconds\{[^}]*\} 0\n/);
      expect(text).toMatch(/wijkwerk_deliveries_total\{[^}]*channel="sms",status="sent"[^}]*\} 1/);
      expect(text).toMatch(/wijkwerk_deliveries_open\{[^}]*channel="email",status="queued"[^}]*\} 0/);
      expect(text).toMatch(/wijkwerk_db_pool_max\{[^}]*pool="owner"[^}]*\} 3/);
      expect((await get(http.port, "/metrics")).status).toBe(200);

      await redis.stop();
      const down = await get(http.port, "/ready");
      expect(down.status).toBe(503);
      expect(JSON.parse(down.text)).toMatchObject({ status: "unavailable", database: true, redis: false });
      // Still served without Redis: the queue depths are left out of this scrape.
      const partial = await get(http.port, "/metrics");
      expect(partial.status).toBe(200);
      expect(partial.text).not.toMatch(/wijkwerk_queue_jobs\{/);
      expect(partial.text).toMatch(/wijkwerk_outbox_lag_seconds\{[^}]*\} 0\n/);
      expect((await get(http.port, "/health")).status).toBe(200);
    } finally {
      await http.close();
      await Promise.race([Promise.allSettled([payouts.close(true), sms.close(true)]), new Promise((r) => setTimeout(r, 3000))]);
      producer.disconnect();
    }
  }, 60_000);

  it("refuses /metrics to other hosts without a token, and wants the token when one is set", async () => {
    const { registry } = createWorkerMetrics({ database: owner, queues: {} as never });
    const connection = createRedis(redis.url, "producer");
    const open = await startWorkerHttp({ port: 0, host: "127.0.0.1", registry, database: owner, redis: connection, workers: [] });
    const guarded = await startWorkerHttp({
      port: 0,
      host: "127.0.0.1",
      registry,
      metricsToken: "metrics-token-0123456789",
      database: owner,
      redis: connection,
      workers: [],
    });
    try {
      expect((await get(open.port, "/metrics")).status).toBe(200);
      expect((await get(guarded.port, "/metrics")).status).toBe(401);
      expect((await get(guarded.port, "/metrics", { authorization: "Bearer metrics-token-0123456789" })).status).toBe(200);
      // No queue workers running: not ready.
      expect((await get(open.port, "/ready")).status).toBe(503);
    } finally {
      await Promise.all([open.close(), guarded.close()]);
      connection.disconnect();
    }
  });
});

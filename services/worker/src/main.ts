import { Worker } from "bullmq";
import { loadConfig } from "@wijkwerk/config";
import { installKeyring, Keyring } from "@wijkwerk/crypto";
import { createDatabase } from "@wijkwerk/db";
import { createLogger } from "@wijkwerk/log";
import { createRedis, jobRequestId, QUEUES, type QueueName } from "@wijkwerk/queue";
import { dispatcher, type ProcessorDeps } from "./processors/index.ts";
import "./processors/register.ts";
import { createQueues } from "./queues.ts";
import { startRelay } from "./relay.ts";
import { closeNotifyRuntime, createNotifyRuntime } from "./notifications/runtime.ts";
import { startTracing } from "@wijkwerk/observability";
import { startWorkerHttp } from "./observability/http.ts";
import { createWorkerMetrics } from "./observability/metrics.ts";

/**
 * The worker process: relays the outbox into BullMQ and runs the job handlers. It has its own
 * Redis connections; on SIGTERM it stops taking jobs, lets running ones finish, then exits.
 */
const config = loadConfig();
// The retention sweep writes encrypted placeholders: the configured keys, never the development ones.
installKeyring(Keyring.fromConfig(config));
// Before anything opens a span: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/OBSERVABILITY.md).
const tracing = startTracing({ service: "worker", endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
// Structured JSON lines (pino), level from LOG_LEVEL, secrets redacted (@wijkwerk/log).
const logger = createLogger({ service: "worker", level: config.LOG_LEVEL });
const log = (msg: string, extra: Record<string, unknown> = {}) => logger.info(extra, msg);
const database = createDatabase(config.DATABASE_URL, {
  max: 10,
  connectTimeoutSeconds: config.DATABASE_CONNECT_TIMEOUT_SECONDS,
  reconnectMaxSeconds: config.DATABASE_RECONNECT_MAX_SECONDS,
});
const producer = createRedis(config, "producer");
const queues = createQueues(producer, config.REDIS_PREFIX);
// Transports are built once: the SMTP pool is shared by all concurrent email jobs.
const notify = createNotifyRuntime(config, queues);
const deps: ProcessorDeps = { config, database, notify, log: logger };

const workers = (Object.values(QUEUES) as QueueName[]).map(
  (name) =>
    new Worker(name, dispatcher(name, deps), {
      connection: createRedis(config, "worker"),
      prefix: config.REDIS_PREFIX,
      concurrency: name === "email" || name === "sms" ? 20 : 5,
      // A worker killed mid-job gives the job back once its lock runs out (send.ts re-sends with the same key).
      lockDuration: config.WORKER_LOCK_SECONDS * 1000,
      stalledInterval: config.WORKER_LOCK_SECONDS * 1000,
    }),
);
for (const w of workers) {
  w.on("failed", (job, err) =>
    logger.warn(
      { queue: w.name, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, requestId: jobRequestId(job?.data), error: err.message },
      "job gave up or will retry",
    ),
  );
  w.on("error", (err) => logger.error({ queue: w.name, error: err.message }, "worker error"));
}
// The relay only reports trouble (a failed or erroring batch).
const relay = startRelay({ database, queues, log: (msg, extra = {}) => logger.warn(extra, msg) });
const metrics = createWorkerMetrics({ database, queues });
metrics.watch(workers);
// /health, /ready and /metrics (docs/OBSERVABILITY.md "Health and readiness").
const http = await startWorkerHttp({
  port: config.WORKER_PORT,
  host: config.WORKER_HOST,
  registry: metrics.registry,
  metricsToken: config.METRICS_TOKEN,
  database,
  redis: producer,
  workers,
});
// Proposal expiry sweep; upsert keeps one schedule however many worker replicas start.
await queues.maintenance.upsertJobScheduler("assignments.expire", { every: 5 * 60_000 }, { name: "assignments.expire" });
// RULES §5 auto-confirmation hourly; RULES §4 voucher expiry daily shortly after midnight in Brussels.
await queues.maintenance.upsertJobScheduler("time_entries.auto_confirm", { pattern: "7 * * * *" }, { name: "time_entries.auto_confirm" });
await queues.maintenance.upsertJobScheduler("vouchers.expire", { pattern: "17 0 * * *", tz: "Europe/Brussels" }, { name: "vouchers.expire" });
// Agreements ending within the tenant's notice days: daily at 06:27 Brussels, each told once.
await queues.maintenance.upsertJobScheduler("agreements.ending", { pattern: "27 6 * * *", tz: "Europe/Brussels" }, { name: "agreements.ending" });
// Issue 19: the client's question about last month's work, on the 12th (after the confirm window auto-confirmed the month's last hours).
await queues.maintenance.upsertJobScheduler("client_feedback.ask", { pattern: "0 10 12 * *", tz: "Europe/Brussels" }, { name: "client_feedback.ask" });
// Issue 19: the worker's follow-up SMS 9 months after the exit, daily at 10:15 Brussels, each exit asked once.
await queues.maintenance.upsertJobScheduler("exit_follow_up.ask", { pattern: "15 10 * * *", tz: "Europe/Brussels" }, { name: "exit_follow_up.ask" });
// Issue 20: the retention sweep (docs/PRIVACY.md), daily at 03:40 Brussels; one schedule however many replicas start.
await queues.maintenance.upsertJobScheduler("privacy.retention", { pattern: "40 3 * * *", tz: "Europe/Brussels" }, { name: "privacy.retention" });
// Deliveries whose send job got lost (Redis without persistence restarted) are enqueued again.
await queues.maintenance.upsertJobScheduler("deliveries.requeue", { every: 60_000 }, { name: "deliveries.requeue" });
log("worker started", { queues: Object.values(QUEUES), port: http.port });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log("shutting down", { signal });
  await relay.stop();
  await Promise.allSettled(workers.map((w) => w.close()));
  await Promise.allSettled(Object.values(queues).map((q) => q.close()));
  await closeNotifyRuntime(notify);
  await http.close();
  await tracing?.shutdown();
  await Promise.allSettled([database.close(), producer.quit()]);
  log("stopped");
  process.exit(0);
}
/**
 * A connection that breaks under a listener (the outbox LISTEN of postgres.js during a database
 * outage) can surface as a rejection nobody awaits. Losing a connection is not a reason to die: the
 * relay polls and reconnects. Anything else still stops the process, for the supervisor to restart.
 */
const CONNECTION_LOST = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
process.on("unhandledRejection", (reason) => {
  const code = (reason as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && CONNECTION_LOST.has(code)) {
    logger.warn({ error: code }, "connection lost");
    return;
  }
  logger.fatal({ error: reason instanceof Error ? reason.message : String(reason) }, "unhandled rejection");
  logger.flush();
  process.exit(1);
});
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

import { UnrecoverableError, type Job, type Queue, type Worker } from "bullmq";
import type { Database } from "@wijkwerk/db";
import { Counter, createRegistry, DURATION_BUCKETS, Gauge, Histogram, registerPoolMetrics, type Registry } from "@wijkwerk/observability";
import { QUEUES, type QueueName } from "@wijkwerk/queue";

const JOB_STATES = ["waiting", "active", "delayed", "prioritized", "waiting-children", "failed", "completed", "paused"] as const;
const JOB_BUCKETS = [...DURATION_BUCKETS, 60, 120, 300];

export interface WorkerMetrics {
  registry: Registry;
  /** Times the jobs of these workers (and counts deliveries, payout runs) from their events. */
  watch(workers: Worker[]): void;
}

/**
 * The worker's /metrics (docs/OBSERVABILITY.md "Metrics"): queue depths per queue and state (read
 * from BullMQ when scraped), job durations per queue, the outbox lag, deliveries by channel and
 * status, payout run durations and the database pool.
 */
export function createWorkerMetrics(deps: { database: Database; queues: Record<QueueName, Queue> }): WorkerMetrics {
  const { database, queues } = deps;
  const registry = createRegistry("worker");
  registerPoolMetrics(registry, { owner: database.stats });

  new Gauge({
    name: "wijkwerk_queue_jobs",
    help: "Jobs in each BullMQ queue by state (waiting, active, delayed, failed, …), read when scraped",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      // Redis away: no depths in this scrape (an absent series, not a false 0), the rest still served.
      await Promise.all(
        Object.entries(queues).map(async ([name, queue]) => {
          const counts = await queue.getJobCounts(...JOB_STATES).catch(() => undefined);
          if (counts) for (const state of JOB_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
        }),
      );
    },
  });
  new Gauge({
    name: "wijkwerk_outbox_lag_seconds",
    help: "Age of the oldest outbox row that is due and not yet relayed to BullMQ (0 when none)",
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await database.sql<{ lag: number | null }[]>`
        SELECT extract(epoch FROM now() - min(available_at))::float8 AS lag FROM outbox WHERE relayed_at IS NULL AND available_at <= now()`.catch(
        () => undefined,
      );
      if (rows) this.set(Math.max(0, rows[0]?.lag ?? 0));
    },
  });
  new Gauge({
    name: "wijkwerk_deliveries_open",
    help: "Deliveries (e-mail, SMS) not yet sent or given up, by channel and status (queued, sending)",
    labelNames: ["channel", "status"],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await database.sql<{ channel: string; status: string; n: number }[]>`
        SELECT channel, status, count(*)::int AS n FROM deliveries WHERE status IN ('queued', 'sending') GROUP BY channel, status`.catch(() => undefined);
      if (!rows) return;
      for (const channel of ["email", "sms"]) for (const status of ["queued", "sending"]) this.set({ channel, status }, 0);
      for (const r of rows) this.set({ channel: r.channel, status: r.status }, r.n);
    },
  });
  const deliveries = new Counter({
    name: "wijkwerk_deliveries_total",
    help: "Send attempts of this process by channel and outcome: sent, failed (given up), retry (will be tried again), or the status found (already sent)",
    labelNames: ["channel", "status"],
    registers: [registry],
  });
  const jobs = new Histogram({
    name: "wijkwerk_job_duration_seconds",
    help: "Duration of the jobs this process ran, by queue, job name and outcome",
    labelNames: ["queue", "name", "outcome"],
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const payoutRuns = new Histogram({
    name: "wijkwerk_payout_run_duration_seconds",
    help: "Duration of preparing (api) or recomputing (worker) a payout run",
    labelNames: ["step", "outcome"],
    buckets: JOB_BUCKETS,
    registers: [registry],
  });

  const seconds = (job: Job) => (job.finishedOn && job.processedOn ? Math.max(0, job.finishedOn - job.processedOn) / 1000 : undefined);
  const observe = (queue: string, job: Job, outcome: "ok" | "error") => {
    const s = seconds(job);
    if (s === undefined) return;
    jobs.observe({ queue, name: job.name, outcome }, s);
    if (queue === QUEUES.payouts && job.name === "regenerate") payoutRuns.observe({ step: "regenerate", outcome }, s);
  };
  const isChannel = (queue: string) => queue === QUEUES.email || queue === QUEUES.sms;

  return {
    registry,
    watch(workers) {
      for (const w of workers) {
        w.on("completed", (job, result: unknown) => {
          observe(w.name, job, "ok");
          if (isChannel(w.name)) deliveries.inc({ channel: w.name, status: String((result as { status?: unknown } | undefined)?.status ?? "unknown") });
        });
        w.on("failed", (job, err) => {
          if (!job) return;
          observe(w.name, job, "error");
          if (isChannel(w.name)) {
            const final = err instanceof UnrecoverableError || err?.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
            deliveries.inc({ channel: w.name, status: final ? "failed" : "retry" });
          }
        });
      }
    },
  };
}

import type { Queue } from "bullmq";
import type { Database } from "@wijkwerk/db";
import { contextFrom, inSpan, SpanKind, traceCarrier, tracingEnabled } from "@wijkwerk/observability";
import { JOB_REQUEST_ID, splitTopic, TRACE_KEY, type QueueName } from "@wijkwerk/queue";

export interface RelayOptions {
  /** Owner connection: the relay works across tenants (see packages/db README). */
  database: Database;
  queues: Record<QueueName, Queue>;
  batchSize?: number;
  /** How long one enqueue may take before Redis counts as down. */
  enqueueTimeoutMs?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

interface Row {
  tenant_id: string;
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  request_id: string | null;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with SKIP LOCKED so several relays can
 * run; the BullMQ jobId is the outbox id, so a row relayed twice (crash between add and mark)
 * still makes one job. When Redis is unreachable the rows stay, with a back-off, until it is back.
 */
export async function relayOnce(opts: RelayOptions): Promise<{ relayed: number; failed: number }> {
  const { database, queues } = opts;
  const batchSize = opts.batchSize ?? 200;
  const timeout = opts.enqueueTimeoutMs ?? 3000;
  return database.sql.begin(async (tx) => {
    const rows = await tx<Row[]>`
      SELECT tenant_id, id, topic, payload, attempts, request_id FROM outbox
      WHERE relayed_at IS NULL AND available_at <= now()
      ORDER BY available_at, created_at
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    let relayed = 0;
    let failed = 0;
    const done: string[] = [];
    for (const row of rows) {
      try {
        const { queue, job } = splitTopic(row.topic);
        const q = queues[queue];
        await enqueue(q, job, row, timeout);
        done.push(row.id);
        relayed++;
      } catch (err) {
        failed++;
        const message = err instanceof Error ? err.message : String(err);
        // Back off up to a minute; the row is never dropped.
        await tx`UPDATE outbox SET attempts = attempts + 1, last_error = ${message.slice(0, 500)},
                 available_at = now() + least(interval '60 seconds', interval '500 milliseconds' * power(2, least(attempts, 7)))
                 WHERE tenant_id = ${row.tenant_id} AND id = ${row.id}`;
        opts.log?.("outbox relay failed", { id: row.id, topic: row.topic, error: message });
        // Redis is most likely down: stop this batch instead of timing out on every row.
        break;
      }
    }
    if (done.length > 0) await tx`UPDATE outbox SET relayed_at = now() WHERE id = ANY(${done}::uuid[]) AND relayed_at IS NULL`;
    return { relayed, failed };
  });
}

/**
 * q.add, traced when tracing is on: a producer span, a child of the request that wrote the row (its
 * `_trace`), whose own context replaces `_trace` in the job's data, so the job continues the trace.
 */
async function enqueue(q: Queue, job: string, row: Row, timeout: number): Promise<void> {
  // The request that wrote the row travels with the job, for the worker's logs and deliveries.
  const payload = row.request_id ? { ...row.payload, [JOB_REQUEST_ID]: row.request_id } : row.payload;
  if (!tracingEnabled()) {
    await withTimeout(q.add(job, payload, { jobId: row.id }), timeout);
    return;
  }
  await inSpan(
    `${q.name} publish ${job}`,
    {
      kind: SpanKind.PRODUCER,
      parent: contextFrom(row.payload[TRACE_KEY]),
      attributes: { "messaging.system": "bullmq", "messaging.destination.name": q.name, "messaging.operation.type": "send", "messaging.message.id": row.id },
    },
    async () => {
      await withTimeout(q.add(job, { ...payload, [TRACE_KEY]: traceCarrier() }, { jobId: row.id }), timeout);
    },
  );
}

/** Runs relayOnce on NOTIFY and at least every `intervalMs`, until stop() is called. */
export function startRelay(opts: RelayOptions & { intervalMs?: number }): { stop(): Promise<void>; kick(): void } {
  let stopped = false;
  let wake: (() => void) | undefined;
  const kick = () => wake?.();
  const listening = opts.database.sql.listen("outbox", kick).catch(() => undefined);
  const loop = (async () => {
    while (!stopped) {
      let result = { relayed: 0, failed: 0 };
      try {
        result = await relayOnce(opts);
      } catch (err) {
        opts.log?.("outbox relay error", { error: err instanceof Error ? err.message : String(err) });
      }
      if (stopped) break;
      // A full batch means more may be waiting: go again at once.
      if (result.relayed >= (opts.batchSize ?? 200)) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.intervalMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    kick,
    stop: async () => {
      stopped = true;
      kick();
      await loop;
      const l = await listening;
      await l?.unlisten().catch(() => undefined);
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms))),
  ]);
}

import { UnrecoverableError, type Job } from "bullmq";
import type { Config } from "@wijkwerk/config";
import type { Database } from "@wijkwerk/db";
import type { Logger } from "@wijkwerk/log";
import { contextFrom, inSpan, SpanKind } from "@wijkwerk/observability";
import { jobRequestId, TRACE_KEY, type QueueName } from "@wijkwerk/queue";
import type { NotifyRuntime } from "../notifications/runtime.ts";

export interface ProcessorDeps {
  config: Config;
  /** Owner connection for cross-tenant sweeps; per-tenant work uses database.withTenant. */
  database: Database;
  /** Renderer, transports and the email/sms queues; absent in processes that send no messages. */
  notify?: NotifyRuntime;
  /**
   * The process logger (pino). Inside a handler it is the job's child logger: every line carries
   * queue, job name, job id and the request id the job came from (issue 21). Absent = no logs.
   */
  log?: Logger;
}

export type Processor = (job: Job, deps: ProcessorDeps) => Promise<unknown>;

/**
 * Job handlers per queue and job name. Capabilities register theirs here; a job without a
 * handler fails permanently (visible in BullMQ's failed set) instead of vanishing.
 */
export const processors: Partial<Record<QueueName, Record<string, Processor>>> = {};

export function registerProcessors(queue: QueueName, handlers: Record<string, Processor>): void {
  processors[queue] = { ...processors[queue], ...handlers };
}

/**
 * The function a BullMQ Worker on `queue` runs: the registered handler for the job's name, or a
 * permanent failure. With tracing on it runs in a consumer span that continues the trace carried
 * in the job's data (the relay's publish span, itself a child of the request that wrote the outbox row).
 */
export function dispatcher(queue: QueueName, deps: ProcessorDeps): (job: Job) => Promise<unknown> {
  return async (job) => {
    const requestId = jobRequestId(job.data);
    const log = deps.log?.child({ queue, job: job.name, jobId: job.id, ...(requestId ? { requestId } : {}) });
    const handler = processors[queue]?.[job.name];
    if (!handler) {
      log?.error("no handler for this job");
      throw new UnrecoverableError(`No handler for ${queue}/${job.name}`);
    }
    const run = async () => {
      const started = Date.now();
      log?.debug({ attempt: job.attemptsMade + 1 }, "job started");
      try {
        const result = await handler(job, log ? { ...deps, log } : deps);
        log?.info({ ms: Date.now() - started }, "job done");
        return result;
      } catch (err) {
        // The message only: an error's other fields may hold what the job was working on.
        log?.warn({ ms: Date.now() - started, attempt: job.attemptsMade + 1, error: err instanceof Error ? err.message : String(err) }, "job failed");
        throw err;
      }
    };
    return inSpan(
      `${queue} process ${job.name}`,
      {
        kind: SpanKind.CONSUMER,
        parent: contextFrom((job.data as Record<string, unknown> | undefined)?.[TRACE_KEY]),
        attributes: {
          "messaging.system": "bullmq",
          "messaging.destination.name": queue,
          "messaging.operation.type": "process",
          "messaging.message.id": job.id ?? "",
          "bullmq.job.name": job.name,
          "bullmq.job.attempt": job.attemptsMade + 1,
        },
      },
      run,
    );
  };
}

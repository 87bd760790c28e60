import { Queue, type ConnectionOptions } from "bullmq";
import { Redis } from "ioredis";
import type { QueueName } from "./topics.ts";

/**
 * Workers need maxRetriesPerRequest: null (BullMQ blocks on Redis); producers should fail fast
 * when Redis is down so the outbox keeps the message instead of hanging a request.
 */
export function createRedis(url: string, role: "worker" | "producer"): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === "worker" ? null : 1,
    enableOfflineQueue: role === "worker",
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

export function createQueue(name: QueueName, connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(name, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 8, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: { count: 5000 }, removeOnFail: { count: 20000 } },
  });
}

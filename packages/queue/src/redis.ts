import { Queue, type ConnectionOptions } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import type { QueueName } from "./topics.ts";

/** The Redis settings of the config (packages/config): a plain URL, or Sentinel (issue 21). */
export interface RedisSettings {
  REDIS_URL: string;
  /** "host:port,host:port" of the sentinels; absent = REDIS_URL is the server itself. */
  REDIS_SENTINELS?: string | undefined;
  REDIS_MASTER_NAME?: string | undefined;
}

/**
 * The one place that builds ioredis connections (BullMQ queues and workers, the outbox relay,
 * rate limits). Workers need maxRetriesPerRequest: null (BullMQ blocks on Redis); producers should
 * fail fast when Redis is down so the outbox keeps the message instead of hanging a request.
 *
 * With sentinels, ioredis asks them for the primary of REDIS_MASTER_NAME on every (re)connect and
 * listens for +switch-master (failoverDetector): after a failover it connects to the new primary.
 * A connection still on a demoted primary gets READONLY on writes: that reconnects too, and the
 * command is sent again to whoever is primary now.
 */
export function createRedis(target: string | RedisSettings, role: "worker" | "producer"): Redis {
  const settings: RedisSettings = typeof target === "string" ? { REDIS_URL: target } : target;
  const common: RedisOptions = {
    maxRetriesPerRequest: role === "worker" ? null : 1,
    enableOfflineQueue: role === "worker",
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  if (!settings.REDIS_SENTINELS) return new Redis(settings.REDIS_URL, common);
  return new Redis({ ...common, ...sentinelOptions(settings) });
}

/** ioredis options for Sentinel: the sentinels, the primary's name, and what REDIS_URL says of auth and database. */
export function sentinelOptions(settings: RedisSettings): RedisOptions {
  const url = new URL(settings.REDIS_URL);
  const db = Number(url.pathname.replace(/^\//, "") || 0);
  return {
    sentinels: settings.REDIS_SENTINELS!.split(",").map((hp) => {
      const [host, port] = hp.trim().split(":");
      return { host: host!, port: Number(port) };
    }),
    name: settings.REDIS_MASTER_NAME ?? "wijkwerk",
    role: "master",
    db,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    failoverDetector: true,
    sentinelRetryStrategy: (times: number) => Math.min(times * 200, 2000),
    reconnectOnError: (err: Error) => (err.message.startsWith("READONLY") ? 2 : false),
  };
}

export function createQueue(name: QueueName, connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(name, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 8, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: { count: 5000 }, removeOnFail: { count: 20000 } },
  });
}

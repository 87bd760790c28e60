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
  return keepFollowing(new Redis({ ...common, ...sentinelOptions(settings) }));
}

/**
 * ioredis 5 gives a connection up for good ("end": every command then fails with "Connection is
 * closed.") when one reconnect attempt rejects, and a Sentinel reconnect rejects when the failover
 * detector disconnects it while it is still asking the sentinels: exactly what happens around a
 * failover. Found by the Sentinel scenario (services/worker/test/scale), where the outbox relay
 * stayed on its closed producer connection. So a connection that ends without being closed on
 * purpose connects again; so do its duplicates (BullMQ duplicates a worker's connection for its
 * blocking reads).
 */
export function keepFollowing(redis: Redis, retryMs = 500): Redis {
  let closedOnPurpose = false;
  const quit = redis.quit.bind(redis);
  const disconnect = redis.disconnect.bind(redis);
  const duplicate = redis.duplicate.bind(redis);
  redis.quit = ((...args: Parameters<Redis["quit"]>) => {
    closedOnPurpose = true;
    return quit(...args);
  }) as Redis["quit"];
  redis.disconnect = (reconnect = false) => {
    if (!reconnect) closedOnPurpose = true;
    disconnect(reconnect);
  };
  redis.duplicate = (override) => keepFollowing(duplicate(override), retryMs);
  redis.on("end", () => {
    if (closedOnPurpose) return;
    setTimeout(() => {
      if (!closedOnPurpose && redis.status === "end") redis.connect().catch(() => undefined);
    }, retryMs).unref();
  });
  return redis;
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

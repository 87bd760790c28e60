import { createRequire } from "node:module";
import type { Redis } from "ioredis";

/**
 * A counter store for @fastify/rate-limit that counts in Redis (shared by all API replicas) and,
 * while Redis is unreachable, in this process: the limits hold per replica instead of vanishing,
 * and a Redis outage never turns a request into a 500 (issue 13 items 9 and 12).
 */
interface Counted {
  current: number;
  ttl: number;
}
type Callback = (err: Error | null, result?: Counted) => void;
interface Store {
  // The plugin always passes the window and the maximum; its type declarations still omit them.
  incr(key: string, cb: Callback, timeWindow?: number, max?: number): void;
  child(routeOptions: unknown): Store;
}
type StoreConstructor = new (continueExceeding: boolean, exponentialBackoff: boolean, ...rest: unknown[]) => Store;

// The plugin's own stores (CommonJS files, no type declarations).
const require = createRequire(import.meta.url);
const RedisStore = require("@fastify/rate-limit/store/RedisStore.js") as StoreConstructor;
const LocalStore = require("@fastify/rate-limit/store/LocalStore.js") as StoreConstructor;

class FallbackStore implements Store {
  constructor(
    private readonly remote: Store,
    private readonly local: Store,
  ) {}
  incr(key: string, cb: Callback, timeWindow?: number, max?: number): void {
    this.remote.incr(key, (err, result) => (err ? this.local.incr(key, cb, timeWindow, max) : cb(null, result)), timeWindow, max);
  }
  child(routeOptions: unknown): Store {
    return new FallbackStore(this.remote.child(routeOptions), this.local.child(routeOptions));
  }
}

/** The `store` option of @fastify/rate-limit: a class the plugin constructs with its options. */
export function fallbackStore(redis: Redis, nameSpace: string) {
  return class extends FallbackStore {
    constructor(options: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
      const continueExceeding = options.continueExceeding ?? false;
      const exponentialBackoff = options.exponentialBackoff ?? false;
      super(new RedisStore(continueExceeding, exponentialBackoff, redis, nameSpace), new LocalStore(continueExceeding, exponentialBackoff));
    }
  };
}

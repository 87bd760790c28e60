import type { Redis } from "ioredis";

export interface FailureRules {
  /** Failures allowed without waiting. */
  free: number;
  /** The first wait after those, in seconds; it doubles with every further failure. */
  delaySeconds: number;
  /** Failures are forgotten this long after the last one; also the longest wait. */
  windowSeconds: number;
}

/** Accounts × addresses counted in this process while Redis is unreachable (~200 bytes each). */
export const LOCAL_LIMIT = 10_000;

/** How long to wait after the n-th failure in a row: nothing, then delay, 2×delay, 4×delay … up to the window. */
export function waitAfterFailures(n: number, rules: FailureRules): number {
  if (n < rules.free) return 0;
  return Math.min(rules.windowSeconds, rules.delaySeconds * 2 ** (n - rules.free));
}

/**
 * Failed sign-ins per account *and address* (issue 13 item 12): a stranger who types wrong
 * passwords for someone else's account only slows down themselves, never the owner at another
 * address. Each failure past `free` makes the next try wait longer (progressive delay); a
 * successful sign-in from that address clears the count. Counted in Redis, shared by all API
 * replicas; while Redis is unreachable (issue 13 item 9), in this process.
 */
export function createFailureCounter(redis: Redis, prefix: string, rules: FailureRules, localLimit = LOCAL_LIMIT) {
  const keys = (scope: string, account: string, ip: string) => {
    const base = `${prefix}:fail:${scope}:${account.toLowerCase()}:${ip}`;
    return { count: `${base}:n`, wait: `${base}:wait` };
  };
  // Filled only during an outage, by whoever tries passwords: bounded so that trying many accounts
  // or addresses cannot grow the process without end. Forgotten entries go first, then the oldest.
  const local = new Map<string, { count: number; forgetAt: number; waitUntil: number }>();
  const makeRoom = () => {
    if (local.size < localLimit) return;
    const now = Date.now();
    for (const [k, e] of local) if (e.forgetAt <= now) local.delete(k);
    for (const k of local.keys()) {
      if (local.size < localLimit) break;
      local.delete(k);
    }
  };
  const localEntry = (k: string) => {
    const e = local.get(k);
    if (e && e.forgetAt > Date.now()) return e;
    local.delete(k);
    return undefined;
  };
  const orLocal = async <T>(remote: () => Promise<T>, nearby: () => T): Promise<T> => {
    try {
      return await remote();
    } catch {
      return nearby();
    }
  };
  return {
    /** Seconds to wait before this address may try this account again, or false. */
    async blocked(scope: string, account: string, ip: string): Promise<number | false> {
      const k = keys(scope, account, ip);
      return orLocal(
        async () => {
          const ms = await redis.pttl(k.wait);
          return ms > 0 ? Math.ceil(ms / 1000) : false;
        },
        () => {
          const e = localEntry(k.count);
          const ms = e ? e.waitUntil - Date.now() : 0;
          return ms > 0 ? Math.ceil(ms / 1000) : false;
        },
      );
    },
    async fail(scope: string, account: string, ip: string): Promise<void> {
      const k = keys(scope, account, ip);
      await orLocal(
        async () => {
          const [[, n]] = (await redis.multi().incr(k.count).expire(k.count, rules.windowSeconds).exec()) as [[Error | null, number]];
          const wait = waitAfterFailures(n, rules);
          if (wait > 0) await redis.set(k.wait, "1", "EX", wait);
        },
        () => {
          let e = localEntry(k.count);
          if (!e) {
            makeRoom();
            e = { count: 0, forgetAt: 0, waitUntil: 0 };
          }
          e.count++;
          e.forgetAt = Date.now() + rules.windowSeconds * 1000;
          e.waitUntil = Date.now() + waitAfterFailures(e.count, rules) * 1000;
          local.set(k.count, e);
        },
      );
    },
    async clear(scope: string, account: string, ip: string): Promise<void> {
      const k = keys(scope, account, ip);
      local.delete(k.count);
      await orLocal(
        async () => void (await redis.del(k.count, k.wait)),
        () => undefined,
      );
    },
  };
}

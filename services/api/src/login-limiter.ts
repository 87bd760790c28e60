import type { Redis } from "ioredis";

/**
 * Counts failed sign-ins per tenant + account in Redis (shared by all API replicas). After
 * `max` failures within `windowSeconds` further attempts are refused until the window passes;
 * a successful sign-in clears the count.
 *
 * While Redis is unreachable (issue 13 item 9: sign-in answered 500 "Stream isn't writeable"),
 * the count is kept in this process instead: sign-in keeps working and stays limited, per replica,
 * until Redis is back.
 */
export function createLoginLimiter(redis: Redis, prefix: string, max: number, windowSeconds: number) {
  const key = (tenant: string, account: string) => `${prefix}:login-fail:${tenant}:${account.toLowerCase()}`;
  const local = new Map<string, { count: number; until: number }>();
  const localEntry = (k: string) => {
    const e = local.get(k);
    if (e && e.until > Date.now()) return e;
    local.delete(k);
    return undefined;
  };
  const fallback = async <T>(remote: () => Promise<T>, nearby: () => T): Promise<T> => {
    try {
      return await remote();
    } catch {
      return nearby();
    }
  };
  return {
    async blocked(tenant: string, account: string): Promise<number | false> {
      const k = key(tenant, account);
      return fallback(
        async () => {
          const count = Number((await redis.get(k)) ?? 0);
          if (count < max) return false;
          const ttl = await redis.ttl(k);
          return ttl > 0 ? ttl : windowSeconds;
        },
        () => {
          const e = localEntry(k);
          return e && e.count >= max ? Math.ceil((e.until - Date.now()) / 1000) : false;
        },
      );
    },
    async fail(tenant: string, account: string): Promise<void> {
      const k = key(tenant, account);
      await fallback(
        async () => {
          const n = await redis.incr(k);
          if (n === 1) await redis.expire(k, windowSeconds);
        },
        () => {
          const e = localEntry(k) ?? { count: 0, until: Date.now() + windowSeconds * 1000 };
          e.count++;
          local.set(k, e);
        },
      );
    },
    async clear(tenant: string, account: string): Promise<void> {
      const k = key(tenant, account);
      local.delete(k);
      await fallback(
        async () => void (await redis.del(k)),
        () => undefined,
      );
    },
  };
}

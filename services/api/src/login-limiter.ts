import type { Redis } from "ioredis";

/**
 * Counts failed sign-ins per tenant + account in Redis (shared by all API replicas). After
 * `max` failures within `windowSeconds` further attempts are refused until the window passes;
 * a successful sign-in clears the count.
 */
export function createLoginLimiter(redis: Redis, prefix: string, max: number, windowSeconds: number) {
  const key = (tenant: string, account: string) => `${prefix}:login-fail:${tenant}:${account.toLowerCase()}`;
  return {
    async blocked(tenant: string, account: string): Promise<number | false> {
      const k = key(tenant, account);
      const count = Number((await redis.get(k)) ?? 0);
      if (count < max) return false;
      const ttl = await redis.ttl(k);
      return ttl > 0 ? ttl : windowSeconds;
    },
    async fail(tenant: string, account: string): Promise<void> {
      const k = key(tenant, account);
      const n = await redis.incr(k);
      if (n === 1) await redis.expire(k, windowSeconds);
    },
    async clear(tenant: string, account: string): Promise<void> {
      await redis.del(key(tenant, account));
    },
  };
}

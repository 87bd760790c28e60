import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createFailureCounter } from "../src/limits/failures.ts";

/**
 * The failure counter while Redis is unreachable (a real client with nothing listening at its
 * port, so every command fails at once): it counts in this process, and that count is bounded.
 */
const down = new Redis({ host: "127.0.0.1", port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
afterAll(() => down.disconnect());
const rules = { free: 0, delaySeconds: 60, windowSeconds: 600 };

describe("failed sign-ins during a Redis outage", () => {
  it("still make the next try wait, per account and address", async () => {
    const failures = createFailureCounter(down, "t", rules);
    expect(await failures.blocked("staff", "a@example.be", "10.0.0.1")).toBe(false);
    await failures.fail("staff", "a@example.be", "10.0.0.1");
    expect(await failures.blocked("staff", "a@example.be", "10.0.0.1")).toBeGreaterThan(0);
    expect(await failures.blocked("staff", "a@example.be", "10.0.0.2")).toBe(false);
    await failures.clear("staff", "a@example.be", "10.0.0.1");
    expect(await failures.blocked("staff", "a@example.be", "10.0.0.1")).toBe(false);
  });

  it("keep at most the given number of accounts × addresses, the most recent ones", async () => {
    const failures = createFailureCounter(down, "t", rules, 3);
    const ips = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"];
    for (const ip of ips) await failures.fail("staff", "a@example.be", ip);
    const waiting = async (ip: string) => (await failures.blocked("staff", "a@example.be", ip)) !== false;
    expect(await Promise.all(ips.map(waiting))).toEqual([false, false, true, true, true]);
    // A further failure of a counted one does not evict another.
    await failures.fail("staff", "a@example.be", "10.0.0.5");
    expect(await Promise.all(ips.map(waiting))).toEqual([false, false, true, true, true]);
  });
});

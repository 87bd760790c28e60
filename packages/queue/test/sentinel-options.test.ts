import { describe, expect, it } from "vitest";
import { sentinelOptions } from "../src/redis.ts";

// Issue 21: with REDIS_SENTINELS the connection asks the sentinels for the primary and follows failovers.
describe("sentinelOptions", () => {
  it("lists the sentinels and takes auth and database index from REDIS_URL", () => {
    const o = sentinelOptions({
      REDIS_URL: "redis://:s%40cret@ignored:6379/12",
      REDIS_SENTINELS: "127.0.0.1:41101, 127.0.0.1:41102",
      REDIS_MASTER_NAME: "main",
    });
    expect(o.sentinels).toEqual([
      { host: "127.0.0.1", port: 41101 },
      { host: "127.0.0.1", port: 41102 },
    ]);
    expect(o).toMatchObject({ name: "main", role: "master", db: 12, password: "s@cret", failoverDetector: true });
  });
  it("reconnects on READONLY (a demoted primary) and on nothing else", () => {
    const o = sentinelOptions({ REDIS_URL: "redis://x", REDIS_SENTINELS: "a:1" });
    const reconnect = o.reconnectOnError as (e: Error) => boolean | 1 | 2;
    expect(reconnect(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(reconnect(new Error("ERR wrong number of arguments"))).toBe(false);
    expect(o.db).toBe(0);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { keepFollowing } from "../src/redis.ts";

// Issue 21: ioredis ends a connection for good when one reconnect attempt fails (around a Sentinel
// failover); keepFollowing connects it again unless it was closed on purpose. A retryStrategy that
// gives up stands in for the failed attempt: killing the connection then ends it, as the race does.
const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const open: Redis[] = [];
const givingUp = (): Redis => {
  const r = new Redis(url, { retryStrategy: () => null, maxRetriesPerRequest: 1 });
  open.push(r);
  return r;
};
const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};
async function killConnection(r: Redis): Promise<void> {
  const id = await r.client("ID");
  const admin = new Redis(url);
  await admin.client("KILL", "ID", String(id));
  await admin.quit();
  await until(() => r.status === "end" || r.status === "connecting" || r.status === "connect");
}
afterEach(() => {
  for (const r of open.splice(0)) r.disconnect();
});

describe("keepFollowing", () => {
  it("without it, a killed connection whose reconnect gives up stays closed", async () => {
    const r = givingUp();
    await r.ping();
    await killConnection(r);
    await until(() => r.status === "end");
    await expect(r.ping()).rejects.toThrow("Connection is closed.");
  });

  it("connects again after an end it did not ask for", async () => {
    const r = keepFollowing(givingUp(), 50);
    await r.ping();
    await killConnection(r);
    await until(() => r.status === "ready");
    expect(await r.ping()).toBe("PONG");
  });

  it("does the same for its duplicates (BullMQ's blocking connections)", async () => {
    const d = keepFollowing(givingUp(), 50).duplicate();
    open.push(d);
    await d.ping();
    await killConnection(d);
    await until(() => d.status === "ready");
    expect(await d.ping()).toBe("PONG");
  });

  it("stays closed after quit or disconnect", async () => {
    const a = keepFollowing(givingUp(), 50);
    const b = keepFollowing(givingUp(), 50);
    await Promise.all([a.ping(), b.ping()]);
    await a.quit();
    b.disconnect();
    await new Promise((r) => setTimeout(r, 300));
    expect([a.status, b.status]).toEqual(["end", "end"]);
  });
});

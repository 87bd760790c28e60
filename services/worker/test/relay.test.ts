import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { createRedis, writeOutbox } from "@wijkwerk/queue";
import { createQueues } from "../src/queues.ts";
import { relayOnce } from "../src/relay.ts";
import { startRedisServer } from "./redis-server.ts";

// Issue "Foundation": the outbox survives Redis being unreachable and is relayed once it is back.
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let app: Database;
const tenantId = randomUUID();

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 3 });
  app = createDatabase(tdb.appUrl, { max: 3 });
  await app.withTenant(tenantId, (tx) => tx.execute(`INSERT INTO tenants (id, slug, name) VALUES ('${tenantId}', 'gent', 'Gent')` as never));
});
afterAll(async () => {
  await Promise.allSettled([owner?.close(), app?.close()]);
  await tdb?.drop();
});

async function pending(): Promise<number> {
  const [r] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`;
  return r!.n;
}

describe("outbox relay", () => {
  it("keeps messages while Redis is down and relays each exactly once when it is back", async () => {
    const redis = await startRedisServer();
    const producer = createRedis(redis.url, "producer");
    const queues = createQueues(producer, "relaytest");
    try {
      // A committed transaction with two messages, written by the app role under RLS.
      const [a1, a2] = [randomUUID(), randomUUID()];
      await app.withTenant(tenantId, (tx) =>
        writeOutbox(tx, tenantId, [
          {
            topic: "events/assignment.proposed",
            payload: { assignmentId: a1, jobId: randomUUID(), workerId: randomUUID(), respondUrl: "https://wijk.werk/a/1" },
          },
          {
            topic: "events/assignment.proposed",
            payload: { assignmentId: a2, jobId: randomUUID(), workerId: randomUUID(), respondUrl: "https://wijk.werk/a/2" },
          },
        ]),
      );
      // A rolled-back transaction leaves nothing to relay.
      await app
        .withTenant(tenantId, async (tx) => {
          await writeOutbox(tx, tenantId, { topic: "payouts/regenerate", payload: { runId: randomUUID() } });
          throw new Error("rollback");
        })
        .catch(() => undefined);
      expect(await pending()).toBe(2);

      await redis.stop();
      const down = await relayOnce({ database: owner, queues, enqueueTimeoutMs: 500 });
      expect(down.relayed).toBe(0);
      expect(down.failed).toBeGreaterThan(0);
      expect(await pending()).toBe(2);
      const [row] = await owner.sql<{ attempts: number; last_error: string }[]>`SELECT attempts, last_error FROM outbox WHERE attempts > 0 LIMIT 1`;
      expect(row!.attempts).toBe(1);
      expect(row!.last_error).toBeTruthy();

      const again = await startRedisServer(redis.port);
      try {
        // Wait out the back-off the failed row got.
        await owner.sql`UPDATE outbox SET available_at = now()`;
        let relayed = 0;
        for (let i = 0; i < 20 && (await pending()) > 0; i++) {
          relayed += (await relayOnce({ database: owner, queues, enqueueTimeoutMs: 2000 })).relayed;
          if ((await pending()) > 0) await new Promise((r) => setTimeout(r, 250));
        }
        expect(await pending()).toBe(0);
        expect(relayed).toBe(2);
        const check = new Queue("events", { connection: { host: "127.0.0.1", port: again.port }, prefix: "relaytest" });
        const jobs = await check.getJobs(["waiting", "delayed", "active", "completed"]);
        expect(jobs.map((j) => j.data.assignmentId).sort()).toEqual([a1, a2].sort());
        expect(jobs.every((j) => j.data.tenantId === tenantId)).toBe(true);
        // Relaying again (e.g. after a crash before marking) adds no duplicates: jobId = outbox id.
        await owner.sql`UPDATE outbox SET relayed_at = NULL`;
        await relayOnce({ database: owner, queues });
        expect(await check.getJobCounts("waiting")).toMatchObject({ waiting: 2 });
        await check.close();
      } finally {
        await Promise.allSettled(Object.values(queues).map((q) => q.close()));
        producer.disconnect();
        await again.stop();
      }
    } finally {
      await redis.stop();
    }
  });
});

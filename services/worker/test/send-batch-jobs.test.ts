import { randomBytes, randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { createSmsGatewayTransport } from "@wijkwerk/notify";
import { sendBatcherFor } from "../src/notifications/send-batch.ts";
import { sendProcessor } from "../src/notifications/send.ts";
import { seedTenant, startPipeline, startSmsGateway, waitFor, type SmsGateway } from "./notify-harness.ts";

/**
 * Issue 22: send jobs with the claim and the mark in group commits (send-batch.ts), through the
 * send processor and through BullMQ, against real PostgreSQL, Redis and the SMS gateway stand-in.
 */
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let gateway: SmsGateway;

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 10 });
  gateway = await startSmsGateway();
}, 60_000);
afterAll(async () => {
  await gateway?.close();
  await owner?.close();
  await tdb?.drop();
});

type Row = { id: string; status: string; attempts: number };

/** `n` deliveries of the tenant by SMS, in `status` (queued unless said); their ids. */
async function deliveries(t: Awaited<ReturnType<typeof seedTenant>>, n: number, status = "queued") {
  const ids = Array.from({ length: n }, () => randomUUID());
  for (const [i, id] of ids.entries()) {
    await owner.sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text)
      VALUES (${t.tenantId}, ${id}, 'assignment.confirmed', 'sms', 'worker', ${t.workerId}, ${`+3247400${String(i).padStart(4, "0")}`}, 'nl', ${`test:${id}`}, ${status}, 'Uw klus is bevestigd.')`;
  }
  return ids;
}

const rows = async (ids: string[]) =>
  new Map((await owner.sql<Row[]>`SELECT id, status, attempts FROM deliveries WHERE id = ANY (${ids}::uuid[])`).map((r) => [r.id, r]));

describe("send jobs in group commits (issue 22)", () => {
  it("through the send processor: concurrent jobs each send once and a replay sends nothing again", async () => {
    const t = await seedTenant(owner, { slug: "jobs" });
    const ids = await deliveries(t, 30);
    const [sent] = await deliveries(t, 1, "sent");
    const config = loadConfig({ ...process.env, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token });
    const database = createDatabase(tdb.ownerUrl, { max: 10 });
    const sms = createSmsGatewayTransport({ url: gateway.url, token: gateway.token });
    const notify = { transports: { email: sms, sms }, queues: {}, renderer: undefined, now: () => new Date() } as never;
    const run = (id: string) =>
      sendProcessor("sms")({ id, data: { tenantId: t.tenantId, deliveryId: id }, opts: { attempts: 8 }, attemptsMade: 0 } as unknown as Job, {
        config,
        database,
        notify,
      });
    try {
      const before = gateway.requests.length;
      const results = await Promise.all([...ids, sent!].map(run));
      const references = gateway.requests.slice(before).map((r) => r.reference);

      expect(references.sort()).toEqual([...ids].sort());
      expect(results.slice(0, ids.length).every((r) => r.status === "sent" && r.providerId?.startsWith("gw-"))).toBe(true);
      expect(results[ids.length]).toEqual({ status: "sent" });
      // BullMQ replays them all: nothing is sent again.
      await Promise.all([...ids, sent!].map(run));
      expect(gateway.requests.length - before).toBe(ids.length);
      const after = await rows([...ids, sent!]);
      expect([...after.values()].every((r) => r.status === "sent")).toBe(true);
      expect(after.get(sent!)?.attempts).toBe(0);
      expect(after.get(ids[0]!)?.attempts).toBe(1);
      const batcher = sendBatcherFor(database);
      expect(batcher.claims.writes + batcher.marks.writes).toBeLessThan(ids.length);
    } finally {
      await database.close();
    }
  });

  it("through BullMQ: many SMS jobs, each sent once and marked, in fewer statements than jobs", async () => {
    const t = await seedTenant(owner, { slug: "queue" });
    const ids = await deliveries(t, 60);
    const config = loadConfig({ ...process.env, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token });
    const database = createDatabase(tdb.ownerUrl, { max: 10 });
    const sms = createSmsGatewayTransport({ url: gateway.url, token: gateway.token });
    const pipeline = startPipeline({
      redisUrl: base.REDIS_URL,
      prefix: `sb${randomBytes(4).toString("hex")}`,
      database,
      config,
      transports: { email: sms, sms },
      relay: false,
    });
    try {
      const before = gateway.requests.length;
      await pipeline.queues.sms.addBulk(ids.map((id) => ({ name: "send", data: { tenantId: t.tenantId, deliveryId: id }, opts: { jobId: id } })));
      await waitFor(async () => [...(await rows(ids)).values()].every((r) => r.status === "sent"), "60 sent deliveries", 30_000);
      expect(
        gateway.requests
          .slice(before)
          .map((r) => r.reference)
          .sort(),
      ).toEqual([...ids].sort());
      const batcher = sendBatcherFor(database);
      expect(batcher.claims.writes).toBeLessThan(ids.length);
      expect(batcher.marks.writes).toBeLessThan(ids.length);
    } finally {
      await pipeline.stop();
      await database.close();
    }
  });
});

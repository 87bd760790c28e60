import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { seedTenant, startSmsGateway, startSmtpSink } from "../notify-harness.ts";
import { startApi, startRedis, startSentinel, startWorkerProcess, tempDir, waitFor, type Engine } from "./engines.ts";

/**
 * Issue 21, scenario 2: Redis behind Sentinel (1 primary, 1 replica, 3 sentinels). One api and one
 * worker process connect through the sentinels (REDIS_SENTINELS). Under load (requests for sign-in
 * codes: each one writes an outbox row the worker's relay puts on BullMQ, then an SMS) the primary
 * is killed with SIGKILL. The sentinels promote the replica; the relay and the BullMQ workers must
 * follow it by themselves, and every code must reach the SMS gateway stand-in exactly once.
 */
const PRIMARY = 41101;
const REPLICA = 41102;
const SENTINELS = [41111, 41112, 41113];
const API = 41121;
const MASTER = "wijkwerk-scale";
const REQUESTS = 240;
const KILL_AFTER = 80;
const base = loadConfig();
const progress = (m: string) => console.log(`[scale] ${new Date().toISOString().slice(11, 19)} ${m}`);
const engines: Engine[] = [];
const dir = tempDir("sentinel");
let tdb: TestDatabase;
let owner: Database;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 2 });
  smtp = await startSmtpSink();
  gateway = await startSmsGateway();
  engines.push(await startRedis(PRIMARY, dir.dir, ["--min-replicas-to-write", "0"]));
  engines.push(await startRedis(REPLICA, dir.dir, ["--replicaof", "127.0.0.1", String(PRIMARY)]));
  for (const p of SENTINELS) engines.push(await startSentinel(p, dir.dir, MASTER, PRIMARY));
}, 60_000);
afterAll(async () => {
  for (const e of engines.reverse()) await e.kill();
  await Promise.allSettled([smtp?.close(), gateway?.close()]);
  await owner?.close();
  await tdb?.drop();
  dir.remove();
});

describe("issue 21 scenario 2: Redis Sentinel failover under load", () => {
  it("the relay and BullMQ follow the new primary; no code lost, none sent twice", { timeout: 180_000 }, async () => {
    const t = await seedTenant(owner, { slug: "sentinel" });
    const env = {
      DATABASE_URL: tdb.ownerUrl,
      DATABASE_APP_URL: tdb.appUrl,
      REDIS_URL: `redis://127.0.0.1:${PRIMARY}/0`,
      REDIS_SENTINELS: SENTINELS.map((p) => `127.0.0.1:${p}`).join(","),
      REDIS_MASTER_NAME: MASTER,
      REDIS_PREFIX: `{sc${randomBytes(3).toString("hex")}}`,
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: gateway.token,
      RATE_PUBLIC_PER_MINUTE: "100000",
      RATE_CODES_PER_IP: "100000",
      RATE_CODES_PER_TENANT: "100000",
      RATE_CODES_PER_DESTINATION: "100000",
      WORKER_LOCK_SECONDS: "5",
    };
    // Started side by side: loading the TypeScript sources takes most of a scenario's time on a busy machine.
    const [api, worker] = await Promise.all([startApi(API, env), startWorkerProcess("sentinel", env)]);
    engines.push(api, worker);
    progress("api and worker up");

    let ok = 0;
    const failed: string[] = [];
    let killedAt = 0;
    const ask = async () => {
      const res = await fetch(`http://127.0.0.1:${API}/v1/auth/codes`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tenant: "sentinel", phone: "+32471000001" }),
        signal: AbortSignal.timeout(10_000),
      }).catch((e: Error) => ({ status: 0, statusText: e.message }));
      if (res.status === 202) ok++;
      else failed.push(`${res.status} ${res.statusText}`);
    };
    const started = Date.now();
    // Four requests in flight at a time, ~40 ms apart: the load spans the failover.
    for (let i = 0; i < REQUESTS; i += 4) {
      if (i >= KILL_AFTER && !killedAt) {
        await engines.find((e) => e.name === `redis:${PRIMARY}`)!.kill();
        killedAt = Date.now();
        progress(`primary killed after ${i} requests`);
      }
      await Promise.all([ask(), ask(), ask(), ask()]);
      await new Promise((r) => setTimeout(r, 40));
    }
    const loadSeconds = (Date.now() - started) / 1000;
    progress(`load done in ${loadSeconds} s: ${ok} accepted, ${failed.length} failed, ${gateway.accepted.length} SMS so far`);

    // The sentinels agree on the replica as the new primary.
    const sentinel = new Redis({ port: SENTINELS[0], host: "127.0.0.1", lazyConnect: true });
    const promoted = await waitFor(
      async () => {
        const addr = (await sentinel.call("SENTINEL", "get-master-addr-by-name", MASTER)) as string[] | null;
        return addr && Number(addr[1]) === REPLICA ? addr : false;
      },
      "the replica promoted",
      30_000,
    );
    sentinel.disconnect();
    expect(Number(promoted[1])).toBe(REPLICA);

    const codes = async () => Number((await owner.sql<{ n: string }[]>`SELECT count(*) AS n FROM auth_codes WHERE tenant_id = ${t.tenantId}`)[0]!.n);
    expect(await codes()).toBe(ok);
    progress("replica promoted");
    await waitFor(async () => gateway.accepted.length >= ok, `${ok} SMS at the gateway`, 70_000, 250).catch(async (err: Error) => {
      const rows = await owner.sql`SELECT count(*) FILTER (WHERE relayed_at IS NULL) AS waiting, count(*) AS all FROM outbox WHERE tenant_id = ${t.tenantId}`;
      throw new Error(`${err.message}: ${gateway.accepted.length} of ${ok}; outbox ${JSON.stringify(rows)}; worker said: ${worker.output().slice(-3000)}`);
    });
    await new Promise((r) => setTimeout(r, 1000)); // late duplicates would arrive now
    const texts = gateway.accepted.map((r) => JSON.stringify(r));
    const unique = new Set(gateway.accepted.map((r) => r.reference));
    const figures = {
      requests: REQUESTS,
      accepted: ok,
      failedDuringFailover: failed.length,
      smsDelivered: gateway.accepted.length,
      lost: ok - unique.size,
      duplicatedAtGateway: gateway.accepted.length - unique.size,
      repeatsDroppedByIdempotencyKey: gateway.repeats.length,
      loadSeconds,
      killAfterSeconds: (killedAt - started) / 1000,
    };
    console.log(
      `[scale] scenario 2 (Redis Sentinel failover): ${JSON.stringify(figures)}${failed.length ? ` failures: ${[...new Set(failed)].join("; ")}` : ""}`,
    );
    expect(texts.length).toBe(ok);
    expect(unique.size).toBe(ok);
    expect(figures.lost).toBe(0);
    expect(figures.duplicatedAtGateway).toBe(0);
  });
});

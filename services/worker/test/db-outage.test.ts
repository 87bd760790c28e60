import { randomBytes, randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { startTemporaryPostgres, type TemporaryPostgres } from "@wijkwerk/db/embedded";

/**
 * Issue 23 for the worker: the outbox relay (with its LISTEN connection) and the job processors
 * hold database connections too. PostgreSQL is stopped (fast shutdown) and started again while
 * outbox rows keep arriving: the process must live on and relay every row once it is back.
 */
const PG_PORT = 55611;
const OUTAGES = 3;
const config = loadConfig();

let pg: TemporaryPostgres;
let tdb: TestDatabase;
let owner: Database;
let child: ChildProcess;
let output = "";
const tenantId = randomUUID();
const alive = () => child.exitCode === null && child.signalCode === null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  pg = await startTemporaryPostgres(PG_PORT);
  tdb = await createTestDatabase(pg.ownerUrl, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 2, reconnectMaxSeconds: 0.2 });
  await owner.sql`INSERT INTO tenants (id, slug, name, settings) VALUES (${tenantId}, ${`w-${randomBytes(3).toString("hex")}`}, 'Outage', '{}'::jsonb)`;
  const entry = fileURLToPath(new URL("../src/main.ts", import.meta.url));
  child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: tdb.ownerUrl,
      DATABASE_APP_URL: tdb.appUrl,
      REDIS_PREFIX: `wout${randomBytes(3).toString("hex")}`,
      DEV_SINK_DIR: "/tmp/wijkwerk-outage-test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 150 && !output.includes("worker started"); i++) await sleep(100);
  expect(output).toContain("worker started");
}, 120_000);

afterAll(async () => {
  if (child && alive()) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(8000)]);
    if (alive()) child.kill("SIGKILL");
  }
  await owner?.close();
  await tdb?.drop().catch(() => undefined);
  await pg?.remove();
});

/** An outbox row for a job nobody handles: the relay's work is all this test looks at. */
async function addRow(): Promise<boolean> {
  return owner.sql`INSERT INTO outbox (tenant_id, topic, payload) VALUES (${tenantId}, 'maintenance/outage.probe', '{}'::jsonb)`.then(
    () => true,
    () => false,
  );
}

describe("the worker during a PostgreSQL outage", () => {
  it(`lives through ${OUTAGES} fast shutdowns and relays every outbox row once the database is back`, async () => {
    let written = 0;
    for (let outage = 1; outage <= OUTAGES; outage++) {
      for (let i = 0; i < 20; i++) if (await addRow()) written++;
      await sleep(300);
      await pg.stop();
      await sleep(1500);
      await pg.start();
      for (let i = 0; i < 20; i++) if (await addRow()) written++;
      expect(alive(), `outage ${outage}: the worker died:\n${output.slice(-3000)}`).toBe(true);
    }
    let waiting = -1;
    for (let i = 0; i < 100 && waiting !== 0; i++) {
      const [row] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`;
      waiting = row!.n;
      if (waiting) await sleep(200);
    }
    const [all] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox`;
    expect(all!.n).toBe(written);
    expect(waiting, "outbox rows still waiting after the outages").toBe(0);
    expect(alive()).toBe(true);
    expect(output).not.toContain("Cannot read properties of null");
  }, 120_000);
});

import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type TestDatabase } from "@wijkwerk/db";
import { startTemporaryPostgres, type TemporaryPostgres } from "@wijkwerk/db/embedded";
import { startApiProcess, type ApiProcess } from "./outage/api-process.ts";
import { startLoad, type Outcome } from "./outage/load.ts";

/**
 * Issue 23 and issue 13 item 10: PostgreSQL goes away (fast shutdown) under a stream of
 * authenticated GETs and POSTs and comes back. The API process must live on, answer every request
 * within a bound (503 service.unavailable with Retry-After while the database is gone), be ready
 * again without a restart, and leave nothing half-written. Before the fix, the process died in
 * some outages with "Cannot read properties of null (reading 'write')" inside postgres.js, and
 * requests of the outage never got an answer.
 */
const PG_PORT = 55601;
const API_PORT = 55602;
const OUTAGES = 3;
const BOUND_MS = 8_000;

let pg: TemporaryPostgres;
let tdb: TestDatabase;
let api: ApiProcess;
let token: string;

beforeAll(async () => {
  pg = await startTemporaryPostgres(PG_PORT);
  const base = loadConfig();
  tdb = await createTestDatabase(pg.ownerUrl, base.APP_DB_PASSWORD);
  api = await startApiProcess(
    {
      NODE_ENV: "test",
      DATABASE_URL: tdb.ownerUrl,
      DATABASE_APP_URL: tdb.appUrl,
      API_PORT: String(API_PORT),
      REDIS_URL: base.REDIS_URL,
      REDIS_PREFIX: `outage${randomBytes(3).toString("hex")}`,
    },
    API_PORT,
  );
  const slug = `outage-${randomBytes(3).toString("hex")}`;
  const created = await fetch(`${api.baseUrl}/v1/platform/tenants`, {
    method: "POST",
    headers: { authorization: `Bearer ${base.PLATFORM_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Outage", slug, adminEmail: `admin@${slug}.be`, adminPassword: "correct horse battery" }),
  });
  expect(created.status).toBe(201);
  const login = await fetch(`${api.baseUrl}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tenant: slug, email: `admin@${slug}.be`, password: "correct horse battery" }),
  });
  token = ((await login.json()) as { accessToken: string }).accessToken;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await tdb?.drop().catch(() => undefined);
  await pg?.remove();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readyWithin(ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const ok = await fetch(`${api.baseUrl}/ready`, { signal: AbortSignal.timeout(3000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return Date.now() - started;
    await sleep(200);
  }
  return -1;
}

describe("a PostgreSQL outage under load", () => {
  it(`the API process survives ${OUTAGES} fast shutdowns, answers every request within ${BOUND_MS / 1000} s (503 service.unavailable with Retry-After), is ready again by itself and writes nothing half`, async () => {
    const all: Outcome[] = [];
    for (let outage = 1; outage <= OUTAGES; outage++) {
      const load = startLoad({ baseUrl: api.baseUrl, token, inFlight: 8, boundMs: BOUND_MS, tag: `o${outage}` });
      await sleep(600);
      const stopAt = Date.now();
      await pg.stop();
      const stoppedAt = Date.now();
      await sleep(2000);
      await pg.start();
      console.info(`outage ${outage}: stop at ${stopAt}, stopped +${stoppedAt - stopAt} ms, started +${Date.now() - stopAt} ms`);
      const readyAfter = await readyWithin(15_000);
      await sleep(500);
      const outcomes = await load.stop();
      all.push(...outcomes);
      expect(api.alive(), `outage ${outage}: the API process died:\n${api.output().slice(-3000)}`).toBe(true);
      expect(readyAfter, `outage ${outage}: /ready did not come back`).toBeGreaterThanOrEqual(0);
    }

    const unanswered = all.filter((o) => o.status === "no answer");
    expect(unanswered, "requests without an answer within the bound").toEqual([]);
    const failures = all.filter((o) => o.status !== 200 && o.status !== 201);
    for (const f of failures)
      expect(f, "while the database is gone: 503 service.unavailable with Retry-After").toMatchObject({
        status: 503,
        code: "service.unavailable",
        retryAfter: expect.stringMatching(/^\d+$/),
      });
    expect(all.filter((o) => o.status === 503).length, "the outages were felt").toBeGreaterThan(0);
    expect(all.filter((o) => o.status === 201).length).toBeGreaterThan(0);

    // Nothing half-written: every skill that exists has its audit row and the other way round;
    // every 201 is there. A 503 may or may not have committed (the answer can be lost after the
    // commit), but never half.
    const owner = createDatabase(tdb.ownerUrl, { max: 1 });
    const sql = owner.sql;
    try {
      const skills = await sql<{ id: string; name: string }[]>`SELECT id, name FROM skills`;
      const audited = await sql<{ entity_id: string }[]>`SELECT entity_id FROM audit_log WHERE entity = 'skill' AND action = 'create'`;
      expect(new Set(audited.map((a) => a.entity_id))).toEqual(new Set(skills.map((s) => s.id)));
      const names = new Set(skills.map((s) => s.name));
      for (const o of all.filter((x) => x.status === 201)) expect(names.has(o.name!), o.name).toBe(true);
    } finally {
      await owner.close();
    }
    console.info(
      `db outage: ${all.length} requests, ${all.filter((o) => o.status === 503).length} × 503, slowest answer ${Math.max(...all.map((o) => o.ms))} ms`,
    );
  }, 180_000);
});

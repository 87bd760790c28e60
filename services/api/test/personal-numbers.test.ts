import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedis } from "@wijkwerk/queue";
import { buildApp } from "../src/app.ts";
import { addPeopleWithNumbers, CLIENT_INSZ, WORKER_IBAN, WORKER_INSZ } from "./fixtures/personal-numbers.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 15: GET /v1/clients returned the full INSZ, GET /v1/workers the full IBAN, audit
 * rows held both, access logs kept full query strings. Lists, audit rows and logs now carry masked
 * forms; the detail view shows the full value to the staff who read it.
 */
const IBAN = WORKER_IBAN;
const NEW_IBAN = "BE71096123456769";
const full = [WORKER_INSZ, CLIENT_INSZ, IBAN, NEW_IBAN];

let t: TestApp;
let tenant: TenantLogin;
let workerId: string;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t);
  ({ workerId } = await addPeopleWithNumbers(t, tenant));
  // A changed IBAN: the audit row of the change holds the old and the new one, and must mask both.
  const p = await t.app.inject({ method: "PATCH", url: `/v1/workers/${workerId}`, headers: bearer(tenant.token), payload: { iban: NEW_IBAN } });
  expect(p.statusCode, p.body).toBe(200);
}, 60_000);
afterAll(async () => t?.close());

describe("personal numbers never show in full outside a detail view", () => {
  it("no list or report of the document holds a full INSZ or IBAN (sweep)", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json() as { paths: Record<string, Record<string, unknown>> };
    const leaks: string[] = [];
    let swept = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes("{") || !path.startsWith("/v1/") || path === "/v1/openapi.json") continue;
      const res = await t.app.inject({ url: `${path}?limit=200`, headers: bearer(tenant.token) });
      swept++;
      for (const number of full) if (res.body.includes(number)) leaks.push(`${path} shows ${number.slice(0, 4)}…`);
    }
    expect(swept).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
    const workers = (await t.app.inject({ url: "/v1/workers", headers: bearer(tenant.token) })).json().items;
    expect(workers[0]).toMatchObject({ nationalNumber: "85.07.30-***.**", iban: "BE71 **** **** 6769" });
    const clients = (await t.app.inject({ url: "/v1/clients", headers: bearer(tenant.token) })).json().items;
    expect(clients[0]).toMatchObject({ nationalNumber: "45.03.12-***.**" });
  });

  it("the detail view is masked too; the audited reveal route shows the full values to the staff who read them (issue 20)", async () => {
    const res = await t.app.inject({ url: `/v1/workers/${workerId}`, headers: bearer(tenant.token) });
    expect(res.json()).toMatchObject({ nationalNumber: "85.07.30-***.**", iban: "BE71 **** **** 6769" });
    const full = await t.app.inject({ url: `/v1/workers/${workerId}/personal-numbers`, headers: bearer(tenant.token) });
    expect(full.json()).toEqual({ nationalNumber: WORKER_INSZ, iban: NEW_IBAN });
  });

  it("audit rows hold masked numbers only", async () => {
    const rows = await t.owner.sql<
      { row: string }[]
    >`SELECT coalesce(before::text, '') || coalesce(after::text, '') AS row FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity IN ('worker', 'client')`;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const { row } of rows) for (const number of full) expect(row).not.toContain(number);
    expect(rows.map((r) => r.row).join()).toContain("85.07.30-***.**");
  });

  it("access logs keep no query values (searches, signed tokens)", async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on("data", (d: Buffer) => lines.push(d.toString()));
    const redis = createRedis(t.config.REDIS_URL, "producer");
    const logged = await buildApp({ config: t.config, database: t.database, redis }, { logStream: stream });
    try {
      await logged.inject({ url: `/v1/workers?q=${WORKER_INSZ}`, headers: bearer(tenant.token) });
      await logged.inject({ method: "POST", url: `/v1/assignments/${workerId}/respond?token=very-secret-token`, payload: { response: "accept" } });
    } finally {
      await logged.close();
      await redis.quit();
    }
    const log = lines.join("");
    expect(log).toContain("/v1/workers?q=***");
    expect(log).not.toContain(WORKER_INSZ);
    expect(log).not.toContain("very-secret-token");
  });
});

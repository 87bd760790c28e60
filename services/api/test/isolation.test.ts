import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo } from "@wijkwerk/db";
import { bearer, createTenant, login, startTestApp, type TestApp } from "./helpers.ts";

// DESIGN.md principle 2, swept over the whole API as it grows: a second tenant, with every staff
// role, asks for the realistic Gent demo's records by their real ids and must get nothing.
let t: TestApp;
let gentId: string;
const tokens: Record<string, string> = {};
let doc: { paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  t = await startTestApp();
  gentId = (await seedDemo(t.tdb.ownerUrl)).tenantId;
  const other = await createTenant(t, "aalst");
  tokens.admin = other.token;
  for (const role of ["consultant", "finance"] as const) {
    const email = `${role}@aalst.be`;
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(other.token),
      payload: { email, name: role, role, password: "a long password 1" },
    });
    expect(res.statusCode).toBe(201);
    tokens[role] = await login(t, "aalst", email, "a long password 1");
  }
  doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
}, 120_000);
afterAll(async () => t?.close());

/** "/v1/training-sessions/{id}/enrollments" → table "training_sessions". */
const tableOf = (path: string) => path.split("/")[2]!.replaceAll("-", "_");

async function gentIdsOf(table: string, limit = 1): Promise<string[]> {
  const exists = await t.owner.sql`SELECT 1 FROM information_schema.columns WHERE table_name = ${table} AND column_name = 'id'`;
  if (exists.length === 0) return [];
  const rows = await t.owner.sql.unsafe(`SELECT id::text AS id FROM ${table} WHERE tenant_id = $1 ORDER BY id LIMIT ${limit}`, [gentId]);
  return rows.map((r) => String(r.id));
}

describe("tenants never leak", () => {
  it("the demo tenant has data to try (guards the sweep itself)", async () => {
    expect((await gentIdsOf("workers")).length).toBe(1);
    expect((await gentIdsOf("clients")).length).toBe(1);
    expect((await gentIdsOf("jobs")).length).toBe(1);
  });

  it("every GET /v1/<resource>/{id}… answers another tenant with 403 or 404, never the record", async () => {
    const leaks: string[] = [];
    let tried = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || !path.includes("{id}") || !path.startsWith("/v1/")) continue;
      const [id] = await gentIdsOf(tableOf(path));
      if (!id) continue;
      const url = path.replace("{id}", id);
      for (const [role, token] of Object.entries(tokens)) {
        const res = await t.app.inject({ url, headers: bearer(token) });
        tried++;
        if (![403, 404, 422].includes(res.statusCode)) leaks.push(`${role} GET ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  });

  it("every POST/PATCH/PUT on another tenant's id changes nothing", async () => {
    const before = await t.owner.sql`SELECT count(*)::int AS n, max(at) AS last FROM audit_log WHERE tenant_id = ${gentId}`;
    const wrong: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.includes("{id}") || !path.startsWith("/v1/")) continue;
      const [id] = await gentIdsOf(tableOf(path));
      if (!id) continue;
      for (const method of ["post", "patch", "put"] as const) {
        if (!ops[method]) continue;
        for (const [role, token] of Object.entries(tokens)) {
          const res = await t.app.inject({ method: method.toUpperCase() as "POST", url: path.replace("{id}", id), headers: bearer(token), payload: {} });
          if (res.statusCode < 300) wrong.push(`${role} ${method.toUpperCase()} ${path} → ${res.statusCode}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    const after = await t.owner.sql`SELECT count(*)::int AS n, max(at) AS last FROM audit_log WHERE tenant_id = ${gentId}`;
    expect(after[0]).toEqual(before[0]);
  });

  it("list endpoints of another tenant contain no id of the demo tenant", async () => {
    const gentIds = new Set<string>();
    for (const table of ["workers", "clients", "jobs", "assignments", "staff", "neighbourhoods", "municipalities", "skills"])
      for (const id of await gentIdsOf(table, 100000)) gentIds.add(id);
    expect(gentIds.size).toBeGreaterThan(500);
    const leaks: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes("{") || !path.startsWith("/v1/") || path === "/v1/openapi.json") continue;
      for (const [role, token] of Object.entries(tokens)) {
        const res = await t.app.inject({ url: path, headers: bearer(token) });
        const found = [...res.body.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)].map((m) => m[0]).filter((id) => gentIds.has(id));
        if (found.length > 0) leaks.push(`${role} GET ${path} → ${found.length} ids of the demo tenant`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("the demo tenant's own staff do see their data (the sweep is not vacuous)", async () => {
    const consultant = DEMO_LOGINS.find((l) => l.role === "consultant")!;
    const token = await login(t, "gent", consultant.email, consultant.password);
    const [workerId] = await gentIdsOf("workers");
    const res = await t.app.inject({ url: `/v1/workers/${workerId}`, headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(workerId);
  });
});

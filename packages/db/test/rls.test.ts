import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, pgError, type Database, type TestDatabase } from "../src/index.ts";

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return pgError(err)?.message ?? String(err);
  }
  throw new Error("expected the statement to fail");
}

// DESIGN.md principle 2: tenants never see each other, enforced by PostgreSQL itself.
const config = loadConfig();
let tdb: TestDatabase;
let app: Database;
const tenantA = randomUUID();
const tenantB = randomUUID();

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  app = createDatabase(tdb.appUrl, { max: 4 });
  for (const [id, slug] of [
    [tenantA, "gent"],
    [tenantB, "aalst"],
  ] as const) {
    await app.withTenant(id, async (tx) => {
      await tx.execute(`INSERT INTO tenants (id, slug, name) VALUES ('${id}', '${slug}', '${slug}')` as never);
    });
  }
  await app.withTenant(tenantA, (tx) =>
    tx.execute(
      `INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES ('${tenantA}', '${randomUUID()}', 'a@gent.be', 'A', 'admin', 'x')` as never,
    ),
  );
});
afterAll(async () => {
  await app?.close();
  await tdb?.drop();
});

describe("row-level security", () => {
  it("the application role has no BYPASSRLS and is not a superuser", async () => {
    const rows = await app.sql<{ rolbypassrls: boolean; rolsuper: boolean }[]>`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`;
    expect(rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
  });

  it("without a tenant set, no rows are visible", async () => {
    const rows = await app.sql`SELECT * FROM staff`;
    expect(rows).toHaveLength(0);
    const tenants = await app.sql`SELECT * FROM tenants`;
    expect(tenants).toHaveLength(0);
  });

  it("tenant B cannot read tenant A's staff, even by naming tenant A's id", async () => {
    const rows = await app.withTenant(tenantB, (tx) => tx.execute(`SELECT * FROM staff WHERE tenant_id = '${tenantA}'` as never));
    expect([...rows]).toHaveLength(0);
    const own = await app.withTenant(tenantA, (tx) => tx.execute(`SELECT * FROM staff` as never));
    expect([...own]).toHaveLength(1);
  });

  it("tenant B cannot write a row carrying tenant A's id", async () => {
    const message = await failure(
      app.withTenant(tenantB, (tx) =>
        tx.execute(
          `INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES ('${tenantA}', '${randomUUID()}', 'evil@x.be', 'E', 'admin', 'x')` as never,
        ),
      ),
    );
    expect(message).toMatch(/row-level security/);
  });

  it("tenant B cannot update or delete tenant A's rows", async () => {
    const updated = await app.withTenant(tenantB, (tx) => tx.execute(`UPDATE staff SET name = 'hacked' WHERE tenant_id = '${tenantA}' RETURNING id` as never));
    expect([...updated]).toHaveLength(0);
    const deleted = await app.withTenant(tenantB, (tx) => tx.execute(`DELETE FROM staff RETURNING id` as never));
    expect([...deleted]).toHaveLength(0);
    const still = await app.withTenant(tenantA, (tx) => tx.execute(`SELECT name FROM staff` as never));
    expect([...still][0]).toMatchObject({ name: "A" });
  });

  it("the tenant setting does not leak to the next transaction on a pooled connection", async () => {
    const single = createDatabase(tdb.appUrl, { max: 1 });
    try {
      await single.withTenant(tenantA, (tx) => tx.execute(`SELECT 1` as never));
      const rows = await single.sql`SELECT * FROM staff`;
      expect(rows).toHaveLength(0);
    } finally {
      await single.close();
    }
  });

  it("the audit log is append-only for the application role", async () => {
    await app.withTenant(tenantA, (tx) =>
      tx.execute(`INSERT INTO audit_log (tenant_id, actor_type, action, entity) VALUES ('${tenantA}', 'test', 'create', 'thing')` as never),
    );
    expect(await failure(app.withTenant(tenantA, (tx) => tx.execute(`UPDATE audit_log SET action = 'x'` as never)))).toMatch(/permission denied/);
    expect(await failure(app.withTenant(tenantA, (tx) => tx.execute(`DELETE FROM audit_log` as never)))).toMatch(/permission denied/);
  });

  it("every tenant-owned table has forced RLS with a tenant policy", async () => {
    const owner = postgres(tdb.ownerUrl, { max: 1 });
    try {
      const rows = await owner<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`;
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const r of rows)
        expect({ table: r.relname, rls: r.relrowsecurity, forced: r.relforcerowsecurity }).toEqual({ table: r.relname, rls: true, forced: true });
    } finally {
      await owner.end();
    }
  });
});

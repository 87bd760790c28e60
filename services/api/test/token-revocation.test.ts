import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 13: after signing out the same JWT still worked. Tokens carry a jti; signing out
 * revokes it, deactivating a staff member revokes all of theirs at once, a token without exp is refused.
 */
let t: TestApp;
let tenant: TenantLogin;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t);
});
afterAll(async () => t?.close());

const me = (token: string) => t.app.inject({ url: "/v1/skills", headers: bearer(token) });

async function addStaff(email: string): Promise<{ id: string; token: string }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(tenant.token),
    payload: { email, name: "Consulent", role: "consultant", password: "a long password 1" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, token: await login(t, tenant.slug, email, "a long password 1") };
}

describe("token revocation", () => {
  it("a signed-out token is refused at once; another session of the same person keeps working", async () => {
    const a = await login(t, tenant.slug, tenant.email, tenant.password);
    const b = await login(t, tenant.slug, tenant.email, tenant.password);
    expect(JSON.parse(Buffer.from(a.split(".")[1]!, "base64url").toString()).jti).toMatch(/^[0-9a-f-]{36}$/);
    expect((await me(a)).statusCode).toBe(200);
    const out = await t.app.inject({ method: "POST", url: "/v1/auth/logout", headers: bearer(a) });
    expect(out.statusCode).toBe(204);
    const after = await me(a);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe("auth.unauthenticated");
    expect((await me(b)).statusCode).toBe(200);
  });

  it("deactivating a staff member refuses their tokens at once and their sign-in", async () => {
    const staff = await addStaff(`weg-${randomUUID().slice(0, 6)}@example.be`);
    expect((await me(staff.token)).statusCode).toBe(200);
    const res = await t.app.inject({ method: "POST", url: `/v1/staff/${staff.id}/deactivate`, headers: bearer(tenant.token) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await me(staff.token)).statusCode).toBe(401);
    const again = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { tenant: tenant.slug, email: res.json().email, password: "a long password 1" },
    });
    expect(again.statusCode).toBe(401);
    const [audit] = await t.owner.sql`SELECT action FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity_id = ${staff.id} AND action = 'deactivate'`;
    expect(audit).toBeTruthy();
    // Issue 20: the moment is kept; the staff_accounts retention period counts from it.
    const [row] = await t.owner.sql`SELECT deactivated_at > now() - interval '1 minute' AS recent FROM staff WHERE id = ${staff.id}`;
    expect(row!.recent).toBe(true);
  });

  it("an admin cannot deactivate themselves (409 staff.self_deactivation)", async () => {
    const claims = JSON.parse(Buffer.from(tenant.token.split(".")[1]!, "base64url").toString()) as { sub: string };
    const res = await t.app.inject({ method: "POST", url: `/v1/staff/${claims.sub}/deactivate`, headers: bearer(tenant.token) });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("staff.self_deactivation");
  });

  it("a correctly signed token without exp is refused", async () => {
    const claims = JSON.parse(Buffer.from(tenant.token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    delete claims.exp;
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const unsigned = `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}`;
    const forever = `${unsigned}.${createHmac("sha256", t.config.JWT_SECRET).update(unsigned).digest("base64url")}`;
    const res = await me(forever);
    expect(res.statusCode).toBe(401);
  });
});

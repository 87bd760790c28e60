import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 10: a request waits on the database for a bounded time (DATABASE_STATEMENT_TIMEOUT_SECONDS),
 * then answers 503 service.unavailable with Retry-After, never a 500 or a hang; nothing is half-written.
 * Here the tenant's row is held by another transaction, as a hung server or a long lock would.
 */
let t: TestApp;
let gent: TenantLogin;

beforeAll(async () => {
  t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_SECONDS: "1" });
  gent = await createTenant(t, "gent");
});
afterAll(async () => t?.close());

describe("a statement that waits too long (issue 13 item 10)", () => {
  it("answers 503 service.unavailable with Retry-After after the statement timeout, and changes nothing", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.owner.sql.begin(async (tx) => {
      await tx`SELECT 1 FROM tenants WHERE id = ${gent.tenantId} FOR UPDATE`;
      locked();
      await held;
    });
    await isLocked;
    const started = Date.now();
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { proposalExpiryHours: 36 } });
    const took = Date.now() - started;
    release();
    await holder;
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().code).toBe("service.unavailable");
    expect(res.headers["retry-after"]).toBeDefined();
    expect(took).toBeLessThan(5_000);
    const after = await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) });
    expect(after.json().proposalExpiryHours).not.toBe(36);
  });
});

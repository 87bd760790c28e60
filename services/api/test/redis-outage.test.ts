import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer } from "../../worker/test/redis-server.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 9: staff could not sign in while Redis was down (16 of 16 × 500 "Stream isn't
 * writeable"). The API's Redis is a real redis-server of this test, killed mid-test.
 */
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let t: TestApp;
let tenant: TenantLogin;

beforeAll(async () => {
  redis = await startRedisServer();
  t = await startTestApp({ REDIS_URL: redis.url });
  tenant = await createTenant(t);
}, 60_000);
afterAll(async () => {
  await t?.close().catch(() => undefined);
  await redis?.stop();
});

const signIn = (password: string) => t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { tenant: tenant.slug, email: tenant.email, password } });

describe("sign-in while Redis is down", () => {
  it("keeps working, never a 500, and wrong passwords are still limited", async () => {
    await redis.stop();
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await signIn(tenant.password)).statusCode);
    expect(statuses).toEqual(Array(16).fill(200));
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) wrong.push((await signIn("helemaal fout")).statusCode);
    expect(wrong.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(wrong.slice(5)).toEqual([429, 429]);
    const codes = await t.app.inject({ method: "POST", url: "/v1/auth/codes", payload: { tenant: tenant.slug, email: "iemand@example.be" } });
    expect(codes.statusCode).toBeLessThan(500);
  });
});

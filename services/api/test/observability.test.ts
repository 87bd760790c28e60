import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** docs/OBSERVABILITY.md: the API's /metrics and the queue dashboard behind the platform token. */
let t: TestApp;
let tenant: TenantLogin;
let guarded: TestApp;
const METRICS_TOKEN = "metrics-token-for-tests-0123";

beforeAll(async () => {
  [t, guarded] = await Promise.all([startTestApp(), startTestApp({ METRICS_TOKEN })]);
  tenant = await createTenant(t);
}, 60_000);
afterAll(async () => {
  await Promise.allSettled([t?.close(), guarded?.close()]);
});

describe("GET /metrics", () => {
  it("has request durations by route pattern and status, and the database pool, after some traffic", async () => {
    expect((await t.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await t.app.inject({ method: "GET", url: `/v1/clients/${unknown}`, headers: { authorization: `Bearer ${tenant.token}` } })).statusCode).toBe(404);
    const res = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/plain");
    const text = res.body;
    expect(text).toMatch(/http_request_duration_seconds_count\{service="api",method="GET",route="\/health",status="200"\} 1/);
    // The route pattern, not the raw URL: no ids in labels.
    expect(text).toMatch(/http_request_duration_seconds_count\{service="api",method="GET",route="\/v1\/clients\/:id",status="404"\} 1/);
    expect(text).not.toContain(unknown);
    expect(text).toMatch(/http_request_duration_seconds_count\{service="api",method="POST",route="\/v1\/auth\/login",status="200"\} 1/);
    expect(text).toMatch(/wijkwerk_db_pool_max\{[^}]*pool="app"[^}]*\} 10/);
    expect(text).toMatch(/wijkwerk_db_queries_in_flight\{[^}]*pool="app"[^}]*\} \d+/);
    expect(text).toMatch(/wijkwerk_db_query_duration_seconds_count\{[^}]*pool="app",outcome="ok"[^}]*\} [1-9]/);
    expect(text).toContain("# TYPE wijkwerk_payout_run_duration_seconds histogram");
  });

  it("is refused to a caller that is not on this host when no METRICS_TOKEN is configured", async () => {
    const res = await t.app.inject({ method: "GET", url: "/metrics", remoteAddress: "10.1.2.3" });
    expect(res.statusCode).toBe(403);
  });

  it("needs the METRICS_TOKEN as a bearer token when one is configured, from anywhere", async () => {
    expect((await guarded.app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    expect((await guarded.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer wrong-token-wrong-token" } })).statusCode).toBe(401);
    const ok = await guarded.app.inject({ method: "GET", url: "/metrics", remoteAddress: "10.1.2.3", headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("http_request_duration_seconds");
  });

  it("is no operation of the API document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/v1/openapi.json" })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain("/metrics");
    expect(Object.keys(doc.paths).some((p) => p.startsWith("/platform/queues"))).toBe(false);
  });
});

describe("queue dashboard at /platform/queues", () => {
  it("refuses every request without the platform token: no token, a staff token, a wrong token", async () => {
    for (const headers of [{}, { authorization: `Bearer ${tenant.token}` }, { authorization: "Bearer development-platform-token-x" }]) {
      for (const url of ["/platform/queues", "/platform/queues/api/queues", "/platform/queues/static/favicon-32x32.png"]) {
        const res = await t.app.inject({ method: "GET", url, headers });
        expect(res.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.headers["content-type"]).toContain("application/problem+json");
        expect(res.json().code).toBe("auth.unauthenticated");
      }
    }
    const retry = await t.app.inject({ method: "PUT", url: "/platform/queues/api/queues/email/retry/failed" });
    expect(retry.statusCode).toBe(401);
  });

  it("serves the page and the queues as JSON with the platform token", async () => {
    const headers = { authorization: `Bearer ${t.config.PLATFORM_TOKEN}` };
    const page = await t.app.inject({ method: "GET", url: "/platform/queues", headers });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("/platform/queues");
    const api = await t.app.inject({ method: "GET", url: "/platform/queues/api/queues?activeQueue=email&page=1&jobsPerPage=10", headers });
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(["email", "events", "maintenance", "payouts", "sms"]);
  });
});

import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
// Tests only: a real API on a fresh database, with a Redis of its own that the test stops.
import { startTestApp, type TestApp } from "../../api/test/helpers.ts";
import { startRedisServer } from "../../worker/test/redis-server.ts";
import { buildWeb } from "../src/app.ts";

/** docs/OBSERVABILITY.md: the web's /health, /ready (= the API is ready) and /metrics. */
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let api: TestApp;
let web: FastifyInstance;
let unreachable: FastifyInstance;

beforeAll(async () => {
  redis = await startRedisServer();
  api = await startTestApp({ REDIS_URL: redis.url });
  await api.app.listen({ port: 0, host: "127.0.0.1" });
  const apiUrl = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
  web = await buildWeb({ config: loadConfig(), apiBaseUrl: apiUrl });
  unreachable = await buildWeb({ config: loadConfig(), apiBaseUrl: "http://127.0.0.1:9" });
}, 60_000);
afterAll(async () => {
  await Promise.allSettled([web?.close(), unreachable?.close()]);
  await api?.close().catch(() => undefined);
  await redis?.stop();
});

describe("web health, readiness and metrics", () => {
  it("has page durations by route pattern and status on /metrics", async () => {
    expect((await web.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    expect((await web.inject({ method: "GET", url: "/static/style.css" })).statusCode).toBe(200);
    expect((await web.inject({ method: "GET", url: "/no/such/page" })).statusCode).toBe(404);
    const res = await web.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/http_request_duration_seconds_count\{[^}]*method="GET",route="\/health",status="200"[^}]*\} 1/);
    expect(res.body).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/static\/style.css",status="200"[^}]*\} 1/);
    expect(res.body).toMatch(/http_request_duration_seconds_count\{[^}]*route="unmatched",status="404"[^}]*\} 1/);
    expect(res.body).toContain('service="web"');
    expect((await web.inject({ method: "GET", url: "/metrics", remoteAddress: "192.0.2.7" })).statusCode).toBe(403);
  });

  it("is ready while the API is, and not when the API is unreachable or its Redis is down", async () => {
    const ok = await web.inject({ method: "GET", url: "/ready" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: "ready", api: true });
    const away = await unreachable.inject({ method: "GET", url: "/ready" });
    expect(away.statusCode).toBe(503);
    expect(away.json()).toEqual({ status: "unavailable", api: false });
    await redis.stop();
    const down = await web.inject({ method: "GET", url: "/ready" });
    expect(down.statusCode).toBe(503);
    expect((await web.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { isLoopback, metricsAccess } from "../src/metrics.ts";

describe("who may read /metrics", () => {
  it("without METRICS_TOKEN: callers on the loopback address only (IPv4, IPv6, IPv4-mapped)", () => {
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(metricsAccess(undefined, undefined, a), a).toBe(200);
    for (const a of ["10.0.0.1", "192.0.2.7", "::ffff:10.0.0.1", "fe80::1", undefined]) expect(metricsAccess(undefined, undefined, a), String(a)).toBe(403);
    expect(isLoopback("128.0.0.1")).toBe(false);
  });

  it("with METRICS_TOKEN: the token as a bearer token, from any address; anything else 401", () => {
    const token = "metrics-token-0123456789";
    expect(metricsAccess(token, `Bearer ${token}`, "203.0.113.5")).toBe(200);
    expect(metricsAccess(token, `bearer  ${token}`, "203.0.113.5")).toBe(200);
    expect(metricsAccess(token, undefined, "127.0.0.1")).toBe(401);
    expect(metricsAccess(token, `Bearer ${token}x`, "127.0.0.1")).toBe(401);
    expect(metricsAccess(token, `Basic ${token}`, "127.0.0.1")).toBe(401);
  });
});

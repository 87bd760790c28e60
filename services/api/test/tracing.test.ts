import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InMemorySpanExporter, inSpan, SpanKind, startTracing, trace, type Tracing } from "@wijkwerk/observability";
import { outboxRows, TRACE_KEY } from "@wijkwerk/queue";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** docs/OBSERVABILITY.md "Tracing": spans kept in memory instead of sent over OTLP. */
const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;
let t: TestApp;
let tenant: TenantLogin;

beforeAll(async () => {
  tracing = startTracing({ service: "api", exporter });
  t = await startTestApp();
  tenant = await createTenant(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
  await tracing?.shutdown();
});

describe("tracing in the API", () => {
  it("gives one request a server span with the database queries as its child spans", async () => {
    exporter.reset();
    const res = await t.app.inject({ method: "GET", url: "/v1/clients?limit=5", headers: { authorization: `Bearer ${tenant.token}` } });
    expect(res.statusCode).toBe(200);
    const spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.kind === SpanKind.SERVER);
    expect(server?.name).toBe("GET /v1/clients");
    expect(server?.attributes["http.response.status_code"]).toBe(200);
    const { traceId, spanId } = server!.spanContext();
    const db = spans.filter((s) => s.name.startsWith("db ") && s.parentSpanContext?.spanId === spanId);
    expect(db.length).toBeGreaterThanOrEqual(2);
    for (const s of db) {
      expect(s.spanContext().traceId).toBe(traceId);
      expect(s.kind).toBe(SpanKind.CLIENT);
      // The statement with placeholders only, never the values.
      expect(String(s.attributes["db.query.text"])).not.toContain(tenant.tenantId);
    }
    expect(db.map((s) => s.name)).toContain("db SELECT");
  });

  it("continues the trace of a caller that sends a traceparent (the web)", async () => {
    exporter.reset();
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await t.app.inject({ method: "GET", url: "/health", headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(res.statusCode).toBe(200);
    const server = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER);
    expect(server?.spanContext().traceId).toBe(traceId);
    expect(server?.parentSpanContext?.spanId).toBe("00f067aa0ba902b7");
  });

  it("writes the request's trace context into the outbox payload, for the job to continue", async () => {
    let traceId = "";
    const rows = await inSpan("request", { kind: SpanKind.SERVER }, async () => {
      traceId = trace.getActiveSpan()!.spanContext().traceId;
      return outboxRows(tenant.tenantId, { topic: "payouts/regenerate", payload: { runId: "00000000-0000-4000-8000-000000000001" } });
    });
    const carried = (rows[0]!.payload as Record<string, unknown>)[TRACE_KEY] as { traceparent?: string };
    expect(carried.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });
});

export * from "./metrics.ts";
export * from "./tracing.ts";
export { observeHttp, type HttpObservabilityOptions } from "./fastify.ts";
export { Counter, Gauge, Histogram, Registry } from "prom-client";
export { context, trace } from "@opentelemetry/api";
/** For tests: spans kept in memory (startTracing({ exporter })). */
export { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";

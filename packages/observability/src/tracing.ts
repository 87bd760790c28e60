import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Link } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

/**
 * OpenTelemetry tracing (docs/OBSERVABILITY.md "Tracing"). Off unless OTEL_EXPORTER_OTLP_ENDPOINT
 * is configured (or a test hands an exporter): then no provider is registered, @opentelemetry/api
 * answers with no-op spans, and the hooks below return at once.
 */
export interface Tracing {
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

let enabled = false;

/** Whether a tracer provider is registered by startTracing. */
export function tracingEnabled(): boolean {
  return enabled;
}

export function startTracing(options: { service: string; endpoint?: string | undefined; exporter?: SpanExporter }): Tracing | undefined {
  const { endpoint, exporter } = options;
  if (!endpoint && !exporter) return undefined;
  const processor = exporter
    ? // Tests: spans are in the exporter as soon as they end.
      new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint!.replace(/\/+$/, "")}/v1/traces` }));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": options.service }),
    spanProcessors: [processor],
  });
  // Global provider, AsyncLocalStorage context manager and the W3C traceparent propagator.
  provider.register();
  enabled = true;
  return {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      enabled = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

export const tracer = () => trace.getTracer("@wijkwerk/observability");

/** The W3C trace context of the active span, as strings to carry in headers or job data; empty when tracing is off. */
export function traceCarrier(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a carrier (headers, a job's `_trace`) names; the active one when it names none. */
export function contextFrom(carrier: unknown): Context {
  if (!carrier || typeof carrier !== "object") return context.active();
  return propagation.extract(context.active(), carrier as Record<string, unknown>);
}

/**
 * Runs fn inside a new span (a child of `parent`, the active context by default), ending it when fn
 * settles and marking it failed when fn throws.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context; links?: Link[] },
  fn: () => Promise<T>,
): Promise<T> {
  if (!enabled) return fn();
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      ...(options.attributes ? { attributes: options.attributes } : {}),
      ...(options.links ? { links: options.links } : {}),
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), fn);
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
    throw err;
  } finally {
    span.end();
  }
}

/**
 * fetch with a client span and the traceparent header (the web's calls to the API): the API's
 * server span continues the web's trace.
 */
export async function tracedFetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
  if (!enabled) return fetch(input, init);
  const url = new URL(String(input));
  const method = (init.method ?? "GET").toUpperCase();
  return inSpan(
    `${method}`,
    { kind: SpanKind.CLIENT, attributes: { "http.request.method": method, "server.address": url.hostname, "url.path": url.pathname } },
    async () => {
      const headers = new Headers(init.headers);
      for (const [k, v] of Object.entries(traceCarrier())) headers.set(k, v);
      const response = await fetch(input, { ...init, headers });
      const span = trace.getActiveSpan();
      span?.setAttribute("http.response.status_code", response.status);
      if (response.status >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
      return response;
    },
  );
}

export { SpanKind };

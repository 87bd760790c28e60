import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type { FastifyInstance, FastifyRequest, FastifySchema } from "fastify";
import { Histogram, type Registry } from "prom-client";
import { DURATION_BUCKETS, metricsAccess } from "./metrics.ts";
import { tracer, tracingEnabled } from "./tracing.ts";

const SPAN = Symbol("otel span");
type Traced = FastifyRequest & { [SPAN]?: Span };

export interface HttpObservabilityOptions {
  registry: Registry;
  /** METRICS_TOKEN: see metricsAccess. */
  metricsToken?: string | undefined;
  /** Extra observations per finished request (e.g. a payout run's duration by its route). */
  onResponse?: (route: string, method: string, status: number, seconds: number) => void;
}

/**
 * For a fastify service (api, web): http_request_duration_seconds by method, route pattern and
 * status; a server span per request (continuing a traceparent sent by the caller) that is the
 * active context while the request runs, so database spans become its children; and GET /metrics.
 * Registered on the root instance (not encapsulated), before the routes.
 */
export function observeHttp(app: FastifyInstance, options: HttpObservabilityOptions): void {
  const { registry } = options;
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Duration of HTTP requests by method, route pattern and status",
    labelNames: ["method", "route", "status"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });

  app.addHook("onRequest", (request, _reply, done) => {
    if (!tracingEnabled()) return done();
    const route = request.routeOptions.url ?? "unmatched";
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer().startSpan(
      `${request.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { "http.request.method": request.method, "http.route": route } },
      parent,
    );
    (request as Traced)[SPAN] = span;
    // The rest of the request (hooks, handler) runs in this call: it inherits the span's context.
    context.with(trace.setSpan(parent, span), done);
  });

  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "unmatched";
    const seconds = reply.elapsedTime / 1000;
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, seconds);
    options.onResponse?.(route, request.method, reply.statusCode, seconds);
    const span = (request as Traced)[SPAN];
    if (span) {
      span.setAttribute("http.response.status_code", reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });

  // Not an API operation: left out of the OpenAPI document (@fastify/swagger reads `hide`).
  app.get("/metrics", { schema: { hide: true } as FastifySchema, logLevel: "warn" }, async (request, reply) => {
    const status = metricsAccess(options.metricsToken, request.headers.authorization, request.socket.remoteAddress);
    if (status !== 200) {
      if (status === 401) reply.header("www-authenticate", 'Bearer realm="metrics"');
      return reply
        .status(status)
        .type("text/plain; charset=utf-8")
        .send(status === 401 ? "A valid metrics token is needed.\n" : "Metrics are served to this host only.\n");
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

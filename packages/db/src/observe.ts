import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";

/**
 * What the database layer tells the metrics (docs/OBSERVABILITY.md "Metrics"): postgres.js keeps its
 * pool to itself, so we count the queries handed to it and not yet answered. More in flight than
 * `max` means queries are queued for a connection.
 */
export interface QueryStats {
  /** The pool's size (postgres.js `max`). */
  max: number;
  /** Queries sent and not yet answered, this moment. */
  inFlight: number;
  /** Called with each query's duration in seconds (a histogram, when metrics are on). */
  onQuery?: (seconds: number, failed: boolean) => void;
}

// A no-op tracer until a tracer provider is registered (tracing.ts of @wijkwerk/observability).
const tracer = trace.getTracer("@wijkwerk/db");

/**
 * Observes one postgres.js query without changing it: a client span (a child of the request's or
 * job's span) and the in-flight count. It watches the query's own promise with Promise's `then`,
 * which does not start the query (postgres.js starts it when the caller awaits it).
 */
export function observeQuery<Q>(query: Q, text: string, stats: QueryStats): Q {
  const span = tracer.startSpan(spanName(text), {
    kind: SpanKind.CLIENT,
    // The statement with its $n placeholders: parameter values (names, INSZ) never reach a trace.
    attributes: { "db.system.name": "postgresql", "db.query.text": text.length > 2000 ? `${text.slice(0, 2000)}…` : text },
  });
  const started = performance.now();
  stats.inFlight++;
  const done = (err?: unknown) => {
    stats.inFlight--;
    stats.onQuery?.((performance.now() - started) / 1000, err !== undefined);
    if (err !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
    span.end();
  };
  Promise.prototype.then.call(
    query as unknown as Promise<unknown>,
    () => done(),
    (err: unknown) => done(err ?? new Error("query failed")),
  );
  return query;
}

/** "db SELECT", "db INSERT outbox": the operation and, for writes, the table. */
export function spanName(text: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(select|insert\s+into|update|delete\s+from|begin|commit|rollback|savepoint|release|set|call)\s*"?([a-z_]*)/i.exec(
    text,
  );
  if (!m) return "db query";
  const op = m[1]!.split(/\s+/)[0]!.toUpperCase();
  return op === "SELECT" || !m[2] ? `db ${op}` : `db ${op} ${m[2]}`;
}

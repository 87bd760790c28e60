import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Seconds; from a fast health check to a slow export. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** One registry per service process, with Node's process metrics (memory, event loop lag, GC). */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Database pool use as the db layer counts it (packages/db/src/observe.ts). */
export interface PoolStats {
  max: number;
  inFlight: number;
  onQuery?: (seconds: number, failed: boolean) => void;
}

/**
 * wijkwerk_db_pool_max, wijkwerk_db_queries_in_flight (more than max = queued for a connection)
 * and wijkwerk_db_query_duration_seconds, per pool (the process's database handles, by name).
 */
export function registerPoolMetrics(registry: Registry, pools: Record<string, PoolStats>): void {
  const entries = Object.entries(pools);
  new Gauge({
    name: "wijkwerk_db_pool_max",
    help: "Connections the pool may open (postgres.js max)",
    labelNames: ["pool"],
    registers: [registry],
    collect() {
      for (const [pool, stats] of entries) this.set({ pool }, stats.max);
    },
  });
  new Gauge({
    name: "wijkwerk_db_queries_in_flight",
    help: "Queries handed to the pool and not yet answered; above wijkwerk_db_pool_max they wait for a connection",
    labelNames: ["pool"],
    registers: [registry],
    collect() {
      for (const [pool, stats] of entries) this.set({ pool }, stats.inFlight);
    },
  });
  const duration = new Histogram({
    name: "wijkwerk_db_query_duration_seconds",
    help: "Duration of the database queries sent through drizzle",
    labelNames: ["pool", "outcome"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  for (const [pool, stats] of entries) stats.onQuery = (seconds, failed) => duration.observe({ pool, outcome: failed ? "error" : "ok" }, seconds);
}

/**
 * Who may read /metrics (docs/OBSERVABILITY.md "Metrics"): with METRICS_TOKEN configured, only a
 * caller sending it as a bearer token (401 otherwise); without one, only callers on the loopback
 * address (403 otherwise), so a development machine or a scraper on the same host can read it.
 */
export function metricsAccess(token: string | undefined, authorization: string | undefined, remoteAddress: string | undefined): 200 | 401 | 403 {
  if (token) {
    const sent = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
    if (!sent) return 401;
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? 200 : 401;
  }
  return isLoopback(remoteAddress) ? 200 : 403;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(a) === 4) return a.startsWith("127.");
  return a === "::1";
}

import fp from "fastify-plugin";
import { createRegistry, Histogram, observeHttp, registerPoolMetrics, DURATION_BUCKETS } from "@wijkwerk/observability";

/** The routes whose duration is a payout run's (POST prepares a month's run, synchronously). */
const PAYOUT_RUN_ROUTES = new Set(["POST /v1/payout-runs"]);

/**
 * GET /metrics (request durations by route and status, the database pool, payout run durations) and
 * a server span per request (docs/OBSERVABILITY.md). Registered before the routes.
 */
export default fp(async (app) => {
  const { config, database } = app.deps;
  const registry = createRegistry("api");
  registerPoolMetrics(registry, { app: database.stats });
  const payoutRuns = new Histogram({
    name: "wijkwerk_payout_run_duration_seconds",
    help: "Duration of preparing (api) or recomputing (worker) a payout run",
    labelNames: ["step", "outcome"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  observeHttp(app, {
    registry,
    metricsToken: config.METRICS_TOKEN,
    onResponse: (route, method, status, seconds) => {
      if (PAYOUT_RUN_ROUTES.has(`${method} ${route}`)) payoutRuns.observe({ step: "prepare", outcome: status < 400 ? "ok" : "error" }, seconds);
    },
  });
});

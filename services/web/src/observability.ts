import type { FastifyInstance } from "fastify";
import type { WebConfig as Config } from "@wijkwerk/config";
import { createRegistry, observeHttp } from "@wijkwerk/observability";

/**
 * GET /metrics (page durations by route pattern and status) and a server span per request, whose
 * context the calls to the API carry on (api.ts uses tracedFetch); GET /ready: the API answers its
 * own /ready, i.e. the web can serve pages (docs/OBSERVABILITY.md). Installed before the routes.
 */
export function installObservability(app: FastifyInstance, config: Config, apiBaseUrl: string): void {
  const registry = createRegistry("web");
  observeHttp(app, { registry, metricsToken: config.METRICS_TOKEN });
  const readyUrl = new URL("/ready", apiBaseUrl).toString();
  app.get("/ready", async (_request, reply) => {
    let api = false;
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(3000) });
      api = res.status === 200;
      await res.body?.cancel();
    } catch {
      api = false;
    }
    return reply
      .status(api ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ status: api ? "ready" : "unavailable", api });
  });
}

import { loadWebConfig } from "@wijkwerk/config";
import { startTracing } from "@wijkwerk/observability";
import { buildWeb } from "./app.ts";

/** Process entry of the web UI (scripts/start.ts runs this file). */
const config = loadWebConfig();
// Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/OBSERVABILITY.md "Tracing").
const tracing = startTracing({ service: "web", endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const app = await buildWeb({ config, apiBaseUrl: config.PUBLIC_API_URL, logger: true });
let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await app.close();
  await tracing?.shutdown();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
await app.listen({ port: config.WEB_PORT, host: config.API_HOST });

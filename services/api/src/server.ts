import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { createRedis } from "@wijkwerk/queue";
import { startTracing } from "@wijkwerk/observability";
import { buildApp } from "./app.ts";

/** Process entry: connect as the app role, listen, and close cleanly on SIGTERM/SIGINT. */
const config = loadConfig();
// Before the first span: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/OBSERVABILITY.md "Tracing").
const tracing = startTracing({ service: "api", endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const connection = {
  connectTimeoutSeconds: config.DATABASE_CONNECT_TIMEOUT_SECONDS,
  reconnectMaxSeconds: config.DATABASE_RECONNECT_MAX_SECONDS,
  statementTimeoutSeconds: config.DATABASE_STATEMENT_TIMEOUT_SECONDS,
};
const database = createDatabase(config.DATABASE_APP_URL, { max: 20, ...connection });
// Issue 21: reports and exports read from the standby when there is one.
const replica = config.DATABASE_REPLICA_URL ? createDatabase(config.DATABASE_REPLICA_URL, { max: 10, ...connection }) : undefined;
const redis = createRedis(config, "producer");
const app = await buildApp({ config, database, redis, ...(replica ? { replica } : {}) }, { logger: true });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, "shutting down");
  await app.close();
  await Promise.allSettled([database.close(), replica?.close(), redis.quit()]);
  await tracing?.shutdown();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

await app.listen({ port: config.API_PORT, host: config.API_HOST });

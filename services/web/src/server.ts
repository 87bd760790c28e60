import { loadConfig } from "@wijkwerk/config";
import { buildWeb } from "./app.ts";

/** Process entry of the web UI (scripts/start.ts runs this file). */
const config = loadConfig();
const app = await buildWeb({ config, apiBaseUrl: config.PUBLIC_API_URL, logger: true });
let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
await app.listen({ port: config.WEB_PORT, host: config.API_HOST });

import Fastify from "fastify";
import { loadConfig } from "@wijkwerk/config";

/**
 * Placeholder of the server-rendered web UI (issue "The web UI"): it already runs next to the
 * API so the start command serves all three processes.
 */
const config = loadConfig();
const app = Fastify({ logger: { level: config.LOG_LEVEL } });
app.get("/", async (_req, reply) =>
  reply.type("text/html; charset=utf-8").send(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Wijkwerk</title></head>
<body><main><h1>Wijkwerk</h1><p>De webtoepassing komt hier. De API draait op <a href="${config.PUBLIC_API_URL}/v1/openapi.json">${config.PUBLIC_API_URL}</a>.</p></main></body></html>`),
);
app.get("/health", async () => ({ status: "ok" }));
const close = async () => {
  await app.close();
  process.exit(0);
};
process.on("SIGTERM", () => void close());
process.on("SIGINT", () => void close());
await app.listen({ port: config.WEB_PORT, host: config.API_HOST });

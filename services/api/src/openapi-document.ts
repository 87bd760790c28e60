import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { Redis } from "ioredis";
import { buildApp } from "./app.ts";
import type { AppDeps } from "./context.ts";

/**
 * Dependencies that never connect: PostgreSQL and Redis clients are lazy and nobody asks them
 * anything while the document is built. Close them with `closeOfflineDeps`.
 */
export function offlineDeps(env: NodeJS.ProcessEnv = process.env): AppDeps {
  const config = loadConfig({ DATABASE_URL: "postgres://unused@127.0.0.1:1/unused", REDIS_URL: "redis://127.0.0.1:1", ...env });
  return { config, database: createDatabase(config.DATABASE_APP_URL, { max: 1 }), redis: new Redis(config.REDIS_URL, { lazyConnect: true }) };
}

export async function closeOfflineDeps(deps: AppDeps): Promise<void> {
  await deps.database.close();
  deps.redis.disconnect();
}

/**
 * The OpenAPI document exactly as GET /v1/openapi.json serves it, built without a database: the
 * web's generated types and the linter read it from here.
 * Run: `pnpm --filter @wijkwerk/api exec tsx src/openapi-document.ts > openapi.json`.
 */
export async function openapiDocument(env: NodeJS.ProcessEnv = process.env): Promise<Record<string, unknown>> {
  const deps = offlineDeps(env);
  const app = await buildApp(deps);
  try {
    await app.ready();
    return (await app.inject({ url: "/v1/openapi.json" })).json();
  } finally {
    await app.close();
    await closeOfflineDeps(deps);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await openapiDocument(), null, 2)}\n`);

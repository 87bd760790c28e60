import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { loadConfig, type Config } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { createRedis } from "@wijkwerk/queue";
import { buildApp } from "../src/app.ts";
import { AppError } from "../src/errors/problem.ts";
import { installContractCheck } from "./contract.ts";

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: Database;
  /** Owner connection: sees every tenant, for assertions only. */
  owner: Database;
  tdb: TestDatabase;
  close(): Promise<void>;
}

/** A real API on a fresh database and its own Redis key prefix: no mocks (DESIGN.md principle 8). */
export async function startTestApp(overrides: Record<string, string> = {}, options: { logStream?: NodeJS.WritableStream } = {}): Promise<TestApp> {
  const base = loadConfig();
  const tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  const config = loadConfig({
    ...process.env,
    ...overrides,
    DATABASE_URL: tdb.ownerUrl,
    DATABASE_APP_URL: tdb.appUrl,
    REDIS_PREFIX: `{t${randomBytes(4).toString("hex")}}`,
  });
  const database = createDatabase(config.DATABASE_APP_URL, { max: 10, statementTimeoutSeconds: config.DATABASE_STATEMENT_TIMEOUT_SECONDS });
  const owner = createDatabase(config.DATABASE_URL, { max: 2 });
  const redis = createRedis(config.REDIS_URL, "producer");
  const app = await buildApp({ config, database, redis }, options.logStream ? { logStream: options.logStream } : {});
  // Every response of the API tests is checked against the served document (issue 24).
  const contract = installContractCheck(app);
  // The tests run without a logger; an unexpected error (a 500) is printed so a rare one can be read in the CI log.
  app.addHook("onError", async (request, _reply, error) => {
    if (!(error instanceof AppError) && !(error as { validation?: unknown }).validation)
      console.error(`unexpected error on ${request.method} ${request.url}:`, error);
  });
  await app.ready();
  return {
    app,
    config,
    database,
    owner,
    tdb,
    close: async () => {
      await app.close();
      await Promise.allSettled([database.close(), owner.close(), redis.quit()]);
      await tdb.drop();
      const seen = [...new Set(contract.violations)];
      if (seen.length > 0) throw new Error(`responses the OpenAPI document does not declare:\n${seen.join("\n")}`);
    },
  };
}

export interface TenantLogin {
  tenantId: string;
  slug: string;
  token: string;
  email: string;
  password: string;
}

/** Creates a tenant through the platform API and signs its admin in. */
export async function createTenant(t: TestApp, slug = `t-${randomBytes(3).toString("hex")}`): Promise<TenantLogin> {
  const email = `admin@${slug}.be`;
  const password = "correct horse battery";
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/platform/tenants",
    headers: { authorization: `Bearer ${t.config.PLATFORM_TOKEN}` },
    payload: { name: `Wijk-Werken ${slug}`, slug, adminEmail: email, adminPassword: password },
  });
  if (res.statusCode !== 201) throw new Error(`tenant create failed: ${res.statusCode} ${res.body}`);
  const token = await login(t, slug, email, password);
  return { tenantId: res.json().id, slug, token, email, password };
}

export async function login(t: TestApp, tenant: string, email: string, password: string): Promise<string> {
  const res = await t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { tenant, email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return res.json().accessToken;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

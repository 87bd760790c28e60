import { execFile, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./lib.ts";

/** The image's two scripts, run for real (as /bin/sh and node run them inside the container). */
const entrypoint = join(repoRoot, "infra/docker/entrypoint.sh");
const healthcheck = join(repoRoot, "infra/docker/healthcheck.mjs");
const run = (cmd: string, args: string[], env: Record<string, string>) =>
  spawnSync(cmd, args, { env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8", timeout: 60_000 });
/** The health check's exit code, run asynchronously: the server it asks lives in this process. */
const check = (env: Record<string, string>) =>
  new Promise<number>((resolve) => {
    execFile("node", [healthcheck], { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 20_000 }, (err) =>
      resolve(err ? (typeof err.code === "number" ? err.code : -1) : 0),
    );
  });

describe("entrypoint.sh", () => {
  it("refuses an unknown command with its usage", () => {
    const r = run("sh", [entrypoint, "shell"], {});
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("usage: entrypoint.sh api|web|worker|migrate");
  });

  it("migrate starts scripts/migrate.ts, which refuses to run without the owner's connection", () => {
    const r = run("sh", [entrypoint, "migrate"], {});
    expect(r.stderr).toContain("DATABASE_URL (the owner/migrator connection) is not set");
    expect(r.status).toBe(2);
  });

  it("migrate refuses the development password of wijkwerk_app in production", () => {
    const r = run("sh", [entrypoint, "migrate"], { NODE_ENV: "production", DATABASE_URL: "postgres://owner@127.0.0.1:1/none" });
    expect(r.stderr).toContain("APP_DB_PASSWORD must be set in production");
    expect(r.status).toBe(2);
  });
});

describe("healthcheck.mjs", () => {
  let server: Server;
  let port = 0;
  let healthy = true;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === "/health" && healthy ? 200 : 503;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes when the service's /health answers 200 on its port, and fails when it does not", async () => {
    for (const [service, portVar] of [
      ["api", "API_PORT"],
      ["web", "WEB_PORT"],
      ["worker", "WORKER_PORT"],
    ] as const) {
      healthy = true;
      expect(await check({ WIJKWERK_SERVICE: service, [portVar]: String(port) }), service).toBe(0);
      healthy = false;
      expect(await check({ WIJKWERK_SERVICE: service, [portVar]: String(port) }), service).toBe(1);
    }
  });

  it("fails when nothing listens, passes for the one-shot migrate, fails for an unknown process", async () => {
    expect(await check({ WIJKWERK_SERVICE: "api", API_PORT: "1" })).toBe(1);
    expect(await check({ WIJKWERK_SERVICE: "migrate" })).toBe(0);
    expect(await check({ WIJKWERK_SERVICE: "shell" })).toBe(1);
  });

  it("tells the process from PID 1's command line as entrypoint.sh leaves it", async () => {
    const { serviceOf } = (await import(healthcheck)) as { serviceOf: (cmdline: string) => string | undefined };
    expect(serviceOf("node\0--import\0tsx\0services/worker/src/main.ts\0")).toBe("worker");
    expect(serviceOf("node\0--import\0tsx\0services/api/src/server.ts\0")).toBe("api");
    expect(serviceOf("node\0--import\0tsx\0services/web/src/server.ts\0")).toBe("web");
    expect(serviceOf("node\0--import\0tsx\0scripts/migrate.ts\0")).toBe("migrate");
    expect(serviceOf("/bin/sh\0")).toBeUndefined();
  });
});

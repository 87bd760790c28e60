import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Database } from "@wijkwerk/db";
import { metricsAccess, type Registry } from "@wijkwerk/observability";

export interface WorkerHttpOptions {
  port: number;
  host: string;
  registry: Registry;
  metricsToken?: string | undefined;
  database: Database;
  redis: Redis;
  workers: Worker[];
  /** How long each readiness probe may take. */
  probeTimeoutMs?: number;
}

export interface Readiness {
  status: "ready" | "unavailable";
  database: boolean;
  redis: boolean;
  workers: boolean;
}

/** PostgreSQL answers, Redis answers, and every queue's BullMQ worker is running. */
export async function readiness(opts: Pick<WorkerHttpOptions, "database" | "redis" | "workers" | "probeTimeoutMs">): Promise<Readiness> {
  const ms = opts.probeTimeoutMs ?? 2000;
  const [database, redis] = await Promise.all([
    withTimeout(
      opts.database.sql`SELECT 1`.then(() => true),
      ms,
    ),
    withTimeout(
      opts.redis.ping().then((p) => p === "PONG"),
      ms,
    ),
  ]);
  const workers = opts.workers.length > 0 && opts.workers.every((w) => w.isRunning());
  const ok = database && redis && workers;
  return { status: ok ? "ready" : "unavailable", database, redis, workers };
}

/**
 * The worker's small HTTP server (docs/OBSERVABILITY.md "Health and readiness"): GET /health (the
 * process is up), GET /ready (503 unless PostgreSQL, Redis and the queue workers are), GET /metrics.
 */
export async function startWorkerHttp(opts: WorkerHttpOptions): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const json = (status: number, body: unknown) => send(status, "application/json; charset=utf-8", JSON.stringify(body));
    if (req.method !== "GET" && req.method !== "HEAD") return json(405, { status: "method not allowed" });
    if (path === "/health") return json(200, { status: "ok" });
    if (path === "/ready") {
      void readiness(opts).then(
        (r) => json(r.status === "ready" ? 200 : 503, r),
        () => json(503, { status: "unavailable" }),
      );
      return;
    }
    if (path === "/metrics") {
      const access = metricsAccess(opts.metricsToken, req.headers.authorization, req.socket.remoteAddress);
      if (access !== 200)
        return send(access, "text/plain; charset=utf-8", access === 401 ? "A valid metrics token is needed.\n" : "Metrics are served to this host only.\n");
      void opts.registry.metrics().then(
        (text) => send(200, opts.registry.contentType, text),
        (err: unknown) => send(500, "text/plain; charset=utf-8", `metrics failed: ${err instanceof Error ? err.message : String(err)}\n`),
      );
      return;
    }
    return json(404, { status: "not found" });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function withTimeout(p: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p.catch(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

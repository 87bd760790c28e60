import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Issue 21: real engines for the scale-out scenarios, started by the test on loopback (ports
 * 41000–41999) and stopped by it. Redis and its sentinels are Debian's redis-server (a sentinel is
 * `redis-server <conf> --sentinel`, the same binary the redis-sentinel package links to); HAProxy is
 * Debian's haproxy; the api and worker are the real entry points (src/server.ts, src/main.ts).
 */
export const apiEntry = fileURLToPath(new URL("../../../api/src/server.ts", import.meta.url));
export const workerEntry = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface Engine {
  name: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: a crash, nothing flushed. */
  kill(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

const running = new Set<Engine>();
process.once("exit", () => {
  for (const e of running) e.child.kill("SIGKILL");
});

export function startProcess(
  name: string,
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number; cwd?: string } = {},
): Engine {
  const child = spawn(cmd, args, {
    env: opts.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid } : {}),
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
  });
  let out = "";
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const engine: Engine = {
    name,
    child,
    output: () => out,
    kill: async () => {
      if (!ended()) child.kill("SIGKILL");
      await exited;
      running.delete(engine);
    },
    stop: async () => {
      if (!ended()) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 8000);
      await exited;
      clearTimeout(timer);
      running.delete(engine);
    },
  };
  running.add(engine);
  return engine;
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function waitForOutput(e: Engine, text: string | RegExp, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    () => {
      if (e.child.exitCode !== null) throw new Error(`${e.name} exited (${e.child.exitCode}): ${e.output().slice(-1500)}`);
      return typeof text === "string" ? e.output().includes(text) : text.test(e.output());
    },
    `${e.name} to print ${String(text)}: ${e.output().slice(-500)}`,
    timeoutMs,
  );
}

export function tempDir(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `wijkwerk-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startRedis(port: number, dir: string, extra: string[] = []): Promise<Engine> {
  const e = startProcess(`redis:${port}`, "redis-server", [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    dir,
    "--dbfilename",
    `dump-${port}.rdb`,
    ...extra,
  ]);
  await waitForOutput(e, "Ready to accept connections");
  return e;
}

/** A sentinel watching the primary `name` at masterPort; quorum 2, a primary is down after 1 s of silence. */
export async function startSentinel(port: number, dir: string, name: string, masterPort: number): Promise<Engine> {
  const conf = join(dir, `sentinel-${port}.conf`);
  writeFileSync(
    conf,
    [
      `port ${port}`,
      "bind 127.0.0.1",
      `dir ${dir}`,
      `sentinel monitor ${name} 127.0.0.1 ${masterPort} 2`,
      `sentinel down-after-milliseconds ${name} 1000`,
      `sentinel failover-timeout ${name} 10000`,
      `sentinel parallel-syncs ${name} 1`,
      "",
    ].join("\n"),
  );
  const e = startProcess(`sentinel:${port}`, "redis-server", [conf, "--sentinel"]);
  await waitForOutput(e, "+monitor master");
  return e;
}

export interface ServiceEnv {
  [key: string]: string;
}

/** The api (src/server.ts) on `port`; resolves once /health answers. */
export async function startApi(port: number, env: ServiceEnv): Promise<Engine> {
  const e = startProcess(`api:${port}`, process.execPath, ["--import", "tsx", apiEntry], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env, API_PORT: String(port), API_HOST: "127.0.0.1" },
  });
  await waitFor(
    async () => {
      if (e.child.exitCode !== null) throw new Error(`api exited (${e.child.exitCode}): ${e.output().slice(-1500)}`);
      return fetch(`http://127.0.0.1:${port}/health`)
        .then((r) => r.ok)
        .catch(() => false);
    },
    `api on ${port}`,
    150_000,
    200,
  );
  return e;
}

/** The worker (src/main.ts); resolves once it says it started. */
export async function startWorkerProcess(label: string, env: ServiceEnv): Promise<Engine> {
  const e = startProcess(`worker:${label}`, process.execPath, ["--import", "tsx", workerEntry], { env: { ...process.env, ...env } });
  await waitForOutput(e, "worker started", 150_000);
  return e;
}

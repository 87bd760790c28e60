/* global process, fetch, AbortSignal */
// Docker HEALTHCHECK for all four commands of the image. Which process this container runs is read
// from PID 1's command line (entrypoint.sh execs node with the service's entry file); the check
// asks that process's /health on its port. migrate is a one-shot job: nothing to ask.
import { readFileSync } from "node:fs";

const PORTS = { api: ["API_PORT", 3000], web: ["WEB_PORT", 3001], worker: ["WORKER_PORT", 3002] };

/** "api" | "web" | "worker" | "migrate" | undefined, from a NUL-separated command line. */
export function serviceOf(cmdline) {
  const args = cmdline.split("\0");
  if (args.includes("services/api/src/server.ts")) return "api";
  if (args.includes("services/web/src/server.ts")) return "web";
  if (args.includes("services/worker/src/main.ts")) return "worker";
  if (args.includes("scripts/migrate.ts")) return "migrate";
  return undefined;
}

export async function check(service, env = process.env) {
  if (service === "migrate") return true;
  const port = PORTS[service];
  if (!port) return false;
  const url = `http://127.0.0.1:${env[port[0]] || port[1]}/health`;
  const res = await fetch(url, { signal: AbortSignal.timeout(4000) }).catch(() => undefined);
  return res?.ok === true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const service = process.env.WIJKWERK_SERVICE || serviceOf(readFileSync("/proc/1/cmdline", "utf8"));
  process.exit((await check(service)) ? 0 : 1);
}

import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";

/** A service started as deployed: its own Node process (so its RSS is its own), output discarded but errors. */
export interface Service {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Resident memory of a process in MB (Linux /proc). */
export const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/**
 * Starts a service as the image starts it (infra/docker/entrypoint.sh `service`: its node flags,
 * such as the API's heap ceiling, are what its memory depends on; it execs node, so the pid is the
 * service's) with `env` on top of this process's environment, and waits until `healthUrl` answers 2xx (a minute at most). Its log
 * lines (stdout) go to `logFile` when given, else nowhere.
 */
export async function startService(service: "api" | "worker", env: Record<string, string>, healthUrl: string, logFile?: string): Promise<Service> {
  const entry = `infra/docker/entrypoint.sh ${service}`;
  const child: ChildProcess = spawn("sh", ["infra/docker/entrypoint.sh", service], {
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", logFile ? openSync(logFile, "w") : "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(healthUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error(`${entry}: ${healthUrl} did not answer within a minute`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: new URL(healthUrl).origin,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../../../..");

/** A real API process (node --import tsx src/server.ts), as the start command runs it. */
export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  alive: () => boolean;
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>, port: number, entry = "services/api/src/server.ts"): Promise<ApiProcess> {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", entry], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;
  for (let i = 0; i < 300 && alive(); i++) {
    const up = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!alive()) throw new Error(`the process exited at start:\n${output}`);
  return {
    child,
    baseUrl,
    output: () => output,
    alive,
    stop: async () => {
      if (!alive()) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (alive()) child.kill("SIGKILL");
    },
  };
}

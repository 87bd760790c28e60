import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { supervise } from "../lib/supervisor.ts";

// Issue 13 item 11: the start command stopped everything when one service died (a worker killed
// with -9 took api and web down). Real child processes, killed for real.
const sleeper = () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the start command's supervisor", () => {
  it("starts a service killed with -9 again and says so, while the others keep running", async () => {
    const lines: string[] = [];
    const worker = supervise("worker", sleeper, { log: (l) => lines.push(l), initialDelayMs: 100 });
    const api = supervise("api", sleeper, { log: (l) => lines.push(l), initialDelayMs: 100 });
    try {
      const first = worker.current();
      const apiPid = api.current().pid;
      first.kill("SIGKILL");
      for (let i = 0; i < 50 && worker.restarts() === 0; i++) await sleep(50);
      expect(worker.restarts()).toBe(1);
      expect(worker.current().pid).not.toBe(first.pid);
      expect(worker.current().exitCode).toBeNull();
      expect(api.current().pid).toBe(apiPid);
      expect(api.current().exitCode).toBeNull();
      expect(lines).toEqual([
        expect.stringContaining("worker stopped (code null, signal SIGKILL); starting it again in 0.1 s"),
        "worker started again (restart 1)",
      ]);
    } finally {
      await Promise.all([worker.stop(), api.stop()]);
    }
    expect(worker.current().signalCode ?? worker.current().exitCode).not.toBeNull();
  });

  it("backs off when a service keeps dying at once, and stop() ends it for good", async () => {
    const lines: string[] = [];
    const crasher = supervise("web", () => spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" }), {
      log: (l) => lines.push(l),
      initialDelayMs: 50,
      maxDelayMs: 400,
    });
    for (let i = 0; i < 60 && crasher.restarts() < 4; i++) await sleep(50);
    await crasher.stop();
    const waits = lines.filter((l) => l.includes("starting it again")).map((l) => Number(/in ([\d.]+) s/.exec(l)![1]));
    expect(waits.slice(0, 4)).toEqual([0.05, 0.1, 0.2, 0.4]);
    const restarts = crasher.restarts();
    await sleep(600);
    expect(crasher.restarts()).toBe(restarts);
  });
});

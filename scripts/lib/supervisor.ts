import type { ChildProcess } from "node:child_process";

export interface Supervised {
  current(): ChildProcess;
  restarts(): number;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  log: (line: string) => void;
  /** First wait before a restart; doubles after each crash that came soon after a start. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran this long counts as healthy again: the next crash waits initialDelayMs. */
  stableAfterMs?: number;
}

/**
 * Issue 13 item 11: a service that dies is started again, with back-off, and the start command
 * says so; the others keep serving. Only stop() ends the supervision.
 */
export function supervise(name: string, start: () => ChildProcess, opts: SuperviseOptions): Supervised {
  const initial = opts.initialDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 30_000;
  const stableAfter = opts.stableAfterMs ?? 60_000;
  let delay = initial;
  let stopping = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let child = launch();

  function launch(): ChildProcess {
    const startedAt = Date.now();
    const c = start();
    c.once("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= stableAfter) delay = initial;
      opts.log(`${name} stopped (code ${code}, signal ${signal}); starting it again in ${delay / 1000} s`);
      timer = setTimeout(() => {
        if (stopping) return;
        restarts++;
        child = launch();
        opts.log(`${name} started again (restart ${restarts})`);
      }, delay);
      delay = Math.min(delay * 2, max);
    });
    return c;
  }

  return {
    current: () => child,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      const c = child;
      if (c.exitCode !== null || c.signalCode !== null) return;
      await new Promise<void>((done) => {
        c.once("exit", () => done());
        c.kill("SIGTERM");
      });
    },
  };
}

import { createHmac } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startProcess, waitFor, type Engine } from "./engines.ts";

/**
 * Issue 21, scenario 1: HAProxy (Debian's haproxy) in front of several api processes, round-robin,
 * on loopback, with a config written by the test. Each answer says which replica gave it
 * (X-Served-By), so a failed request can be looked up in that replica's log by its X-Request-Id.
 */
export async function startHaproxy(dir: string, port: number, apiPorts: readonly number[]): Promise<Engine> {
  const conf = join(dir, "haproxy.cfg");
  writeFileSync(
    conf,
    [
      "global",
      "  maxconn 4000",
      "defaults",
      "  mode http",
      "  timeout connect 2s",
      "  timeout client 60s",
      "  timeout server 60s",
      "frontend api",
      `  bind 127.0.0.1:${port}`,
      "  option forwardfor",
      // The request id is made here, at the edge (HAProxy's usual format), and must follow the
      // request through the api into its audit and outbox rows and the worker's logs (issue 21).
      "  unique-id-format %{+X}o\\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid",
      "  unique-id-header X-Request-Id",
      "  default_backend replicas",
      "backend replicas",
      "  balance roundrobin",
      "  option httpchk GET /health",
      "  default-server inter 1s fall 2 rise 1",
      "  http-response set-header X-Served-By %[srv_name]",
      ...apiPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`),
      "",
    ].join("\n"),
  );
  // -db: stay in the foreground; the test stops it.
  const e = startProcess("haproxy", "haproxy", ["-db", "-f", conf]);
  // Up once every replica answered through it (health checks passed: round-robin over all of them).
  const seen = new Set<string>();
  await waitFor(
    async () => {
      if (e.child.exitCode !== null) throw new Error(`haproxy exited (${e.child.exitCode}): ${e.output()}`);
      const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      const by = res?.ok ? res.headers.get("x-served-by") : null;
      if (by) seen.add(by);
      return seen.size === apiPorts.length;
    },
    `haproxy on ${port} with ${apiPorts.length} replicas up`,
    30_000,
    100,
  );
  return e;
}

/** An access token as the api signs it (HS256 with JWT_SECRET): for roles the scenario cannot sign in as. */
export function accessToken(secret: string, claims: { sub: string; tid: string; role: string; subjectId?: string }): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ ...claims, iat: now, exp: now + 3600 })}`;
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}

export interface LogLine {
  /** pino's level as @wijkwerk/log writes it: a label ("info", "warn", "error", …). */
  level?: string;
  msg?: string;
  requestId?: string;
  job?: string;
  jobId?: string;
  queue?: string;
  [key: string]: unknown;
}

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
/** A line at `level` or above. */
export const atLeast = (level: "warn" | "error") => (l: LogLine) => (LEVELS[String(l.level)] ?? 0) >= LEVELS[level]!;

/** Every JSON log line a process writes on stdout (engines.ts keeps only the last 20 kB as text). */
export function collectLines(e: Engine, keep: (l: LogLine) => boolean = () => true): LogLine[] {
  const lines: LogLine[] = [];
  let rest = "";
  e.child.stdout!.on("data", (d: Buffer) => {
    const parts = (rest + d.toString()).split("\n");
    rest = parts.pop() ?? "";
    for (const p of parts) {
      if (!p.startsWith("{")) continue;
      try {
        const l = JSON.parse(p) as LogLine;
        if (keep(l)) lines.push(l);
      } catch {
        // not a log line
      }
    }
  });
  return lines;
}

import autocannon from "autocannon";
import type { Route } from "./mix.ts";

export interface RouteResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Errors, timeouts and answers other than 2xx. */
  failed: number;
}

/**
 * One autocannon per route, all at once, each with `share × perShare` connections for `seconds`:
 * every route gets its own latency histogram under the same total load. One request per
 * connection at a time, each built fresh by the route (no pipelining). The first two failures of
 * each route are kept in `failures`, with their problem's body.
 */
export async function load(url: string, routes: readonly Route[], perShare: number, seconds: number, failures: string[]): Promise<RouteResult[]> {
  return Promise.all(
    routes.map(async (r) => {
      const result = await autocannon({
        url,
        connections: r.share * perShare,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const n = r.next();
              return { ...req, method: n.method, path: n.path, headers: n.headers, ...(n.body !== undefined ? { body: n.body } : {}) };
            },
            onResponse: (status, body) => {
              if (status >= 300 && failures.filter((f) => f.startsWith(r.name)).length < 2)
                failures.push(`${r.name} → ${status} ${String(body).slice(0, 400)}`);
            },
          },
        ],
      });
      return {
        name: r.name,
        requests: result.requests.total,
        rps: result.requests.total / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.errors + result.timeouts + result.non2xx,
      };
    }),
  );
}

/** A step passes when nothing failed and every route's p99 is ≤ 5× the trivial GET's (routes[0]). */
export function verdict(results: readonly RouteResult[]): { total: number; worst: number; failed: number; pass: boolean } {
  const trivial = results[0]!;
  const total = results.reduce((sum, r) => sum + r.rps, 0);
  const worst = results.slice(1).reduce((m, r) => Math.max(m, r.p99 / Math.max(trivial.p99, 0.001)), 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  return { total, worst, failed, pass: worst <= 5 && failed === 0 };
}

/** The step's row of the report table: connections, req/s, the p99s, the verdict and the burst's messages. */
export function stepRow(
  connections: number,
  results: readonly RouteResult[],
  v: ReturnType<typeof verdict>,
  burst: { sent: number; held: number; notSent: number; planned: number; seconds: number },
): string {
  const p99s = results
    .slice(1)
    .map((r) => r.p99.toFixed(0))
    .join(" / ");
  const messages = `${burst.sent} sent, ${burst.held} held, ${burst.notSent} opted out, of ${burst.planned}, in ${burst.seconds.toFixed(1)} s`;
  return `| ${connections} | ${v.total.toFixed(0)} | ${results[0]!.p99.toFixed(0)} ms | ${p99s} | ${v.worst.toFixed(1)}× | ${v.failed} | ${messages} | ${v.pass ? "pass" : "fail"} |`;
}

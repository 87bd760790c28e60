import type { RouteResult } from "./load.ts";
import { rssMb } from "./processes.ts";

/**
 * Runs `load` for `seconds` while sampling the resident memory of `pid` every 10 s; flat means
 * every sample within ± 10 % of the median (issue 22). Returns the report line.
 */
export async function soak(pid: number, seconds: number, connections: number, load: () => Promise<RouteResult[]>): Promise<string> {
  const rss: number[] = [rssMb(pid)];
  const timer = setInterval(() => rss.push(rssMb(pid)), 10_000);
  const results = await load().finally(() => clearInterval(timer));
  rss.push(rssMb(pid));
  const sorted = [...rss].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const spread = Math.max(...rss.map((x) => Math.abs(x / median - 1)));
  return (
    `soak ${seconds} s at ${connections} connections: ${results.reduce((n, r) => n + r.requests, 0).toLocaleString("en")} requests, ` +
    `${results.reduce((n, r) => n + r.failed, 0)} failed; API RSS every 10 s ${rss.map((x) => x.toFixed(0)).join(", ")} MB; ` +
    `median ${median.toFixed(0)} MB, largest deviation ${(spread * 100).toFixed(1)} % → ${spread <= 0.1 ? "flat (± 10 %): met" : "NOT flat"}`
  );
}

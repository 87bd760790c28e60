import { performance } from "node:perf_hooks";

export interface Sample {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/**
 * Times two operations interleaved (A, B, A, B, …) in one process so both see the same machine
 * state; benchmarks report the ratio of their medians, never absolute timings as pass/fail.
 */
export async function compare(
  a: { name: string; run: () => Promise<unknown> },
  b: { name: string; run: () => Promise<unknown> },
  opts: { runs: number; warmup?: number },
): Promise<{ a: Sample; b: Sample; ratio: number }> {
  for (let i = 0; i < (opts.warmup ?? 5); i++) {
    await a.run();
    await b.run();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    ta.push(await time(a.run));
    tb.push(await time(b.run));
  }
  const sa = summarise(a.name, ta);
  const sb = summarise(b.name, tb);
  return { a: sa, b: sb, ratio: sa.medianMs / sb.medianMs };
}

export async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function summarise(name: string, times: number[]): Sample {
  const sorted = [...times].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, medianMs: at(0.5), p95Ms: at(0.95), runs: times.length };
}

/**
 * Times several operations interleaved round by round (A, B, C, A, B, C, …) in one process, so
 * every one of them sees the same machine state; for ratios between more than two operations.
 */
export async function interleave(ops: { name: string; run: () => Promise<unknown> }[], opts: { runs: number; warmup?: number }): Promise<Sample[]> {
  for (let i = 0; i < (opts.warmup ?? 1); i++) for (const op of ops) await op.run();
  const times = ops.map(() => [] as number[]);
  for (let i = 0; i < opts.runs; i++) {
    for (const [k, op] of ops.entries()) times[k]!.push(await time(op.run));
  }
  return ops.map((op, k) => summarise(op.name, times[k]!));
}

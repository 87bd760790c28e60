import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

/** The machine a result was measured on, as docs/PERFORMANCE.md records it. */
export function machine(): string {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown";
  const load = loadavg();
  const busy = (load[0] ?? 0) > cpus().length ? " (other work was running: absolute times are inflated, the interleaved ratios less so)" : "";
  return `${cpus().length} CPUs (nproc), ${model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}; load average at the end ${load.map((l) => l.toFixed(1)).join(" / ")}${busy}`;
}

/** Appends one dated section to docs/PERFORMANCE.md (run from the repository root). */
export function appendSection(title: string, lines: string[]): void {
  mkdirSync("docs", { recursive: true });
  if (!existsSync("docs/PERFORMANCE.md"))
    appendFileSync("docs/PERFORMANCE.md", "# Performance\n\nMeasured with `bash scripts/bench.sh <name>`; each section is one run.\n");
  appendFileSync("docs/PERFORMANCE.md", ["", `## ${title}, ${new Date().toISOString().slice(0, 10)}`, "", ...lines, ""].join("\n"));
}

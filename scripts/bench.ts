import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { provision, repoRoot } from "./lib/services.ts";

/** Runs each bench/*.bench.ts (or the ones named) with DATABASE_URL / REDIS_URL provisioned. */
const log = (l: string) => console.log(`» ${l}`);
const services = await provision({ name: "test", env: process.env, log });
const env = { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, NODE_ENV: "test" };
const wanted = process.argv.slice(2);
const files = readdirSync(`${repoRoot}/bench`).filter((f) => f.endsWith(".bench.ts") && (wanted.length === 0 || wanted.some((w) => f.includes(w))));
let failed = 0;
for (const f of files) {
  log(`bench ${f}`);
  const r = spawnSync("pnpm", ["exec", "tsx", `bench/${f}`], { cwd: repoRoot, env, stdio: "inherit" });
  if (r.status !== 0) failed++;
}
if (files.length === 0) log("no benchmarks found");
await services.stop();
process.exit(failed ? 1 : 0);

import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import postgres from "postgres";
import { dataDir, provision, repoRoot } from "./lib/services.ts";
import { orExplain } from "./lib/setup-errors.ts";

/**
 * Runs lint, typecheck and all tests against real services, then prints one closing line
 * "N passed, N failed" for CI. Extra arguments go to vitest (e.g. a file filter).
 */
const log = (l: string) => console.log(`» ${l}`);
const started = Date.now();
// What is missing outside the project is said in one sentence (issue 13 item 16).
const services = await orExplain(process.env, () => provision({ name: "test", env: process.env, log }));
// --scale (issue 21): the scale-out scenarios only (they start their own engines, a few minutes).
const scale = process.argv.includes("--scale");
// WORKER_PORT=0: the worker processes that tests start side by side each get a free port for /health.
const env = {
  ...process.env,
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  NODE_ENV: "test",
  WORKER_PORT: process.env.WORKER_PORT ?? "0",
  ...(scale ? { WIJKWERK_SCALE: "1" } : {}),
};
let exitCode = 1;
try {
  await dropLeftoverDatabases(services.databaseUrl);
  const given = process.argv.slice(2).filter((a) => a !== "--scale");
  // One scenario at a time: each starts a dozen processes on two cores.
  const args = scale ? ["--no-file-parallelism", ...(given.length === 0 ? ["services/worker/test/scale/"] : given)] : given;
  if (args.length === 0) {
    await step("lint", "pnpm", ["exec", "eslint", "."]);
    await step("format", "pnpm", ["exec", "prettier", "--check", "."]);
    await step("typecheck", "pnpm", ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]);
  }
  const report = dataDir("test-report.json");
  rmSync(report, { force: true });
  const testsOk = await step(
    "tests",
    "pnpm",
    ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args],
    false,
  );
  const summary = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTotalTests: number;
  };
  console.log(`\nfinished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
  exitCode = testsOk && summary.numFailedTests === 0 && summary.numTotalTests > 0 ? 0 : 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  exitCode = 1;
} finally {
  await services.stop();
}
process.exit(exitCode);

function step(name: string, cmd: string, args: string[], throwOnFail = true): Promise<boolean> {
  log(`${name}: ${cmd} ${args.join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: "inherit" });
    child.on("exit", (code) => {
      if (code === 0) return resolve(true);
      if (throwOnFail) return reject(new Error(`${name} failed (exit ${code})`));
      resolve(false);
    });
  });
}

/**
 * Test files drop their database when done; a killed run leaves some behind. Another run may be
 * using the same server (DATABASE_URL shared by two checkouts), so only databases nobody is
 * connected to are dropped, without FORCE: one that another run is using or copying stays (an
 * idle template is rebuilt by the next createTestDatabase that needs it).
 */
async function dropLeftoverDatabases(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ datname: string }[]>`
      SELECT d.datname FROM pg_database d
      WHERE (d.datname LIKE 'wijkwerk_t\\_%' OR d.datname LIKE 'wijkwerk_tpl\\_%')
        AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`;
    for (const r of rows) await sql.unsafe(`DROP DATABASE IF EXISTS "${r.datname}"`).catch(() => undefined);
  } finally {
    await sql.end();
  }
}

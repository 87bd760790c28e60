import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { setupProblem } from "../lib/setup-errors.ts";

/**
 * Issue 13 item 16: when something outside the project is missing, the README commands say what to
 * do in one sentence instead of a stack trace. The start command is run for real against a
 * PostgreSQL that does not answer.
 */
const repoRoot = resolve(import.meta.dirname, "../..");

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => done({ code, stderr }));
  });
}

describe("a missing service outside the project (issue 13 item 16)", () => {
  it("the start command names what to do in one sentence and exits 1, without a stack trace", async () => {
    const { code, stderr } = await run("scripts/start.ts", { DATABASE_URL: "postgres://wijkwerk@127.0.0.1:1/wijkwerk", REDIS_URL: "redis://127.0.0.1:6379" });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toEqual([expect.stringMatching(/^✗ PostgreSQL does not answer at 127\.0\.0\.1:1 \(DATABASE_URL\): start it, or leave DATABASE_URL unset/)]);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it.each([
    [{ code: "ECONNREFUSED", address: "127.0.0.1", port: 6390 }, { REDIS_URL: "redis://127.0.0.1:6390" }, /^Redis does not answer at 127\.0\.0\.1:6390/],
    [new Error("redis-server is not installed: install Debian's redis-server package or set REDIS_URL"), {}, /^redis-server is not installed/],
    [{ code: "28P01", message: "password authentication failed" }, {}, /refused the user or password/],
    [new Error("initdb failed: could not change permissions"), {}, /could not create its data folder/],
  ] as const)("explains %o in one sentence", (err, env, expected) => {
    expect(setupProblem(err, env)).toMatch(expected);
  });

  it("leaves our own bugs alone: they keep their stack", () => {
    expect(setupProblem(new TypeError("x is not a function"), {})).toBeUndefined();
  });
});

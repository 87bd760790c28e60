import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { relocatedDataDir } from "../src/embedded-relocated.ts";

/**
 * Issue 13 item 16: both README commands failed as root in a folder others cannot enter (root's
 * home is 0700, so is `mktemp -d`): the embedded PostgreSQL's initdb, run as the postgres user,
 * could not reach its binaries (EACCES). The repository is cloned into such a folder and the
 * embedded server is started from the clone, as the start and test commands do.
 */
const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../../..");
const outer = mkdtempSync(join(tmpdir(), "wijkwerk-0700-"));
chmodSync(outer, 0o700);
const clone = join(outer, "clone");
const dataDir = join(clone, ".data", "clone-pg");
afterAll(() => {
  rmSync(outer, { recursive: true, force: true });
  rmSync(relocatedDataDir(dataDir), { recursive: true, force: true });
});

describe("a clone in a folder only its owner can enter", () => {
  it("starts the embedded PostgreSQL and answers a query", async () => {
    await run("git", ["clone", "-q", repoRoot, clone]);
    await run("pnpm", ["install", "--frozen-lockfile", "--offline", "--reporter=silent"], { cwd: clone, timeout: 120_000 });
    const script = join(clone, "packages/db/try-0700.mts");
    writeFileSync(
      script,
      `import postgres from "postgres";
       import { startEmbeddedPostgres } from "./src/embedded.ts";
       const h = await startEmbeddedPostgres({ dir: ${JSON.stringify(dataDir)}, port: 55931 });
       const sql = postgres(h.ownerUrl, { max: 1 });
       const [row] = await sql\`SELECT 40 + 2 AS answer\`;
       console.log("answer", row.answer);
       await sql.end();
       await h.stop();`,
    );
    const { stdout } = await run(process.execPath, ["--import", "tsx", script], { cwd: join(clone, "packages/db"), timeout: 90_000 });
    expect(stdout).toContain("answer 42");
    if (process.getuid?.() === 0) expect(stdout).toContain("cannot enter");
  }, 240_000);
});

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createTestDatabase, type TestDatabase } from "@wijkwerk/db";

// Issue "Foundation": the worker shuts down gracefully on SIGTERM (stops relaying, lets running
// jobs finish, closes its connections) and exits 0 — a deploy must not kill work halfway.
const config = loadConfig();
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
});
afterAll(async () => tdb?.drop());

describe("worker process", () => {
  it("stops cleanly on SIGTERM with exit code 0", async () => {
    const entry = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      env: {
        ...process.env,
        DATABASE_URL: tdb.ownerUrl,
        DATABASE_APP_URL: tdb.appUrl,
        REDIS_PREFIX: `shutdown${Date.now()}`,
        DEV_SINK_DIR: "/tmp/wijkwerk-shutdown-test",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    for (let i = 0; i < 100 && !out.includes("worker started"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain("worker started");
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toContain('"msg":"shutting down"');
    expect(out).toContain('"msg":"stopped"');
  });
});

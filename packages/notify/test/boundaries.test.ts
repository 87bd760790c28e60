import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// README: notify must not import db, queue, config or the services; the pure domain (the one GSM-7 module, issue 15) it may.
const FORBIDDEN = /from\s+["'](@wijkwerk\/(?!domain["'])[^"']+|postgres|drizzle-orm[^"']*|ioredis|bullmq|fastify[^"']*)["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("package boundaries", () => {
  it("imports no workspace package but the pure domain, and no db/queue/http framework", () => {
    const files = sourceFiles(join(import.meta.dirname, "..", "src"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(FORBIDDEN);
  });

  it("uses .ts extensions on relative imports", () => {
    for (const file of sourceFiles(join(import.meta.dirname, "..", "src"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
        expect(match[1], file).toMatch(/\.ts$/);
      }
    }
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allErrorCodes } from "../src/errors/catalogue.ts";
import { startTestApp, type TestApp } from "./helpers.ts";

// API.md is binding: every endpoint it lists is served and documented, every error code it
// names is in the one catalogue. Read from ../shared next to the repository (as CI has it).
const apiMd = readFileSync(new URL("../../../../shared/API.md", import.meta.url), "utf8");

function listedEndpoints(md: string): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  for (const line of md.split("\n").filter((l) => l.startsWith("- "))) {
    for (const m of line.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`?\s]*)[^`]*`/g)) out.push({ method: m[1]!.toLowerCase(), path: m[2]! });
  }
  return out;
}

function listedErrorCodes(md: string): string[] {
  // Stable codes look like `area.snake_case`; fields such as `confirmWindowDays` do not match.
  return [...new Set([...md.matchAll(/`([a-z_]+\.[a-z_]+)`/g)].map((m) => m[1]!))];
}

let t: TestApp;
let doc: { paths: Record<string, Record<string, { summary?: string; tags?: string[]; responses?: Record<string, unknown>; security?: unknown }>> };
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
});
afterAll(async () => t?.close());

describe("API.md contract", () => {
  it("the parser finds the endpoints of API.md (guards the test itself)", () => {
    expect(listedEndpoints(apiMd).length).toBeGreaterThan(60);
    expect(listedErrorCodes(apiMd)).toContain("worker.monthly_cap_exceeded");
  });

  it("every endpoint of API.md is in the OpenAPI document with its method", () => {
    const missing = [...listedEndpoints(apiMd), { method: "get", path: "/health" }, { method: "get", path: "/ready" }]
      .filter(({ method, path }) => !doc.paths[path]?.[method])
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
  });

  it("every error code API.md names is in the error catalogue", () => {
    const known = new Set(allErrorCodes());
    expect(listedErrorCodes(apiMd).filter((c) => !known.has(c))).toEqual([]);
  });

  it("every documented operation has a summary, a tag and an error response; protected ones declare security", () => {
    const problems: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.summary) problems.push(`${name}: no summary`);
        if (!op.tags?.length) problems.push(`${name}: no tag`);
        const statuses = Object.keys(op.responses ?? {});
        if (path.startsWith("/v1/") && !statuses.some((s) => s.startsWith("4"))) problems.push(`${name}: no 4xx response documented`);
      }
    }
    expect(problems).toEqual([]);
  });
});

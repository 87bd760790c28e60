import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Fastify, { type FastifyPluginAsync } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allErrorCodes } from "../src/errors/catalogue.ts";
import { closeOfflineDeps, offlineDeps } from "../src/openapi-document.ts";
import openapi from "../src/plugins/openapi.ts";
import { installValidation } from "../src/plugins/validation.ts";
import type { AppDeps } from "../src/context.ts";

// Issue 24, our own lint rule: every operation lists the error codes it throws. Each route file
// is registered alone, so its operations are known; the codes its source (and the modules it
// imports directly under src/, but not the central errors/ and plugins/) names must be documented
// on them. What tests exercise is checked exactly by the contract test (openapi-contract.test.ts).
const src = new URL("../src/", import.meta.url).pathname;
// src/routes/<resource>.ts, and src/<resource>/routes.ts (the layout of DESIGN.md).
const routeFiles = [
  ...readdirSync(join(src, "routes"))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => join("routes", f)),
  ...readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, "routes.ts")))
    .map((d) => join(d.name, "routes.ts")),
];

/** The file and the modules it imports directly (deeper imports name codes the route may not reach). */
function reachable(file: string, depth = 1, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (depth === 0) return seen;
  for (const m of readFileSync(file, "utf8").matchAll(/from\s+"(\.{1,2}\/[^"]+\.ts)"/g)) {
    const target = resolve(dirname(file), m[1]!);
    // Central codes (errors/, plugins/) are documented centrally; another route file is checked on its own.
    if (["errors", "plugins", "routes"].some((d) => target.startsWith(join(src, d))) || target.endsWith("/routes.ts")) continue;
    reachable(target, depth - 1, seen);
  }
  return seen;
}

/** Codes a source names: catalogue codes as string literals, and the helpers that imply one. */
function codesNamed(file: string, known: Set<string>): Set<string> {
  const text = readFileSync(file, "utf8");
  const out = new Set([...text.matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]!).filter((c) => known.has(c)));
  if (/\bvalidationError\(/.test(text)) out.add("validation.failed");
  if (/\bnotFound\(/.test(text)) out.add("resource.not_found");
  return out;
}

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> }> }>
  >;
};
function documentedCodes(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops))
      for (const r of Object.values(op.responses)) {
        for (const c of r.content?.["application/problem+json"]?.schema?.allOf?.[1]?.properties?.code?.enum ?? []) out.add(c);
      }
  return out;
}

let deps: AppDeps;
beforeAll(() => void (deps = offlineDeps()));
afterAll(async () => closeOfflineDeps(deps));

async function documentOf(plugin: FastifyPluginAsync): Promise<Doc> {
  const app = Fastify();
  app.decorate("deps", deps);
  installValidation(app);
  await app.register(openapi);
  await app.register(plugin);
  await app.ready();
  // The document as served: JSON, read with the few fields this test needs.
  const doc: Doc = JSON.parse(JSON.stringify(app.swagger()));
  await app.close();
  return doc;
}

describe("every operation lists the error codes it throws (issue 24)", () => {
  it.each(routeFiles)("%s documents every code its source throws", async (file) => {
    const plugin = ((await import(join(src, file))) as { default: FastifyPluginAsync }).default;
    const known = new Set(allErrorCodes());
    const thrown = new Set([...reachable(join(src, file))].flatMap((f) => [...codesNamed(f, known)]));
    const documented = documentedCodes(await documentOf(plugin));
    expect([...thrown].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });

  it("an unknown code in config.errors does not compile, and stops the start-up", async () => {
    const plugin: FastifyPluginAsync = async (app) => {
      // @ts-expect-error error codes are a closed union (issue 15 item 4): the typecheck refuses this line
      app.get("/v1/things", { config: { roles: ["admin"], errors: ["thing.does_not_exist"] } }, async () => ({}));
    };
    await expect(documentOf(plugin)).rejects.toThrow(/thing.does_not_exist/);
  });

  it("two routes with the same operationId stop the start-up", async () => {
    const plugin: FastifyPluginAsync = async (app) => {
      app.get("/v1/things", async () => ({}));
      app.get("/v1/other-things", { schema: { operationId: "listThings" } }, async () => ({}));
    };
    await expect(documentOf(plugin)).rejects.toThrow(/listThings/);
  });
});

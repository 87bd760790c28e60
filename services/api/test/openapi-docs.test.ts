import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import type { AppDeps } from "../src/context.ts";
import { closeOfflineDeps, offlineDeps } from "../src/openapi-document.ts";

// Issue 24: /docs renders the document with assets served by the API itself (no CDN, no outside
// network); the browser test (services/web/test/browser.test.ts) renders it in Chromium.
let deps: AppDeps;
let app: FastifyInstance;
beforeAll(async () => {
  deps = offlineDeps();
  app = await buildApp(deps);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await closeOfflineDeps(deps);
});

describe("/docs", () => {
  it("serves Swagger UI whose scripts and styles all come from the API itself", async () => {
    const page = await app.inject({ url: "/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(2);
    expect(assets.filter((a) => /^(https?:)?\/\//.test(a))).toEqual([]);
    for (const asset of assets) {
      const res = await app.inject({ url: new URL(asset, "http://api.test/docs/").pathname });
      expect(res.statusCode, asset).toBe(200);
    }
    const init = await app.inject({ url: "/docs/static/swagger-initializer.js" });
    expect(init.body).toContain("validatorUrl: null");
  });

  it("serves the same document as /v1/openapi.json", async () => {
    const [docs, served] = await Promise.all([app.inject({ url: "/docs/json" }), app.inject({ url: "/v1/openapi.json" })]);
    expect(docs.json()).toEqual(served.json());
  });
});

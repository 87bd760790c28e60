import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../../api/src/openapi-document.ts";
import { API_TYPES_FILE, apiTypesSource } from "../generate-api-types.ts";
import { createApiClient } from "../src/api.ts";

// Issue 24: the web's client is typed by the API's document. The committed types must be what
// the API serves now — another engineer's new or changed route forces a regeneration here.
describe("generated API types", () => {
  it("src/api-types.ts matches the document the API serves (run: pnpm --filter @wijkwerk/web run generate:api)", async () => {
    const expected = await apiTypesSource(await openapiDocument());
    expect(readFileSync(API_TYPES_FILE, "utf8") === expected, "src/api-types.ts is stale: pnpm --filter @wijkwerk/web run generate:api").toBe(true);
  }, 60_000);

  it("refuses, at typecheck, a path, a body field or a response field the document does not have", () => {
    const api = createApiClient("http://127.0.0.1:9");
    // Never called: these lines exist for the typecheck (a @ts-expect-error without an error fails it).
    const calls = [
      // @ts-expect-error a route the document does not have
      () => api.request("GET", "/v1/not-a-route", {}),
      // @ts-expect-error a renamed body field (firstNaam)
      () => api.request("POST", "/v1/staff", { body: { email: "a@b.be", name: "A", role: "consultant", password: "x", firstNaam: "A" } }),
      // @ts-expect-error a path parameter is required
      () => api.request("GET", "/v1/workers/{id}", {}),
      async () => {
        const r = await api.request("GET", "/v1/workers/{id}", { params: { id: "x" } });
        // @ts-expect-error a response field the document does not have
        return r.ok ? r.data.firstNaam : undefined;
      },
    ];
    expect(calls).toHaveLength(4);
  });
});

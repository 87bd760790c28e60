import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TestApp } from "./helpers.ts";

// DESIGN.md principle 7, swept over every operation of the OpenAPI document: bad input gets a
// clear 4xx problem with a stable code, never a 500.
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema };
type Op = { security?: unknown[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { in: string; name: string }[] };

let t: TestApp;
const tokens: Record<string, string> = {};
let doc: { paths: Record<string, Record<string, Op>> };

beforeAll(async () => {
  t = await startTestApp();
  const tenant = await createTenant(t, "robuust");
  tokens.admin = tenant.token;
  for (const role of ["consultant", "finance"] as const) {
    const email = `${role}@robuust.be`;
    await t.app.inject({ method: "POST", url: "/v1/staff", headers: bearer(tenant.token), payload: { email, name: role, role, password: "a long password 1" } });
    tokens[role] = await login(t, "robuust", email, "a long password 1");
  }
  doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
}, 60_000);
afterAll(async () => t?.close());

/** A value of the wrong type for a schema. */
function wrong(s: Schema | undefined): unknown {
  const type = Array.isArray(s?.type) ? s?.type[0] : s?.type;
  if (type === "string") return 12345;
  if (type === "object" || type === "array") return "x";
  return "not a number";
}

function bodies(op: Op): { name: string; payload: string }[] {
  const schema = op.requestBody?.content?.["application/json"]?.schema;
  const out = [
    { name: "empty object", payload: "{}" },
    { name: "array", payload: "[]" },
    { name: "null", payload: "null" },
    { name: "malformed", payload: "{\"a\":" },
    { name: "huge string", payload: JSON.stringify({ x: "é".repeat(10000) }) },
  ];
  if (schema?.properties) {
    out.push({ name: "every field the wrong type", payload: JSON.stringify(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, wrong(v)]))) });
    out.push({ name: "every field null", payload: JSON.stringify(Object.fromEntries(Object.keys(schema.properties).map((k) => [k, null]))) });
  }
  return out;
}

describe("never a 500", () => {
  it("every operation answers bad input with a 4xx problem", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/v1/") || path.startsWith("/v1/platform") || path.startsWith("/v1/auth") || path === "/v1/openapi.json") continue;
      for (const [method, op] of Object.entries(ops)) {
        for (const idValue of [randomUUID(), "not-a-uuid"]) {
          const url = path.replace(/\{[^}]+\}/g, idValue);
          const query = "?limit=abc&cursor=%%%&month=2026-13&date=gisteren&from=x&to=y&year=abc";
          for (const [role, token] of Object.entries(tokens)) {
            const cases = method === "get" ? [{ name: "garbage query", payload: undefined as string | undefined }] : bodies(op);
            for (const c of cases) {
              const res = await t.app.inject({
                method: method.toUpperCase() as "GET",
                url: method === "get" ? url + query : url,
                headers: { ...bearer(token), ...(c.payload !== undefined ? { "content-type": "application/json" } : {}) },
                ...(c.payload !== undefined ? { payload: c.payload } : {}),
              });
              calls++;
              const problem = res.statusCode >= 400 && res.headers["content-type"]?.toString().includes("application/problem+json") ? res.json() : undefined;
              if (res.statusCode >= 500) failures.push(`${role} ${method.toUpperCase()} ${url} [${c.name}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
              else if (res.statusCode >= 400 && (typeof problem?.code !== "string" || (problem.code === "validation.failed" && !Array.isArray(problem.errors))))
                failures.push(`${role} ${method.toUpperCase()} ${url} [${c.name}] → ${res.statusCode} without a problem body: ${res.body.slice(0, 120)}`);
            }
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 180_000);

  it("every operation that declares security answers 401 auth.unauthenticated without a token", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/v1/") || path.startsWith("/v1/platform") || path.startsWith("/v1/auth") || path === "/v1/openapi.json") continue;
      for (const [method, op] of Object.entries(ops)) {
        // Operations with `security: []` are public on purpose (e.g. answering by signed link).
        if (!op.security?.length) continue;
        const res = await t.app.inject({ method: method.toUpperCase() as "GET", url: path.replace(/\{[^}]+\}/g, randomUUID()) });
        checked++;
        if (res.statusCode !== 401 || res.json().code !== "auth.unauthenticated") failures.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});

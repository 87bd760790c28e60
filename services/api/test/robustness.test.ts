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
    await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(tenant.token),
      payload: { email, name: role, role, password: "a long password 1" },
    });
    tokens[role] = await login(t, "robuust", email, "a long password 1");
  }
  doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
}, 60_000);
afterAll(async () => t?.close());

/** "Sign out everywhere" takes no body, so any body is a valid call: it would end the sweep's own sessions (tested in staff-accounts). */
const signsOut = (path: string) => path === "/v1/staff/me/sessions/end-all";

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
    { name: "malformed", payload: '{"a":' },
    { name: "huge string", payload: JSON.stringify({ x: "é".repeat(10000) }) },
  ];
  if (schema?.properties) {
    out.push({
      name: "every field the wrong type",
      payload: JSON.stringify(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, wrong(v)]))),
    });
    out.push({ name: "every field null", payload: JSON.stringify(Object.fromEntries(Object.keys(schema.properties).map((k) => [k, null]))) });
  }
  return out;
}

describe("never a 500", () => {
  it("every operation answers bad input with a 4xx problem", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/v1/") || path.startsWith("/v1/platform") || path.startsWith("/v1/auth") || path === "/v1/openapi.json" || signsOut(path)) continue;
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
      if (!path.startsWith("/v1/") || path.startsWith("/v1/platform") || path.startsWith("/v1/auth") || path === "/v1/openapi.json" || signsOut(path)) continue;
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

/** Every string field of a body schema set to `text` (nested objects too). */
function withText(schema: Schema | undefined, text: string): unknown {
  if (!schema?.properties) return { name: text };
  return Object.fromEntries(
    Object.entries(schema.properties).map(([k, v]) => {
      const type = Array.isArray(v.type) ? v.type[0] : v.type;
      return [k, type === "object" ? withText(v, text) : type === "array" ? [text] : text];
    }),
  );
}

describe("issue 13 item 5: a NUL character or a lone surrogate in any text is 422, never a 500 and never stored", () => {
  it("POST /v1/auth/login with a NUL in the e-mail, without a token, is 422 validation.failed at the field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: JSON.stringify({ tenant: "robuust", email: "abc\u0000def", password: "x" }),
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "validation.failed", errors: [{ path: "email" }] });
  });

  it("a lone surrogate in a skill name is 422, not stored as �", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/skills",
      headers: { ...bearer(tokens.admin!), "content-type": "application/json" },
      payload: '{"name":"bad\\ud800half"}',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: "name", message: expect.stringContaining("teken") }]);
    const [row] = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM skills WHERE name LIKE 'bad%'`;
    expect(row!.n).toBe(0);
  });

  it("swept over every operation of the document, in bodies and query strings", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/v1/") || path === "/v1/openapi.json" || signsOut(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        for (const text of ["abc\u0000def", "bad\ud800half", "half\udc00"]) {
          const payload = method === "get" ? undefined : JSON.stringify(withText(op.requestBody?.content?.["application/json"]?.schema, text));
          const res = await t.app.inject({
            method: method.toUpperCase() as "GET",
            url: method === "get" ? `${url}?q=${encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ""))}%00` : url,
            headers: { ...bearer(tokens.admin!), ...(payload ? { "content-type": "application/json" } : {}) },
            ...(payload ? { payload } : {}),
          });
          calls++;
          if (res.statusCode >= 500 || (res.statusCode >= 200 && res.statusCode < 300))
            failures.push(`${method.toUpperCase()} ${path} [${JSON.stringify(text)}] → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("issue 13 item 6: router-level answers are problem+json with a stable code", () => {
  it.each([
    { name: "a path parameter of 3000 characters", method: "GET", url: `/v1/workers/${"x".repeat(3000)}`, status: 414, code: "request.uri_too_long" },
    { name: "a bad percent-encoding (a lone surrogate)", method: "GET", url: "/v1/workers/%ED%A0%80", status: 400, code: "request.malformed" },
    { name: "a lone %", method: "GET", url: "/%", status: 400, code: "request.malformed" },
    { name: "an unknown route", method: "GET", url: "/v1/nope", status: 404, code: "route.not_found" },
    { name: "a known path with another method", method: "DELETE", url: "/v1/skills", status: 405, code: "method.not_allowed" },
    {
      name: "a known path with a parameter and another method",
      method: "PUT",
      url: `/v1/workers/${randomUUID()}/agreements`,
      status: 405,
      code: "method.not_allowed",
    },
    { name: "a body too large", method: "POST", url: "/v1/auth/login", status: 413, code: "request.too_large", payload: "x".repeat(6 * 1024 * 1024) },
    {
      name: "an unsupported media type",
      method: "POST",
      url: "/v1/auth/login",
      status: 415,
      code: "request.unsupported_media_type",
      payload: "a=b",
      type: "application/x-www-form-urlencoded",
    },
  ])("$name → $status $code", async ({ method, url, status, code, payload, type }) => {
    const res = await t.app.inject({ method: method as "GET", url, ...(payload ? { payload, headers: { "content-type": type ?? "application/json" } } : {}) });
    expect(res.statusCode).toBe(status);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ status, code });
    if (status === 405) expect(res.headers.allow).toMatch(/GET|POST/);
  });
});

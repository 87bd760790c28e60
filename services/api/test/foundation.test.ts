import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: "3" });
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
});
afterAll(async () => t?.close());

describe("health and contract", () => {
  it("GET /health answers while the process is up", async () => {
    const res = await t.app.inject({ url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("GET /ready checks PostgreSQL and Redis", async () => {
    const res = await t.app.inject({ url: "/ready" });
    expect(res.json()).toEqual({ status: "ready", database: true, redis: true });
  });

  it("serves an OpenAPI 3.1 document listing the foundation paths", async () => {
    const res = await t.app.inject({ url: "/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/v1/platform/tenants", "/v1/auth/login", "/v1/staff", "/v1/settings", "/health", "/ready"]) expect(doc.paths).toHaveProperty([path]);
    expect(doc.paths["/v1/staff"].post.security).toEqual([{ bearer: [] }]);
  });

  it("unknown routes are a problem+json 404, not an HTML page", async () => {
    const res = await t.app.inject({ url: "/v1/nope" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, code: "route.not_found" });
  });
});

describe("platform tenants", () => {
  it("needs the platform token", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/platform/tenants",
      headers: bearer("wrong-token-wrong-token"),
      payload: { name: "X", slug: "xx", adminEmail: "a@b.be", adminPassword: "long enough pass" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("auth.unauthenticated");
  });

  it("refuses a slug that is taken with 409 tenant.slug_taken", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/platform/tenants",
      headers: bearer(t.config.PLATFORM_TOKEN),
      payload: { name: "Nog eens Gent", slug: "gent", adminEmail: "x@gent.be", adminPassword: "long enough pass" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("tenant.slug_taken");
  });
});

describe("authentication", () => {
  it("a wrong password is 401 auth.invalid_credentials", async () => {
    const res = await t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { tenant: "gent", email: gent.email, password: "nope" } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("auth.invalid_credentials");
  });

  it("an unknown tenant or email is the same 401, revealing nothing", async () => {
    for (const payload of [
      { tenant: "nowhere", email: gent.email, password: gent.password },
      { tenant: "gent", email: "ghost@gent.be", password: gent.password },
    ]) {
      const res = await t.app.inject({ method: "POST", url: "/v1/auth/login", payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("auth.invalid_credentials");
    }
  });

  it("repeated failures lock the account with 429 auth.rate_limited, even for the right password", async () => {
    const account = { tenant: "aalst", email: aalst.email };
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { ...account, password: `wrong-${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { ...account, password: aalst.password } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe("auth.rate_limited");
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("no token is 401, a forged token is 401", async () => {
    expect((await t.app.inject({ url: "/v1/staff" })).json().code).toBe("auth.unauthenticated");
    const forged = t.app.jwt.sign({ sub: "x", tid: gent.tenantId, role: "admin" }, { key: "another-secret-another-secret" } as never);
    const res = await t.app.inject({ url: "/v1/staff", headers: bearer(forged + "x") });
    expect(res.statusCode).toBe(401);
  });

  it("an expired token is 401 with a message saying so", async () => {
    const expired = t.app.jwt.sign({ sub: "x", tid: gent.tenantId, role: "admin" }, { expiresIn: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    const res = await t.app.inject({ url: "/v1/staff", headers: bearer(expired) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: "auth.unauthenticated", detail: expect.stringMatching(/verlopen/) });
  });

  it("the wrong role is 403 auth.forbidden", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email: "fin@gent.be", name: "Fien Financiën", role: "finance", password: "finance password 1" },
    });
    expect(created.statusCode).toBe(201);
    const finance = await login(t, "gent", "fin@gent.be", "finance password 1");
    const res = await t.app.inject({ url: "/v1/staff", headers: bearer(finance) });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("auth.forbidden");
    const patch = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(finance), payload: { confirmWindowDays: 5 } });
    expect(patch.statusCode).toBe(403);
  });
});

describe("validation", () => {
  it("a bad body is 422 with Dutch field errors, never 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email: "not-an-email", role: "boss", password: "short", extra: 1 },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe("validation.failed");
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["email", "name", "role", "password", "extra"]));
    expect(body.errors.find((e: { path: string }) => e.path === "name").message).toBe("Dit veld is verplicht.");
  });

  it("malformed JSON is 400 request.malformed", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: { ...bearer(gent.token), "content-type": "application/json" },
      payload: "{nope",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("request.malformed");
  });

  it("a number sent as text is refused, not coerced", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { confirmWindowDays: "5" } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: "confirmWindowDays" });
  });

  it("a bad cursor is 422, not 500", async () => {
    const res = await t.app.inject({ url: "/v1/staff?cursor=garbage", headers: bearer(gent.token) });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("query.cursor");
  });
});

describe("settings", () => {
  it("start with the defaults of RULES.md", async () => {
    const res = await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      workerHourlyCents: 410,
      monthlyCapMinutes: 3600,
      yearlyCapMinutes: 37800,
      agreementMaxMonths: 12,
      registrationFeeCents: 750,
      voucherValidityMonths: 12,
    });
  });

  it("a patch is kept, audited, and invisible to another tenant", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { confirmWindowDays: 5 } });
    expect(res.statusCode).toBe(200);
    expect(res.json().confirmWindowDays).toBe(5);
    const other = await t.app.inject({ url: "/v1/settings", headers: bearer(aalst.token) });
    expect(other.json().confirmWindowDays).not.toBe(5);
    const audit = await t.owner
      .sql`SELECT before->>'confirmWindowDays' AS b, after->>'confirmWindowDays' AS a FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'settings'`;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ a: "5" });
  });

  it("caps above the legal maximum are refused with 422", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { monthlyCapMinutes: 4000 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("monthlyCapMinutes");
  });
});

describe("tenants over HTTP", () => {
  it("a token of tenant B never lists tenant A's staff", async () => {
    const res = await t.app.inject({ url: "/v1/staff", headers: bearer(aalst.token) });
    const emails = res.json().items.map((s: { email: string }) => s.email);
    expect(emails).toContain(aalst.email);
    expect(emails).not.toContain(gent.email);
  });

  it("a token forged to claim another tenant's id but signed with the wrong key is refused", async () => {
    const parts = gent.token.split(".");
    const payload = JSON.parse(Buffer.from(parts[1]!, "base64url").toString());
    payload.tid = aalst.tenantId;
    const forged = [parts[0], Buffer.from(JSON.stringify(payload)).toString("base64url"), parts[2]].join(".");
    const res = await t.app.inject({ url: "/v1/staff", headers: bearer(forged) });
    expect(res.statusCode).toBe(401);
  });
});

describe("idempotency", () => {
  const body = { email: "cons@gent.be", name: "Cas Consulent", role: "consultant", password: "consultant pass 1" };
  it("the same key and body replays the first response without a second row", async () => {
    const headers = { ...bearer(gent.token), "idempotency-key": "staff-create-1" };
    const first = await t.app.inject({ method: "POST", url: "/v1/staff", headers, payload: body });
    const second = await t.app.inject({ method: "POST", url: "/v1/staff", headers, payload: { ...body } });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers["idempotent-replayed"]).toBe("true");
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM staff WHERE email = 'cons@gent.be'`;
    expect(rows[0]!.n).toBe(1);
  });

  it("the same key with another body is 409 idempotency.key_reused", async () => {
    const headers = { ...bearer(gent.token), "idempotency-key": "staff-create-1" };
    const res = await t.app.inject({ method: "POST", url: "/v1/staff", headers, payload: { ...body, name: "Iemand Anders" } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("idempotency.key_reused");
  });

  it("parallel requests with one key execute once", async () => {
    const headers = { ...bearer(gent.token), "idempotency-key": "staff-create-par" };
    const b = { ...body, email: "par@gent.be" };
    const results = await Promise.all(Array.from({ length: 8 }, () => t.app.inject({ method: "POST", url: "/v1/staff", headers, payload: b })));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201).length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 201 || c === 409)).toBe(true);
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM staff WHERE email = 'par@gent.be'`;
    expect(rows[0]!.n).toBe(1);
  });
});

describe("audit log", () => {
  it("records actor, tenant, entity and after-image for a created staff member", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email: "audit@gent.be", name: "Ann Audit", role: "consultant", password: "audit password 1" },
    });
    const id = res.json().id;
    const rows = await t.owner.sql`SELECT tenant_id, actor_type, action, entity, after FROM audit_log WHERE entity_id = ${id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: gent.tenantId, actor_type: "admin", action: "create", entity: "staff" });
    expect(rows[0]!.after).toMatchObject({ email: "audit@gent.be" });
    expect(JSON.stringify(rows[0]!.after)).not.toMatch(/password/);
  });

  it("a refused request leaves nothing half-written", async () => {
    const before = await t.owner.sql`SELECT count(*)::int AS n FROM audit_log`;
    await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email: "audit@gent.be", name: "Dubbel", role: "consultant", password: "audit password 1" },
    });
    const after = await t.owner.sql`SELECT count(*)::int AS n FROM audit_log`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

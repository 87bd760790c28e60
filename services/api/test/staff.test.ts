import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 16, admin: invite without choosing someone's password, change a role, reset a password; the organisation keeps an admin. */
let t: TestApp;
let tenant: TenantLogin;
let other: TenantLogin;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t, "gent");
  other = await createTenant(t, "aalst");
});
afterAll(async () => t?.close());

const call = (method: "GET" | "POST" | "PATCH", url: string, payload?: object, token = tenant.token) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
const me = (token: string) => t.app.inject({ url: "/v1/skills", headers: bearer(token) });
const adminIdOf = (token: string) => (JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { sub: string }).sub;
const adminId = () => adminIdOf(tenant.token);
const auditOf = (id: string) =>
  t.owner.sql<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[]>`
    SELECT action, before, after FROM audit_log WHERE entity = 'staff' AND entity_id = ${id} ORDER BY at, action`;

describe("issue 16: staff accounts", () => {
  it("an invite without a password returns a temporary one, once; it signs in; it is never in the audit row", async () => {
    const res = await call("POST", "/v1/staff", { email: "Els@Gent.be", name: "Els Peeters", role: "consultant" });
    expect(res.statusCode, res.body).toBe(201);
    const { id, temporaryPassword, email } = res.json();
    expect(email).toBe("els@gent.be");
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await me(await login(t, tenant.slug, "els@gent.be", temporaryPassword))).statusCode).toBe(200);
    expect((await call("GET", "/v1/staff?limit=100")).json().items.find((s: { id: string }) => s.id === id)).not.toHaveProperty("temporaryPassword");
    expect(JSON.stringify(await auditOf(id))).not.toContain(temporaryPassword);
  });

  it("a new role signs the member out everywhere and is audited as change_role; a new name does not sign out", async () => {
    const created = (await call("POST", "/v1/staff", { email: "jan@gent.be", name: "Jan", role: "consultant", password: "a long password 1" })).json();
    const before = await login(t, tenant.slug, "jan@gent.be", "a long password 1");
    const renamed = await call("PATCH", `/v1/staff/${created.id}`, { name: "Jan Claes" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await me(before)).statusCode).toBe(200);
    const res = await call("PATCH", `/v1/staff/${created.id}`, { role: "finance" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: "Jan Claes", role: "finance", active: true });
    expect((await me(before)).statusCode).toBe(401);
    const finance = await login(t, tenant.slug, "jan@gent.be", "a long password 1");
    expect((await t.app.inject({ url: "/v1/payout-runs", headers: bearer(finance) })).statusCode).toBe(200);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(["create", "update", "change_role"]);
  });

  it("a password reset gives a new temporary password, refuses the old one and every old token", async () => {
    const created = (await call("POST", "/v1/staff", { email: "an@gent.be", name: "An", role: "consultant", password: "a long password 2" })).json();
    const old = await login(t, tenant.slug, "an@gent.be", "a long password 2");
    const res = await call("POST", `/v1/staff/${created.id}/password-reset`);
    expect(res.statusCode, res.body).toBe(200);
    const { temporaryPassword } = res.json();
    expect((await me(old)).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { tenant: tenant.slug, email: "an@gent.be", password: "a long password 2" },
    });
    expect(refused.statusCode).toBe(401);
    expect((await me(await login(t, tenant.slug, "an@gent.be", temporaryPassword))).statusCode).toBe(200);
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toContain("reset_password");
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
  });

  it("the last active admin keeps the role (409 staff.last_admin); with a second admin the first may step down", async () => {
    const alone = await call("PATCH", `/v1/staff/${adminId()}`, { role: "consultant" });
    expect(alone.statusCode).toBe(409);
    expect(alone.headers["content-type"]).toContain("application/problem+json");
    expect(alone.json().code).toBe("staff.last_admin");
    expect((await call("GET", "/v1/staff?limit=100")).json().items.find((s: { id: string }) => s.id === adminId()).role).toBe("admin");
    const second = await call("POST", "/v1/staff", { email: "tweede@gent.be", name: "Tweede", role: "admin", password: "a long password 3" });
    expect(second.statusCode).toBe(201);
    const down = await call("PATCH", `/v1/staff/${adminId()}`, { role: "consultant" });
    expect(down.statusCode, down.body).toBe(200);
    // The old admin token is gone with the role.
    expect((await call("GET", "/v1/staff")).statusCode).toBe(401);
  });

  it("two admins who take each other's admin role at once: one wins, the other is refused, one admin remains", async () => {
    const t1 = await createTenant(t, "race");
    const admin = (slug: string, email: string) => login(t, slug, email, "a long password 9");
    const b = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(t1.token),
      payload: { email: "b@race.be", name: "B", role: "admin", password: "a long password 9" },
    });
    const c = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(t1.token),
      payload: { email: "c@race.be", name: "C", role: "admin", password: "a long password 9" },
    });
    const first = adminIdOf(t1.token);
    expect((await call("PATCH", `/v1/staff/${first}`, { role: "consultant" }, t1.token)).statusCode).toBe(200);
    const [tb, tc] = [await admin(t1.slug, "b@race.be"), await admin(t1.slug, "c@race.be")];
    const answers = await Promise.all([
      call("PATCH", `/v1/staff/${c.json().id}`, { role: "consultant" }, tb),
      call("PATCH", `/v1/staff/${b.json().id}`, { role: "consultant" }, tc),
    ]);
    // The loser is 409 staff.last_admin when both were past sign-in, or 401 when the winner's change (which signs the demoted out) came first.
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([401, 409]).toContain(codes[1]);
    const loser = answers.find((r) => r.statusCode !== 200)!;
    expect(loser.json().code).toBe(loser.statusCode === 409 ? "staff.last_admin" : "auth.unauthenticated");
    const [left] = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM staff WHERE tenant_id = ${t1.tenantId} AND role = 'admin' AND active`;
    expect(left!.n).toBe(1);
  });

  it("bad requests are 4xx problems: an unknown role, an empty patch, a deactivated member's reset, another tenant's member", async () => {
    const admin = await login(t, tenant.slug, "tweede@gent.be", "a long password 3");
    const created = (await call("POST", "/v1/staff", { email: "weg@gent.be", name: "Weg", role: "consultant" }, admin)).json();
    expect((await call("PATCH", `/v1/staff/${created.id}`, { role: "owner" }, admin)).statusCode).toBe(422);
    expect((await call("PATCH", `/v1/staff/${created.id}`, {}, admin)).statusCode).toBe(422);
    expect((await call("POST", `/v1/staff/${created.id}/deactivate`, undefined, admin)).statusCode).toBe(200);
    const reset = await call("POST", `/v1/staff/${created.id}/password-reset`, undefined, admin);
    expect(reset.statusCode).toBe(409);
    expect(reset.json().code).toBe("staff.inactive");
    expect((await call("PATCH", `/v1/staff/${created.id}`, { name: "X" }, other.token)).statusCode).toBe(404);
    expect((await call("POST", `/v1/staff/${created.id}/password-reset`, undefined, other.token)).statusCode).toBe(404);
  });
});

describe("issue 16: one's own password", () => {
  it("a member replaces the temporary password: a wrong current one is said at its field; afterwards only the new one signs in and old tokens are refused", async () => {
    const admin = await login(t, tenant.slug, "tweede@gent.be", "a long password 3");
    const invited = (await call("POST", "/v1/staff", { email: "nieuw@gent.be", name: "Nieuw", role: "consultant" }, admin)).json();
    const token = await login(t, tenant.slug, "nieuw@gent.be", invited.temporaryPassword);
    const wrong = await call("POST", "/v1/staff/me/password", { currentPassword: "niet juist", newPassword: "mijn eigen lange zin" }, token);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([{ path: "currentPassword", message: "Dit is niet uw huidige wachtwoord." }]);
    const short = await call("POST", "/v1/staff/me/password", { currentPassword: invited.temporaryPassword, newPassword: "kort" }, token);
    expect(short.statusCode).toBe(422);
    expect(short.json().errors[0].path).toBe("newPassword");
    const ok = await call("POST", "/v1/staff/me/password", { currentPassword: invited.temporaryPassword, newPassword: "mijn eigen lange zin" }, token);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await me(token)).statusCode).toBe(401);
    const old = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { tenant: tenant.slug, email: "nieuw@gent.be", password: invited.temporaryPassword },
    });
    expect(old.statusCode).toBe(401);
    expect((await me(await login(t, tenant.slug, "nieuw@gent.be", "mijn eigen lange zin"))).statusCode).toBe(200);
    expect((await auditOf(invited.id)).map((a) => a.action)).toEqual(["create", "change_own_password"]);
  });
});

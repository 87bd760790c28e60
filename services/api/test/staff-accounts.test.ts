import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 20, staff accounts: invitation and password reset by e-mail link, a TOTP second factor
 * (required for admin and finance after an enrolment period, optional for consultants as the
 * organisation decides), and one's own sessions.
 */
let t: TestApp;
let gent: TenantLogin;
let other: TenantLogin;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  other = await createTenant(t);
});
afterAll(async () => t?.close());

const req = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, token?: string, payload?: object) =>
  t.app.inject({ method, url, ...(token ? { headers: bearer(token) } : {}), ...(payload ? { payload } : {}) });
/** The code an authenticator app shows `steps` periods of 30 seconds from now. */
const codeOf = (secret: string, steps = 0) => new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });
const settings = async (patch: object) => expect((await req("PATCH", "/v1/settings", gent.token, patch)).statusCode).toBe(200);
const lastLink = async (topic: string, staffId: string) =>
  (
    await t.owner.sql<{ payload: { code: string } }[]>`
      SELECT payload FROM outbox WHERE topic = ${topic} AND payload->>'staffId' = ${staffId} ORDER BY created_at DESC LIMIT 1`
  )[0]?.payload.code;
async function staffMember(role: string, name: string) {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}@gent.be`;
  const res = await req("POST", "/v1/staff", gent.token, { email, name, role, password: "correct horse battery" });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, email, password: "correct horse battery" };
}
const signIn = (email: string, password: string, code?: string, tenant = gent.slug) =>
  req("POST", "/v1/auth/login", undefined, { tenant, email, password, ...(code ? { code } : {}) });

/** Sets up the second factor with the token given; returns the secret and the new token. */
async function enrol(token: string) {
  const started = await req("POST", "/v1/staff/me/second-factor", token);
  expect(started.statusCode, started.body).toBe(200);
  const { secret, otpauthUri, qrSvg } = started.json();
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  expect(qrSvg).toContain("<svg");
  const confirmed = await req("POST", "/v1/staff/me/second-factor/confirm", token, { code: codeOf(secret) });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { secret: secret as string, token: confirmed.json().accessToken as string };
}

describe("the second factor (issue 20)", () => {
  it("a new admin may work during the enrolment period and is told until when", async () => {
    const res = await signIn(gent.email, gent.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().secondFactor).toMatchObject({ status: "enrol", enrolNow: false });
    expect(new Date(res.json().secondFactor.enrolBy).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect((await req("GET", "/v1/staff", res.json().accessToken)).statusCode).toBe(200);
  });

  it("after the period, finance can only set it up; doing so opens everything and ends the other sessions", async () => {
    await settings({ secondFactorEnrolmentDays: 0 });
    const fatima = await staffMember("finance", "Fatima");
    const res = await signIn(fatima.email, fatima.password);
    expect(res.json().secondFactor).toMatchObject({ status: "enrol", enrolNow: true });
    const limited = res.json().accessToken as string;
    const refused = await req("GET", "/v1/payout-runs", limited);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("auth.second_factor_enrolment_required");

    const started = await req("POST", "/v1/staff/me/second-factor", limited);
    const wrong = await req("POST", "/v1/staff/me/second-factor/confirm", limited, { code: "000000" === codeOf(started.json().secret) ? "111111" : "000000" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe("auth.second_factor_invalid");
    const confirmed = await req("POST", "/v1/staff/me/second-factor/confirm", limited, { code: codeOf(started.json().secret) });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await req("GET", "/v1/payout-runs", confirmed.json().accessToken)).statusCode).toBe(200);
    expect((await req("GET", "/v1/staff/me/sessions", limited)).statusCode).toBe(401);
    const staff = (await req("GET", "/v1/staff", gent.token)).json().items.find((s: { id: string }) => s.id === fatima.id);
    expect(staff.secondFactor).toBe(true);
    await settings({ secondFactorEnrolmentDays: 14 });
  });

  it("with a second factor, the password alone gives a challenge; the code finishes the sign-in, once", async () => {
    const bart = await staffMember("finance", "Bart");
    const { secret } = await enrol(await login(t, gent.slug, bart.email, bart.password));
    const first = await signIn(bart.email, bart.password);
    expect(first.statusCode).toBe(401);
    expect(first.json().code).toBe("auth.second_factor_required");
    const challenge = first.json().challenge as string;
    // The challenge is no access token.
    expect((await req("GET", "/v1/staff/me/sessions", challenge)).statusCode).toBe(401);

    const wrong = await req("POST", "/v1/auth/login/second-factor", undefined, { challenge, code: "12345" });
    expect(wrong.json().code).toBe("auth.second_factor_invalid");
    const code = codeOf(secret, 1);
    const ok = await req("POST", "/v1/auth/login/second-factor", undefined, { challenge, code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().secondFactor).toEqual({ status: "used" });
    // The same code never opens a second session.
    const replay = await signIn(bart.email, bart.password, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe("auth.second_factor_invalid");
  });

  it("consultants sign in with the password alone unless the organisation asks for a second factor", async () => {
    const chris = await staffMember("consultant", "Chris");
    expect((await signIn(chris.email, chris.password)).json().secondFactor).toEqual({ status: "none" });
    await settings({ secondFactorForConsultants: true, secondFactorEnrolmentDays: 0 });
    expect((await signIn(chris.email, chris.password)).json().secondFactor).toMatchObject({ status: "enrol", enrolNow: true });
    await settings({ secondFactorForConsultants: false, secondFactorEnrolmentDays: 14 });
    const bad = await req("PATCH", "/v1/settings", gent.token, { secondFactorForConsultants: "ja" });
    expect(bad.statusCode).toBe(422);
  });

  it("a consultant may stop using a second factor they chose; an admin resets a lost one, never their own", async () => {
    const dana = await staffMember("consultant", "Dana");
    const { secret, token } = await enrol(await login(t, gent.slug, dana.email, dana.password));
    expect((await req("POST", "/v1/staff/me/second-factor/remove", token, { code: codeOf(secret, 1) })).statusCode).toBe(204);
    expect((await signIn(dana.email, dana.password)).json().secondFactor).toEqual({ status: "none" });

    const eva = await staffMember("finance", "Eva");
    const eve = await enrol(await login(t, gent.slug, eva.email, eva.password));
    const removeRequired = await req("POST", "/v1/staff/me/second-factor/remove", eve.token, { code: codeOf(eve.secret, 1) });
    expect(removeRequired.json().code).toBe("second_factor.required");
    const reset = await req("DELETE", `/v1/staff/${eva.id}/second-factor`, gent.token);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().secondFactor).toBe(false);
    expect((await req("GET", "/v1/staff/me/sessions", eve.token)).statusCode).toBe(401);
    const admins = (await req("GET", "/v1/staff", gent.token)).json().items;
    const me = admins.find((s: { email: string }) => s.email === gent.email);
    expect((await req("DELETE", `/v1/staff/${me.id}/second-factor`, gent.token)).json().code).toBe("second_factor.self_reset");
  });
});

describe("invitations and password resets by e-mail link (issue 20)", () => {
  it("an invited colleague chooses a password through the link; the link works once", async () => {
    const res = await req("POST", "/v1/staff", gent.token, { email: "nadia@gent.be", name: "Nadia", role: "consultant", invite: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ invited: true });
    expect(res.json().temporaryPassword).toBeUndefined();
    const code = (await lastLink("events/staff.invite", res.json().id))!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Nobody can sign in before the password is chosen.
    expect((await signIn("nadia@gent.be", "correct horse battery")).statusCode).toBe(401);

    const seen = await req("GET", `/v1/auth/staff-links/${code}?tenant=${gent.slug}`);
    expect(seen.json()).toMatchObject({ purpose: "invite", name: "Nadia", email: "nadia@gent.be" });
    const chosen = await req("POST", `/v1/auth/staff-links/${code}/password`, undefined, { tenant: gent.slug, password: "mijn eigen lange zin" });
    expect(chosen.statusCode, chosen.body).toBe(204);
    expect((await signIn("nadia@gent.be", "mijn eigen lange zin")).statusCode).toBe(200);
    const again = await req("POST", `/v1/auth/staff-links/${code}/password`, undefined, { tenant: gent.slug, password: "nog een andere zin" });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("staff_link.expired");
    const staff = (await req("GET", "/v1/staff", gent.token)).json().items.find((s: { email: string }) => s.email === "nadia@gent.be");
    expect(staff.invited).toBe(false);
    expect((await req("POST", `/v1/staff/${staff.id}/invitation`, gent.token)).json().code).toBe("staff.invitation_accepted");
  });

  it("an invitation with a password is refused; a link of one organisation means nothing in another", async () => {
    const both = await req("POST", "/v1/staff", gent.token, {
      email: "x@gent.be",
      name: "X",
      role: "consultant",
      invite: true,
      password: "correct horse battery",
    });
    expect(both.statusCode).toBe(422);
    const res = await req("POST", "/v1/staff", gent.token, { email: "omar@gent.be", name: "Omar", role: "finance", invite: true });
    const code = (await lastLink("events/staff.invite", res.json().id))!;
    const elsewhere = await req("GET", `/v1/auth/staff-links/${code}?tenant=${other.slug}`);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe("staff_link.unknown");
    // Sending the invitation again replaces the first link.
    expect((await req("POST", `/v1/staff/${res.json().id}/invitation`, gent.token)).statusCode).toBe(202);
    expect((await req("GET", `/v1/auth/staff-links/${code}?tenant=${gent.slug}`)).statusCode).toBe(410);
  });

  it("forgot password: the same answer for known and unknown addresses; the link sets a new password and ends every session", async () => {
    const ilse = await staffMember("consultant", "Ilse");
    const session = await login(t, gent.slug, ilse.email, ilse.password);
    const unknown = await req("POST", "/v1/auth/password-reset", undefined, { tenant: gent.slug, email: "niemand@gent.be" });
    const known = await req("POST", "/v1/auth/password-reset", undefined, { tenant: gent.slug, email: ilse.email.toUpperCase() });
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    const code = (await lastLink("events/staff.password_reset", ilse.id))!;
    const done = await req("POST", `/v1/auth/staff-links/${code}/password`, undefined, { tenant: gent.slug, password: "een nieuwe lange zin" });
    expect(done.statusCode).toBe(204);
    expect((await signIn(ilse.email, ilse.password)).statusCode).toBe(401);
    expect((await signIn(ilse.email, "een nieuwe lange zin")).statusCode).toBe(200);
    expect((await req("GET", "/v1/staff/me/sessions", session)).statusCode).toBe(401);
    const audit = await t.owner.sql`SELECT action FROM audit_log WHERE entity_id = ${ilse.id} ORDER BY at`;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["password_reset_requested", "reset_password"]));
  });
});

describe("one's own sessions (issue 20)", () => {
  it("lists where one is signed in, ends one, and signs out everywhere", async () => {
    const jan = await staffMember("consultant", "Jan");
    const phone = (
      await t.app.inject({
        method: "POST",
        url: "/v1/auth/login",
        headers: { "user-agent": "Telefoon" },
        payload: { tenant: gent.slug, email: jan.email, password: jan.password },
      })
    ).json().accessToken;
    const desk = await login(t, gent.slug, jan.email, jan.password);
    const list = (await req("GET", "/v1/staff/me/sessions", desk)).json().items as { id: string; current: boolean; device: string | null }[];
    expect(list).toHaveLength(2);
    const phoneSession = list.find((s) => s.device === "Telefoon")!;
    expect(phoneSession.current).toBe(false);
    expect(list.find((s) => s.current)).toBeDefined();
    expect((await req("DELETE", `/v1/staff/me/sessions/${phoneSession.id}`, desk)).statusCode).toBe(204);
    expect((await req("GET", "/v1/staff/me/sessions", phone)).statusCode).toBe(401);
    // Someone else's session is not one's own to end.
    const others = (await req("GET", "/v1/staff/me/sessions", gent.token)).json().items as { id: string }[];
    expect((await req("DELETE", `/v1/staff/me/sessions/${others[0]!.id}`, desk)).statusCode).toBe(404);
    expect((await req("POST", "/v1/staff/me/sessions/end-all", desk)).statusCode).toBe(204);
    expect((await req("GET", "/v1/staff/me/sessions", desk)).statusCode).toBe(401);
  });
});

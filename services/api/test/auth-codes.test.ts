import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// API.md sign-in codes for workers and clients; issue "Notifications" (hashed 6-digit code, 10 min, 5 tries).
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let workerId: string;
let clientId: string;
let aalstWorkerId: string;

async function people(tenantId: string, phone: string, email: string) {
  const sql = t.owner.sql;
  const m = randomUUID();
  const n = randomUUID();
  const w = randomUUID();
  const c = randomUUID();
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${m}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${n}, ${m}, 'Ledeberg', 51.03, 3.74)`;
  await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, email, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
            VALUES (${tenantId}, ${w}, 'Amina', 'Bakkali', '85073003328', ${phone}, 'Amina@Example.be', 'nl', 'Kerkstraat', '1', '9000', ${m}, ${n}, 'BE71096123456769', 'vdab')`;
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, phone, email, language, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
            VALUES (${tenantId}, ${c}, 'private', 'Jeanne Peeters', 'Jeanne', 'Peeters', '+32472000002', ${email}, 'fr', 'Dorpstraat', '12', '9050', ${m}, ${n}, 1)`;
  return { w, c };
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  ({ w: workerId, c: clientId } = await people(gent.tenantId, "+32471000001", "jeanne@example.be"));
  ({ w: aalstWorkerId } = await people(aalst.tenantId, "+32471000001", "jeanne@example.be"));
});
afterAll(async () => t?.close());

/** From `address` as the web forwards it: the per-address limits (rate-limits.test.ts) count apart. */
const request = (payload: Record<string, unknown>, address = "127.0.0.1") =>
  t.app.inject({ method: "POST", url: "/v1/auth/codes", headers: { "x-forwarded-for": address }, payload });
const verify = (payload: Record<string, unknown>) => t.app.inject({ method: "POST", url: "/v1/auth/codes/verify", payload });

/** The code travels in the outbox event (the worker scrubs it after planning the message). */
async function lastCode(tenantId: string, destination: string): Promise<string> {
  const [row] = await t.owner.sql<{ payload: { code: string } }[]>`
    SELECT payload FROM outbox WHERE tenant_id = ${tenantId} AND topic = 'events/auth.code' AND payload->>'destination' = ${destination} ORDER BY created_at DESC LIMIT 1`;
  return row!.payload.code;
}
const decode = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;

describe("POST /v1/auth/codes", () => {
  it("202 for a known worker: stores only a hash and writes an urgent auth.code event", async () => {
    const res = await request({ tenant: "gent", phone: "0471 00 00 01" });
    expect(res.statusCode).toBe(202);
    const [code] = await t.owner.sql<
      { code_hash: string; destination: string; subject_type: string; subject_id: string; channel: string; expires_at: Date; created_at: Date }[]
    >`
      SELECT * FROM auth_codes WHERE tenant_id = ${gent.tenantId} ORDER BY created_at DESC LIMIT 1`;
    expect(code).toMatchObject({ destination: "+32471000001", subject_type: "worker", subject_id: workerId, channel: "sms" });
    const plain = await lastCode(gent.tenantId, "+32471000001");
    expect(plain).toMatch(/^\d{6}$/);
    expect(code!.code_hash).not.toContain(plain);
    expect(new Date(code!.expires_at).getTime() - new Date(code!.created_at).getTime()).toBeCloseTo(10 * 60_000, -4);
  });

  it("202 for someone unknown too, and nothing is stored or sent", async () => {
    const before = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`;
    for (const body of [
      { tenant: "gent", phone: "+32479999999" },
      { tenant: "gent", email: "nobody@example.be" },
      { tenant: "no-such-tenant", phone: "+32471000001" },
    ]) {
      const res = await request(body);
      expect(res.statusCode).toBe(202);
    }
    const after = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("a landline gets no SMS code but a 422 telling to use a mobile, e-mail or the consultant, known or not (issue 26)", async () => {
    const before = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`;
    for (const phone of ["09 210 10 10", "+32 2 511 11 11"]) {
      const res = await request({ tenant: "gent", phone });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([{ path: "phone", message: expect.stringContaining("vast nummer") }]);
    }
    const after = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("422 with field paths for both or neither of phone and email, or an unreadable phone", async () => {
    const both = await request({ tenant: "gent", phone: "+32471000001", email: "a@b.be" });
    expect(both.statusCode).toBe(422);
    expect(
      both
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["email", "phone"]);
    const bad = await request({ tenant: "gent", phone: "abc-def" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("phone");
    const extra = await request({ tenant: "gent", phone: "+32471000001", role: "admin" });
    expect(extra.statusCode).toBe(422);
  });
});

describe("POST /v1/auth/codes/verify", () => {
  it("the right code gives a worker token with subjectId; it works once and reads the own worker record", async () => {
    await request({ tenant: "gent", phone: "+32471000001" });
    const code = await lastCode(gent.tenantId, "+32471000001");
    const res = await verify({ tenant: "gent", phone: "+32471000001", code });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.role).toBe("worker");
    expect(body.expiresIn).toBe(t.config.ACCESS_TOKEN_TTL_SECONDS);
    // Issue 17: the worker's own language, so their screens start in it.
    const [w] = await t.owner.sql<{ language: string }[]>`SELECT language FROM workers WHERE id = ${workerId}`;
    expect(body.language).toBe(w!.language);
    expect(decode(body.accessToken)).toMatchObject({ sub: workerId, tid: gent.tenantId, role: "worker", subjectId: workerId });
    const own = await t.app.inject({ url: `/v1/workers/${workerId}`, headers: bearer(body.accessToken) });
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(workerId);
    // Same tenant's token cannot reach another tenant's worker: RLS hides it.
    const other = await t.app.inject({ url: `/v1/workers/${aalstWorkerId}`, headers: bearer(body.accessToken) });
    expect(other.statusCode).toBe(404);
    // Single use.
    const again = await verify({ tenant: "gent", phone: "+32471000001", code });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe("auth.invalid_code");
  });

  it("a client signs in by contact e-mail (any case) and gets a client token", async () => {
    await request({ tenant: "gent", email: "JEANNE@example.be" });
    const code = await lastCode(gent.tenantId, "jeanne@example.be");
    const res = await verify({ tenant: "gent", email: "jeanne@example.be", code });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe("client");
    expect(decode(res.json().accessToken)).toMatchObject({ role: "client", subjectId: clientId, tid: gent.tenantId });
  });

  it("a code of one tenant does not open another tenant", async () => {
    await request({ tenant: "aalst", email: "amina@example.be" });
    const code = await lastCode(aalst.tenantId, "amina@example.be");
    const res = await verify({ tenant: "gent", email: "amina@example.be", code });
    expect(res.statusCode).toBe(401);
    const ok = await verify({ tenant: "aalst", email: "amina@example.be", code });
    expect(ok.statusCode).toBe(200);
    expect(decode(ok.json().accessToken)).toMatchObject({ subjectId: aalstWorkerId, tid: aalst.tenantId });
  });

  it("an expired code is 401 auth.invalid_code", async () => {
    await request({ tenant: "gent", phone: "+32472000002" });
    const code = await lastCode(gent.tenantId, "+32472000002");
    await t.owner.sql`UPDATE auth_codes SET expires_at = now() - interval '1 second' WHERE tenant_id = ${gent.tenantId} AND destination = '+32472000002'`;
    const res = await verify({ tenant: "gent", phone: "+32472000002", code });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("auth.invalid_code");
  });

  it("wrong codes are 401; after 5 the 6th try is locked (429), even with the right code", async () => {
    await t.owner.sql`UPDATE workers SET email = 'lock@example.be' WHERE tenant_id = ${gent.tenantId} AND id = ${workerId}`;
    await request({ tenant: "gent", email: "lock@example.be" });
    const code = await lastCode(gent.tenantId, "lock@example.be");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      const res = await verify({ tenant: "gent", email: "lock@example.be", code: wrong });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("auth.invalid_code");
    }
    const sixth = await verify({ tenant: "gent", email: "lock@example.be", code });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe("auth.rate_limited");
    expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(0);
    const [row] = await t.owner.sql<
      { attempts: number; used_at: Date | null }[]
    >`SELECT attempts, used_at FROM auth_codes WHERE tenant_id = ${gent.tenantId} AND destination = 'lock@example.be'`;
    expect(row).toMatchObject({ attempts: 5, used_at: null });
  });

  it("the code itself refuses a 6th try even when the Redis counter is gone", async () => {
    await t.owner.sql`UPDATE workers SET email = 'lock2@example.be' WHERE tenant_id = ${gent.tenantId} AND id = ${workerId}`;
    await request({ tenant: "gent", email: "lock2@example.be" });
    const code = await lastCode(gent.tenantId, "lock2@example.be");
    await t.owner.sql`UPDATE auth_codes SET attempts = 5 WHERE tenant_id = ${gent.tenantId} AND destination = 'lock2@example.be'`;
    const res = await verify({ tenant: "gent", email: "lock2@example.be", code });
    expect(res.statusCode).toBe(401);
  });

  it("too many code requests for one destination are refused with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request({ tenant: "gent", phone: "+32470555555" }, `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("422 for a code that is not 6 digits", async () => {
    const res = await verify({ tenant: "gent", phone: "+32471000001", code: "12ab" });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toMatch(/code/);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitAfterFailures } from "../src/limits/failures.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 12: "No per-IP limit anywhere". Every test speaks as a client at its own address
 * (X-Forwarded-For from the web, which runs on loopback and is the trusted proxy), so that the
 * counts of one test do not spill into the next.
 */
let t: TestApp;
let gent: TenantLogin;
const WORKERS = 12;
const phones = Array.from({ length: WORKERS }, (_, i) => `+3247150${String(i).padStart(4, "0")}`);

beforeAll(async () => {
  t = await startTestApp({
    LOGIN_MAX_FAILURES: "3",
    LOGIN_DELAY_SECONDS: "4",
    RATE_SIGNIN_PER_IP: "20",
    RATE_CODES_PER_IP: "10",
    RATE_CODES_PER_TENANT: "40",
    RATE_CODES_PER_DESTINATION: "3",
    RATE_PUBLIC_PER_MINUTE: "60",
  });
  gent = await createTenant(t, "gent");
  const sql = t.owner.sql;
  const m = randomUUID();
  const n = randomUUID();
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${gent.tenantId}, ${m}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${gent.tenantId}, ${n}, ${m}, 'Ledeberg', 51.03, 3.74)`;
  for (const [i, phone] of phones.entries()) {
    await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
              VALUES (${gent.tenantId}, ${randomUUID()}, 'W', ${`Nr${i}`}, ${insz(i)}, ${phone}, 'nl', 'Kerkstraat', '1', '9000', ${m}, ${n}, 'BE71096123456769', 'vdab')`;
  }
});
afterAll(async () => t?.close());

/** A valid national number (born 1985-07-30) with sequence n. */
const insz = (n: number) => {
  const base = `850730${String(n).padStart(3, "0")}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, "0");
};
const from = (ip: string) => ({ "x-forwarded-for": ip });
const login = (ip: string, email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/login", headers: from(ip), payload: { tenant: "gent", email, password } });
const askCode = (ip: string, phone: string) => t.app.inject({ method: "POST", url: "/v1/auth/codes", headers: from(ip), payload: { tenant: "gent", phone } });
const sentCodes = async () =>
  Number((await t.owner.sql<{ n: string }[]>`SELECT count(*) AS n FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/auth.code'`)[0]!.n);

function expectLimited(res: Awaited<ReturnType<typeof login>>, code = "auth.rate_limited") {
  expect(res.statusCode).toBe(429);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
  expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  expect(res.json().detail).toMatch(/Probeer opnieuw over \d+ (seconden|minuten)/);
}

describe("issue 13 item 12: sign-in attempts from one address are limited across all accounts", () => {
  it("sign-ins to many accounts from one address get 429 with Retry-After once over RATE_SIGNIN_PER_IP", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login("198.51.100.1", `someone-${i}@gent.be`, "guess")).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expectLimited(await login("198.51.100.1", gent.email, gent.password));
    // Another address is not held back by the first.
    expect((await login("198.51.100.2", gent.email, gent.password)).statusCode).toBe(200);
  });
});

describe("issue 13 item 12: a stranger cannot lock an owner out of their account", () => {
  it("wrong passwords from a stranger's address make only the stranger wait; the owner signs in from theirs", async () => {
    for (let i = 0; i < 3; i++) expect((await login("203.0.113.66", gent.email, `wrong-${i}`)).statusCode).toBe(401);
    expectLimited(await login("203.0.113.66", gent.email, gent.password));
    expect((await login("203.0.113.10", gent.email, gent.password)).statusCode).toBe(200);
  });

  it("the wait grows with each further failure (progressive delay) and a success clears it", async () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => waitAfterFailures(n, { free: 3, delaySeconds: 4, windowSeconds: 900 }))).toEqual([0, 0, 4, 8, 16, 32]);
    expect(waitAfterFailures(20, { free: 5, delaySeconds: 15, windowSeconds: 900 })).toBe(900);
    const ip = "203.0.113.77";
    for (let i = 0; i < 3; i++) await login(ip, gent.email, `wrong-${i}`);
    const first = Number((await login(ip, gent.email, "wrong")).headers["retry-after"]);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(4);
    await new Promise((r) => setTimeout(r, first * 1000 + 100));
    expect((await login(ip, gent.email, "wrong-again")).statusCode).toBe(401);
    const second = Number((await login(ip, gent.email, gent.password)).headers["retry-after"]);
    expect(second).toBeGreaterThan(first);
    await new Promise((r) => setTimeout(r, second * 1000 + 100));
    expect((await login(ip, gent.email, gent.password)).statusCode).toBe(200);
    expect((await login(ip, gent.email, "wrong-after-success")).statusCode).toBe(401);
  }, 30_000);
});

describe("issue 13 item 12: code requests are bounded per address, per destination and per organisation", () => {
  it("one address asking codes for many registered numbers sends at most RATE_CODES_PER_IP", async () => {
    const before = await sentCodes();
    const statuses: number[] = [];
    for (const phone of phones) statuses.push((await askCode("192.0.2.1", phone)).statusCode);
    expect(statuses.filter((s) => s === 202)).toHaveLength(10);
    expectLimited(await askCode("192.0.2.1", phones[0]!));
    expect((await sentCodes()) - before).toBe(10);
  });

  it("one number gets at most RATE_CODES_PER_DESTINATION codes, whatever the addresses asking", async () => {
    const phone = phones[11]!;
    const before = await sentCodes();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await askCode(`192.0.2.${100 + i}`, phone)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect((await sentCodes()) - before).toBe(3);
  });

  it("one organisation gets at most RATE_CODES_PER_TENANT codes from all addresses together", async () => {
    let accepted = 0;
    let limited = 0;
    for (let i = 0; i < 50; i++) {
      const res = await askCode(`10.1.${i}.1`, `+3247160${String(i).padStart(4, "0")}`);
      if (res.statusCode === 202) accepted++;
      else if (res.statusCode === 429) limited++;
    }
    // 40 per organisation, of which 13 went to the tests above (requests refused for their address or destination do not count).
    expect(accepted).toBe(40 - 13);
    expect(limited).toBe(50 - accepted);
  });
});

describe("issue 13 item 12: every route without a token is limited per address", () => {
  it("GET /health from one address: 429 rate.limited with Retry-After over RATE_PUBLIC_PER_MINUTE; other addresses unaffected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) statuses.push((await t.app.inject({ url: "/health", headers: from("198.51.100.200") })).statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    const over = await t.app.inject({ url: "/health", headers: from("198.51.100.200") });
    expectLimited(over, "rate.limited");
    expect((await t.app.inject({ url: "/health", headers: from("198.51.100.201") })).statusCode).toBe(200);
  });

  it("X-Forwarded-For is believed only from TRUST_PROXY: a client elsewhere cannot pose as many addresses", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) {
      statuses.push((await t.app.inject({ url: "/ready", remoteAddress: "192.0.2.250", headers: from(`10.9.${i}.1`) })).statusCode);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});

import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "@wijkwerk/config";
import { Keyring, keyring } from "@wijkwerk/crypto";
import { encryption } from "@wijkwerk/db";
import { createGeo, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 20, encryption at rest: INSZ and IBAN are stored as envelopes, found by their keyed hash,
 * shown masked, decrypted by the audited reveal routes only; rows of an old database are
 * encrypted by the data migration; the keys rotate with reencryptAll.
 */
const m97 = (digits: string): number => Number(BigInt(digits) % 97n);
const insz = (nine: string) => nine + String(97 - m97(nine)).padStart(2, "0");
const WORKER_INSZ = insz("850730033");
const CLIENT_INSZ = insz("450312123");
const OLD_WORKER_INSZ = insz("900101123");
const OLD_CLIENT_INSZ = insz("700505456");
const IBAN = "BE68539007547034";
const OLD_IBAN = "BE71096123456769";

let t: TestApp;
let tenant: TenantLogin;
let geo: Geo;
let workerId: string;
let clientId: string;
let finance: string;

const get = (url: string, token: string) => t.app.inject({ url, headers: bearer(token) });

function workerBody(nationalNumber: string) {
  return {
    firstName: "Fatima",
    lastName: "El Amrani",
    nationalNumber,
    phone: "0470 12 34 56",
    language: "nl",
    address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse },
    iban: IBAN,
    referrer: "vdab",
    availability: [{ weekday: 1, from: "08:00", to: "12:00" }],
  };
}

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t);
  geo = await createGeo(t, tenant.tenantId);
  const w = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(WORKER_INSZ) });
  expect(w.statusCode, w.body).toBe(201);
  workerId = w.json().id;
  const c = await t.app.inject({
    method: "POST",
    url: "/v1/clients",
    headers: bearer(tenant.token),
    payload: {
      type: "private",
      name: "Maria Peeters",
      nationalNumber: CLIENT_INSZ,
      contact: { firstName: "Maria", lastName: "Peeters", phone: "09 223 45 67" },
      address: { street: "Kasteellaan", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
    },
  });
  expect(c.statusCode, c.body).toBe(201);
  clientId = c.json().id;
  const made = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(tenant.token),
    payload: { email: "fin@enc.be", name: "Fien", role: "finance", password: "correct horse battery" },
  });
  expect(made.statusCode, made.body).toBe(201);
  finance = await login(t, tenant.slug, "fin@enc.be", "correct horse battery");
}, 60_000);
afterAll(async () => t?.close());

describe("encryption at rest (issue 20)", () => {
  it("no plain INSZ or IBAN in the database after writes: envelopes, hashes and masked forms", async () => {
    const [w] = await t.owner.sql<Record<string, string>[]>`SELECT * FROM workers WHERE id = ${workerId}`;
    expect(w!.national_number).toMatch(/^enc1:dev1:/);
    expect(w!.iban).toMatch(/^enc1:dev1:/);
    expect(w!.national_number_hmac).toBe(keyring().lookupHash("insz", WORKER_INSZ));
    expect(w!.national_number_masked).toBe("85.07.30-***.**");
    expect(w!.iban_masked).toBe("BE68 **** **** 7034");
    const [c] = await t.owner.sql<Record<string, string>[]>`SELECT * FROM clients WHERE id = ${clientId}`;
    expect(c!.national_number).toMatch(/^enc1:dev1:/);
    const dump = (await t.owner.sql<{ row: string }[]>`SELECT w::text AS row FROM workers w UNION ALL SELECT c::text FROM clients c`).map((r) => r.row).join();
    for (const plain of [WORKER_INSZ, CLIENT_INSZ, IBAN]) expect(dump).not.toContain(plain);
  });

  it("a search by INSZ finds the person through the hash; a second registration is the same 409 as before", async () => {
    const dotted = `${WORKER_INSZ.slice(0, 2)}.${WORKER_INSZ.slice(2, 4)}.${WORKER_INSZ.slice(4, 6)}-${WORKER_INSZ.slice(6, 9)}.${WORKER_INSZ.slice(9)}`;
    const found = (await get(`/v1/workers?q=${encodeURIComponent(dotted)}`, tenant.token)).json().items;
    expect(found.map((x: { id: string }) => x.id)).toEqual([workerId]);
    const clients = (await get(`/v1/clients?q=${CLIENT_INSZ}`, tenant.token)).json().items;
    expect(clients.map((x: { id: string }) => x.id)).toEqual([clientId]);
    const dup = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(WORKER_INSZ) });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("worker.duplicate_national_number");
  });

  it("the detail view is masked; the reveal route decrypts and writes an audit row without the values", async () => {
    expect((await get(`/v1/workers/${workerId}`, tenant.token)).json()).toMatchObject({ nationalNumber: "85.07.30-***.**", iban: "BE68 **** **** 7034" });
    const revealed = await get(`/v1/workers/${workerId}/personal-numbers`, tenant.token);
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ nationalNumber: WORKER_INSZ, iban: IBAN });
    expect((await get(`/v1/clients/${clientId}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: CLIENT_INSZ });
    const rows = await t.owner.sql<{ entity: string; entity_id: string; actor_id: string; after: string; at: Date }[]>`
      SELECT entity, entity_id, actor_id, after::text AS after, at FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND action = 'reveal' ORDER BY at`;
    expect(rows.map((r) => [r.entity, r.entity_id])).toEqual([
      ["worker", workerId],
      ["client", clientId],
    ]);
    expect(JSON.parse(rows[0]!.after)).toEqual({ fields: ["nationalNumber", "iban"] });
    expect(rows[0]!.actor_id).toBeTruthy();
    for (const r of rows) for (const plain of [WORKER_INSZ, CLIENT_INSZ, IBAN]) expect(r.after).not.toContain(plain);
  });

  it("finance reads a worker's account only and no client's INSZ; a worker reads none", async () => {
    const own = await get(`/v1/workers/${workerId}/personal-numbers`, finance);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual({ nationalNumber: null, iban: IBAN });
    const [row] = await t.owner.sql<{ after: string }[]>`
      SELECT after::text AS after FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND action = 'reveal' ORDER BY at DESC LIMIT 1`;
    expect(JSON.parse(row!.after)).toEqual({ fields: ["iban"] });
    expect((await get(`/v1/clients/${clientId}/personal-numbers`, finance)).statusCode).toBe(403);
    const workerToken = t.app.jwt.sign({ sub: workerId, tid: tenant.tenantId, role: "worker", subjectId: workerId });
    expect((await get(`/v1/workers/${workerId}/personal-numbers`, workerToken)).statusCode).toBe(403);
  });

  it("the data migration encrypts the plain rows of an old database: hash lookup, masked lists, reveal", async () => {
    const oldWorker = randomUUID();
    const oldClient = randomUUID();
    const sql = t.owner.sql;
    await sql.begin(async (tx) => {
      await tx`SELECT set_config('app.tenant_id', ${tenant.tenantId}, true)`;
      await tx`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
               VALUES (${tenant.tenantId}, ${oldWorker}, 'Oud', 'Aabeel', ${OLD_WORKER_INSZ}, '+32470000001', 'nl', 'Straat', '1', '9000', ${geo.municipalityId}, ${geo.brugse}, ${OLD_IBAN}, 'ocmw')`;
      await tx`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number, national_number)
               VALUES (${tenant.tenantId}, ${oldClient}, 'private', 'Oude Klant', 'Oude', 'Klant', 'Straat', '2', '9000', ${geo.municipalityId}, ${geo.centrum}, 999001, ${OLD_CLIENT_INSZ})`;
    });
    const changed = await encryption.encryptPlainValues(sql, keyring());
    expect(changed).toBe(3);
    expect(await encryption.encryptPlainValues(sql, keyring())).toBe(0);
    const [w] = await sql<Record<string, string>[]>`SELECT * FROM workers WHERE id = ${oldWorker}`;
    expect(w!.national_number).toMatch(/^enc1:dev1:/);
    expect(w!.iban).toMatch(/^enc1:dev1:/);
    expect(w!.iban_masked).toBe("BE71 **** **** 6769");
    const [c] = await sql<Record<string, string>[]>`SELECT * FROM clients WHERE id = ${oldClient}`;
    expect(c!.national_number).toMatch(/^enc1:dev1:/);
    expect(c!.national_number_hmac).toBe(keyring().lookupHash("insz", OLD_CLIENT_INSZ));
    const found = (await get(`/v1/workers?q=${OLD_WORKER_INSZ}`, tenant.token)).json().items;
    expect(found).toEqual([expect.objectContaining({ id: oldWorker, nationalNumber: "90.01.01-***.**", iban: "BE71 **** **** 6769" })]);
    expect((await get(`/v1/clients?q=${OLD_CLIENT_INSZ}`, tenant.token)).json().items).toEqual([
      expect.objectContaining({ id: oldClient, nationalNumber: "70.05.05-***.**" }),
    ]);
    expect((await get(`/v1/workers/${oldWorker}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: OLD_WORKER_INSZ, iban: OLD_IBAN });
    expect((await get(`/v1/clients/${oldClient}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: OLD_CLIENT_INSZ });
    const dup = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(OLD_WORKER_INSZ) });
    expect(dup.json().code).toBe("worker.duplicate_national_number");
  });

  // Last: after it the values are under a key the running API does not hold.
  it("rotation: with key B first, reencryptAll moves every value to B; then A can be removed", async () => {
    const dev = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const b = `b:${randomBytes(32).toString("base64")}`;
    const both = Keyring.fromConfig({ ENCRYPTION_KEYS: `${b},${DEV_ENCRYPTION_KEYS}`, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const moved = await encryption.reencryptAll(t.owner.sql, both);
    expect(moved).toBeGreaterThanOrEqual(6);
    expect(await encryption.reencryptAll(t.owner.sql, both)).toBe(0);
    const onlyB = Keyring.fromConfig({ ENCRYPTION_KEYS: b, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const [w] = await t.owner.sql<
      { national_number: string; iban: string; national_number_hmac: string }[]
    >`SELECT national_number, iban, national_number_hmac FROM workers WHERE id = ${workerId}`;
    expect(w!.national_number).toMatch(/^enc1:b:/);
    expect(onlyB.decrypt(w!.national_number)).toBe(WORKER_INSZ);
    expect(onlyB.decrypt(w!.iban)).toBe(IBAN);
    expect(() => dev.decrypt(w!.iban)).toThrow(/No key b/);
    // The lookup hash is not rotated: the same key still finds the same INSZ.
    expect(w!.national_number_hmac).toBe(onlyB.lookupHash("insz", WORKER_INSZ));
    const left = await t.owner.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT national_number AS v FROM workers UNION ALL SELECT iban FROM workers UNION ALL SELECT national_number FROM clients WHERE national_number IS NOT NULL) x
      WHERE v NOT LIKE 'enc1:b:%'`;
    expect(left[0]!.n).toBe(0);
  });
});

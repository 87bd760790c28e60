import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidOgm, mod97, parseOgm, validateEnterpriseNumber } from "@wijkwerk/domain";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geoGent: Geo;
let geoAalst: Geo;

interface Geo {
  municipalityId: string;
  otherMunicipalityId: string;
  n1: string;
  n2: string;
  nOther: string;
}

/** Geography belongs to another engineer's routes: insert it directly as owner. */
async function makeGeo(tenantId: string): Promise<Geo> {
  const g: Geo = { municipalityId: randomUUID(), otherMunicipalityId: randomUUID(), n1: randomUUID(), n2: randomUUID(), nOther: randomUUID() };
  const sql = t.owner.sql;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code, postal_codes) VALUES
    (${tenantId}, ${g.municipalityId}, 'Gent', '44021', '{9000,9040}'),
    (${tenantId}, ${g.otherMunicipalityId}, 'Melle', '44043', '{9090}')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES
    (${tenantId}, ${g.n1}, ${g.municipalityId}, 'Rabot - Blaisantvest', 51.062, 3.708),
    (${tenantId}, ${g.n2}, ${g.municipalityId}, 'Sint-Amandsberg', 51.063, 3.750),
    (${tenantId}, ${g.nOther}, ${g.otherMunicipalityId}, 'Melle centrum', 51.0, 3.8)`;
  return g;
}

/** Valid numbers are built with the same check-digit rule the domain validates (mod 97). */
const kbo = (eight: string) => eight + String(97 - mod97(eight)).padStart(2, "0");
const insz = (nine: string) => nine + String(97 - mod97(nine)).padStart(2, "0");

function body(geo: Geo, over: Record<string, unknown> = {}) {
  return {
    type: "private",
    name: "Maria Peeters",
    contact: { firstName: "Maria", lastName: "Peeters", phone: "09 223 45 67" },
    address: { street: "Kasteellaan", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.n1 },
    ...over,
  };
}

async function post(token: string, payload: unknown) {
  return t.app.inject({ method: "POST", url: "/v1/clients", headers: bearer(token), payload: payload as Record<string, unknown> });
}

async function createClient(token: string, geo: Geo, over: Record<string, unknown> = {}): Promise<{ id: string; clientNumber: number }> {
  const res = await post(token, body(geo, over));
  if (res.statusCode !== 201) throw new Error(`client create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

const clientToken = (tenantId: string, clientId: string) => t.app.jwt.sign({ sub: clientId, tid: tenantId, role: "client", subjectId: clientId });
const paths = (res: { json(): { errors?: { path: string }[] } }) => (res.json().errors ?? []).map((e) => e.path);

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geoGent = await makeGeo(gent.tenantId);
  geoAalst = await makeGeo(aalst.tenantId);
});
afterAll(async () => t?.close());

describe("POST /v1/clients", () => {
  it("registers a private client with only a phone, normalized to E.164, with a client number", async () => {
    const res = await post(gent.token, body(geoGent, { nationalNumber: insz("450312123") }));
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      type: "private",
      name: "Maria Peeters",
      contact: { phone: "+3292234567", email: null },
      // Issue 20: answered masked; in full through the audited reveal route.
      nationalNumber: "45.03.12-***.**",
      enterpriseNumber: null,
      language: "nl",
      activeAgreement: null,
    });
    expect(c.clientNumber).toBeGreaterThan(0);
    const [audit] = await t.owner.sql`SELECT action, entity FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity_id = ${c.id}`;
    expect(audit).toMatchObject({ action: "create", entity: "client" });
    const full = await t.app.inject({ url: `/v1/clients/${c.id}/personal-numbers`, headers: bearer(gent.token) });
    expect(full.json()).toEqual({ nationalNumber: insz("450312123") });
  });

  it.each([
    ["localGovernment", "Stad Gent - Groendienst", "02074512"],
    ["education", "Basisschool De Regenboog", "04101234"],
    ["nonprofit", "vzw Buurtwerk Rabot", "04567890"],
    ["agriculture", "Hoeve Ter Linde", "08765432"],
  ])("registers a %s client with its KBO number (RULES §3 categories)", async (type, name, base) => {
    const formatted = `${kbo(base).slice(0, 4)}.${kbo(base).slice(4, 7)}.${kbo(base).slice(7)}`;
    const res = await post(
      gent.token,
      body(geoGent, {
        type,
        name,
        enterpriseNumber: formatted,
        contact: { firstName: "Jan", lastName: "Claes", email: "Jan.Claes@Example.be" },
        language: "fr",
      }),
    );
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ type, name, enterpriseNumber: kbo(base), contact: { email: "jan.claes@example.be", phone: null }, language: "fr" });
    expect(validateEnterpriseNumber(c.enterpriseNumber).ok).toBe(true);
  });

  it("gives increasing client numbers", async () => {
    const a = await createClient(gent.token, geoGent, { contact: { firstName: "A", lastName: "A", phone: "0470 11 22 33" } });
    const b = await createClient(gent.token, geoGent, { contact: { firstName: "B", lastName: "B", phone: "0470 11 22 34" } });
    expect(b.clientNumber).toBe(a.clientNumber + 1);
  });

  it("refuses an organisation without a KBO number, or with wrong check digits (422 enterpriseNumber)", async () => {
    const missing = await post(gent.token, body(geoGent, { type: "education", name: "School" }));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe("validation.failed");
    expect(paths(missing)).toContain("enterpriseNumber");
    const wrong = kbo("04101234").slice(0, 8) + (kbo("04101234").endsWith("00") ? "01" : "00");
    const bad = await post(gent.token, body(geoGent, { type: "nonprofit", name: "vzw", enterpriseNumber: wrong }));
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toEqual(["enterpriseNumber"]);
  });

  it("refuses a bad INSZ, a bad phone and a missing contact channel with field paths", async () => {
    const badInsz = await post(gent.token, body(geoGent, { nationalNumber: "45031212300" }));
    expect(badInsz.statusCode).toBe(422);
    expect(paths(badInsz)).toEqual(["nationalNumber"]);

    const badPhone = await post(gent.token, body(geoGent, { contact: { firstName: "M", lastName: "P", phone: "12345" } }));
    expect(badPhone.statusCode).toBe(422);
    expect(paths(badPhone)).toEqual(["contact.phone"]);

    const noChannel = await post(gent.token, body(geoGent, { contact: { firstName: "M", lastName: "P" } }));
    expect(noChannel.statusCode).toBe(422);
    expect(paths(noChannel)).toEqual(["contact.phone"]);

    const schemaErr = await post(gent.token, body(geoGent, { contact: { firstName: "M", phone: "0470112233" }, type: "household" }));
    expect(schemaErr.statusCode).toBe(422);
    expect(paths(schemaErr)).toEqual(expect.arrayContaining(["contact.lastName", "type"]));
  });

  it("refuses a neighbourhood outside the municipality and a postal code of another municipality", async () => {
    const res = await post(
      gent.token,
      body(geoGent, { address: { street: "Dorp", number: "1", postalCode: "9090", municipalityId: geoGent.municipalityId, neighbourhoodId: geoGent.nOther } }),
    );
    expect(res.statusCode).toBe(422);
    expect(paths(res).sort()).toEqual(["address.neighbourhoodId", "address.postalCode"]);
    const foreign = await post(
      gent.token,
      body(geoGent, { address: { street: "Dorp", number: "1", postalCode: "9000", municipalityId: geoAalst.municipalityId, neighbourhoodId: geoAalst.n1 } }),
    );
    expect(foreign.statusCode).toBe(422);
    expect(paths(foreign)).toEqual(["address.municipalityId"]);
  });

  it("refuses a second client with the same INSZ or KBO in the tenant (409 client.duplicate), but another tenant may have it", async () => {
    const nn = insz("520101345");
    await createClient(gent.token, geoGent, { nationalNumber: nn });
    const again = await post(
      gent.token,
      body(geoGent, { nationalNumber: `${nn.slice(0, 2)}.${nn.slice(2, 4)}.${nn.slice(4, 6)}-${nn.slice(6, 9)}.${nn.slice(9)}` }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("client.duplicate");

    const org = { type: "nonprofit", name: "vzw Dubbel", enterpriseNumber: kbo("04440001") };
    await createClient(gent.token, geoGent, org);
    const dupOrg = await post(gent.token, body(geoGent, { ...org, enterpriseNumber: `BE ${kbo("04440001")}` }));
    expect(dupOrg.statusCode).toBe(409);
    expect(dupOrg.json().code).toBe("client.duplicate");

    expect((await post(aalst.token, body(geoAalst, { nationalNumber: nn }))).statusCode).toBe(201);
  });

  it("finance may read but not register clients (403 auth.forbidden)", async () => {
    const staff = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email: "fin@gent.be", name: "Fien", role: "finance", password: "finance password 1" },
    });
    expect(staff.statusCode).toBe(201);
    const fin = await login(t, "gent", "fin@gent.be", "finance password 1");
    const res = await post(fin, body(geoGent));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("auth.forbidden");
    expect((await t.app.inject({ url: "/v1/clients", headers: bearer(fin) })).statusCode).toBe(200);
  });
});

describe("GET and PATCH /v1/clients", () => {
  it("lists with filters on type, neighbourhood and text, page by page", async () => {
    const n2Client = await createClient(gent.token, geoGent, {
      name: "Zuster Vanhoutte",
      contact: { firstName: "Els", lastName: "Vanhoutte", phone: "0471 22 33 44" },
      address: { street: "Groot", number: "3", postalCode: "9040", municipalityId: geoGent.municipalityId, neighbourhoodId: geoGent.n2 },
    });
    const byHood = await t.app.inject({ url: `/v1/clients?neighbourhoodId=${geoGent.n2}`, headers: bearer(gent.token) });
    expect(byHood.json().items.map((c: { id: string }) => c.id)).toEqual([n2Client.id]);
    const byQ = await t.app.inject({ url: "/v1/clients?q=vanhout", headers: bearer(gent.token) });
    expect(byQ.json().items.map((c: { id: string }) => c.id)).toEqual([n2Client.id]);
    const byPhone = await t.app.inject({ url: `/v1/clients?q=${encodeURIComponent("0471 22 33 44")}`, headers: bearer(gent.token) });
    expect(byPhone.json().items.map((c: { id: string }) => c.id)).toEqual([n2Client.id]);
    // Issue 16: part of the wijk's name finds the clients of that wijk.
    const [wijk] = await t.owner.sql<{ name: string }[]>`SELECT name FROM neighbourhoods WHERE id = ${geoGent.n2}`;
    const byWijk = await t.app.inject({ url: `/v1/clients?q=${encodeURIComponent(wijk!.name.slice(1).toLowerCase())}`, headers: bearer(gent.token) });
    expect(byWijk.json().items.map((c: { id: string }) => c.id)).toEqual([n2Client.id]);
    const byType = await t.app.inject({ url: "/v1/clients?type=education", headers: bearer(gent.token) });
    expect(byType.json().items.every((c: { type: string }) => c.type === "education")).toBe(true);
    expect(byType.json().items.length).toBeGreaterThan(0);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/clients?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await t.app.inject({ url, headers: bearer(gent.token) });
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    const [row] = await t.owner.sql<{ count: number }[]>`SELECT count(*)::int AS count FROM clients WHERE tenant_id = ${gent.tenantId}`;
    expect(new Set(seen).size).toBe(row!.count);
  });

  it("PATCH changes a client, validates the result and audits before and after", async () => {
    const c = await createClient(gent.token, geoGent, { contact: { firstName: "Rik", lastName: "Smet", phone: "0472 00 11 22" } });
    const res = await t.app.inject({
      method: "PATCH",
      url: `/v1/clients/${c.id}`,
      headers: bearer(gent.token),
      payload: { contact: { email: "rik@smet.be", phone: null }, language: "en" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ contact: { email: "rik@smet.be", phone: null, firstName: "Rik" }, language: "en" });
    const [audit] = await t.owner.sql`SELECT before, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity_id = ${c.id} AND action = 'update'`;
    expect(audit!.before).toMatchObject({ contact: { phone: "+32472001122" }, language: "nl" });
    expect(audit!.after).toMatchObject({ contact: { email: "rik@smet.be" }, language: "en" });

    const noChannel = await t.app.inject({ method: "PATCH", url: `/v1/clients/${c.id}`, headers: bearer(gent.token), payload: { contact: { email: null } } });
    expect(noChannel.statusCode).toBe(422);
    expect(paths(noChannel)).toEqual(["contact.phone"]);
    const toSchool = await t.app.inject({ method: "PATCH", url: `/v1/clients/${c.id}`, headers: bearer(gent.token), payload: { type: "education" } });
    expect(toSchool.statusCode).toBe(422);
    expect(paths(toSchool)).toEqual(["enterpriseNumber"]);
  });

  it("another tenant's client is 404 for GET, PATCH and agreements", async () => {
    const foreign = await createClient(aalst.token, geoAalst, { contact: { firstName: "X", lastName: "Y", phone: "0473 00 00 01" } });
    const calls = [
      { method: "GET" as const, url: `/v1/clients/${foreign.id}` },
      { method: "PATCH" as const, url: `/v1/clients/${foreign.id}`, payload: { name: "Overgenomen" } },
      { method: "POST" as const, url: `/v1/clients/${foreign.id}/agreements`, payload: { startDate: "2026-01-01" } },
      { method: "GET" as const, url: `/v1/clients/${foreign.id}/agreements` },
    ];
    for (const call of calls) {
      const res = await t.app.inject({ ...call, headers: bearer(gent.token) });
      expect(res.statusCode, call.url).toBe(404);
      expect(res.json().code).toBe("resource.not_found");
    }
    const [row] = await t.owner.sql`SELECT name FROM clients WHERE id = ${foreign.id}`;
    expect(row!.name).toBe("Maria Peeters");
  });

  it("a client token reads only its own record", async () => {
    const me = await createClient(gent.token, geoGent, { contact: { firstName: "Me", lastName: "Self", phone: "0474 00 00 02" } });
    const other = await createClient(gent.token, geoGent, { contact: { firstName: "Ot", lastName: "Her", phone: "0474 00 00 03" } });
    const token = clientToken(gent.tenantId, me.id);
    const list = await t.app.inject({ url: "/v1/clients", headers: bearer(token) });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([me.id]);
    expect((await t.app.inject({ url: `/v1/clients/${me.id}`, headers: bearer(token) })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/v1/clients/${other.id}`, headers: bearer(token) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/v1/clients/${other.id}/agreements`, headers: bearer(token) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "PATCH", url: `/v1/clients/${me.id}`, headers: bearer(token), payload: { name: "Ik" } })).statusCode).toBe(403);
    expect((await post(token, body(geoGent))).statusCode).toBe(403);
  });
});

describe("client agreements (gebruikersovereenkomst, RULES §3)", () => {
  it("RULES §3: a yearly agreement with the registration fee of 7,50 and a valid OGM that increments", async () => {
    const c = await createClient(gent.token, geoGent, { contact: { firstName: "Ag", lastName: "Reement", phone: "0475 00 00 04" } });
    const first = await t.app.inject({
      method: "POST",
      url: `/v1/clients/${c.id}/agreements`,
      headers: bearer(gent.token),
      payload: { startDate: "2024-03-01" },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ clientId: c.id, startDate: "2024-03-01", endDate: "2025-02-28", feeCents: 750, status: "awaiting_payment" });
    expect(first.json().paymentReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(isValidOgm(first.json().paymentReference)).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const second = await t.app.inject({ method: "POST", url: `/v1/clients/${c.id}/agreements`, headers: bearer(gent.token), payload: { startDate: today } });
    expect(second.statusCode).toBe(201);
    const base = (r: string) => {
      const p = parseOgm(r);
      if (!p.ok) throw new Error("bad ogm");
      return Number(p.base);
    };
    expect(base(second.json().paymentReference)).toBe(base(first.json().paymentReference) + 1);

    const detail = await t.app.inject({ url: `/v1/clients/${c.id}`, headers: bearer(gent.token) });
    expect(detail.json().activeAgreement).toEqual({ startDate: today, endDate: second.json().endDate, feePaid: false });
    const list = await t.app.inject({ url: `/v1/clients/${c.id}/agreements`, headers: bearer(clientToken(gent.tenantId, c.id)) });
    expect(list.json().items.map((a: { startDate: string }) => a.startDate)).toEqual([today, "2024-03-01"]);
  });

  it("refuses an overlapping agreement with 409 client_agreement.overlaps", async () => {
    const c = await createClient(gent.token, geoGent, { contact: { firstName: "Ov", lastName: "Erlap", phone: "0475 00 00 05" } });
    expect(
      (await t.app.inject({ method: "POST", url: `/v1/clients/${c.id}/agreements`, headers: bearer(gent.token), payload: { startDate: "2025-01-01" } }))
        .statusCode,
    ).toBe(201);
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/clients/${c.id}/agreements`,
      headers: bearer(gent.token),
      payload: { startDate: "2025-12-31" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("client_agreement.overlaps");
    const next = await t.app.inject({
      method: "POST",
      url: `/v1/clients/${c.id}/agreements`,
      headers: bearer(gent.token),
      payload: { startDate: "2026-01-01" },
    });
    expect(next.statusCode).toBe(201);
    const badDate = await t.app.inject({
      method: "POST",
      url: `/v1/clients/${c.id}/agreements`,
      headers: bearer(gent.token),
      payload: { startDate: "2026-02-30" },
    });
    expect(badDate.statusCode).toBe(422);
    expect(paths(badDate)).toEqual(["startDate"]);
  });

  it("parallel requests for the same period: exactly one 201, the rest 409", async () => {
    const c = await createClient(gent.token, geoGent, { contact: { firstName: "Pa", lastName: "Rallel", phone: "0475 00 00 06" } });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.app.inject({ method: "POST", url: `/v1/clients/${c.id}/agreements`, headers: bearer(gent.token), payload: { startDate: `2025-0${i + 1}-01` } }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().code).toBe("client_agreement.overlaps");
    const [row] = await t.owner.sql<{ count: number }[]>`SELECT count(*)::int AS count FROM client_agreements WHERE client_id = ${c.id}`;
    expect(row!.count).toBe(1);
  });

  it("finance cannot start an agreement (403)", async () => {
    const c = await createClient(gent.token, geoGent, { contact: { firstName: "Fi", lastName: "Nance", phone: "0475 00 00 07" } });
    const fin = await login(t, "gent", "fin@gent.be", "finance password 1");
    const res = await t.app.inject({ method: "POST", url: `/v1/clients/${c.id}/agreements`, headers: bearer(fin), payload: { startDate: "2025-01-01" } });
    expect(res.statusCode).toBe(403);
  });
});

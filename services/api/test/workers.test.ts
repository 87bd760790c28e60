import { randomUUID } from "node:crypto";
import { encryption } from "@wijkwerk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorkedTime, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Check digits computed from first principles (BigInt), independent of the code under test.
const m97 = (digits: string): number => Number(BigInt(digits) % 97n);
const insz19 = (first9: string): string => first9 + String(97 - m97(first9)).padStart(2, "0");
const insz20 = (first9: string): string => first9 + String(97 - m97("2" + first9)).padStart(2, "0");
const ibanFor = (country: string, bban: string): string => {
  const letters = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("");
  const check = 98 - Number(BigInt(letters(bban + country + "00")) % 97n);
  return country + String(check).padStart(2, "0") + bban;
};
// IBAN check digits right, Belgian account check (last 2 of 12 = first 10 mod 97) wrong.
const BE_BAD_NATIONAL = ibanFor("BE", "539007547035");

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let geoB: Geo;
let consultant: string;
let consultantB: string;
let finance: string;
let seq = 0;

const nextInsz = () => insz19(`850730${String(++seq).padStart(3, "0")}`);

function body(g: Geo, over: Record<string, unknown> = {}) {
  return {
    firstName: "Fatima",
    lastName: "El Amrani",
    nationalNumber: nextInsz(),
    phone: "0470 12 34 56",
    email: "Fatima@Example.be",
    language: "nl",
    address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: g.municipalityId, neighbourhoodId: g.brugse },
    iban: "BE68 5390 0754 7034",
    referrer: "vdab",
    availability: [
      { weekday: 1, from: "08:00", to: "12:00" },
      { weekday: 3, from: "13:00", to: "17:00" },
    ],
    activityCodes: ["garden.hedges", "accompany.company"],
    ...over,
  };
}

const post = (token: string, url: string, payload: unknown) => t.app.inject({ method: "POST", url, headers: bearer(token), payload: payload as object });
const patch = (token: string, url: string, payload: unknown) => t.app.inject({ method: "PATCH", url, headers: bearer(token), payload: payload as object });
const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });

/** The worker as created, with the INSZ that was sent (issue 20: the API answers it masked). */
async function createWorker(token: string, g: Geo, over: Record<string, unknown> = {}): Promise<{ id: string; nationalNumber: string; maxTravelKm: number }> {
  const b = body(g, over);
  const res = await post(token, "/v1/workers", b);
  expect(res.statusCode, res.body).toBe(201);
  return { ...res.json(), nationalNumber: b.nationalNumber.replace(/\D/g, "") };
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  aalst = await createTenant(t);
  geo = await createGeo(t, gent.tenantId);
  geoB = await createGeo(t, aalst.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  consultantB = tokenFor(t, aalst.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

describe("POST /v1/workers", () => {
  it("registers a worker with normalized phone, IBAN and INSZ, availability and activities", async () => {
    const insz = nextInsz();
    const dotted = `${insz.slice(0, 2)}.${insz.slice(2, 4)}.${insz.slice(4, 6)}-${insz.slice(6, 9)}.${insz.slice(9)}`;
    const res = await post(consultant, "/v1/workers", body(geo, { nationalNumber: dotted }));
    expect(res.statusCode, res.body).toBe(201);
    const w = res.json();
    // Issue 20: answered masked; the full (normalized) values through the audited reveal route.
    expect(w).toMatchObject({
      firstName: "Fatima",
      nationalNumber: "85.07.30-***.**",
      phone: "+32470123456",
      email: "fatima@example.be",
      iban: "BE68 **** **** 7034",
      referrer: "vdab",
      status: "active",
      maxTravelKm: 5,
      address: { municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse, lat: null, lon: null },
      availability: [
        { weekday: 1, from: "08:00", to: "12:00" },
        { weekday: 3, from: "13:00", to: "17:00" },
      ],
      activityCodes: ["accompany.company", "garden.hedges"],
      skills: [],
    });
    const audit = await t.owner.sql`SELECT action, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'worker' AND entity_id = ${w.id}`;
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect((await get(consultant, `/v1/workers/${w.id}/personal-numbers`)).json()).toEqual({ nationalNumber: insz, iban: "BE68539007547034" });
  });

  it("accepts an INSZ of someone born in 2000 or later (the 2-prefixed check variant)", async () => {
    const insz = insz20("050312124");
    const w = await createWorker(consultant, geo, { nationalNumber: insz, maxTravelKm: 7.5 });
    expect((await get(consultant, `/v1/workers/${w.id}/personal-numbers`)).json().nationalNumber).toBe(insz);
    expect(w.maxTravelKm).toBe(7.5);
  });

  it("bad INSZ, IBAN, phone, neighbourhood, availability and activity: one 422 with every path and Dutch messages; nothing written", async () => {
    const good = nextInsz();
    const badInsz = good.slice(0, 9) + String((Number(good.slice(9)) + 1) % 97 || 1).padStart(2, "0");
    const [before] = await t.owner.sql`SELECT count(*)::int AS n FROM workers WHERE tenant_id = ${gent.tenantId}`;
    const res = await post(
      consultant,
      "/v1/workers",
      body(geo, {
        nationalNumber: badInsz,
        iban: BE_BAD_NATIONAL,
        phone: "12345",
        address: { street: "Dok", number: "1", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: randomUUID() },
        availability: [
          { weekday: 2, from: "12:00", to: "09:00" },
          { weekday: 4, from: "09:00", to: "12:00" },
          { weekday: 4, from: "11:00", to: "14:00" },
        ],
        activityCodes: ["garden.hedges", "space.travel"],
        maxTravelKm: 2.55,
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("validation.failed");
    const errors = Object.fromEntries((res.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(errors).toEqual({
      nationalNumber: "De controlecijfers van dit rijksregisternummer kloppen niet.",
      iban: "Dit Belgische rekeningnummer bestaat niet: de laatste 2 cijfers kloppen niet.",
      phone: "Geen geldig telefoonnummer.",
      maxTravelKm: "Hoogstens 1 cijfer na de komma.",
      "address.neighbourhoodId": "Deze wijk ligt niet in de gekozen gemeente.",
      "availability.0.to": "Het einduur moet na het beginuur liggen.",
      "availability.2": "Dit overlapt met blok 2 op dezelfde dag.",
      "activityCodes.1": "Deze activiteit staat niet op de Vlaamse lijst.",
    });
    const [after] = await t.owner.sql`SELECT count(*)::int AS n FROM workers WHERE tenant_id = ${gent.tenantId}`;
    expect(after?.n).toBe(before?.n);
  });

  it("other bad INSZ / IBAN / phone shapes each get their own message", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ nationalNumber: "1234" }, "nationalNumber", "Een rijksregisternummer heeft 11 cijfers."],
      [{ nationalNumber: insz19("851301033") }, "nationalNumber", "De geboortedatum in dit rijksregisternummer bestaat niet."],
      [{ iban: "BE69539007547034" }, "iban", "De controlecijfers van dit rekeningnummer (IBAN) kloppen niet."],
      [{ iban: "hallo" }, "iban", "Dit is geen rekeningnummer. Een IBAN begint met 2 letters en 2 cijfers, bijvoorbeeld BE68 5390 0754 7034."],
      [{ phone: "+32 470 12" }, "phone", "Dit telefoonnummer heeft niet het juiste aantal cijfers."],
      [{ phone: "bel me" }, "phone", "Geen geldig telefoonnummer."],
      // Issue 25: only the 20xx check digits fit, so the birth would be 2090-12-07.
      [{ nationalNumber: "90120781211" }, "nationalNumber", "De geboortedatum in dit rijksregisternummer ligt in de toekomst. Kijk het nummer na."],
      // Issue 26: 09 75… is not an allocated Belgian range (libphonenumber's metadata).
      [{ phone: "097525655" }, "phone", "Dit telefoonnummer bestaat niet. Kijk het nummer na."],
    ];
    for (const [over, path, message] of cases) {
      const res = await post(consultant, "/v1/workers", body(geo, over));
      expect(res.statusCode, JSON.stringify(over)).toBe(422);
      expect(res.json().errors).toEqual([{ path, message }]);
    }
  });

  it("schema errors (missing fields, bad weekday, bad time, unknown field) are 422 with paths", async () => {
    const b = body(geo, { availability: [{ weekday: 8, from: "8:00", to: "12:00" }], referrer: "werkwinkel", extra: 1 }) as Record<string, unknown>;
    delete b.firstName;
    const res = await post(consultant, "/v1/workers", b);
    expect(res.statusCode).toBe(422);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["firstName", "availability.0.weekday", "availability.0.from", "referrer", "extra"]));
  });

  it("the same INSZ twice in a tenant is 409 worker.duplicate_national_number; another tenant may register that person", async () => {
    const w = await createWorker(consultant, geo);
    const res = await post(consultant, "/v1/workers", body(geo, { nationalNumber: w.nationalNumber, firstName: "Ander" }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "worker.duplicate_national_number", existingId: w.id });
    expect((await post(consultantB, "/v1/workers", body(geoB, { nationalNumber: w.nationalNumber }))).statusCode).toBe(201);
  });

  it("parallel registrations of one INSZ: exactly one 201, the others 409", async () => {
    const insz = nextInsz();
    const results = await Promise.all(Array.from({ length: 5 }, () => post(consultant, "/v1/workers", body(geo, { nationalNumber: insz }))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === "worker.duplicate_national_number")).toBe(true);
  });

  it("a retried POST with the same Idempotency-Key returns the first worker, not a 409", async () => {
    const b = body(geo);
    const send = () =>
      t.app.inject({ method: "POST", url: "/v1/workers", headers: { ...bearer(consultant), "idempotency-key": `reg-${b.nationalNumber}` }, payload: b });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const [n] = await t.owner
      .sql`SELECT count(*)::int AS n FROM workers WHERE tenant_id = ${gent.tenantId} AND national_number_hmac = ${encryption.nationalNumberHash(b.nationalNumber)}`;
    expect(n?.n).toBe(1);
  });

  it("finance may not register workers (403); a worker or client token neither", async () => {
    for (const token of [finance, tokenFor(t, gent.tenantId, "client", randomUUID()), tokenFor(t, gent.tenantId, "worker", randomUUID())]) {
      const res = await post(token, "/v1/workers", body(geo));
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("auth.forbidden");
    }
  });
});

describe("GET /v1/workers", () => {
  let ids: string[];
  beforeAll(async () => {
    const a = await createWorker(consultant, geo, {
      firstName: "Zoë",
      lastName: "Zwijsen",
      phone: "+32 499 11 22 33",
      address: { street: "Kouter", number: "1", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.ledeberg },
    });
    const b = await createWorker(consultant, geo, {
      firstName: "Yusuf",
      lastName: "Zwijsen",
      phone: "0499 44 55 66",
      address: { street: "Kouter", number: "2", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.ledeberg },
    });
    ids = [a.id, b.id];
    await patch(consultant, `/v1/workers/${b.id}`, { status: "inactive" });
  });

  it("masks the national number in lists and GET by id; the reveal route shows it in full (issue 20)", async () => {
    const list = await get(consultant, `/v1/workers?neighbourhoodId=${geo.ledeberg}`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; nationalNumber: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
    for (const i of items) expect(i.nationalNumber).toMatch(/^85\.07\.30-\*\*\*\.\*\*$/);
    const one = await get(consultant, `/v1/workers/${ids[0]}`);
    expect(one.json().nationalNumber).toMatch(/^85\.07\.30-\*\*\*\.\*\*$/);
    expect((await get(consultant, `/v1/workers/${ids[0]}/personal-numbers`)).json().nationalNumber).toMatch(/^850730\d{5}$/);
  });

  it("filters by status and finds by name (case-insensitive) or phone as typed", async () => {
    const active = (await get(consultant, `/v1/workers?neighbourhoodId=${geo.ledeberg}&status=active`)).json().items;
    expect(active.map((w: { id: string }) => w.id)).toEqual([ids[0]]);
    const byName = (await get(consultant, `/v1/workers?q=${encodeURIComponent("zoë zwij")}`)).json().items;
    expect(byName.map((w: { id: string }) => w.id)).toEqual([ids[0]]);
    const byLast = (await get(consultant, "/v1/workers?q=ZWIJSEN")).json().items;
    expect(byLast).toHaveLength(2);
    const byPhone = (await get(consultant, `/v1/workers?q=${encodeURIComponent("0499 44 55")}`)).json().items;
    expect(byPhone.map((w: { id: string }) => w.id)).toEqual([ids[1]]);
  });

  it("issue 16: finds a worker by a whole INSZ as typed (dots and dash or not), never by a part of it, and by street", async () => {
    const one = (await get(consultant, `/v1/workers/${ids[0]}/personal-numbers`)).json() as { nationalNumber: string };
    const n = one.nationalNumber;
    const typed = `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;
    for (const q of [n, typed]) {
      const found = (await get(consultant, `/v1/workers?q=${encodeURIComponent(q)}`)).json().items as { id: string }[];
      expect(
        found.map((w) => w.id),
        q,
      ).toEqual([ids[0]]);
    }
    const part = (await get(consultant, `/v1/workers?q=${n.slice(0, 9)}&neighbourhoodId=${geo.ledeberg}`)).json().items;
    expect(part).toEqual([]);
    const byStreet = (await get(consultant, `/v1/workers?q=kouter&neighbourhoodId=${geo.ledeberg}`)).json().items;
    expect(byStreet).toHaveLength(2);
  });

  it("issue 16: finds the workers of a wijk by part of the wijk's name, and only those", async () => {
    const byWijk = (await get(consultant, "/v1/workers?q=ledeB")).json().items as { id: string }[];
    expect(byWijk.map((w) => w.id).sort()).toEqual([...ids].sort());
    const inBrugse = async (url: string) => ((await get(consultant, url)).json().items as { id: string }[]).map((w) => w.id).sort();
    const elsewhere = await inBrugse(`/v1/workers?q=${encodeURIComponent("brugse poort")}&limit=100`);
    expect(elsewhere).toEqual(await inBrugse(`/v1/workers?neighbourhoodId=${geo.brugse}&limit=100`));
  });

  it("pages with limit and cursor without repeating or skipping", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(consultant, `/v1/workers?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((w: { id: string }) => w.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    const [count] = await t.owner.sql`SELECT count(*)::int AS n FROM workers WHERE tenant_id = ${gent.tenantId}`;
    expect(seen.length).toBe(count?.n);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await get(consultant, "/v1/workers?cursor=nonsense")).statusCode).toBe(422);
  });

  it("finance may read; a worker token may not list", async () => {
    expect((await get(finance, "/v1/workers")).statusCode).toBe(200);
    expect((await get(tokenFor(t, gent.tenantId, "worker", ids[0]), "/v1/workers")).statusCode).toBe(403);
  });
});

describe("PATCH /v1/workers/{id}", () => {
  it("changes only what is sent, replaces availability, and audits before/after", async () => {
    const w = await createWorker(consultant, geo);
    const res = await patch(consultant, `/v1/workers/${w.id}`, {
      phone: "+32 485 00 11 22",
      availability: [{ weekday: 5, from: "09:00", to: "11:30" }],
      address: { lat: 51.05, lon: 3.71 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      phone: "+32485001122",
      firstName: "Fatima",
      availability: [{ weekday: 5, from: "09:00", to: "11:30" }],
      activityCodes: ["accompany.company", "garden.hedges"],
      address: { lat: 51.05, lon: 3.71, street: "Wondelgemstraat" },
    });
    const [audit] = await t.owner
      .sql`SELECT before, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'worker' AND entity_id = ${w.id} AND action = 'update'`;
    expect((audit?.before as { phone: string }).phone).toBe("+32470123456");
    expect((audit?.after as { phone: string }).phone).toBe("+32485001122");
  });

  it("validates like POST: bad IBAN, neighbourhood outside the municipality → 422; someone else's INSZ → 409", async () => {
    const w = await createWorker(consultant, geo);
    const other = await createWorker(consultant, geo);
    const bad = await patch(consultant, `/v1/workers/${w.id}`, { iban: BE_BAD_NATIONAL });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: "iban", message: "Dit Belgische rekeningnummer bestaat niet: de laatste 2 cijfers kloppen niet." }]);
    const muni = randomUUID();
    await t.owner
      .sql`INSERT INTO municipalities (tenant_id, id, name, nis_code, postal_codes) VALUES (${gent.tenantId}, ${muni}, 'Merelbeke', '44043', ${["9820"]})`;
    const wrongPlace = await patch(consultant, `/v1/workers/${w.id}`, { address: { municipalityId: muni, postalCode: "9820" } });
    expect(wrongPlace.statusCode).toBe(422);
    expect(wrongPlace.json().errors).toEqual([{ path: "address.neighbourhoodId", message: "Deze wijk ligt niet in de gekozen gemeente." }]);
    const dup = await patch(consultant, `/v1/workers/${w.id}`, { nationalNumber: other.nationalNumber });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("worker.duplicate_national_number");
    // Its own INSZ is not a duplicate of itself.
    expect((await patch(consultant, `/v1/workers/${w.id}`, { nationalNumber: w.nationalNumber })).statusCode).toBe(200);
  });

  it("an empty patch is 422; finance may not patch", async () => {
    const w = await createWorker(consultant, geo);
    expect((await patch(consultant, `/v1/workers/${w.id}`, {})).statusCode).toBe(422);
    expect((await patch(finance, `/v1/workers/${w.id}`, { firstName: "X" })).statusCode).toBe(403);
  });
});

describe("worker reads their own record", () => {
  it("GET own record and capacity: 200; another worker's id: 404", async () => {
    const me = await createWorker(consultant, geo);
    const other = await createWorker(consultant, geo);
    const token = t.app.jwt.sign({ sub: randomUUID(), tid: gent.tenantId, role: "worker", subjectId: me.id });
    const own = await get(token, `/v1/workers/${me.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(me.id);
    expect((await get(token, `/v1/workers/${me.id}/capacity`)).statusCode).toBe(200);
    for (const url of [`/v1/workers/${other.id}`, `/v1/workers/${other.id}/capacity`, `/v1/workers/${other.id}/agreements`]) {
      const res = await get(token, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe("resource.not_found");
    }
    expect((await patch(token, `/v1/workers/${me.id}`, { firstName: "Ik" })).statusCode).toBe(403);
  });
});

describe("another tenant's worker is 404 everywhere", () => {
  it("GET, PATCH, agreements, capacity and skills", async () => {
    const theirs = await createWorker(consultantB, geoB);
    const calls = [
      () => get(consultant, `/v1/workers/${theirs.id}`),
      () => patch(consultant, `/v1/workers/${theirs.id}`, { firstName: "Hack" }),
      () => post(consultant, `/v1/workers/${theirs.id}/agreements`, { startDate: "2027-01-01" }),
      () => get(consultant, `/v1/workers/${theirs.id}/agreements`),
      () => get(consultant, `/v1/workers/${theirs.id}/capacity`),
      () => post(consultant, `/v1/workers/${theirs.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2026-06-01" }),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe("resource.not_found");
    }
    const [row] = await t.owner.sql`SELECT first_name FROM workers WHERE id = ${theirs.id}`;
    expect(row?.first_name).toBe("Fatima");
    const [agreements] = await t.owner.sql`SELECT count(*)::int AS n FROM worker_agreements WHERE worker_id = ${theirs.id}`;
    expect(agreements?.n).toBe(0);
  });

  it("another tenant's skill or neighbourhood in a body is 422", async () => {
    const mine = await createWorker(consultant, geo);
    const res = await post(consultant, `/v1/workers/${mine.id}/skills`, { skillId: geoB.tuinonderhoudSkillId, obtainedOn: "2026-06-01" });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: "skillId", message: "Deze competentie bestaat niet." }]);
    const res2 = await post(
      consultant,
      "/v1/workers",
      body(geo, { address: { street: "Dok", number: "1", postalCode: "9000", municipalityId: geoB.municipalityId, neighbourhoodId: geoB.centrum } }),
    );
    expect(res2.statusCode).toBe(422);
    expect(res2.json().errors[0]).toEqual({ path: "address.municipalityId", message: "Deze gemeente bestaat niet." });
  });
});

describe("POST /v1/workers/{id}/skills", () => {
  it("records a skill (201), updates the date on a second call (200), and shows it on the worker", async () => {
    const w = await createWorker(consultant, geo);
    const first = await post(consultant, `/v1/workers/${w.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2026-05-01" });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ skillId: geo.tuinonderhoudSkillId, name: "Tuinonderhoud", obtainedOn: "2026-05-01" });
    const again = await post(consultant, `/v1/workers/${w.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2026-06-15" });
    expect(again.statusCode).toBe(200);
    const detail = await get(consultant, `/v1/workers/${w.id}`);
    expect(detail.json().skills).toEqual([{ skillId: geo.tuinonderhoudSkillId, name: "Tuinonderhoud", obtainedOn: "2026-06-15" }]);
    const audit = await t.owner
      .sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'worker_skill' AND entity_id = ${w.id} ORDER BY at`;
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("a date in the future or not a date is 422; finance may not add skills", async () => {
    const w = await createWorker(consultant, geo);
    const future = await post(consultant, `/v1/workers/${w.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2999-01-01" });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ path: "obtainedOn", message: "Deze datum ligt in de toekomst." }]);
    const notDate = await post(consultant, `/v1/workers/${w.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2026-02-30" });
    expect(notDate.statusCode).toBe(422);
    expect(notDate.json().errors[0].path).toBe("obtainedOn");
    expect((await post(finance, `/v1/workers/${w.id}/skills`, { skillId: geo.tuinonderhoudSkillId, obtainedOn: "2026-05-01" })).statusCode).toBe(403);
  });
});

describe("worker agreements (RULES §1)", () => {
  it("RULES §1: without an end date the agreement runs 12 months (start + 12 months − 1 day)", async () => {
    const w = await createWorker(consultant, geo);
    const res = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-15" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ workerId: w.id, startDate: "2027-01-15", endDate: "2028-01-14", legacyPwa: false });
    const list = await get(consultant, `/v1/workers/${w.id}/agreements`);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
  });

  it("RULES §1: 13 months is 422 agreement.too_long; exactly 12 months is fine", async () => {
    const w = await createWorker(consultant, geo);
    const long = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01", endDate: "2028-01-31" });
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({ code: "agreement.too_long", errors: [{ path: "endDate", message: "Kies een einddatum tot en met 2027-12-31." }] });
    expect(long.json().detail).toContain("12 maanden");
    const oneDayTooMany = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01", endDate: "2028-01-01" });
    expect(oneDayTooMany.statusCode).toBe(422);
    const ok = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01", endDate: "2027-12-31" });
    expect(ok.statusCode).toBe(201);
    const before = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2029-05-01", endDate: "2029-04-30" });
    expect(before.statusCode).toBe(422);
    expect(before.json().errors).toEqual([{ path: "endDate", message: "De einddatum ligt voor de begindatum." }]);
  });

  it("RULES §1 exemption: a legacy PWA agreement may be longer or open-ended", async () => {
    const w = await createWorker(consultant, geo);
    const noDate = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2018-01-01", endDate: "2019-06-30", legacyPwa: true });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.json().code).toBe("agreement.pwa_date_required");
    const tooLate = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2018-01-01", legacyPwa: true, pwaAgreementDate: "2017-10-01" });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().errors[0].path).toBe("pwaAgreementDate");
    const long = await post(consultant, `/v1/workers/${w.id}/agreements`, {
      startDate: "2018-01-01",
      endDate: "2019-06-30",
      legacyPwa: true,
      pwaAgreementDate: "2015-03-01",
    });
    expect(long.statusCode).toBe(201);
    expect(long.json().pwaAgreementDate).toBe("2015-03-01");
    const open = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2020-01-01", legacyPwa: true, pwaAgreementDate: "2015-03-01" });
    expect(open.statusCode).toBe(201);
    expect(open.json()).toMatchObject({ endDate: null, legacyPwa: true });
    // Open-ended means everything after it overlaps.
    const later = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2030-01-01" });
    expect(later.statusCode).toBe(409);
    expect(later.json().code).toBe("agreement.overlaps");
  });

  it("the tenant's agreementMaxMonths applies (6 months → 7 is too long)", async () => {
    const aalstWorker = await createWorker(consultantB, geoB);
    const set = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(aalst.token), payload: { agreementMaxMonths: 6 } });
    expect(set.statusCode, set.body).toBe(200);
    const res = await post(consultantB, `/v1/workers/${aalstWorker.id}/agreements`, { startDate: "2027-01-01", endDate: "2027-07-31" });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("agreement.too_long");
    const dflt = await post(consultantB, `/v1/workers/${aalstWorker.id}/agreements`, { startDate: "2027-01-01" });
    expect(dflt.json().endDate).toBe("2027-06-30");
  });

  it("an overlapping agreement is 409 agreement.overlaps with the dates; the day after is a re-referral (RULES §1): 409 without the new referral, fine with it", async () => {
    const w = await createWorker(consultant, geo);
    expect((await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01", endDate: "2027-06-30" })).statusCode).toBe(201);
    const clash = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-06-30", endDate: "2027-09-30" });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe("agreement.overlaps");
    expect(clash.json().detail).toContain("2027-06-30");
    const unreferred = await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-07-01", endDate: "2027-09-30" });
    expect(unreferred.statusCode).toBe(409);
    expect(unreferred.json()).toMatchObject({ code: "agreement.re_referral_required", trajectoryStart: "2027-01-01" });
    expect(unreferred.json().detail).toMatch(/hertoeleiding/);
    const referred = await post(consultant, `/v1/workers/${w.id}/agreements`, {
      startDate: "2027-07-01",
      endDate: "2027-09-30",
      reReferral: { date: "2026-11-20", referrer: "vdab" },
    });
    expect(referred.statusCode, referred.body).toBe(201);
    expect(referred.json().reReferral).toEqual({ date: "2026-11-20", referrer: "vdab" });
    // A gap does not help within the trajectory's 12 months; past them, a new agreement starts a new trajectory.
    expect((await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-12-01", endDate: "2028-01-31" })).json().code).toBe(
      "agreement.re_referral_required",
    );
    expect((await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2028-08-01", endDate: "2028-12-31" })).statusCode).toBe(201);
  });

  it("10 parallel overlapping agreements: exactly one 201, nine 409", async () => {
    const w = await createWorker(consultant, geo);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: `2027-03-${String(i + 1).padStart(2, "0")}`, endDate: "2027-08-31" }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === "agreement.overlaps")).toBe(true);
    const [n] = await t.owner.sql`SELECT count(*)::int AS n FROM worker_agreements WHERE worker_id = ${w.id}`;
    expect(n?.n).toBe(1);
  });

  it("a clash only the exclusion constraint sees (23P01) is the same 409, never a 500", async () => {
    const w = await createWorker(consultant, geo);
    let pending: ReturnType<typeof post> | undefined;
    // Another session writes an overlapping agreement and commits only after the API's check has run.
    await t.owner.sql.begin(async (sql) => {
      await sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES (${gent.tenantId}, ${randomUUID()}, ${w.id}, '2027-03-01', '2027-04-30')`;
      pending = post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01", endDate: "2027-06-30" });
      await new Promise((r) => setTimeout(r, 400));
    });
    const res = await pending!;
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe("agreement.overlaps");
  });

  it("finance may not start an agreement", async () => {
    const w = await createWorker(consultant, geo);
    expect((await post(finance, `/v1/workers/${w.id}/agreements`, { startDate: "2027-01-01" })).statusCode).toBe(403);
  });
});

/** A live (accepted) assignment without a time entry: planned minutes against the caps. */
async function addPlanned(workerId: string, clientId: string, startsAt: string, minutes: number): Promise<void> {
  const sql = t.owner.sql;
  const jobId = randomUUID();
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  await sql`
    INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id)
    VALUES (${gent.tenantId}, ${jobId}, ${clientId}, 'accompany.company', 'Gezelschap', ${minutes}, ${startsAt}, ${endsAt}, ${geo.centrum}, 'assigned', 'consultant', 'fixture')`;
  await sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    VALUES (${gent.tenantId}, ${randomUUID()}, ${jobId}, ${workerId}, ${clientId}, ${startsAt}, ${endsAt}, 'accepted', 'fixture')`;
}

describe("GET /v1/workers/{id}/capacity", () => {
  let workerId: string;
  beforeAll(async () => {
    workerId = (await createWorker(consultant, geo)).id;
    expect((await post(consultant, `/v1/workers/${workerId}/agreements`, { startDate: "2027-01-01" })).statusCode).toBe(201);
    const clientId = await addClient(t, geo);
    // An entry on 31 March counts for March (a date, in Brussels), one on 1 April for April.
    await addWorkedTime(t, geo, workerId, clientId, "2027-03-31", 120);
    await addWorkedTime(t, geo, workerId, clientId, "2027-04-01", 60);
    await addWorkedTime(t, geo, workerId, clientId, "2027-02-10", 45);
    // 28 Feb 23:30 UTC is 1 March 00:30 in Brussels: March, not February.
    await addPlanned(workerId, clientId, "2027-02-28T23:30:00Z", 90);
    // 31 March 23:00 in Brussels (CEST) is 21:00 UTC: still March.
    await addPlanned(workerId, clientId, "2027-03-31T21:00:00Z", 30);
  });

  it("adds time entries (used) and live assignments (planned) per Brussels month and year, against the caps", async () => {
    const res = await get(consultant, `/v1/workers/${workerId}/capacity?date=2027-03-15`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      date: "2027-03-15",
      month: { usedMinutes: 120, plannedMinutes: 120, capMinutes: 3600, remainingMinutes: 3360 },
      year: { usedMinutes: 225, plannedMinutes: 120, capMinutes: 37800, remainingMinutes: 37455 },
      agreement: { startDate: "2027-01-01", endDate: "2027-12-31", daysLeft: 291 },
    });
  });

  it("month boundaries: February and April see only their own minutes", async () => {
    const feb = (await get(consultant, `/v1/workers/${workerId}/capacity?date=2027-02-28`)).json();
    expect(feb.month).toMatchObject({ usedMinutes: 45, plannedMinutes: 0 });
    const apr = (await get(consultant, `/v1/workers/${workerId}/capacity?date=2027-04-01`)).json();
    expect(apr.month).toMatchObject({ usedMinutes: 60, plannedMinutes: 0 });
  });

  it("follows the tenant's caps; outside any agreement the agreement is null", async () => {
    const set = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { monthlyCapMinutes: 150 } });
    expect(set.statusCode, set.body).toBe(200);
    const res = (await get(consultant, `/v1/workers/${workerId}/capacity?date=2027-03-15`)).json();
    expect(res.month).toEqual({ usedMinutes: 120, plannedMinutes: 120, capMinutes: 150, remainingMinutes: 0 });
    const later = (await get(consultant, `/v1/workers/${workerId}/capacity?date=2028-02-01`)).json();
    expect(later.agreement).toBeNull();
    expect(later.year.usedMinutes).toBe(0);
    await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { monthlyCapMinutes: 3600 } });
  });

  it("a legacy PWA agreement has no end and no daysLeft; without a date it answers for today", async () => {
    const w = await createWorker(consultant, geo);
    await post(consultant, `/v1/workers/${w.id}/agreements`, { startDate: "2017-09-30", legacyPwa: true, pwaAgreementDate: "2012-05-01" });
    const res = await get(consultant, `/v1/workers/${w.id}/capacity`);
    expect(res.statusCode).toBe(200);
    expect(res.json().date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.json().agreement).toEqual({ startDate: "2017-09-30", endDate: null, daysLeft: null });
    expect(res.json().month).toEqual({ usedMinutes: 0, plannedMinutes: 0, capMinutes: 3600, remainingMinutes: 3600 });
  });

  it("a date that does not exist is 422", async () => {
    const res = await get(consultant, `/v1/workers/${workerId}/capacity?date=2027-02-30`);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("query.date");
  });
});

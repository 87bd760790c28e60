import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenFor } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let consultant: string;
let finance: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  aalst = await createTenant(t);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

const post = (token: string, url: string, payload: unknown) => t.app.inject({ method: "POST", url, headers: bearer(token), payload: payload as object });
const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });
const put = (token: string, url: string, payload: unknown) => t.app.inject({ method: "PUT", url, headers: bearer(token), payload: payload as object });

async function municipality(token: string, name: string, nisCode: string, postalCodes = ["9000"]) {
  const res = await post(token, "/v1/municipalities", { name, nisCode, postalCodes });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe("municipalities", () => {
  it("an admin adds one; consultants list it", async () => {
    const res = await post(gent.token, "/v1/municipalities", { name: "Gent", nisCode: "44021", postalCodes: ["9000", "9030", "9000"] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: "Gent", nisCode: "44021", postalCodes: ["9000", "9030"] });
    const list = await get(consultant, "/v1/municipalities");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((m: { nisCode: string }) => m.nisCode)).toContain("44021");
    const audit = await t.owner
      .sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'municipality' AND entity_id = ${res.json().id}`;
    expect(audit).toHaveLength(1);
  });

  it("bad NIS code and postal code are 422 with paths", async () => {
    const res = await post(gent.token, "/v1/municipalities", { name: "X", nisCode: "4402", postalCodes: ["900"] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("validation.failed");
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["nisCode", "postalCodes.0"]);
  });

  it("the same NIS code twice is 409 municipality.nis_code_taken; another tenant may use it", async () => {
    await municipality(gent.token, "Melle", "44088", ["9090"]);
    const res = await post(gent.token, "/v1/municipalities", { name: "Melle bis", nisCode: "44088", postalCodes: ["9090"] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("municipality.nis_code_taken");
    await municipality(aalst.token, "Melle", "44088", ["9090"]);
  });

  it("a consultant may not add one (403); finance may not either", async () => {
    for (const token of [consultant, finance]) {
      const res = await post(token, "/v1/municipalities", { name: "Lokeren", nisCode: "46014", postalCodes: ["9160"] });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("auth.forbidden");
    }
  });

  it("pages with limit and cursor", async () => {
    const a = await get(gent.token, "/v1/municipalities?limit=1");
    expect(a.json().items).toHaveLength(1);
    expect(a.json().nextCursor).toEqual(expect.any(String));
    const b = await get(gent.token, `/v1/municipalities?limit=1&cursor=${a.json().nextCursor}`);
    expect(b.json().items).toHaveLength(1);
    expect(b.json().items[0].id).not.toBe(a.json().items[0].id);
  });

  it("tenants never see each other's municipalities", async () => {
    const mine = (await get(aalst.token, "/v1/municipalities?limit=200")).json().items;
    expect(mine.map((m: { name: string }) => m.name)).toEqual(["Melle"]);
  });
});

describe("neighbourhoods", () => {
  let gentId: string;
  let centrum: string;
  let brugse: string;

  beforeAll(async () => {
    gentId = await municipality(gent.token, "Gent stad", "44999");
  });

  it("adjacency is stored in both directions and listed with the centroid", async () => {
    const a = await post(gent.token, "/v1/neighbourhoods", {
      municipalityId: gentId,
      name: "Centrum",
      centroid: { lat: 51.0543, lon: 3.7174 },
      adjacentIds: [],
    });
    expect(a.statusCode, a.body).toBe(201);
    centrum = a.json().id;
    const b = await post(gent.token, "/v1/neighbourhoods", {
      municipalityId: gentId,
      name: "Brugse Poort",
      centroid: { lat: 51.0575, lon: 3.7 },
      adjacentIds: [centrum, centrum],
    });
    expect(b.statusCode, b.body).toBe(201);
    brugse = b.json().id;
    expect(b.json()).toMatchObject({ municipalityId: gentId, name: "Brugse Poort", centroid: { lat: 51.0575, lon: 3.7 }, adjacentIds: [centrum] });

    const list = await get(consultant, `/v1/neighbourhoods?municipalityId=${gentId}`);
    expect(list.statusCode).toBe(200);
    const byId = new Map(list.json().items.map((n: { id: string }) => [n.id, n]));
    expect(byId.get(centrum)).toMatchObject({ centroid: { lat: 51.0543, lon: 3.7174 }, adjacentIds: [brugse] });
    expect(byId.get(brugse)).toMatchObject({ adjacentIds: [centrum] });
  });

  it("an unknown municipality or neighbour is 422 with the path; nothing is written", async () => {
    const ghost = "00000000-0000-4000-8000-000000000001";
    const res = await post(gent.token, "/v1/neighbourhoods", {
      municipalityId: gentId,
      name: "Ledeberg",
      centroid: { lat: 51.035, lon: 3.74 },
      adjacentIds: [centrum, ghost],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: "adjacentIds.1", message: "Deze wijk bestaat niet." }]);
    const res2 = await post(gent.token, "/v1/neighbourhoods", { municipalityId: ghost, name: "Ledeberg", centroid: { lat: 51.035, lon: 3.74 } });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().errors).toEqual([{ path: "municipalityId", message: "Deze gemeente bestaat niet." }]);
    const [row] = await t.owner.sql`SELECT count(*)::int AS n FROM neighbourhoods WHERE tenant_id = ${gent.tenantId} AND name = 'Ledeberg'`;
    expect(row?.n).toBe(0);
  });

  it("another tenant's municipality or neighbourhood counts as unknown (422)", async () => {
    const aalstMuni = await municipality(aalst.token, "Aalst", "41002", ["9300"]);
    const aalstN = await post(aalst.token, "/v1/neighbourhoods", { municipalityId: aalstMuni, name: "Centrum", centroid: { lat: 50.94, lon: 4.04 } });
    expect(aalstN.statusCode).toBe(201);
    const res = await post(gent.token, "/v1/neighbourhoods", { municipalityId: aalstMuni, name: "Stiekem", centroid: { lat: 50.9, lon: 4 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("municipalityId");
    const res2 = await post(gent.token, "/v1/neighbourhoods", {
      municipalityId: gentId,
      name: "Stiekem",
      centroid: { lat: 50.9, lon: 4 },
      adjacentIds: [aalstN.json().id],
    });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().errors[0].path).toBe("adjacentIds.0");
    const aalstList = (await get(aalst.token, "/v1/neighbourhoods")).json().items;
    expect(aalstList.map((n: { name: string }) => n.name)).toEqual(["Centrum"]);
  });

  it("a bad centroid is 422; a duplicate name in one municipality is 409", async () => {
    const res = await post(gent.token, "/v1/neighbourhoods", { municipalityId: gentId, name: "Noord", centroid: { lat: 95, lon: 3.7 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe("centroid.lat");
    const dup = await post(gent.token, "/v1/neighbourhoods", { municipalityId: gentId, name: "Centrum", centroid: { lat: 51, lon: 3.7 } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("neighbourhood.name_taken");
  });

  it("only admins add neighbourhoods", async () => {
    const res = await post(consultant, "/v1/neighbourhoods", { municipalityId: gentId, name: "Sluizeken", centroid: { lat: 51.06, lon: 3.72 } });
    expect(res.statusCode).toBe(403);
  });

  describe("PUT /v1/neighbourhoods/{id}/neighbours", () => {
    const adjacent = async (id: string) =>
      ((await get(gent.token, `/v1/neighbourhoods?municipalityId=${gentId}&limit=200`)).json().items as { id: string; adjacentIds: string[] }[]).find(
        (n) => n.id === id,
      )?.adjacentIds;

    it("replaces the set in both directions: a dropped neighbour no longer lists the wijk, a new one does; audited", async () => {
      const muide = await post(gent.token, "/v1/neighbourhoods", { municipalityId: gentId, name: "Muide", centroid: { lat: 51.07, lon: 3.73 } });
      expect(muide.statusCode, muide.body).toBe(201);
      const muideId = muide.json().id as string;
      const res = await put(gent.token, `/v1/neighbourhoods/${brugse}/neighbours`, { adjacentIds: [muideId, muideId] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: brugse, name: "Brugse Poort", adjacentIds: [muideId] });
      expect(await adjacent(centrum)).toEqual([]);
      expect(await adjacent(muideId)).toEqual([brugse]);
      const [audit] = await t.owner.sql`
        SELECT before, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'neighbourhood' AND entity_id = ${brugse} AND action = 'replace_neighbours'`;
      expect(audit).toMatchObject({ before: { adjacentIds: [centrum] }, after: { adjacentIds: [muideId] } });
      const cleared = await put(gent.token, `/v1/neighbourhoods/${brugse}/neighbours`, { adjacentIds: [] });
      expect(cleared.json().adjacentIds).toEqual([]);
      expect(await adjacent(muideId)).toEqual([]);
    });

    it("itself, an unknown wijk or another tenant's wijk is 422 with the path, and nothing changes", async () => {
      await put(gent.token, `/v1/neighbourhoods/${centrum}/neighbours`, { adjacentIds: [brugse] });
      const aalstN = (await get(aalst.token, "/v1/neighbourhoods")).json().items[0].id as string;
      const res = await put(gent.token, `/v1/neighbourhoods/${centrum}/neighbours`, {
        adjacentIds: [centrum, "00000000-0000-4000-8000-000000000002", aalstN],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        { path: "adjacentIds.0", message: "Een wijk kan niet aan zichzelf grenzen." },
        { path: "adjacentIds.1", message: "Deze wijk bestaat niet." },
        { path: "adjacentIds.2", message: "Deze wijk bestaat niet." },
      ]);
      expect(await adjacent(centrum)).toEqual([brugse]);
      expect(await adjacent(brugse)).toEqual([centrum]);
    });

    it("an unknown or another tenant's wijk is 404; a consultant may not change neighbours (403)", async () => {
      const aalstN = (await get(aalst.token, "/v1/neighbourhoods")).json().items[0].id as string;
      for (const id of ["00000000-0000-4000-8000-000000000003", aalstN]) {
        const res = await put(gent.token, `/v1/neighbourhoods/${id}/neighbours`, { adjacentIds: [] });
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe("resource.not_found");
      }
      const forbidden = await put(consultant, `/v1/neighbourhoods/${centrum}/neighbours`, { adjacentIds: [] });
      expect(forbidden.statusCode).toBe(403);
      expect(await adjacent(centrum)).toEqual([brugse]);
    });
  });
});

describe("skills", () => {
  it("creates, lists and refuses a duplicate name (case-insensitive) with 409 skill.name_taken", async () => {
    const res = await post(consultant, "/v1/skills", { name: "Tuinonderhoud" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: "Tuinonderhoud", id: expect.any(String) });
    const dup = await post(gent.token, "/v1/skills", { name: "  tuinonderhoud " });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("skill.name_taken");
    expect(dup.json().detail).toContain("competentie");
    const list = await get(consultant, "/v1/skills");
    expect(list.json().items.map((s: { name: string }) => s.name)).toEqual(["Tuinonderhoud"]);
    // Another tenant has its own names.
    expect((await post(aalst.token, "/v1/skills", { name: "Tuinonderhoud" })).statusCode).toBe(201);
  });

  it("an empty name is 422; finance may not add skills", async () => {
    const res = await post(gent.token, "/v1/skills", { name: "" });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toEqual({ path: "name", message: "Dit veld mag niet leeg zijn.", rule: "required" });
    expect((await post(finance, "/v1/skills", { name: "Koken" })).statusCode).toBe(403);
  });
});

describe("activity catalogue", () => {
  it("lists the Flemish list with the tenant's skill id where the names match", async () => {
    const res = await get(consultant, "/v1/activities");
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; clientTypes: string[]; skillId?: string; category: string }[];
    expect(items.length).toBeGreaterThan(30);
    const [skill] = await t.owner.sql`SELECT id FROM skills WHERE tenant_id = ${gent.tenantId} AND name = 'Tuinonderhoud'`;
    const hedges = items.find((a) => a.code === "garden.hedges");
    expect(hedges).toMatchObject({ category: "small_garden", clientTypes: ["private", "nonprofit"], skillId: skill?.id });
    // Kinderopvang basis does not exist in this tenant: no skillId at all.
    expect(items.find((a) => a.code === "accompany.childcare_home")).not.toHaveProperty("skillId");
    expect(items.find((a) => a.code === "garden.snow")).not.toHaveProperty("skillId");
  });

  it("uses each tenant's own skill", async () => {
    const [aalstSkill] = await t.owner.sql`SELECT id FROM skills WHERE tenant_id = ${aalst.tenantId} AND name = 'Tuinonderhoud'`;
    const items = (await get(aalst.token, "/v1/activities")).json().items as { code: string; skillId?: string }[];
    expect(items.find((a) => a.code === "garden.mowing")?.skillId).toBe(aalstSkill?.id);
  });
});

describe("municipality activities", () => {
  let melle: string;
  beforeAll(async () => {
    melle = await municipality(gent.token, "Melle-x", "44998", ["9090"]);
  });

  it("PUT replaces the allowed set; GET shows it", async () => {
    const first = await put(gent.token, `/v1/municipalities/${melle}/activities`, {
      allowed: [
        { activityCode: "garden.hedges", clientTypes: ["private"] },
        { activityCode: "accompany.company", clientTypes: ["private", "nonprofit"] },
      ],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.map((x: { activityCode: string }) => x.activityCode)).toEqual(["garden.hedges", "accompany.company"]);
    const second = await put(gent.token, `/v1/municipalities/${melle}/activities`, {
      allowed: [{ activityCode: "garden.snow", clientTypes: ["localGovernment"] }],
    });
    expect(second.statusCode).toBe(200);
    const got = await get(consultant, `/v1/municipalities/${melle}/activities`);
    expect(got.json().items).toEqual([{ activityCode: "garden.snow", name: "Sneeuw ruimen", category: "small_garden", clientTypes: ["localGovernment"] }]);
    const [audit] = await t.owner
      .sql`SELECT before, after FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'municipality_activities' ORDER BY at DESC LIMIT 1`;
    expect((audit?.before as unknown[]).length).toBe(2);
    expect((audit?.after as unknown[]).length).toBe(1);
  });

  it("an unknown activity or a client type outside the catalogue is 422 with the path; the set stays as it was", async () => {
    const res = await put(gent.token, `/v1/municipalities/${melle}/activities`, {
      allowed: [
        { activityCode: "garden.hedges", clientTypes: ["private", "agriculture"] },
        { activityCode: "space.travel", clientTypes: ["private"] },
      ],
    });
    expect(res.statusCode).toBe(422);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(["allowed.0.clientTypes", "allowed.1.activityCode"]);
    expect(errors[0]?.message).toContain("land- en tuinbouw");
    const got = await get(gent.token, `/v1/municipalities/${melle}/activities`);
    expect(got.json().items.map((x: { activityCode: string }) => x.activityCode)).toEqual(["garden.snow"]);
  });

  it("another tenant's municipality is 404; consultants may read but not change", async () => {
    const aalstMuni = (await get(aalst.token, "/v1/municipalities")).json().items[0].id;
    expect((await get(gent.token, `/v1/municipalities/${aalstMuni}/activities`)).statusCode).toBe(404);
    const res = await put(gent.token, `/v1/municipalities/${aalstMuni}/activities`, { allowed: [] });
    expect(res.statusCode).toBe(404);
    expect((await put(consultant, `/v1/municipalities/${melle}/activities`, { allowed: [] })).statusCode).toBe(403);
  });
});

describe("OpenAPI", () => {
  it("documents every registry path with tags and a summary", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    const expected: Record<string, string[]> = {
      "/v1/municipalities": ["post", "get"],
      "/v1/neighbourhoods": ["post", "get"],
      "/v1/activities": ["get"],
      "/v1/municipalities/{id}/activities": ["put", "get"],
      "/v1/skills": ["post", "get"],
      "/v1/workers": ["post", "get"],
      "/v1/workers/{id}": ["get", "patch"],
      "/v1/workers/{id}/agreements": ["post", "get"],
      "/v1/workers/{id}/capacity": ["get"],
      "/v1/workers/{id}/skills": ["post"],
    };
    for (const [path, methods] of Object.entries(expected)) {
      for (const m of methods) {
        const op = doc.paths[path]?.[m];
        expect(op, `${m} ${path}`).toBeDefined();
        expect(op.tags.length, `${m} ${path}`).toBeGreaterThan(0);
        expect(op.summary, `${m} ${path}`).toEqual(expect.any(String));
      }
    }
  });
});

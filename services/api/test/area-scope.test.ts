import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, DEMO_LOGINS, seedDemo } from "@wijkwerk/db";
import { bearer, login, startTestApp, type TestApp } from "./helpers.ts";

// Issue 20, scope by area, swept like tenant isolation (isolation.test.ts): a consultant limited
// to one wijk of the Gent demo walks every list, search and report route of the OpenAPI document
// and must never see a worker, client, job, assignment, time entry or appointment outside it;
// every detail route answers 404 for such a record. The RLS itself is checked in raw SQL.
let t: TestApp;
let gentId: string;
let wijk: { id: string; name: string };
let scopedId: string;
let scoped: string;
let unscoped: string;
let admin: string;
let doc: { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
/** Records of the demo outside the wijk, by table. */
const outside: Record<string, string[]> = {};
const inside: Record<string, string[]> = {};

/** What "in the area" means per table (migration 0062), computed as the owner. */
const AREA_SQL: Record<string, string> = {
  workers: "SELECT id::text, neighbourhood_id = $2 AS inside FROM workers WHERE tenant_id = $1",
  clients: "SELECT id::text, neighbourhood_id = $2 AS inside FROM clients WHERE tenant_id = $1",
  jobs: "SELECT id::text, neighbourhood_id = $2 AS inside FROM jobs WHERE tenant_id = $1",
  assignments:
    "SELECT a.id::text, j.neighbourhood_id = $2 AS inside FROM assignments a JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id WHERE a.tenant_id = $1",
  time_entries:
    "SELECT e.id::text, j.neighbourhood_id = $2 AS inside FROM time_entries e JOIN assignments a ON a.tenant_id = e.tenant_id AND a.id = e.assignment_id JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id WHERE e.tenant_id = $1",
  voucher_orders:
    "SELECT v.id::text, c.neighbourhood_id = $2 AS inside FROM voucher_orders v JOIN clients c ON c.tenant_id = v.tenant_id AND c.id = v.client_id WHERE v.tenant_id = $1",
  appointments: `SELECT p.id::text, (c.neighbourhood_id = $2 OR w.neighbourhood_id = $2 OR (p.client_id IS NULL AND p.worker_id IS NULL AND o.neighbourhood_id = $2)) IS TRUE AS inside
    FROM appointments p JOIN office_hours o ON o.tenant_id = p.tenant_id AND o.id = p.office_hours_id
    LEFT JOIN clients c ON c.tenant_id = p.tenant_id AND c.id = p.client_id LEFT JOIN workers w ON w.tenant_id = p.tenant_id AND w.id = p.worker_id
    WHERE p.tenant_id = $1`,
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const idsIn = (body: string) => new Set([...body.matchAll(UUID)].map((m) => m[0]));

beforeAll(async () => {
  t = await startTestApp();
  gentId = (await seedDemo(t.tdb.ownerUrl)).tenantId;
  // The wijk with the most jobs, so that the sweep has records on both sides.
  const [w] = await t.owner.sql`
    SELECT n.id::text AS id, n.name FROM neighbourhoods n JOIN jobs j ON j.tenant_id = n.tenant_id AND j.neighbourhood_id = n.id
     WHERE n.tenant_id = ${gentId} GROUP BY n.id, n.name ORDER BY count(*) DESC, n.id LIMIT 1`;
  wijk = { id: String(w!.id), name: String(w!.name) };
  for (const [table, query] of Object.entries(AREA_SQL)) {
    const rows = await t.owner.sql.unsafe(query, [gentId, wijk.id]);
    outside[table] = rows.filter((r) => !r.inside).map((r) => String(r.id));
    inside[table] = rows.filter((r) => r.inside).map((r) => String(r.id));
  }
  const logins = Object.fromEntries(DEMO_LOGINS.map((l) => [l.role, l]));
  admin = await login(t, "gent", logins.admin!.email, logins.admin!.password);
  unscoped = await login(t, "gent", logins.consultant!.email, logins.consultant!.password);
  const created = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(admin),
    payload: { email: "wijk@gent.wijkwerk.be", name: "Wijkconsulent", role: "consultant", password: "a long password 1" },
  });
  expect(created.statusCode).toBe(201);
  scopedId = created.json().id;
  const put = await t.app.inject({
    method: "PUT",
    url: `/v1/staff/${scopedId}/area`,
    headers: bearer(admin),
    payload: { municipalityIds: [], neighbourhoodIds: [wijk.id] },
  });
  expect(put.statusCode).toBe(200);
  scoped = await login(t, "gent", "wijk@gent.wijkwerk.be", "a long password 1");
  doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
}, 180_000);
afterAll(async () => t?.close());

/** GET list routes (no path parameter) a consultant may call: from the document, so new ones are swept too. */
async function consultantListRoutes(): Promise<string[]> {
  const paths: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!ops.get || path.includes("{") || !path.startsWith("/v1/") || path === "/v1/openapi.json") continue;
    const res = await t.app.inject({ url: path, headers: bearer(scoped) });
    if (res.statusCode === 403) continue;
    paths.push(path);
  }
  return paths;
}

describe("a consultant limited to one wijk", () => {
  it("the demo has records on both sides of the wijk (guards the sweep itself)", () => {
    for (const table of ["workers", "clients", "jobs", "assignments", "time_entries"]) {
      expect(outside[table]!.length, table).toBeGreaterThan(0);
      expect(inside[table]!.length, table).toBeGreaterThan(0);
    }
  });

  it("the area is stored, audited and read back; admins and finance cannot be limited", async () => {
    const res = await t.app.inject({ url: `/v1/staff/${scopedId}/area`, headers: bearer(admin) });
    expect(res.json()).toEqual({ staffId: scopedId, municipalityIds: [], neighbourhoodIds: [wijk.id], limited: true });
    const [audit] = await t.owner
      .sql`SELECT action, after FROM audit_log WHERE tenant_id = ${gentId} AND entity = 'staff' AND entity_id = ${scopedId} AND action = 'set_area'`;
    expect(audit?.after).toMatchObject({ neighbourhoodIds: [wijk.id], limited: true });
    const [adminRow] = await t.owner.sql`SELECT id::text FROM staff WHERE tenant_id = ${gentId} AND role = 'admin' LIMIT 1`;
    const refused = await t.app.inject({
      method: "PUT",
      url: `/v1/staff/${adminRow!.id}/area`,
      headers: bearer(admin),
      payload: { municipalityIds: [], neighbourhoodIds: [wijk.id] },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("staff.area_role");
    const unknown = await t.app.inject({
      method: "PUT",
      url: `/v1/staff/${scopedId}/area`,
      headers: bearer(admin),
      payload: { municipalityIds: [], neighbourhoodIds: [scopedId] },
    });
    expect(unknown.statusCode).toBe(422);
    const byConsultant = await t.app.inject({
      method: "PUT",
      url: `/v1/staff/${scopedId}/area`,
      headers: bearer(unscoped),
      payload: { municipalityIds: [], neighbourhoodIds: [] },
    });
    expect(byConsultant.statusCode).toBe(403);
  });

  it("every list, search and report route shows no record outside the wijk", async () => {
    // A worker from another wijk on a job in the wijk is named on that job's assignments and time
    // entries (the job is the consultant's); such a worker is still never listed as a worker.
    const named = await t.owner
      .sql`SELECT DISTINCT worker_id::text AS id FROM assignments WHERE tenant_id = ${gentId} AND id IN ${t.owner.sql(inside.assignments!)}`;
    const out = new Set(Object.values(outside).flat());
    for (const r of named) out.delete(String(r.id));
    const workers = idsIn((await t.app.inject({ url: "/v1/workers?limit=100", headers: bearer(scoped) })).body);
    expect(outside.workers!.filter((id) => workers.has(id))).toEqual([]);
    const inn = new Set(Object.values(inside).flat());
    const leaks: string[] = [];
    let seenInside = 0;
    const routes = await consultantListRoutes();
    expect(routes.length).toBeGreaterThan(15);
    // Search: every list route with a text query is also asked for an out-of-area worker's and client's name.
    const [w] = await t.owner.sql`SELECT last_name FROM workers WHERE tenant_id = ${gentId} AND id = ${outside.workers![0]!}`;
    const [c] = await t.owner.sql`SELECT name FROM clients WHERE tenant_id = ${gentId} AND id = ${outside.clients![0]!}`;
    const urls: string[] = [];
    for (const path of routes) {
      urls.push(path);
      const params = doc.paths[path]!.get!.parameters ?? [];
      for (const q of params.filter((p) => p.in === "query" && ["q", "search", "query"].includes(p.name)))
        for (const term of [String(w!.last_name), String(c!.name)]) urls.push(`${path}?${q.name}=${encodeURIComponent(term)}`);
    }
    for (const url of urls) {
      const res = await t.app.inject({ url, headers: bearer(scoped) });
      const ids = idsIn(res.body);
      const found = [...ids].filter((id) => out.has(id));
      seenInside += [...ids].filter((id) => inn.has(id)).length;
      if (found.length > 0) leaks.push(`GET ${url} → ${res.statusCode}, ${found.length} records outside the wijk`);
    }
    expect(leaks).toEqual([]);
    // Not vacuous: the same routes do show the consultant the wijk's own records.
    expect(seenInside).toBeGreaterThan(10);
  });

  it("every GET detail route answers 404 for a record outside the wijk, as for another tenant", async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || !path.includes("{id}") || !path.startsWith("/v1/")) continue;
      const table = path.split("/")[2]!.replaceAll("-", "_");
      const id = outside[table]?.[0];
      if (!id) continue;
      // 422: a route that needs a query parameter (a year) refuses before it looks, as for another tenant.
      const res = await t.app.inject({ url: path.replace("{id}", id), headers: bearer(scoped) });
      tried++;
      if (![403, 404, 422].includes(res.statusCode)) wrong.push(`GET ${path} → ${res.statusCode} ${res.body.slice(0, 100)}`);
    }
    expect(tried).toBeGreaterThan(8);
    expect(wrong).toEqual([]);
  });

  it("matching for a job in the wijk proposes only workers of the wijk", async () => {
    const out = new Set(outside.workers);
    let proposed = 0;
    for (const jobId of inside.jobs!.slice(0, 5)) {
      const res = await t.app.inject({ url: `/v1/jobs/${jobId}/matches`, headers: bearer(scoped) });
      expect(res.statusCode).toBe(200);
      const ids = res.json().items.map((i: { workerId: string }) => i.workerId);
      proposed += ids.length;
      expect(ids.filter((id: string) => out.has(id))).toEqual([]);
    }
    expect(proposed).toBeGreaterThan(0);
    // The unscoped consultant gets the same jobs' candidates from every wijk in reach.
    let unscopedOutside = 0;
    for (const jobId of inside.jobs!.slice(0, 5)) {
      const res = await t.app.inject({ url: `/v1/jobs/${jobId}/matches`, headers: bearer(unscoped) });
      unscopedOutside += res.json().items.filter((i: { workerId: string }) => out.has(i.workerId)).length;
    }
    expect(unscopedOutside).toBeGreaterThan(0);
  });

  it("an unscoped consultant and an admin see the whole organisation", async () => {
    for (const token of [unscoped, admin]) {
      const seen = new Set<string>();
      for (const path of ["/v1/workers?limit=100", "/v1/clients?limit=100", "/v1/jobs?limit=100"]) {
        for (const id of idsIn((await t.app.inject({ url: path, headers: bearer(token) })).body)) seen.add(id);
      }
      expect(outside.workers!.some((id) => seen.has(id))).toBe(true);
      expect(outside.clients!.some((id) => seen.has(id))).toBe(true);
      expect(outside.jobs!.some((id) => seen.has(id))).toBe(true);
      const res = await t.app.inject({ url: `/v1/workers/${outside.workers![0]}`, headers: bearer(token) });
      expect(res.statusCode).toBe(200);
    }
  });

  it("the RLS itself filters: the app role with the area bound sees only the wijk's workers, clients and jobs", async () => {
    const app = createDatabase(t.tdb.appUrl, { max: 1 }).sql;
    try {
      const counts = await app.begin(async (tx) => {
        await tx`SELECT app_use_staff_area(${gentId}::uuid, ${scopedId}::uuid)`;
        const [r] = await tx`SELECT
            (SELECT count(*)::int FROM workers) AS workers, (SELECT count(*)::int FROM clients) AS clients, (SELECT count(*)::int FROM jobs) AS jobs,
            (SELECT count(*)::int FROM assignments) AS assignments, (SELECT count(*)::int FROM time_entries) AS time_entries,
            (SELECT count(*)::int FROM workers WHERE neighbourhood_id <> ${wijk.id}::uuid) AS stray`;
        return r!;
      });
      expect(counts).toEqual({
        workers: inside.workers!.length,
        clients: inside.clients!.length,
        jobs: inside.jobs!.length,
        assignments: inside.assignments!.length,
        time_entries: inside.time_entries!.length,
        stray: 0,
      });
      // The same role with only the tenant bound (no area) sees everything.
      const all = await app.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${gentId}, true)`;
        const [r] = await tx`SELECT (SELECT count(*)::int FROM workers) AS workers, (SELECT count(*)::int FROM jobs) AS jobs`;
        return r!;
      });
      expect(all).toEqual({ workers: inside.workers!.length + outside.workers!.length, jobs: inside.jobs!.length + outside.jobs!.length });
      // A consultant without an area (the demo's) binds no area either.
      const demo = await app.begin(async (tx) => {
        const [row] = await t.owner.sql`SELECT id::text AS id FROM staff WHERE tenant_id = ${gentId} AND email = ${DEMO_LOGINS[1]!.email}`;
        await tx`SELECT app_use_staff_area(${gentId}::uuid, ${row!.id}::uuid)`;
        const [r] = await tx`SELECT current_setting('app.area', true) AS area, (SELECT count(*)::int FROM workers) AS workers`;
        return r!;
      });
      expect(demo).toEqual({ area: "", workers: inside.workers!.length + outside.workers!.length });
    } finally {
      await app.end();
    }
  });

  it("registering a client outside the wijk is refused with 403 area.outside and nothing is written; inside it works", async () => {
    const places = await t.owner.sql`
      SELECT n.id::text AS n, n.municipality_id::text AS m, mu.postal_codes[1] AS pc FROM neighbourhoods n
        JOIN municipalities mu ON mu.tenant_id = n.tenant_id AND mu.id = n.municipality_id
       WHERE n.tenant_id = ${gentId} ORDER BY n.id`;
    const here = places.find((p) => p.n === wijk.id)!;
    const there = places.find((p) => p.n !== wijk.id)!;
    const register = (p: typeof here, name: string) =>
      t.app.inject({
        method: "POST",
        url: "/v1/clients",
        headers: bearer(scoped),
        payload: {
          type: "private",
          name,
          contact: { firstName: "Lea", lastName: name, phone: "09 223 45 67" },
          address: { street: "Kerkstraat", number: "1", postalCode: String(p.pc), municipalityId: String(p.m), neighbourhoodId: String(p.n) },
        },
      });
    const refused = await register(there, "Buitengebied");
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().code).toBe("area.outside");
    const [none] = await t.owner.sql`SELECT count(*)::int AS n FROM clients WHERE tenant_id = ${gentId} AND name = 'Buitengebied'`;
    expect(none!.n).toBe(0);
    const accepted = await register(here, "Binnengebied");
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it("a municipality as area covers all its wijken; back to empty = the whole organisation", async () => {
    const [m] = await t.owner.sql`SELECT municipality_id::text AS id FROM neighbourhoods WHERE tenant_id = ${gentId} AND id = ${wijk.id}`;
    const set = async (municipalityIds: string[]) =>
      t.app.inject({ method: "PUT", url: `/v1/staff/${scopedId}/area`, headers: bearer(admin), payload: { municipalityIds, neighbourhoodIds: [] } });
    expect((await set([String(m!.id)])).statusCode).toBe(200);
    const [expected] = await t.owner
      .sql`SELECT count(*)::int AS n FROM workers w JOIN neighbourhoods n ON n.tenant_id = w.tenant_id AND n.id = w.neighbourhood_id
      WHERE w.tenant_id = ${gentId} AND n.municipality_id = ${String(m!.id)}`;
    const app = createDatabase(t.tdb.appUrl, { max: 1 }).sql;
    try {
      const count = async () =>
        app.begin(async (tx) => {
          await tx`SELECT app_use_staff_area(${gentId}::uuid, ${scopedId}::uuid)`;
          const [r] = await tx`SELECT count(*)::int AS n FROM workers`;
          return r!.n as number;
        });
      expect(await count()).toBe(expected!.n);
      expect((await set([])).statusCode).toBe(200);
      expect(await count()).toBe(inside.workers!.length + outside.workers!.length);
    } finally {
      await app.end();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf } from "@wijkwerk/domain";
import { createAssignment, createWorkFixture, type WorkFixture } from "./fixtures/vouchers.ts";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 20, scope by area, for what area-scope.test.ts does not sweep: the batched hours writes
// (POST /v1/time-entries is one transaction for several staff members, so it cannot rely on the
// request's RLS binding) and the report totals of a limited consultant against an admin's.
let t: TestApp;
let tenant: TenantLogin;
let a: WorkFixture;
let b: WorkFixture;
let scoped: string;
let unscoped: string;
const day = brusselsDateOf(new Date(Date.now() - 86_400_000));
const asg: Record<"inside" | "mixed" | "outside", string> = { inside: "", mixed: "", outside: "" };

async function consultant(email: string, neighbourhoodIds: string[]): Promise<string> {
  const created = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(tenant.token),
    payload: { email, name: email, role: "consultant", password: "a long password 1" },
  });
  expect(created.statusCode, created.body).toBe(201);
  if (neighbourhoodIds.length) {
    const put = await t.app.inject({
      method: "PUT",
      url: `/v1/staff/${created.json().id}/area`,
      headers: bearer(tenant.token),
      payload: { municipalityIds: [], neighbourhoodIds },
    });
    expect(put.statusCode, put.body).toBe(200);
  }
  return login(t, tenant.slug, email, "a long password 1");
}

const hours = (token: string, assignmentId: string, minutes: number) =>
  t.app.inject({ method: "POST", url: "/v1/time-entries", headers: bearer(token), payload: { assignmentId, date: day, minutes, travelKm: 0 } });
const entriesOf = async (assignmentId: string) =>
  (await t.owner.sql`SELECT count(*)::int AS n FROM time_entries WHERE tenant_id = ${tenant.tenantId} AND assignment_id = ${assignmentId}`)[0]!.n as number;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t);
  // Two wijken of one organisation, each with its own worker, client and job.
  a = await createWorkFixture(t, tenant);
  b = await createWorkFixture(t, tenant);
  asg.inside = await createAssignment(t, a, `${day}T08:00:00Z`, 60); // job in A, worker of A
  asg.mixed = await createAssignment(t, a, `${day}T08:00:00Z`, 60, "accepted", b.workerId); // job in A, worker of B
  asg.outside = await createAssignment(t, b, `${day}T11:00:00Z`, 60); // job in B, worker of B, later that day
  scoped = await consultant("wijk-a@test.be", [a.neighbourhoodId]);
  unscoped = await consultant("overal@test.be", []);
});
afterAll(async () => t?.close());

describe("batched time-entry writes of a consultant limited to one wijk", () => {
  it("hours for a worker or a job outside the area: 403 area.outside and nothing written; inside: 201; submitted together, each its own answer", async () => {
    const [inside, mixed, outside] = await Promise.all([hours(scoped, asg.inside, 60), hours(scoped, asg.mixed, 45), hours(scoped, asg.outside, 30)]);
    expect(inside.statusCode, inside.body).toBe(201);
    for (const res of [mixed, outside]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("area.outside");
    }
    expect(await entriesOf(asg.inside)).toBe(1);
    expect(await entriesOf(asg.mixed)).toBe(0);
    expect(await entriesOf(asg.outside)).toBe(0);
    const [audits] = await t.owner.sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity = 'time_entry'`;
    expect(audits!.n).toBe(1);
    const [outbox] = await t.owner.sql`SELECT count(*)::int AS n FROM outbox WHERE tenant_id = ${tenant.tenantId}`;
    expect(outbox!.n).toBeLessThanOrEqual(1);
  });

  it("an unscoped consultant and an admin write the same hours", async () => {
    const mixed = await hours(unscoped, asg.mixed, 45);
    expect(mixed.statusCode, mixed.body).toBe(201);
    const outside = await hours(tenant.token, asg.outside, 30);
    expect(outside.statusCode, outside.body).toBe(201);
    expect(await entriesOf(asg.mixed)).toBe(1);
    expect(await entriesOf(asg.outside)).toBe(1);
  });
});

describe("report totals of a limited consultant count only the area; an admin's count everything", () => {
  /** What the database holds, as the owner: minutes of entries not cancelled, by the job's wijk and the worker's. */
  async function truth() {
    const [r] = await t.owner.sql`
      SELECT COALESCE(sum(e.minutes), 0)::int AS total,
             COALESCE(sum(e.minutes) FILTER (WHERE j.neighbourhood_id = ${a.neighbourhoodId}), 0)::int AS job_in_a,
             COALESCE(sum(e.minutes) FILTER (WHERE j.neighbourhood_id = ${a.neighbourhoodId} AND w.neighbourhood_id = ${a.neighbourhoodId}), 0)::int AS both_in_a
        FROM time_entries e JOIN assignments x ON x.tenant_id = e.tenant_id AND x.id = e.assignment_id
        JOIN jobs j ON j.tenant_id = x.tenant_id AND j.id = x.job_id JOIN workers w ON w.tenant_id = e.tenant_id AND w.id = e.worker_id
       WHERE e.tenant_id = ${tenant.tenantId} AND e.status <> 'cancelled'`;
    return r as { total: number; job_in_a: number; both_in_a: number };
  }

  it("dashboard: hours and open jobs of the area only for the consultant, of the organisation for the admin", async () => {
    // One open klus in each wijk.
    for (const f of [a, b])
      await t.owner
        .sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id)
        VALUES (${tenant.tenantId}, gen_random_uuid(), ${f.clientId}, 'garden.mowing', 'Haag snoeien', 60, now(), now() + interval '30 days', ${f.neighbourhoodId}, 'open', 'consultant', 'test')`;
    const expected = await truth();
    expect(expected).toEqual({ total: 135, job_in_a: 105, both_in_a: 60 });
    const dashboard = async (token: string) => {
      const res = await t.app.inject({ url: "/v1/reports/dashboard", headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as {
        hoursPerMonthWithLastYear: { minutes: number }[];
        neighbourhoods: { neighbourhoodId: string; openJobs: number }[];
      };
      const openJobs = (id: string) => body.neighbourhoods.find((n) => n.neighbourhoodId === id)?.openJobs;
      return {
        minutes: body.hoursPerMonthWithLastYear.reduce((s, m) => s + m.minutes, 0),
        openA: openJobs(a.neighbourhoodId),
        openB: openJobs(b.neighbourhoodId),
      };
    };
    // The area's hours are those on its jobs (time_entries follow their job, migration 0062).
    expect(await dashboard(scoped)).toEqual({ minutes: expected.job_in_a, openA: 1, openB: 0 });
    expect(await dashboard(unscoped)).toEqual({ minutes: expected.total, openA: 1, openB: 1 });
    expect(await dashboard(tenant.token)).toEqual({ minutes: expected.total, openA: 1, openB: 1 });
  });

  it("month-end hours for the referrers (hours.csv): the consultant's counts the area's workers only, the admin's every worker; the finance month-end report is not theirs", async () => {
    await t.owner.sql`UPDATE time_entries SET status = 'confirmed', confirmed_at = now(), confirmed_by = 'client' WHERE tenant_id = ${tenant.tenantId}`;
    const expected = await truth();
    const minutesIn = async (token: string) => {
      const res = await t.app.inject({ url: `/v1/reports/hours.csv?month=${day.slice(0, 7)}`, headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      // Columns: month; referrer; last name; first name; INSZ; hours; minutes; entries.
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/)
        .slice(1);
      return { minutes: lines.reduce((s, l) => s + Number(l.split(";")[6]), 0), workers: lines.length };
    };
    // A worker of another wijk is not the limited consultant's to report on, even for hours on a job in the area.
    expect(await minutesIn(scoped)).toEqual({ minutes: expected.both_in_a, workers: 1 });
    expect(await minutesIn(tenant.token)).toEqual({ minutes: expected.total, workers: 2 });
    expect(expected.both_in_a).toBeLessThan(expected.total);
    const monthEnd = await t.app.inject({ url: `/v1/reports/month-end?from=${day.slice(0, 7)}`, headers: bearer(scoped) });
    expect(monthEnd.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/v1/reports/month-end?from=${day.slice(0, 7)}`, headers: bearer(tenant.token) })).statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { createAssignment, createWorkFixture, type WorkFixture } from "./fixtures/vouchers.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 13, "Money and hours": hours of work not done yet, and one job taken by two workers. */
let t: TestApp;
let gent: TenantLogin;
let f: WorkFixture;
let geo: Geo;
let consultant: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  f = await createWorkFixture(t, gent);
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
});
afterAll(async () => t?.close());

const today = () => brusselsDateOf(new Date());
const enter = (assignmentId: string, date: string, minutes: number) =>
  t.app.inject({
    method: "POST",
    url: "/v1/time-entries",
    headers: bearer(tokenFor(t, gent.tenantId, "worker", f.workerId)),
    payload: { assignmentId, date, minutes, travelKm: 0 },
  });

describe("hours for future work are accepted and then auto-confirmed before the work happens (RULES §5)", () => {
  it("hours for an assignment later than today (Europe/Brussels) are refused: 422 time_entry.future_date, nothing written", async () => {
    const day = addCalendarDays(today(), 3);
    const a = await createAssignment(t, f, `${day}T09:00:00+01:00`, 60);
    const res = await enter(a, day, 60);
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().code).toBe("time_entry.future_date");
    const rows = await t.owner.sql`SELECT 1 FROM time_entries WHERE assignment_id = ${a}`;
    expect(rows).toHaveLength(0);
  });

  it("720 minutes on a 60-minute assignment are refused: 422 time_entry.over_planned; up to the tenant's tolerance (30 min) is accepted", async () => {
    const day = addCalendarDays(today(), -2);
    const a = await createAssignment(t, f, `${day}T09:00:00+01:00`, 60);
    const over = await enter(a, day, 720);
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe("time_entry.over_planned");
    expect(over.json().detail).toMatch(/bemiddelaar/);
    const ok = await enter(a, day, 90);
    expect(ok.statusCode).toBe(201);
  });

  it("the tolerance is a tenant setting: PATCH overtimeToleranceMinutes = 5 refuses 66 minutes on a 60-minute assignment", async () => {
    const patch = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { overtimeToleranceMinutes: 5 } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().overtimeToleranceMinutes).toBe(5);
    const day = addCalendarDays(today(), -3);
    const a = await createAssignment(t, f, `${day}T13:00:00+01:00`, 60);
    expect((await enter(a, day, 66)).json().code).toBe("time_entry.over_planned");
    expect((await enter(a, day, 65)).statusCode).toBe(201);
    await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { overtimeToleranceMinutes: 30 } });
  });

  it("the confirmation window counts from the later of the work date and the submission", async () => {
    const day = addCalendarDays(today(), -1);
    const a = await createAssignment(t, f, `${day}T15:00:00+01:00`, 60);
    const res = await enter(a, day, 60);
    expect(res.statusCode).toBe(201);
    // Submitted today for yesterday's work: four calendar days from today, not from yesterday.
    expect(res.json().confirmBefore).toBe(addCalendarDays(today(), 4));
  });
});

describe("two workers can both accept one job", () => {
  it("parallel acceptances of one job by different workers: exactly one 200, the others 409 assignment.job_already_taken with a kind Dutch message", async () => {
    const clientId = await addClient(t, geo);
    const job = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: {
        clientId,
        activityCode: "accompany.company",
        description: "Boodschappen",
        estimatedMinutes: 120,
        window: { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" },
      },
    });
    expect(job.statusCode).toBe(201);
    const jobId = job.json().id;
    const workers = await Promise.all([1, 2, 3, 4].map(() => addWorker(t, geo)));
    const proposals: string[] = [];
    for (const w of workers) {
      const p = await t.app.inject({
        method: "POST",
        url: `/v1/jobs/${jobId}/assignments`,
        headers: bearer(consultant),
        payload: { workerId: w, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T11:00:00+01:00" },
      });
      expect(p.statusCode).toBe(201);
      proposals.push(p.json().id);
    }
    const answers = await Promise.all(
      proposals.map((id, i) =>
        t.app.inject({
          method: "POST",
          url: `/v1/assignments/${id}/respond`,
          headers: bearer(tokenFor(t, gent.tenantId, "worker", workers[i])),
          payload: { response: "accept" },
        }),
      ),
    );
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    for (const r of answers.filter((x) => x.statusCode === 409)) {
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(r.json().code).toBe("assignment.job_already_taken");
      expect(r.json().detail).toMatch(/Bedankt/);
    }
    const accepted = await t.owner.sql`SELECT id FROM assignments WHERE job_id = ${jobId} AND status = 'accepted'`;
    expect(accepted).toHaveLength(1);
    const [j] = await t.owner.sql`SELECT status FROM jobs WHERE id = ${jobId}`;
    expect(j?.status).toBe("assigned");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let consultant: string;

// Five Mondays, 09:00–12:00 Brussels; Belgium moves to summer time on Sunday 28 March 2027.
const MONDAYS = ["2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-29"];
const at = (day: string, time: string) => `${day}T${time}:00${day === "2027-03-29" ? "+02:00" : "+01:00"}`;

async function series(clientId: string): Promise<{ head: string; ids: string[] }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(consultant),
    payload: {
      clientId,
      activityCode: "accompany.company",
      description: "Elke maandag naar de markt",
      estimatedMinutes: 90,
      window: { from: at(MONDAYS[0]!, "09:00"), to: at(MONDAYS[0]!, "12:00") },
      recurrence: { rrule: "FREQ=WEEKLY", until: "2027-03-29" },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id: string; occurrences: { id: string }[] };
  return { head: body.id, ids: [body.id, ...body.occurrences.map((o) => o.id)] };
}

const post = (url: string, payload: object, token = consultant) => t.app.inject({ method: "POST", url, headers: bearer(token), payload });
// The time on the first Monday: 10:00–11:30.
const onFirst = (workerId: string) => ({ workerId, startsAt: at(MONDAYS[0]!, "10:00"), endsAt: at(MONDAYS[0]!, "11:30") });

async function assignmentsOf(workerId: string) {
  return t.owner.sql<{ job_id: string; status: string }[]>`SELECT job_id, status FROM assignments WHERE worker_id = ${workerId} AND created_by_id <> 'fixture'`;
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
});
afterAll(async () => t?.close());

describe("issue 16: propose a worker for a whole series", () => {
  it("the check moves the time onto each Monday (10:00 Brussels after the clock change too), says the client lacks 10 cheques for 5 × 90 min, and writes nothing", async () => {
    const clientId = await addClient(t, geo);
    const workerId = await addWorker(t, geo);
    const { head, ids } = await series(clientId);
    const res = await post(`/v1/jobs/${head}/series-assignments/check`, onFirst(workerId));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { jobId: string }) => i.jobId)).toEqual(ids);
    expect(body.items.map((i: { startsAt: string }) => i.startsAt)).toEqual(MONDAYS.map((d) => at(d, "10:00")));
    expect(body.items.map((i: { endsAt: string }) => i.endsAt)).toEqual(MONDAYS.map((d) => at(d, "11:30")));
    expect(body.items.every((i: { refusal: unknown }) => i.refusal === null)).toBe(true);
    // One per started hour, per visit (RULES §4): 2 × 5, not ceil(7.5 h) = 8.
    expect(body.warnings).toContainEqual(expect.objectContaining({ code: "client.vouchers_short", short: 10 }));
    expect(await assignmentsOf(workerId)).toEqual([]);
    const [outbox] = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE payload->>'workerId' = ${workerId}`;
    expect(outbox!.n).toBe(0);
  });

  it("a date the worker is taken is refused by name; proposing all is 409 assignment.series_refused with nothing written; without that date, four proposals and four messages", async () => {
    const clientId = await addClient(t, geo);
    const otherClient = await addClient(t, geo);
    const workerId = await addWorker(t, geo);
    const { head, ids } = await series(clientId);
    // Another klus of the worker on the third Monday at 10:30.
    const other = await post("/v1/jobs", {
      clientId: otherClient,
      activityCode: "accompany.company",
      description: "Iets anders",
      estimatedMinutes: 60,
      window: { from: at(MONDAYS[2]!, "10:00"), to: at(MONDAYS[2]!, "12:00") },
    });
    expect(other.statusCode, other.body).toBe(201);
    const taken = await post(`/v1/jobs/${other.json().id}/assignments`, { workerId, startsAt: at(MONDAYS[2]!, "10:30"), endsAt: at(MONDAYS[2]!, "11:30") });
    expect(taken.statusCode, taken.body).toBe(201);

    const check = (await post(`/v1/jobs/${head}/series-assignments/check`, onFirst(workerId))).json();
    expect(check.items.map((i: { refusal: { code: string } | null }) => i.refusal?.code ?? null)).toEqual([null, null, "worker.double_booked", null, null]);

    const all = await post(`/v1/jobs/${head}/series-assignments`, onFirst(workerId));
    expect(all.statusCode, all.body).toBe(409);
    expect(all.headers["content-type"]).toContain("application/problem+json");
    expect(all.json()).toMatchObject({ code: "assignment.series_refused", refused: [{ jobId: ids[2], code: "worker.double_booked" }] });
    expect(all.json().detail).toContain("15 maart 2027");
    expect((await assignmentsOf(workerId)).map((a) => a.job_id)).toEqual([other.json().id]);

    const kept = ids.filter((_, i) => i !== 2);
    const res = await post(`/v1/jobs/${head}/series-assignments`, { ...onFirst(workerId), jobIds: kept });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items.map((a: { jobId: string; status: string }) => [a.jobId, a.status])).toEqual(kept.map((id) => [id, "proposed"]));
    const [messages] = await t.owner.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/assignment.proposed' AND payload->>'jobId' = ANY(${kept})`;
    expect(messages!.n).toBe(4);
    const [audited] = await t.owner.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'assignment' AND action = 'propose' AND after->>'jobId' = ANY(${kept})`;
    expect(audited!.n).toBe(4);
  });

  it("RULES §1: each date counts the dates before it, so the monthly cap refuses the third Monday onward, not the first two", async () => {
    const clientId = await addClient(t, geo);
    const workerId = await addWorker(t, geo);
    // 56 hours worked in March already: two visits of 90 min fit under 60 h, a third does not.
    await addWorkedTime(t, geo, workerId, clientId, "2027-03-02", 56 * 60);
    const { head } = await series(clientId);
    const check = (await post(`/v1/jobs/${head}/series-assignments/check`, onFirst(workerId))).json();
    expect(check.items.map((i: { refusal: { code: string } | null }) => i.refusal?.code ?? null)).toEqual([
      null,
      null,
      "worker.monthly_cap_exceeded",
      "worker.monthly_cap_exceeded",
      "worker.monthly_cap_exceeded",
    ]);
  });

  it("only the first klus of a series takes a series proposal (422 job.not_series); another organisation sees no such klus (404)", async () => {
    const clientId = await addClient(t, geo);
    const workerId = await addWorker(t, geo);
    const { head, ids } = await series(clientId);
    const second = await post(`/v1/jobs/${ids[1]}/series-assignments/check`, onFirst(workerId));
    expect(second.statusCode).toBe(422);
    expect(second.json().code).toBe("job.not_series");
    const stranger = await post(`/v1/jobs/${head}/series-assignments`, onFirst(workerId), aalst.token);
    expect(stranger.statusCode).toBe(404);
    const foreign = await post(`/v1/jobs/${head}/series-assignments`, { ...onFirst(workerId), jobIds: [gent.tenantId] });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors).toEqual([{ path: "jobIds", message: "Kies alleen keren van deze reeks." }]);
    expect(await assignmentsOf(workerId)).toEqual([]);
  });
});

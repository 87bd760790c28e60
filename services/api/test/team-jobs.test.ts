import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 19, collective deployment at organisations: a job for a vzw asks for a team; it is assigned
 * when the team is full, caps and double booking hold per worker, and the organisation confirms the
 * hours of the whole team at once. Everything through the API, on real PostgreSQL.
 */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
let finance: string;
const today = brusselsDateOf(new Date());
const year = Number(today.slice(0, 4));
const agreement = { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` };
const day = addCalendarDays(today, -1);

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

const post = (url: string, token: string, payload?: object) => t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });
const get = async (url: string, token = consultant) => (await t.app.inject({ url, headers: bearer(token) })).json();
const at = (d: string, hour: number) => `${d}T${String(hour).padStart(2, "0")}:00:00+01:00`;
const worker = (id: string) => tokenFor(t, gent.tenantId, "worker", id);

let kbo = 0;
/** A vzw (client type nonprofit, with its own KBO number) with paid vouchers. */
async function vzw(vouchers = 20): Promise<string> {
  const clientId = await addClient(t, geo, { agreement });
  await t.owner
    .sql`UPDATE clients SET type = 'nonprofit', enterprise_number = ${`0${String(100000000 + ++kbo)}`} WHERE tenant_id = ${gent.tenantId} AND id = ${clientId}`;
  if (vouchers > 0) {
    const order = (await post("/v1/voucher-orders", consultant, { clientId, quantity: vouchers })).json();
    const paid = await post("/v1/payments", finance, { paymentReference: order.paymentReference, amountCents: order.amountCents, paidOn: today });
    expect(paid.statusCode, paid.body).toBe(201);
  }
  return clientId;
}

async function teamJob(clientId: string, workersNeeded: number, d = day) {
  const res = await post("/v1/jobs", consultant, {
    clientId,
    activityCode: "accompany.company",
    description: "Maaltijden uitdelen in het buurthuis",
    estimatedMinutes: 60,
    window: { from: at(d, 9), to: at(d, 12) },
    workersNeeded,
    supervisor: { name: "Sofie Verhaegen", phone: "+32470123456", email: "sofie@vzw-buurt.be" },
    tasks: ["Tafels klaarzetten", "Maaltijden uitdelen", " "],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; workersNeeded: number; supervisor: unknown; tasks: string[]; status: string };
}

async function proposeTo(jobId: string, workerId: string, d = day) {
  return post(`/v1/jobs/${jobId}/assignments`, consultant, { workerId, startsAt: at(d, 9), endsAt: at(d, 10) });
}

async function accept(assignmentId: string, workerId: string) {
  return post(`/v1/assignments/${assignmentId}/respond`, worker(workerId), { response: "accept" });
}

describe("issue 19: a team job", () => {
  it("stores the team size, the supervisor and the task package; a household cannot ask for a team", async () => {
    const job = await teamJob(await vzw(0), 3);
    expect(job).toMatchObject({
      workersNeeded: 3,
      supervisor: { name: "Sofie Verhaegen", phone: "+32470123456", email: "sofie@vzw-buurt.be" },
      tasks: ["Tafels klaarzetten", "Maaltijden uitdelen"],
      status: "open",
    });
    const household = await addClient(t, geo, { agreement });
    const refused = await post("/v1/jobs", consultant, {
      clientId: household,
      activityCode: "accompany.company",
      description: "Boodschappen",
      estimatedMinutes: 60,
      window: { from: at(day, 9), to: at(day, 12) },
      workersNeeded: 2,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("job.team_not_for_client");
    const tooBig = await post("/v1/jobs", consultant, {
      clientId: household,
      activityCode: "accompany.company",
      description: "Boodschappen",
      estimatedMinutes: 60,
      window: { from: at(day, 9), to: at(day, 12) },
      workersNeeded: 40,
    });
    expect(tooBig.statusCode).toBe(422);
    // A job without a team size is for one worker, as before.
    expect((await get(`/v1/jobs/${job.id}`)).workersNeeded).toBe(3);
  });

  it("is assigned only when the team is full; one more acceptance is 409 assignment.team_full", async () => {
    const job = await teamJob(await vzw(0), 2);
    const [w1, w2, w3] = [await addWorker(t, geo, { agreement }), await addWorker(t, geo, { agreement }), await addWorker(t, geo, { agreement })];
    const ids: string[] = [];
    for (const w of [w1, w2, w3]) {
      const p = await proposeTo(job.id, w);
      expect(p.statusCode, p.body).toBe(201);
      ids.push(p.json().id);
    }
    expect((await accept(ids[0]!, w1)).statusCode).toBe(200);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("open");
    expect((await accept(ids[1]!, w2)).statusCode).toBe(200);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    const third = await accept(ids[2]!, w3);
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe("assignment.team_full");
    // A full team takes no new proposals; a cancellation opens a place again.
    const w4 = await addWorker(t, geo, { agreement });
    expect((await proposeTo(job.id, w4)).json().code).toBe("job.not_open");
    expect((await post(`/v1/assignments/${ids[0]}/cancel`, consultant, { reason: "Ziek" })).statusCode).toBe(200);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("open");
    expect((await accept(ids[2]!, w3)).statusCode).toBe(200);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
  });

  it("a job for one worker is still assigned at the first acceptance and answers job_already_taken", async () => {
    const job = await teamJob(await vzw(0), 1);
    const [w1, w2] = [await addWorker(t, geo, { agreement }), await addWorker(t, geo, { agreement })];
    const a1 = (await proposeTo(job.id, w1)).json().id;
    const a2 = (await proposeTo(job.id, w2)).json().id;
    expect((await accept(a1, w1)).statusCode).toBe(200);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    expect((await accept(a2, w2)).json().code).toBe("assignment.job_already_taken");
  });

  it("caps and double booking hold per worker: a worker at the monthly cap is refused, the others join", async () => {
    const job = await teamJob(await vzw(0), 2);
    const atCap = await addWorker(t, geo, { agreement });
    // 59 h 30 worked this month: one more hour goes over the 60 h of RULES §1.
    await addWorkedTime(t, geo, atCap, await addClient(t, geo, { agreement }), day, 59 * 60 + 30);
    const refused = await proposeTo(job.id, atCap);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("worker.monthly_cap_exceeded");
    const w1 = await addWorker(t, geo, { agreement });
    expect((await proposeTo(job.id, w1)).statusCode).toBe(201);
    // The same worker twice in one team at the same time is a double booking.
    const twice = await proposeTo(job.id, w1);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("worker.double_booked");
  });
});

describe("issue 19: the organisation confirms the whole team at once", () => {
  async function workedTeam(vouchers: number) {
    const clientId = await vzw(vouchers);
    const job = await teamJob(clientId, 3);
    const team = [await addWorker(t, geo, { agreement }), await addWorker(t, geo, { agreement }), await addWorker(t, geo, { agreement })];
    const entries: string[] = [];
    for (const w of team) {
      const a = (await proposeTo(job.id, w)).json().id;
      expect((await accept(a, w)).statusCode).toBe(200);
      const e = await post("/v1/time-entries", worker(w), { assignmentId: a, date: day, minutes: 60, travelKm: 0 });
      expect(e.statusCode, e.body).toBe(201);
      entries.push(e.json().id);
    }
    return { clientId, job, team, entries, client: tokenFor(t, gent.tenantId, "client", clientId) };
  }

  it("one request confirms every submitted entry of the job; vouchers are used per worker, the job is done and each worker is paid", async () => {
    const { clientId, job, team, entries, client } = await workedTeam(10);
    const res = await post(`/v1/jobs/${job.id}/confirm-hours`, client, { from: day, to: day });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ confirmed: 3, awaitingVouchers: 0 });
    expect([...res.json().entryIds].sort()).toEqual([...entries].sort());
    const detail = await get(`/v1/jobs/${job.id}`);
    expect(detail.status).toBe("done");
    expect(detail.assignments.map((a: { status: string }) => a.status)).toEqual(["completed", "completed", "completed"]);
    const [used] = await t.owner.sql<{ n: number }[]>`
      SELECT count(DISTINCT te.id)::int AS n FROM time_entries te WHERE te.tenant_id = ${gent.tenantId} AND te.client_id = ${clientId} AND te.status = 'confirmed'`;
    expect(used?.n).toBe(3);
    // Paid per worker: each member of the team has a payout line of their own hour.
    const run = await post("/v1/payout-runs", finance, { month: day.slice(0, 7) });
    expect(run.statusCode, run.body).toBe(201);
    const lines = (await get(`/v1/payout-runs/${run.json().id}/lines?limit=100`, finance)).items as { workerId: string; entryCount: number; minutes: number }[];
    for (const w of team) expect(lines.find((l) => l.workerId === w)).toMatchObject({ entryCount: 1, minutes: 60 });
    const again = await post(`/v1/jobs/${job.id}/confirm-hours`, client, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("time_entry.none_to_confirm");
  });

  it("all or nothing: when the last entry is refused, the two confirmed before it are rolled back", async () => {
    const { job, entries, client } = await workedTeam(10);
    // A confirmation already recorded for entry 3 (as by the nightly sweep) makes it refuse a second one.
    const sweep = await post(`/v1/time-entries/${entries[2]}/confirm`, consultant);
    expect(sweep.json().status).toBe("confirmed");
    await t.owner.sql`UPDATE time_entries SET status = 'submitted' WHERE tenant_id = ${gent.tenantId} AND id = ${entries[2]!}`;
    const res = await post(`/v1/jobs/${job.id}/confirm-hours`, client, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("time_entry.not_confirmable");
    const [left] = await t.owner.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM time_entries WHERE tenant_id = ${gent.tenantId} AND id = ANY (${entries.slice(0, 2)}::uuid[]) AND status = 'submitted'`;
    expect(left?.n).toBe(2);
  });

  it("another client or organisation cannot confirm the team's hours (404), and a period without entries is 409", async () => {
    const { job, client } = await workedTeam(10);
    const other = tokenFor(t, gent.tenantId, "client", await vzw(0));
    expect((await post(`/v1/jobs/${job.id}/confirm-hours`, other, {})).statusCode).toBe(404);
    const empty = await post(`/v1/jobs/${job.id}/confirm-hours`, client, { from: addCalendarDays(day, 1), to: addCalendarDays(day, 2) });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().code).toBe("time_entry.none_to_confirm");
    const backwards = await post(`/v1/jobs/${job.id}/confirm-hours`, client, { from: day, to: addCalendarDays(day, -3) });
    expect(backwards.statusCode).toBe(422);
    // Another organisation's consultant does not find the job.
    const aalst = await createTenant(t, "aalst");
    expect((await post(`/v1/jobs/${job.id}/confirm-hours`, tokenFor(t, aalst.tenantId, "consultant"), {})).statusCode).toBe(404);
  });
});

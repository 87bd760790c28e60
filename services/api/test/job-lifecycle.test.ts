import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 13 item 3: "Jobs never become done or cancelled, assignments never completed". Everything
 * through the API: a job is ordered, a worker proposed and accepting, hours entered and confirmed.
 */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
let finance: string;
const today = brusselsDateOf(new Date());
const year = Number(today.slice(0, 4));
const agreement = { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` };

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
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, "0")}:00:00+01:00`;

async function clientWithVouchers(quantity = 20): Promise<string> {
  const clientId = await addClient(t, geo, { agreement });
  const order = (await post("/v1/voucher-orders", consultant, { clientId, quantity })).json();
  expect((await post("/v1/payments", finance, { paymentReference: order.paymentReference, amountCents: order.amountCents, paidOn: today })).statusCode).toBe(
    201,
  );
  return clientId;
}

async function order(clientId: string, day: string, recurrence?: { rrule: string; until: string }) {
  const res = await post("/v1/jobs", consultant, {
    clientId,
    activityCode: "accompany.company",
    description: "Samen boodschappen doen",
    estimatedMinutes: 60,
    window: { from: at(day, 9), to: at(day, 12) },
    ...(recurrence ? { recurrence } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; occurrences: { id: string; window: { from: string } }[] };
}

/** Proposed, then accepted by the worker: the assignment id. */
async function assign(jobId: string, workerId: string, startsAt: string): Promise<string> {
  const proposed = await post(`/v1/jobs/${jobId}/assignments`, consultant, {
    workerId,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json().id as string;
  expect((await post(`/v1/assignments/${id}/respond`, tokenFor(t, gent.tenantId, "worker", workerId), { response: "accept" })).statusCode).toBe(200);
  return id;
}

async function hours(assignmentId: string, workerId: string, day: string): Promise<string> {
  const res = await post("/v1/time-entries", tokenFor(t, gent.tenantId, "worker", workerId), { assignmentId, date: day, minutes: 60, travelKm: 0 });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe("issue 13 item 3: done when the hours are confirmed", () => {
  it("a job is assigned on acceptance, its assignment completed and the job done when the client confirms the hours", async () => {
    const clientId = await clientWithVouchers();
    const workerId = await addWorker(t, geo, { agreement });
    const day = addCalendarDays(today, -2);
    const job = await order(clientId, day);
    const assignmentId = await assign(job.id, workerId, at(day, 9));
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    const entryId = await hours(assignmentId, workerId, day);
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    const confirmed = await post(`/v1/time-entries/${entryId}/confirm`, tokenFor(t, gent.tenantId, "client", clientId));
    expect(confirmed.json().status).toBe("confirmed");
    const after = await get(`/v1/jobs/${job.id}`);
    expect(after.status).toBe("done");
    expect(after.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(after.assignments.map((a: { status: string }) => a.status)).toEqual(["completed"]);
    // The list filter the web offers now finds it.
    const done = await get("/v1/jobs?status=done&limit=200");
    expect(done.items.map((j: { id: string }) => j.id)).toContain(job.id);
  });

  it("hours waiting for vouchers do not complete anything; when the vouchers are paid the job is done", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const workerId = await addWorker(t, geo, { agreement });
    const day = addCalendarDays(today, -1);
    const job = await order(clientId, day);
    const entryId = await hours(await assign(job.id, workerId, at(day, 9)), workerId, day);
    expect((await post(`/v1/time-entries/${entryId}/confirm`, consultant)).json().status).toBe("awaiting_vouchers");
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    const o = (await post("/v1/voucher-orders", consultant, { clientId, quantity: 5 })).json();
    expect((await post("/v1/payments", finance, { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: today })).statusCode).toBe(201);
    const after = await get(`/v1/jobs/${job.id}`);
    expect(after.status).toBe("done");
  });

  it("the first job of a series is done only with its last occurrence", async () => {
    const clientId = await clientWithVouchers();
    const workerId = await addWorker(t, geo, { agreement });
    const first = addCalendarDays(today, -14);
    const until = addCalendarDays(today, -1);
    const job = await order(clientId, first, { rrule: "FREQ=WEEKLY;INTERVAL=1", until });
    expect(job.occurrences).toHaveLength(1);
    const second = job.occurrences[0]!;
    const day2 = brusselsDateOf(second.window.from);
    const client = tokenFor(t, gent.tenantId, "client", clientId);
    const e1 = await hours(await assign(job.id, workerId, at(first, 9)), workerId, first);
    expect((await post(`/v1/time-entries/${e1}/confirm`, client)).json().status).toBe("confirmed");
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("assigned");
    const e2 = await hours(await assign(second.id, workerId, at(day2, 9)), workerId, day2);
    expect((await post(`/v1/time-entries/${e2}/confirm`, client)).json().status).toBe("confirmed");
    expect((await get(`/v1/jobs/${second.id}`)).status).toBe("done");
    expect((await get(`/v1/jobs/${job.id}`)).status).toBe("done");
  });
});

describe("issue 13 item 3: cancelled by the client or a consultant, with a reason", () => {
  it("the client cancels their job: the accepted assignment is cancelled, the worker is told with the reason, and both see who and why", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const workerId = await addWorker(t, geo, { agreement });
    const day = addCalendarDays(today, 5);
    const job = await order(clientId, day);
    const assignmentId = await assign(job.id, workerId, at(day, 9));
    const client = tokenFor(t, gent.tenantId, "client", clientId);
    const res = await post(`/v1/jobs/${job.id}/cancel`, client, { reason: "Ik lig in het ziekenhuis" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "cancelled",
      cancellation: { by: "client", reason: "Ik lig in het ziekenhuis" },
      cancelledAssignments: 1,
      cancelledOccurrences: 0,
    });
    const seen = await get(`/v1/jobs/${job.id}`);
    expect(seen.status).toBe("cancelled");
    expect(seen.cancellation.reason).toBe("Ik lig in het ziekenhuis");
    expect(seen.assignments[0].status).toBe("cancelled");
    const [event] = await t.owner.sql<{ payload: { assignmentId: string; reason: string; notify: string[] } }[]>`
      SELECT payload FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/assignment.cancelled' AND payload->>'assignmentId' = ${assignmentId}`;
    expect(event?.payload.reason).toBe("Ik lig in het ziekenhuis");
    expect(event?.payload.notify).toContain("worker");
    expect(event?.payload.notify).not.toContain("client");
    const [audit] = await t.owner
      .sql`SELECT actor_type FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'job' AND entity_id = ${job.id} AND action = 'cancel'`;
    expect(audit?.actor_type).toBe("client");
  });

  it("a consultant cancels a series: every occurrence not done goes with it, the worker hears once", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const workerId = await addWorker(t, geo, { agreement });
    const first = addCalendarDays(today, 3);
    const job = await order(clientId, first, { rrule: "FREQ=WEEKLY;INTERVAL=1", until: addCalendarDays(first, 21) });
    expect(job.occurrences).toHaveLength(3);
    await assign(job.id, workerId, at(first, 9));
    for (const o of job.occurrences) await assign(o.id, workerId, at(brusselsDateOf(o.window.from), 9));
    const res = await post(`/v1/jobs/${job.id}/cancel`, consultant, { reason: "De tuin is verkocht" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "cancelled", cancelledOccurrences: 3, cancelledAssignments: 4, cancellation: { by: "consultant" } });
    const detail = await get(`/v1/jobs/${job.id}`);
    expect(detail.occurrences.map((o: { status: string }) => o.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    const events = await t.owner.sql<{ payload: { reason: string } }[]>`
      SELECT payload FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/assignment.cancelled' AND payload->>'workerId' = ${workerId}`;
    expect(events).toHaveLength(1);
    expect(events[0]!.payload.reason).toMatch(/^De tuin is verkocht \(ook de 3 volgende keren, tot /);
  });

  it("an occurrence cancels alone; the series goes on", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const first = addCalendarDays(today, 3);
    const job = await order(clientId, first, { rrule: "FREQ=WEEKLY;INTERVAL=1", until: addCalendarDays(first, 14) });
    const res = await post(`/v1/jobs/${job.occurrences[0]!.id}/cancel`, consultant, { reason: "Feestdag" });
    expect(res.statusCode).toBe(200);
    const detail = await get(`/v1/jobs/${job.id}`);
    expect(detail.status).toBe("open");
    expect(detail.occurrences.map((o: { status: string }) => o.status)).toEqual(["cancelled", "open"]);
  });

  it("refusals: a done or cancelled job is 409 job.not_cancellable, a job with hours 409 job.has_hours, no reason 422, another client's job 404", async () => {
    const clientId = await clientWithVouchers();
    const workerId = await addWorker(t, geo, { agreement });
    const day = addCalendarDays(today, -3);
    const withHours = await order(clientId, day);
    const entryId = await hours(await assign(withHours.id, workerId, at(day, 9)), workerId, day);
    const hoursRefused = await post(`/v1/jobs/${withHours.id}/cancel`, consultant, { reason: "Vergissing" });
    expect(hoursRefused.statusCode).toBe(409);
    expect(hoursRefused.json().code).toBe("job.has_hours");
    await post(`/v1/time-entries/${entryId}/confirm`, consultant);
    const doneRefused = await post(`/v1/jobs/${withHours.id}/cancel`, consultant, { reason: "Vergissing" });
    expect(doneRefused.statusCode).toBe(409);
    expect(doneRefused.json().code).toBe("job.not_cancellable");
    expect(doneRefused.json().detail).toMatch(/klaar/);

    const open = await order(clientId, addCalendarDays(today, 4));
    for (const reason of ["", "   "]) {
      const res = await post(`/v1/jobs/${open.id}/cancel`, consultant, { reason });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toBe("reason");
    }
    const stranger = tokenFor(t, gent.tenantId, "client", await addClient(t, geo, { agreement }));
    expect((await post(`/v1/jobs/${open.id}/cancel`, stranger, { reason: "Weg" })).statusCode).toBe(404);
    expect((await post(`/v1/jobs/${open.id}/cancel`, consultant, { reason: "Weg" })).statusCode).toBe(200);
    const again = await post(`/v1/jobs/${open.id}/cancel`, consultant, { reason: "Weg" });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("job.not_cancellable");
    const worker = tokenFor(t, gent.tenantId, "worker", workerId);
    expect((await post(`/v1/jobs/${open.id}/cancel`, worker, { reason: "Weg" })).statusCode).toBe(403);
  });
});

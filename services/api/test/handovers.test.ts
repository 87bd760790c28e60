import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 19, continuity and handover, through the API on real PostgreSQL: a worker whose agreement
 * ends in 40 days, their regular client with a weekly series after the end, the suggested successor,
 * the announcement (the client is told), the inloopbeurt, the ranking, the series moving over.
 */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
const today = brusselsDateOf(new Date());
const year = Number(today.slice(0, 4));
const end = addCalendarDays(today, 40);
const long = { start: `${year - 1}-01-01`, end: `${year + 2}-12-31` };
const at = (d: string, hour: number) => `${d}T${String(hour).padStart(2, "0")}:00:00+01:00`;
let leaving: string;
let client: string;
let occasional: string;
let nearby: string; // centrum, a stranger: the suggestion before anything is announced
let adjacent: string; // Brugse Poort: the consultant's own pick
let nearEnd: string; // worked for the client, but their own agreement ends 30 days after the leaving worker's
let series: { id: string; occurrences: { id: string }[] };

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  leaving = await addWorker(t, geo, { agreement: { start: addCalendarMonths(today, -11), end }, firstName: "Luc" });
  nearby = await addWorker(t, geo, { agreement: long, firstName: "Nadia" });
  adjacent = await addWorker(t, geo, { agreement: long, firstName: "Ahmed", neighbourhoodId: geo.brugse });
  nearEnd = await addWorker(t, geo, { agreement: { start: long.start, end: addCalendarDays(end, 30) }, firstName: "Greta" });
  client = await addClient(t, geo, { agreement: long });
  occasional = await addClient(t, geo, { agreement: long });
  // Regular: confirmed work in two different months of the last six. Occasional: one month only.
  await addWorkedTime(t, geo, leaving, client, addCalendarDays(today, -70), 120);
  await addWorkedTime(t, geo, leaving, client, addCalendarDays(today, -10), 120);
  await addWorkedTime(t, geo, leaving, occasional, addCalendarDays(today, -10), 60);
  await addWorkedTime(t, geo, nearEnd, client, addCalendarDays(today, -100), 600);
  // The client's weekly series, from just after the end.
  const first = addCalendarDays(end, 3);
  const res = await post("/v1/jobs", consultant, {
    clientId: client,
    activityCode: "accompany.company",
    description: "Wekelijks samen boodschappen doen",
    estimatedMinutes: 60,
    window: { from: at(first, 9), to: at(first, 12) },
    recurrence: { rrule: "FREQ=WEEKLY;INTERVAL=1", until: addCalendarDays(first, 21) },
  });
  expect(res.statusCode, res.body).toBe(201);
  series = res.json();
});
afterAll(async () => t?.close());

function post(url: string, token: string, payload?: object) {
  return t.app.inject({ method: "POST", url, headers: bearer(token), ...(payload ? { payload } : {}) });
}
const get = async (url: string, token = consultant) => (await t.app.inject({ url, headers: bearer(token) })).json();

describe("issue 19: the worklist of handovers", () => {
  it("lists the leaving worker's regular client (not the occasional one) with a suggested successor: same wijk, not the leaving worker, not near their own end", async () => {
    const due = await get("/v1/handovers/due");
    const mine = due.items.filter((i: { workerId: string }) => i.workerId === leaving);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ clientId: client, endDate: end, daysLeft: 40, notice: 60, months: 2, referenceJobId: series.id, handover: null });
    expect(mine[0].suggestion.workerId).toBe(nearby);
    expect(mine[0].suggestion.reasons.map((r: { code: string }) => r.code)).toContain("same_neighbourhood");
    // Greta ranks first on the job itself (she worked for the client), but her own agreement ends too soon after.
    const matches = await get(`/v1/jobs/${series.id}/matches`);
    expect(matches.items[0].workerId).toBe(nearEnd);
  });
});

describe("issue 19: after the end", () => {
  it("an announced handover whose agreement has ended stays on the worklist until the series is moved", async () => {
    const gone = await addWorker(t, geo, { agreement: { start: addCalendarMonths(today, -12), end: addCalendarDays(today, -2) }, firstName: "Omer" });
    const someone = await addClient(t, geo, { agreement: long });
    await t.owner.sql`
      INSERT INTO handovers (tenant_id, id, client_id, leaving_worker_id, successor_id, leaving_ends_on, announced_by)
      VALUES (${gent.tenantId}, gen_random_uuid(), ${someone}, ${gone}, ${nearby}, ${addCalendarDays(today, -2)}, 'test')`;
    const item = (await get("/v1/handovers/due")).items.find((i: { workerId: string }) => i.workerId === gone);
    expect(item).toMatchObject({ clientId: someone, daysLeft: -2, notice: 30, handover: { status: "announced", successorId: nearby } });
  });
});

describe("issue 19: announcing the successor", () => {
  it("refuses the leaving worker, a worker near their own end, and a worker who is not leaving", async () => {
    const self = await post("/v1/handovers", consultant, { clientId: client, leavingWorkerId: leaving, successorId: leaving });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe("handover.successor_not_fit");
    const soon = await post("/v1/handovers", consultant, { clientId: client, leavingWorkerId: leaving, successorId: nearEnd });
    expect(soon.json().code).toBe("handover.successor_not_fit");
    const staying = await post("/v1/handovers", consultant, { clientId: client, leavingWorkerId: nearby, successorId: adjacent });
    expect(staying.statusCode).toBe(409);
    expect(staying.json().code).toBe("handover.worker_not_leaving");
    expect(
      (await post("/v1/handovers", tokenFor(t, gent.tenantId, "client", client), { clientId: client, leavingWorkerId: leaving, successorId: adjacent }))
        .statusCode,
    ).toBe(403);
  });

  it("stores the consultant's own pick, tells the client through the outbox, and the matching then prefers the announced worker", async () => {
    const before = await get(`/v1/jobs/${series.occurrences[0]!.id}/matches`);
    const rank = (list: { items: { workerId: string }[] }, id: string) => list.items.findIndex((m) => m.workerId === id);
    expect(rank(before, nearby)).toBeLessThan(rank(before, adjacent));

    const res = await post("/v1/handovers", consultant, { clientId: client, leavingWorkerId: leaving, successorId: adjacent });
    expect(res.statusCode, res.body).toBe(201);
    const h = res.json();
    expect(h).toMatchObject({
      clientId: client,
      leavingWorkerId: leaving,
      successorId: adjacent,
      leavingEndsOn: end,
      successorStartsOn: addCalendarDays(end, 1),
      status: "announced",
    });
    const [event] = await t.owner.sql<{ payload: Record<string, string> }[]>`
      SELECT payload FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/handover.announced'`;
    expect(event?.payload).toMatchObject({ handoverId: h.id, clientId: client, successorId: adjacent, startsOn: addCalendarDays(end, 1) });
    const [audit] = await t.owner.sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'handover' AND entity_id = ${h.id}`;
    expect(audit?.action).toBe("announce");

    const after = await get(`/v1/jobs/${series.occurrences[0]!.id}/matches`);
    expect(rank(after, adjacent)).toBeLessThan(rank(after, nearby));
    const reason = after.items[rank(after, adjacent)].reasons.find((r: { code: string }) => r.code === "continuity");
    expect(reason.detail).toContain("aangekondigd");

    const again = await post("/v1/handovers", consultant, { clientId: client, leavingWorkerId: leaving, successorId: nearby });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("handover.already_announced");
    const due = await get(`/v1/handovers/due?workerId=${leaving}`);
    expect(due.items[0].handover.id).toBe(h.id);
  });
});

describe("issue 19: the inloopbeurt and the series moving over", () => {
  it("plans the successor on a visit the leaving worker still does: no hours for it, no place in the team, the job stays the leaving worker's", async () => {
    const [h] = (await get(`/v1/handovers?clientId=${client}`)).items;
    const day = addCalendarDays(today, 5);
    const visit = (
      await post("/v1/jobs", consultant, {
        clientId: client,
        activityCode: "accompany.company",
        description: "Boodschappen",
        estimatedMinutes: 60,
        window: { from: at(day, 9), to: at(day, 12) },
      })
    ).json();
    const proposed = (await post(`/v1/jobs/${visit.id}/assignments`, consultant, { workerId: leaving, startsAt: at(day, 9), endsAt: at(day, 10) })).json();
    expect((await post(`/v1/assignments/${proposed.id}/respond`, tokenFor(t, gent.tenantId, "worker", leaving), { response: "accept" })).statusCode).toBe(200);

    const wrong = await post(`/v1/handovers/${h.id}/inloop`, consultant, {
      jobId: series.id,
      startsAt: at(addCalendarDays(end, 3), 9),
      endsAt: at(addCalendarDays(end, 3), 10),
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe("handover.job_not_of_client");
    const res = await post(`/v1/handovers/${h.id}/inloop`, consultant, { jobId: visit.id, startsAt: at(day, 9), endsAt: at(day, 10) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().inloop.assignmentId).toBeTruthy();
    const job = await get(`/v1/jobs/${visit.id}`);
    expect(job.status).toBe("assigned");
    expect(job.assignments.map((a: { workerId: string; status: string }) => [a.workerId, a.status])).toEqual([
      [leaving, "accepted"],
      [adjacent, "accepted"],
    ]);
    const twice = await post(`/v1/handovers/${h.id}/inloop`, consultant, { jobId: visit.id, startsAt: at(day, 10), endsAt: at(day, 11) });
    expect(twice.json().code).toBe("handover.inloop_exists");
    // No hours (and so no cheque) for the inloopbeurt.
    const hours = await post("/v1/time-entries", tokenFor(t, gent.tenantId, "worker", adjacent), {
      assignmentId: res.json().inloop.assignmentId,
      date: day,
      minutes: 60,
      travelKm: 0,
    });
    expect(hours.statusCode).toBe(409);
    expect(hours.json().code).toBe("time_entry.inloop_visit");
  });

  it("an announcement taken back cancels its inloopbeurt; the consultant can then announce another successor", async () => {
    const other = await addClient(t, geo, { agreement: long });
    await addWorkedTime(t, geo, leaving, other, addCalendarDays(today, -70), 60);
    await addWorkedTime(t, geo, leaving, other, addCalendarDays(today, -10), 60);
    const first = (await post("/v1/handovers", consultant, { clientId: other, leavingWorkerId: leaving, successorId: nearby })).json();
    const day = addCalendarDays(today, 7);
    const window = { from: at(day, 9), to: at(day, 12) };
    const visit = (
      await post("/v1/jobs", consultant, { clientId: other, activityCode: "accompany.company", description: "Bezoek", estimatedMinutes: 60, window })
    ).json();
    const a = (await post(`/v1/jobs/${visit.id}/assignments`, consultant, { workerId: leaving, startsAt: at(day, 9), endsAt: at(day, 10) })).json();
    expect((await post(`/v1/assignments/${a.id}/respond`, tokenFor(t, gent.tenantId, "worker", leaving), { response: "accept" })).statusCode).toBe(200);
    const inloop = (await post(`/v1/handovers/${first.id}/inloop`, consultant, { jobId: visit.id, startsAt: at(day, 9), endsAt: at(day, 10) })).json();
    const res = await post(`/v1/handovers/${first.id}/cancel`, consultant, { reason: "Nadia is ziek" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe("cancelled");
    const job = await get(`/v1/jobs/${visit.id}`);
    expect(job.assignments.find((x: { id: string }) => x.id === inloop.inloop.assignmentId).status).toBe("cancelled");
    expect((await post(`/v1/handovers/${first.id}/cancel`, consultant, { reason: "Nog eens" })).json().code).toBe("handover.not_announced");
    const second = await post("/v1/handovers", consultant, { clientId: other, leavingWorkerId: leaving, successorId: adjacent });
    expect(second.statusCode, second.body).toBe(201);
  });

  it("moves every visit after the end to the successor without re-ordering: each proposed to them", async () => {
    const [h] = (await get(`/v1/handovers?clientId=${client}`)).items;
    const res = await post(`/v1/handovers/${h.id}/move`, consultant);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ moved: 4, cancelled: 0, refused: [], handover: { status: "moved", movedCount: 4 } });
    const ids = [series.id, ...series.occurrences.map((o) => o.id)];
    for (const id of ids) {
      const job = await get(`/v1/jobs/${id}`);
      expect(job.assignments.map((a: { workerId: string; status: string }) => [a.workerId, a.status])).toEqual([[adjacent, "proposed"]]);
    }
    // Once moved, the continuity weight rests on the history again.
    const again = await post(`/v1/handovers/${h.id}/move`, consultant);
    expect(again.json().code).toBe("handover.not_announced");
  });

  it("another organisation sees none of it", async () => {
    const other = await createTenant(t, "aalst");
    const otherConsultant = tokenFor(t, other.tenantId, "consultant");
    const [h] = (await get(`/v1/handovers?clientId=${client}`)).items;
    expect((await get("/v1/handovers", otherConsultant)).items).toEqual([]);
    expect((await get("/v1/handovers/due", otherConsultant)).items).toEqual([]);
    expect((await post(`/v1/handovers/${h.id}/move`, otherConsultant)).statusCode).toBe(404);
    expect((await post(`/v1/handovers/${h.id}/inloop`, otherConsultant, { jobId: series.id, startsAt: at(today, 9), endsAt: at(today, 10) })).statusCode).toBe(
      404,
    );
  });
});

import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addOpenJobs, addWorker, createWorld, token, type TrainingWorld } from "./fixtures/training.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let gw: TrainingWorld;
let aw: TrainingWorld;

const ZONE = "Europe/Brussels";

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  aalst = await createTenant(t);
  gw = await createWorld(t, gent.tenantId);
  aw = await createWorld(t, aalst.tenantId);
});
afterAll(async () => t?.close());

async function api(method: "GET" | "POST" | "DELETE", url: string, tok: string, payload?: unknown) {
  const res = await t.app.inject({ method, url, headers: bearer(tok), ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}

/** 09:00 Brussels, `days` calendar days from now. */
function localAt(days: number, hour = 9, minute = 0): DateTime {
  return DateTime.now().setZone(ZONE).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 });
}
const iso = (dt: DateTime) => dt.toISO({ suppressMilliseconds: true })!;

async function newTraining(w: TrainingWorld, name = "Tuinonderhoud (korte opleiding)"): Promise<string> {
  const res = await api("POST", "/v1/trainings", w.consultantToken, {
    name,
    skillId: w.gardenSkillId,
    description: "Hagen, gras en borders veilig onderhouden.",
    durationMinutes: 180,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function newSession(w: TrainingWorld, trainingId: string, opts: { capacity?: number; start?: DateTime } = {}): Promise<string> {
  const start = opts.start ?? localAt(7);
  const res = await api("POST", "/v1/training-sessions", w.consultantToken, {
    trainingId,
    startsAt: iso(start),
    endsAt: iso(start.plus({ hours: 3 })),
    location: "Buurtcentrum Rabot",
    capacity: opts.capacity ?? 5,
    trainer: "Groendienst Gent",
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe("contract", () => {
  it("the OpenAPI document lists the training and zitdag paths of API.md", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    for (const path of [
      "/v1/trainings",
      "/v1/training-sessions",
      "/v1/training-sessions/{id}/enrollments",
      "/v1/training-sessions/{id}/attendance",
      "/v1/reports/training-demand",
      "/v1/office-hours",
      "/v1/office-hours/{id}/slots",
      "/v1/appointments",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});

describe("trainings", () => {
  it("a consultant adds a training; it is listed and audited", async () => {
    const res = await api("POST", "/v1/trainings", gw.consultantToken, {
      name: "Tuinonderhoud",
      skillId: gw.gardenSkillId,
      description: "Korte opleiding",
      durationMinutes: 240,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Tuinonderhoud", skillId: gw.gardenSkillId, durationMinutes: 240 });
    const list = await api("GET", "/v1/trainings", gw.consultantToken);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    const audit = await t.owner
      .sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'training' AND entity_id = ${res.body.id}`;
    expect(audit[0]!.n).toBe(1);
  });

  it("bad input is 422 with field paths", async () => {
    const res = await api("POST", "/v1/trainings", gw.consultantToken, { skillId: "nope", description: "x", durationMinutes: 0, extra: true });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["name", "skillId", "durationMinutes", "extra"]));
  });

  it("another tenant's skill is 404, and another tenant never lists our trainings", async () => {
    const res = await api("POST", "/v1/trainings", gw.consultantToken, { name: "X", skillId: aw.gardenSkillId, description: "", durationMinutes: 60 });
    expect(res.status).toBe(404);
    const other = await api("GET", "/v1/trainings", aw.consultantToken);
    expect(other.body.items).toEqual([]);
  });

  it("finance and clients may not add trainings (403); a worker may read them", async () => {
    const body = { name: "X", skillId: gw.gardenSkillId, description: "", durationMinutes: 60 };
    expect((await api("POST", "/v1/trainings", gw.financeToken, body)).status).toBe(403);
    const client = token(t, gent.tenantId, "client", await addClient(t, gw));
    expect((await api("POST", "/v1/trainings", client, body)).status).toBe(403);
    const worker = token(t, gent.tenantId, "worker", await addWorker(t, gw));
    expect((await api("GET", "/v1/trainings", worker)).status).toBe(200);
    expect((await api("POST", "/v1/trainings", worker, body)).status).toBe(403);
  });
});

describe("training sessions", () => {
  let trainingId: string;
  beforeAll(async () => {
    trainingId = await newTraining(gw);
  });

  it("plans a session and lists it by Brussels dates", async () => {
    const start = localAt(10);
    const id = await newSession(gw, trainingId, { start, capacity: 12 });
    const day = start.toFormat("yyyy-MM-dd");
    const list = await api("GET", `/v1/training-sessions?from=${day}&to=${day}`, gw.consultantToken);
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ trainingId, capacity: 12, enrolled: 0, waitlisted: 0, startsAt: iso(start) });
    const before = await api("GET", `/v1/training-sessions?to=${start.minus({ days: 1 }).toFormat("yyyy-MM-dd")}`, gw.consultantToken);
    expect(before.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it("capacity 0 and an end before the start are 422 with paths", async () => {
    const start = localAt(10);
    const base = { trainingId, startsAt: iso(start), endsAt: iso(start.plus({ hours: 2 })), location: "Rabot", capacity: 5, trainer: "X" };
    const zero = await api("POST", "/v1/training-sessions", gw.consultantToken, { ...base, capacity: 0 });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0].path).toBe("capacity");
    const backwards = await api("POST", "/v1/training-sessions", gw.consultantToken, { ...base, endsAt: base.startsAt });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].path).toBe("endsAt");
    const noOffset = await api("POST", "/v1/training-sessions", gw.consultantToken, { ...base, startsAt: "2027-01-01T09:00:00" });
    expect(noOffset.status).toBe(422);
    expect(noOffset.body.errors[0].path).toBe("startsAt");
  });

  it("another tenant's training or session is 404", async () => {
    const start = localAt(10);
    const res = await api("POST", "/v1/training-sessions", aw.consultantToken, {
      trainingId,
      startsAt: iso(start),
      endsAt: iso(start.plus({ hours: 2 })),
      location: "X",
      capacity: 5,
      trainer: "X",
    });
    expect(res.status).toBe(404);
    const id = await newSession(gw, trainingId);
    expect((await api("GET", `/v1/training-sessions/${id}`, aw.consultantToken)).status).toBe(404);
    expect((await api("GET", `/v1/training-sessions/${id}/enrollments`, aw.consultantToken)).status).toBe(404);
    expect((await api("GET", "/v1/training-sessions", aw.consultantToken)).body.items).toEqual([]);
  });
});

describe("enrolment, waitlist and promotion", () => {
  let trainingId: string;
  let sessionId: string;
  let start: DateTime;
  const workers: string[] = [];
  const results = new Map<string, { status: string; waitlistPosition: number | null }>();

  beforeAll(async () => {
    trainingId = await newTraining(gw);
    start = localAt(8);
    sessionId = await newSession(gw, trainingId, { capacity: 5, start });
    for (let i = 0; i < 20; i++) workers.push(await addWorker(t, gw));
  });

  it("20 parallel enrolments on capacity 5: exactly 5 enrolled and 15 waitlisted, in order", async () => {
    const responses = await Promise.all(
      workers.map((workerId) => api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId })),
    );
    for (const [i, r] of responses.entries()) {
      expect(r.status).toBe(201);
      results.set(workers[i]!, r.body);
    }
    const statuses = responses.map((r) => r.body.status);
    expect(statuses.filter((s) => s === "enrolled")).toHaveLength(5);
    expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(15);
    const places = responses
      .filter((r) => r.body.status === "waitlisted")
      .map((r) => r.body.waitlistPosition as number)
      .sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const rows = await t.owner.sql`SELECT status, count(*)::int AS n FROM training_enrollments WHERE session_id = ${sessionId} GROUP BY status ORDER BY status`;
    expect(rows).toEqual([
      { status: "enrolled", n: 5 },
      { status: "waitlisted", n: 15 },
    ]);
    // Arrival order: the waitlist order is the order in which places were handed out.
    const order = await t.owner.sql`SELECT worker_id, status FROM training_enrollments WHERE session_id = ${sessionId} ORDER BY position`;
    expect(order.slice(0, 5).every((r) => r.status === "enrolled")).toBe(true);
    const session = await api("GET", `/v1/training-sessions/${sessionId}`, gw.consultantToken);
    expect(session.body).toMatchObject({ enrolled: 5, waitlisted: 15 });
  });

  it("each enrolled worker gets a reminder the day before at 18:00 Brussels, waitlisted ones do not", async () => {
    const expected = start.minus({ days: 1 }).set({ hour: 18 }).toUTC().toISO();
    // available_at as UTC text: independent of how the driver parses timestamps.
    const rows = await t.owner
      .sql`SELECT payload, to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/training.reminder' AND payload->>'sessionId' = ${sessionId}`;
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.at).toBe(expected);
      expect(results.get(r.payload.workerId)?.status).toBe("enrolled");
      expect(r.payload).toMatchObject({ trainingId, training: "Tuinonderhoud (korte opleiding)", location: "Buurtcentrum Rabot", startsAt: iso(start) });
    }
  });

  it("the same worker twice is 409 training.already_enrolled", async () => {
    const res = await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: workers[0] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("training.already_enrolled");
  });

  it("a cancelled place goes to the longest-waiting worker, who is told (events/training.promoted)", async () => {
    const list = (await api("GET", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken)).body.items as {
      workerId: string;
      status: string;
      waitlistPosition: number | null;
    }[];
    const waiting = list.filter((e) => e.status === "waitlisted").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(waiting.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const seated = list.filter((e) => e.status === "enrolled").map((e) => e.workerId);

    const first = await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${seated[0]}/cancel`, gw.consultantToken);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: "cancelled", promotedWorkerId: waiting[0]!.workerId });
    const second = await api("DELETE", `/v1/training-sessions/${sessionId}/enrollments/${seated[1]}`, gw.consultantToken);
    expect(second.body.promotedWorkerId).toBe(waiting[1]!.workerId);

    // Leaving the waitlist frees no place: nobody is promoted, the others move up.
    const leave = await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${waiting[2]!.workerId}/cancel`, gw.consultantToken);
    expect(leave.body.promotedWorkerId).toBeNull();
    const after = (await api("GET", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken)).body.items as {
      workerId: string;
      waitlistPosition: number | null;
    }[];
    expect(after.find((e) => e.workerId === waiting[3]!.workerId)?.waitlistPosition).toBe(1);

    const promoted = await t.owner
      .sql`SELECT payload->>'workerId' AS w FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/training.promoted' AND payload->>'sessionId' = ${sessionId} ORDER BY created_at`;
    expect(promoted.map((r) => r.w)).toEqual([waiting[0]!.workerId, waiting[1]!.workerId]);
    const reminders = await t.owner
      .sql`SELECT payload->>'workerId' AS w FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'events/training.reminder' AND payload->>'sessionId' = ${sessionId}`;
    const reminded = reminders.map((r) => r.w);
    expect(reminded).toHaveLength(5);
    expect(reminded).not.toContain(seated[0]);
    expect(reminded).toContain(waiting[0]!.workerId);
    const session = await api("GET", `/v1/training-sessions/${sessionId}`, gw.consultantToken);
    expect(session.body).toMatchObject({ enrolled: 5, waitlisted: 12 });
  });

  it("cancelling twice is 404", async () => {
    const res = await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${workers[0]}/cancel`, gw.consultantToken);
    const again = await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${workers[0]}/cancel`, gw.consultantToken);
    expect([200, 404]).toContain(res.status);
    expect(again.status).toBe(404);
  });

  it("a worker token enrols and cancels only itself", async () => {
    const me = await addWorker(t, gw);
    const other = await addWorker(t, gw);
    const tok = token(t, gent.tenantId, "worker", me);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, tok, { workerId: other })).status).toBe(403);
    const mine = await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, tok, { workerId: me });
    expect(mine.status).toBe(201);
    expect(mine.body.status).toBe("waitlisted");
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${workers[10]}/cancel`, tok)).status).toBe(403);
    expect((await api("DELETE", `/v1/training-sessions/${sessionId}/enrollments/${me}`, tok)).status).toBe(200);
    expect((await api("GET", `/v1/training-sessions/${sessionId}/enrollments`, tok)).status).toBe(403);
    const client = token(t, gent.tenantId, "client", await addClient(t, gw));
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, client, { workerId: me })).status).toBe(403);
  });

  it("an inactive worker cannot enrol (409 worker.inactive)", async () => {
    const idle = await addWorker(t, gw, { status: "inactive" });
    const res = await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: idle });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("worker.inactive");
  });

  it("another tenant's session, worker or enrolment is 404", async () => {
    const aalstWorker = await addWorker(t, aw);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, aw.consultantToken, { workerId: aalstWorker })).status).toBe(404);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: aalstWorker })).status).toBe(404);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments/${workers[5]}/cancel`, aw.consultantToken)).status).toBe(404);
    expect((await api("DELETE", `/v1/training-sessions/${sessionId}/enrollments/${workers[5]}`, aw.consultantToken)).status).toBe(404);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/attendance`, aw.consultantToken, { workerId: workers[5], attended: true })).status).toBe(404);
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM training_enrollments WHERE worker_id = ${aalstWorker}`;
    expect(rows[0]!.n).toBe(0);
  });
});

describe("attendance grants the skill", () => {
  it("before the session it is 409; after, attending writes worker_skills with the Brussels date", async () => {
    const trainingId = await newTraining(gw);
    const sessionId = await newSession(gw, trainingId, { capacity: 1 });
    const w1 = await addWorker(t, gw);
    const w2 = await addWorker(t, gw);
    const w3 = await addWorker(t, gw);
    for (const workerId of [w1, w2])
      expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId })).status).toBe(201);
    const early = await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w1, attended: true });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("training.session_not_started");

    // The session took place at 00:30 Brussels: still the 10th there, the 9th in UTC.
    await t.owner.sql`UPDATE training_sessions SET starts_at = '2026-06-10T00:30:00+02:00', ends_at = '2026-06-10T03:30:00+02:00' WHERE id = ${sessionId}`;
    const res = await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w1, attended: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sessionId, workerId: w1, status: "attended", skill: { skillId: gw.gardenSkillId, obtainedOn: "2026-06-10" } });
    const skills = await t.owner.sql`SELECT skill_id, obtained_on::text AS d FROM worker_skills WHERE tenant_id = ${gent.tenantId} AND worker_id = ${w1}`;
    expect(skills).toEqual([{ skill_id: gw.gardenSkillId, d: "2026-06-10" }]);

    const waitlisted = await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w2, attended: true });
    expect(waitlisted.status).toBe(409);
    expect(waitlisted.body.code).toBe("training.not_enrolled");
    expect((await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w3, attended: false })).body.code).toBe(
      "training.not_enrolled",
    );
    const noSkill = await t.owner.sql`SELECT count(*)::int AS n FROM worker_skills WHERE worker_id IN ${t.owner.sql([w2, w3])}`;
    expect(noSkill[0]!.n).toBe(0);

    const late = await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: w3 });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe("training.session_started");
    expect((await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.financeToken, { workerId: w1, attended: true })).status).toBe(403);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w1 })).body.errors[0].path).toBe("attended");
  });

  it("absent is recorded without a skill", async () => {
    const trainingId = await newTraining(gw);
    const sessionId = await newSession(gw, trainingId, { capacity: 3 });
    const w = await addWorker(t, gw);
    await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: w });
    await t.owner.sql`UPDATE training_sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ${sessionId}`;
    const res = await api("POST", `/v1/training-sessions/${sessionId}/attendance`, gw.consultantToken, { workerId: w, attended: false });
    expect(res.body).toMatchObject({ status: "absent", skill: null });
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM worker_skills WHERE worker_id = ${w}`;
    expect(rows[0]!.n).toBe(0);
  });
});

describe("reminders across daylight saving time", () => {
  it("a session the Monday after the spring switch is reminded Sunday 18:00 summer time (16:00 UTC, not 17:00)", async () => {
    // The next last Sunday of March that is still ahead of us.
    let year = DateTime.now().setZone(ZONE).year;
    let switchDay: DateTime;
    for (;;) {
      const endOfMarch = DateTime.fromObject({ year, month: 3, day: 31 }, { zone: ZONE });
      switchDay = endOfMarch.minus({ days: endOfMarch.weekday % 7 });
      if (switchDay > DateTime.now().plus({ days: 2 })) break;
      year++;
    }
    const monday = switchDay.plus({ days: 1 }).set({ hour: 9 });
    expect(monday.offset).toBe(120);
    const trainingId = await newTraining(gw);
    const sessionId = await newSession(gw, trainingId, { start: monday, capacity: 2 });
    const w = await addWorker(t, gw);
    expect((await api("POST", `/v1/training-sessions/${sessionId}/enrollments`, gw.consultantToken, { workerId: w })).status).toBe(201);
    const [row] = await t.owner
      .sql`SELECT to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM outbox WHERE topic = 'events/training.reminder' AND payload->>'sessionId' = ${sessionId}`;
    expect(row!.at).toBe(`${switchDay.toFormat("yyyy-MM-dd")}T16:00:00.000Z`);
  });
});

describe("training demand report", () => {
  let dw: TrainingWorld;
  let tok: string;
  beforeAll(async () => {
    const demand = await createTenant(t);
    dw = await createWorld(t, demand.tenantId);
    tok = dw.consultantToken;
  });

  it("suggests the garden training where many open garden jobs meet no qualified workers", async () => {
    const rabotClient = await addClient(t, dw, dw.rabot);
    const brugseClient = await addClient(t, dw, dw.brugsePoort);
    await addOpenJobs(t, dw, rabotClient, dw.rabot, "garden.hedges", 6);
    await addOpenJobs(t, dw, rabotClient, dw.rabot, "garden.hedges", 2, "assigned");
    await addOpenJobs(t, dw, rabotClient, dw.rabot, "garden.leaves", 4); // needs no skill
    await addOpenJobs(t, dw, brugseClient, dw.brugsePoort, "garden.mowing", 1);
    // Qualified: two in Rabot (adjacent to Brugse Poort), one in Ledeberg (adjacent to neither), one inactive.
    await addWorker(t, dw, { neighbourhoodId: dw.ledeberg, skillIds: [dw.gardenSkillId] });
    await addWorker(t, dw, { neighbourhoodId: dw.rabot, status: "inactive", skillIds: [dw.gardenSkillId] });

    const before = await api("GET", "/v1/reports/training-demand", tok);
    expect(before.status).toBe(200);
    const rabotHedges = before.body.items.find(
      (i: { neighbourhoodId: string; activityCode: string }) => i.neighbourhoodId === dw.rabot && i.activityCode === "garden.hedges",
    );
    expect(rabotHedges).toMatchObject({ openJobs: 6, qualifiedWorkers: 0, suggestTraining: true, skillId: dw.gardenSkillId, trainingId: null });
    expect(before.body.items.some((i: { activityCode: string }) => i.activityCode === "garden.leaves")).toBe(false);

    const trainingId = await newTraining(dw);
    await addWorker(t, dw, { neighbourhoodId: dw.rabot, skillIds: [dw.gardenSkillId] });
    await addWorker(t, dw, { neighbourhoodId: dw.rabot, skillIds: [dw.gardenSkillId] });
    const after = await api("GET", "/v1/reports/training-demand", tok);
    const hedges = after.body.items.find(
      (i: { neighbourhoodId: string; activityCode: string }) => i.neighbourhoodId === dw.rabot && i.activityCode === "garden.hedges",
    );
    expect(hedges).toMatchObject({ openJobs: 6, qualifiedWorkers: 2, suggestTraining: true, trainingId });
    const mowing = after.body.items.find(
      (i: { neighbourhoodId: string; activityCode: string }) => i.neighbourhoodId === dw.brugsePoort && i.activityCode === "garden.mowing",
    );
    expect(mowing).toMatchObject({ openJobs: 1, qualifiedWorkers: 2, suggestTraining: false, trainingId });
  });

  it("is for staff only and shows nothing of another tenant", async () => {
    expect((await api("GET", "/v1/reports/training-demand", dw.financeToken)).status).toBe(403);
    const other = await api("GET", "/v1/reports/training-demand", aw.consultantToken);
    expect(other.status).toBe(200);
    expect(other.body.items.some((i: { neighbourhoodId: string }) => i.neighbourhoodId === dw.rabot)).toBe(false);
  });
});

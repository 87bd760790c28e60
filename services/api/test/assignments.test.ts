import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signRespondToken } from "../src/work/respond-token.ts";
import { addClient, addWorkedTime, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let consultant: string;
let clientId: string;
let jobId: string;

async function createJob(
  activityCode = "accompany.company",
  client = clientId,
  window = { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" },
): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(consultant),
    payload: { clientId: client, activityCode, description: "Klus", estimatedMinutes: 120, window },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

// An assignment lies within its job's window: proposals on other days than the shared job's go to
// one open job per day (07:00–22:00 with the offset the test wrote), created once even in races.
const jobOfDay = new Map<string, Promise<string>>();
function jobCovering(startsAt: string): Promise<string> {
  const day = startsAt.slice(0, 10);
  if (day === "2027-03-16") return Promise.resolve(jobId);
  const offset = startsAt.slice(19);
  let job = jobOfDay.get(day);
  if (!job) {
    job = createJob(undefined, undefined, { from: `${day}T07:00:00${offset}`, to: `${day}T22:00:00${offset}` });
    jobOfDay.set(day, job);
  }
  return job;
}

async function propose(workerId: string, startsAt = "2027-03-16T09:00:00+01:00", endsAt = "2027-03-16T11:00:00+01:00", job?: string, token = consultant) {
  const target = job ?? (await jobCovering(startsAt));
  return t.app.inject({ method: "POST", url: `/v1/jobs/${target}/assignments`, headers: bearer(token), payload: { workerId, startsAt, endsAt } });
}

async function outboxFor(assignmentId: string) {
  return t.owner.sql<{ topic: string; payload: Record<string, unknown>; available_at: Date }[]>`
    SELECT topic, payload, available_at FROM outbox WHERE payload->>'assignmentId' = ${assignmentId} ORDER BY created_at, topic`;
}

function tokenFromUrl(url: string): string {
  return new URL(url).searchParams.get("token")!;
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  clientId = await addClient(t, geo);
  jobId = await createJob();
});
afterAll(async () => t?.close());

describe("POST /v1/jobs/{id}/assignments", () => {
  it("proposes: 201 proposed, expiry from settings, outbox assignment.proposed with a signed respond link, audit row", async () => {
    const worker = await addWorker(t, geo);
    const res = await propose(worker);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: "proposed", workerId: worker, jobId, clientId, minutes: 120, warnings: [], startsAt: "2027-03-16T09:00:00+01:00" });
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    const [msg] = await outboxFor(body.id);
    expect(msg?.topic).toBe("events/assignment.proposed");
    expect(msg?.payload).toMatchObject({ assignmentId: body.id, workerId: worker, tenantId: gent.tenantId });
    expect(String(msg?.payload.respondUrl)).toMatch(new RegExp(`/assignments/${body.id}/respond\\?token=`));
    const [audit] = await t.owner.sql`SELECT action FROM audit_log WHERE entity = 'assignment' AND entity_id = ${body.id}`;
    expect(audit?.action).toBe("propose");
  });

  it("a time outside the job's window is 422 assignment.outside_job_window naming the window; nothing is written", async () => {
    const worker = await addWorker(t, geo);
    const before = await t.owner.sql`SELECT count(*)::int AS n FROM assignments WHERE worker_id = ${worker}`;
    const early = await propose(worker, "2027-03-16T08:30:00+01:00", "2027-03-16T10:30:00+01:00", jobId);
    expect(early.statusCode).toBe(422);
    expect(early.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(early.json()).toMatchObject({
      code: "assignment.outside_job_window",
      window: { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" },
      errors: [{ path: "startsAt" }],
    });
    expect(early.json().detail).toContain("dinsdag 16 maart 2027 van 9.00 tot 12.00 uur");
    const late = await propose(worker, "2027-03-16T11:00:00+01:00", "2027-03-16T12:30:00+01:00", jobId);
    expect(late.statusCode).toBe(422);
    expect(late.json().errors[0].path).toBe("endsAt");
    const otherDay = await propose(worker, "2027-03-17T09:00:00+01:00", "2027-03-17T11:00:00+01:00", jobId);
    expect(otherDay.json().code).toBe("assignment.outside_job_window");
    expect(otherDay.json().errors[0].path).toBe("startsAt");
    const after = await t.owner.sql`SELECT count(*)::int AS n FROM assignments WHERE worker_id = ${worker}`;
    expect(after[0]?.n).toBe(before[0]?.n);
    const msgs = await t.owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/assignment.proposed' AND payload->>'workerId' = ${worker}`;
    expect(msgs).toHaveLength(0);
    // The whole window, both ends inclusive, is fine; the same instants in UTC too.
    expect((await propose(worker, "2027-03-16T08:00:00Z", "2027-03-16T11:00:00Z", jobId)).statusCode).toBe(201);
  });

  it("RULES §1: no agreement on that date is 409 worker.agreement_inactive", async () => {
    const none = await addWorker(t, geo, { agreement: null });
    expect((await propose(none)).json().code).toBe("worker.agreement_inactive");
    const ended = await addWorker(t, geo, { agreement: { start: "2026-03-01", end: "2027-02-28" } });
    const res = await propose(ended);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("worker.agreement_inactive");
  });

  it("a job that needs a skill the worker lacks is 409 worker.skill_missing", async () => {
    const hedges = await createJob("garden.hedges");
    const res = await propose(await addWorker(t, geo), undefined, undefined, hedges);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("worker.skill_missing");
    expect((await propose(await addWorker(t, geo, { skills: [geo.tuinonderhoudSkillId] }), undefined, undefined, hedges)).statusCode).toBe(201);
  });

  it("RULES §1: 60 h per month is 409 worker.monthly_cap_exceeded", async () => {
    const worker = await addWorker(t, geo);
    await addWorkedTime(t, geo, worker, clientId, "2027-03-02", 3540);
    const res = await propose(worker);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("worker.monthly_cap_exceeded");
    expect(res.json().detail).toMatch(/59 uur/);
  });

  it("RULES §1: 630 h per year is 409 worker.yearly_cap_exceeded", async () => {
    const worker = await addWorker(t, geo);
    await addWorkedTime(t, geo, worker, clientId, "2027-01-05", 37740);
    const res = await propose(worker);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("worker.yearly_cap_exceeded");
  });

  it("an overlapping live assignment is 409 worker.double_booked; a declined one does not block", async () => {
    const worker = await addWorker(t, geo);
    const first = await propose(worker);
    expect(first.statusCode).toBe(201);
    const clash = await propose(worker, "2027-03-16T10:30:00+01:00", "2027-03-16T12:00:00+01:00");
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe("worker.double_booked");
    const after = await propose(worker, "2027-03-16T11:00:00+01:00", "2027-03-16T12:00:00+01:00");
    expect(after.statusCode).toBe(201);
    await t.owner.sql`UPDATE assignments SET status = 'declined' WHERE id = ${first.json().id}`;
    expect((await propose(worker, "2027-03-16T09:00:00+01:00", "2027-03-16T10:00:00+01:00")).statusCode).toBe(201);
  });

  it("parallel proposals at the same time: exactly one wins, the rest are worker.double_booked", async () => {
    const worker = await addWorker(t, geo);
    const results = await Promise.all(Array.from({ length: 8 }, () => propose(worker, "2027-03-17T09:00:00+01:00", "2027-03-17T10:00:00+01:00")));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(7).fill("worker.double_booked"));
  });

  it("warns near the monthly cap and when the agreement ends within 30 days, and stores the warnings", async () => {
    const worker = await addWorker(t, geo, { agreement: { start: "2026-04-01", end: "2027-03-31" } });
    await addWorkedTime(t, geo, worker, clientId, "2027-03-02", 3300);
    const res = await propose(worker);
    expect(res.statusCode).toBe(201);
    const codes = res.json().warnings.map((w: { code: string }) => w.code);
    expect(codes).toEqual(["worker.near_monthly_cap", "worker.agreement_ending"]);
    expect(res.json().warnings[0]).toMatchObject({ remainingMinutes: 180, detail: "Daarna blijft er deze maand nog 3 uur over." });
    expect(res.json().warnings[1]).toMatchObject({ daysLeft: 15, endDate: "2027-03-31" });
    const [row] = await t.owner.sql`SELECT warnings FROM assignments WHERE id = ${res.json().id}`;
    expect((row?.warnings as { code: string }[]).map((w) => w.code)).toEqual(codes);
  });

  it("bad input is 422 with paths; unknown or other-tenant worker and job are 404; only staff may propose", async () => {
    const worker = await addWorker(t, geo);
    const bad = await propose(worker, "2027-03-16T11:00:00+01:00", "2027-03-16T09:00:00+01:00");
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("endsAt");
    const spaced = await propose(worker, "2027-03-16 09:00:00Z", "2027-03-16T11:00:00+01:00", jobId);
    expect(spaced.statusCode).toBe(422);
    expect(spaced.json().errors[0].path).toBe("startsAt");
    const noOffset = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${jobId}/assignments`,
      headers: bearer(consultant),
      payload: { workerId: "x", startsAt: "morgen" },
    });
    expect(noOffset.statusCode).toBe(422);
    expect(noOffset.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["workerId", "startsAt", "endsAt"]));
    expect((await propose(randomUUID())).statusCode).toBe(404);
    expect((await propose(worker, undefined, undefined, randomUUID())).statusCode).toBe(404);
    expect((await propose(worker, undefined, undefined, jobId, aalst.token)).statusCode).toBe(404);
    for (const role of ["client", "worker", "finance"] as const) {
      expect((await propose(worker, undefined, undefined, jobId, tokenFor(t, gent.tenantId, role, role === "client" ? clientId : worker))).statusCode).toBe(
        403,
      );
    }
  });

  it("RULES §1 under concurrency: 50 parallel 2-hour proposals in one month give exactly 30 × 201 and 20 × monthly_cap_exceeded", async () => {
    const worker = await addWorker(t, geo);
    const slots = Array.from({ length: 50 }, (_, i) => {
      const day = String(1 + Math.floor(i / 2)).padStart(2, "0");
      const hour = i % 2 === 0 ? "08" : "14";
      const end = i % 2 === 0 ? "10" : "16";
      return [`2027-04-${day}T${hour}:00:00+02:00`, `2027-04-${day}T${end}:00:00+02:00`] as const;
    });
    const results = await Promise.all(slots.map(([s, e]) => propose(worker, s, e)));
    const codes = results.map((r) => (r.statusCode === 201 ? "created" : r.json().code));
    expect(codes.filter((c) => c === "created")).toHaveLength(30);
    expect(codes.filter((c) => c === "worker.monthly_cap_exceeded")).toHaveLength(20);
    const [sum] = await t.owner.sql`SELECT sum(minutes)::int AS m FROM assignments WHERE worker_id = ${worker} AND status IN ('proposed', 'accepted')`;
    expect(sum?.m).toBeLessThanOrEqual(3600);
    expect(sum?.m).toBe(3600);
  });
});

describe("POST /v1/assignments/{id}/respond", () => {
  it("accepts once via the signed link: job assigned, client told, reminder the evening before at 18:00; the link cannot be used again", async () => {
    const worker = await addWorker(t, geo);
    const job = await createJob();
    const created = (await propose(worker, undefined, undefined, job)).json();
    const [proposed] = await outboxFor(created.id);
    const token = tokenFromUrl(String(proposed!.payload.respondUrl));
    const res = await t.app.inject({ method: "POST", url: `/v1/assignments/${created.id}/respond?token=${token}`, payload: { response: "accept" } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: created.id, status: "accepted" });
    const [jobRow] = await t.owner.sql`SELECT status FROM jobs WHERE id = ${job}`;
    expect(jobRow?.status).toBe("assigned");
    const msgs = await outboxFor(created.id);
    expect(msgs.map((m) => m.topic).sort()).toEqual(["events/assignment.confirmed", "events/assignment.proposed", "events/assignment.reminder"]);
    const reminder = msgs.find((m) => m.topic === "events/assignment.reminder")!;
    expect(new Date(reminder.available_at).toISOString()).toBe("2027-03-15T17:00:00.000Z");
    const [audit] = await t.owner
      .sql`SELECT actor_type, actor_id FROM audit_log WHERE entity = 'assignment' AND entity_id = ${created.id} AND action = 'accept'`;
    expect(audit).toMatchObject({ actor_type: "worker", actor_id: worker });

    const detail = await t.app.inject({ url: `/v1/jobs/${job}`, headers: bearer(consultant) });
    expect(detail.json()).toMatchObject({
      status: "assigned",
      assignments: [{ id: created.id, workerId: worker, status: "accepted", startsAt: "2027-03-16T09:00:00+01:00" }],
    });

    const again = await t.app.inject({ method: "POST", url: `/v1/assignments/${created.id}/respond?token=${token}`, payload: { response: "decline" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("assignment.not_pending");
    // An assigned job takes no new proposals.
    const late = await propose(await addWorker(t, geo), "2027-03-16T13:00:00+01:00", "2027-03-16T14:00:00+01:00", job);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("job.not_open");
  });

  it("a tampered, expired, or other assignment's token is 401 auth.invalid_code", async () => {
    const worker = await addWorker(t, geo);
    const a = (await propose(worker, "2027-03-18T09:00:00+01:00", "2027-03-18T10:00:00+01:00")).json();
    const b = (await propose(worker, "2027-03-18T10:00:00+01:00", "2027-03-18T11:00:00+01:00")).json();
    const [msg] = await outboxFor(a.id);
    const token = tokenFromUrl(String(msg!.payload.respondUrl));
    const respond = (id: string, tok: string) =>
      t.app.inject({ method: "POST", url: `/v1/assignments/${id}/respond?token=${encodeURIComponent(tok)}`, payload: { response: "accept" } });
    expect((await respond(a.id, `${token}x`)).json().code).toBe("auth.invalid_code");
    expect((await respond(b.id, token)).json().code).toBe("auth.invalid_code");
    const [row] = await t.owner.sql`SELECT id FROM assignment_response_tokens WHERE assignment_id = ${a.id}`;
    const expired = signRespondToken(t.config.JWT_SECRET, {
      tid: gent.tenantId,
      aid: a.id,
      wid: worker,
      jti: row!.id,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const res = await respond(a.id, expired);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("auth.invalid_code");
    const forged = signRespondToken("another-secret-of-someone-else", {
      tid: gent.tenantId,
      aid: a.id,
      wid: worker,
      jti: row!.id,
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    expect((await respond(a.id, forged)).statusCode).toBe(401);
    const [still] = await t.owner.sql`SELECT status FROM assignments WHERE id = ${a.id}`;
    expect(still?.status).toBe("proposed");
  });

  it("a proposal past its expiry cannot be accepted", async () => {
    const worker = await addWorker(t, geo);
    const a = (await propose(worker, "2027-03-19T09:00:00+01:00", "2027-03-19T10:00:00+01:00")).json();
    await t.owner.sql`UPDATE assignments SET expires_at = now() - interval '1 minute' WHERE id = ${a.id}`;
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/assignments/${a.id}/respond`,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)),
      payload: { response: "accept" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("assignment.not_pending");
  });

  it("the worker declines with its own token: job stays open, consultant told; others cannot answer", async () => {
    const worker = await addWorker(t, geo);
    const job = await createJob();
    const a = (await propose(worker, undefined, undefined, job)).json();
    const url = `/v1/assignments/${a.id}/respond`;
    expect((await t.app.inject({ method: "POST", url, payload: { response: "accept" } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "POST", url, headers: bearer(consultant), payload: { response: "accept" } })).statusCode).toBe(403);
    const other = await addWorker(t, geo);
    expect(
      (await t.app.inject({ method: "POST", url, headers: bearer(tokenFor(t, gent.tenantId, "worker", other)), payload: { response: "accept" } })).statusCode,
    ).toBe(404);
    const aalstWorker = tokenFor(t, aalst.tenantId, "worker", worker);
    expect((await t.app.inject({ method: "POST", url, headers: bearer(aalstWorker), payload: { response: "accept" } })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: "POST", url, headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)), payload: { response: "misschien" } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("response");

    const res = await t.app.inject({
      method: "POST",
      url,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)),
      payload: { response: "decline", reason: "Ik ben ziek" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("declined");
    const [jobRow] = await t.owner.sql`SELECT status FROM jobs WHERE id = ${job}`;
    expect(jobRow?.status).toBe("open");
    const declined = (await outboxFor(a.id)).find((m) => m.topic === "events/assignment.declined");
    expect(declined?.payload).toMatchObject({ assignmentId: a.id, reason: "Ik ben ziek" });
    // The SMS link of an answered proposal is spent too.
    const [tok] = await t.owner.sql`SELECT used_at FROM assignment_response_tokens WHERE assignment_id = ${a.id}`;
    expect(tok?.used_at).not.toBeNull();
  });
});

describe("POST /v1/assignments/{id}/cancel and GET /v1/assignments", () => {
  it("the consultant cancels an accepted assignment: job open again, worker and client told", async () => {
    const worker = await addWorker(t, geo);
    const job = await createJob();
    const a = (await propose(worker, undefined, undefined, job)).json();
    await t.app.inject({
      method: "POST",
      url: `/v1/assignments/${a.id}/respond`,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)),
      payload: { response: "accept" },
    });
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/assignments/${a.id}/cancel`,
      headers: bearer(consultant),
      payload: { reason: "Klant verhuist" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "cancelled", cancelledBy: "consultant" });
    const [jobRow] = await t.owner.sql`SELECT status FROM jobs WHERE id = ${job}`;
    expect(jobRow?.status).toBe("open");
    const msg = (await outboxFor(a.id)).find((m) => m.topic === "events/assignment.cancelled");
    expect(msg?.payload).toMatchObject({ cancelledBy: "consultant", notify: ["worker", "client"], reason: "Klant verhuist" });
    const again = await t.app.inject({ method: "POST", url: `/v1/assignments/${a.id}/cancel`, headers: bearer(consultant), payload: { reason: "Nog eens" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("assignment.not_active");
  });

  it("the worker cancels its own, the client its own job's; others get 404; a reason is required", async () => {
    const worker = await addWorker(t, geo);
    const a = (await propose(worker, "2027-03-20T09:00:00+01:00", "2027-03-20T10:00:00+01:00")).json();
    const b = (await propose(worker, "2027-03-20T10:00:00+01:00", "2027-03-20T11:00:00+01:00")).json();
    const cancel = (id: string, token: string, payload: unknown = { reason: "Kan niet" }) =>
      t.app.inject({ method: "POST", url: `/v1/assignments/${id}/cancel`, headers: bearer(token), payload: payload as object });
    expect((await cancel(a.id, consultant, {})).statusCode).toBe(422);
    expect((await cancel(a.id, tokenFor(t, gent.tenantId, "worker", await addWorker(t, geo)))).statusCode).toBe(404);
    expect((await cancel(a.id, tokenFor(t, gent.tenantId, "client", await addClient(t, geo)))).statusCode).toBe(404);
    expect((await cancel(a.id, aalst.token)).statusCode).toBe(404);
    expect((await cancel(a.id, tokenFor(t, gent.tenantId, "finance"))).statusCode).toBe(403);
    const byWorker = await cancel(a.id, tokenFor(t, gent.tenantId, "worker", worker));
    expect(byWorker.json()).toMatchObject({ status: "cancelled", cancelledBy: "worker" });
    const byClient = await cancel(b.id, tokenFor(t, gent.tenantId, "client", clientId));
    expect(byClient.json()).toMatchObject({ status: "cancelled", cancelledBy: "client" });
    const msg = (await outboxFor(b.id)).find((m) => m.topic === "events/assignment.cancelled");
    expect(msg?.payload.notify).toEqual(["worker", "consultant"]);
  });

  it("lists a worker's assignments for consultants and for the worker itself only", async () => {
    const worker = await addWorker(t, geo);
    await propose(worker, "2027-03-22T09:00:00+01:00", "2027-03-22T10:00:00+01:00");
    await propose(worker, "2027-03-23T09:00:00+01:00", "2027-03-23T10:00:00+01:00");
    await propose(worker, "2027-03-24T09:00:00+01:00", "2027-03-24T10:00:00+01:00");
    const list = await t.app.inject({ url: `/v1/assignments?workerId=${worker}&limit=2`, headers: bearer(consultant) });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { startsAt: string }) => i.startsAt)).toEqual(["2027-03-22T09:00:00+01:00", "2027-03-23T09:00:00+01:00"]);
    const next = await t.app.inject({ url: `/v1/assignments?workerId=${worker}&limit=2&cursor=${list.json().nextCursor}`, headers: bearer(consultant) });
    expect(next.json().items.map((i: { startsAt: string }) => i.startsAt)).toEqual(["2027-03-24T09:00:00+01:00"]);
    const ranged = await t.app.inject({
      url: `/v1/assignments?workerId=${worker}&from=2027-03-23T00:00:00%2B01:00&to=2027-03-24T00:00:00%2B01:00`,
      headers: bearer(consultant),
    });
    expect(ranged.json().items).toHaveLength(1);
    const own = await t.app.inject({ url: "/v1/assignments", headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)) });
    expect(own.json().items).toHaveLength(3);
    const spying = await t.app.inject({
      url: `/v1/assignments?workerId=${worker}`,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", await addWorker(t, geo))),
    });
    expect(spying.statusCode).toBe(403);
    expect((await t.app.inject({ url: "/v1/assignments", headers: bearer(tokenFor(t, gent.tenantId, "client", clientId)) })).statusCode).toBe(403);
    const otherTenant = await t.app.inject({ url: `/v1/assignments?workerId=${worker}`, headers: bearer(aalst.token) });
    expect(otherTenant.json().items).toEqual([]);
  });
});

describe("POST /v1/jobs/{id}/assignments/check (issue 16: warnings before proposing)", () => {
  it("shows the client's missing cheques and a training at that time, writes nothing, and refuses what proposing would refuse", async () => {
    const worker = await addWorker(t, geo);
    const trainingId = randomUUID();
    const sessionId = randomUUID();
    await t.owner
      .sql`INSERT INTO trainings (tenant_id, id, name, skill_id, description, duration_minutes) VALUES (${gent.tenantId}, ${trainingId}, 'Veilig snoeien', ${geo.tuinonderhoudSkillId}, 'Basis', 120)`;
    await t.owner
      .sql`INSERT INTO training_sessions (tenant_id, id, training_id, starts_at, ends_at, location, capacity, trainer) VALUES (${gent.tenantId}, ${sessionId}, ${trainingId}, '2027-03-16T10:00:00+01:00', '2027-03-16T12:00:00+01:00', 'Buurthuis', 8, 'Els')`;
    await t.owner
      .sql`INSERT INTO training_enrollments (tenant_id, session_id, worker_id, status, position) VALUES (${gent.tenantId}, ${sessionId}, ${worker}, 'enrolled', 1)`;
    const before = await t.owner.sql`SELECT count(*)::int AS n FROM assignments WHERE worker_id = ${worker}`;
    const check = (payload: object) => t.app.inject({ method: "POST", url: `/v1/jobs/${jobId}/assignments/check`, headers: bearer(consultant), payload });
    const res = await check({ workerId: worker, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T11:00:00+01:00" });
    expect(res.statusCode, res.body).toBe(200);
    const byCode = Object.fromEntries((res.json().warnings as { code: string }[]).map((w) => [w.code, w]));
    expect(byCode["worker.training_clash"]).toMatchObject({ detail: expect.stringContaining("Veilig snoeien") });
    // The fixture client has no cheques: two started hours, two short.
    expect(byCode["client.vouchers_short"]).toMatchObject({ short: 2 });
    const after = await t.owner.sql`SELECT count(*)::int AS n FROM assignments WHERE worker_id = ${worker}`;
    expect(after[0]!.n).toBe(before[0]!.n);

    const wrong = await check({ workerId: worker, startsAt: "2027-03-16T13:00:00+01:00", endsAt: "2027-03-16T14:00:00+01:00" });
    expect([wrong.statusCode, wrong.json().code]).toEqual([422, "assignment.outside_job_window"]);
    const worker2 = await addWorker(t, geo, { agreement: null });
    const noAgreement = await check({ workerId: worker2, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T10:00:00+01:00" });
    expect([noAgreement.statusCode, noAgreement.json().code]).toEqual([409, "worker.agreement_inactive"]);
    const asWorker = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${jobId}/assignments/check`,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", worker)),
      payload: { workerId: worker, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T10:00:00+01:00" },
    });
    expect(asWorker.statusCode).toBe(403);
  });
});

describe("POST /v1/jobs/{id}/assignments/check: the client's unpaid fee (issue 16, RULES §3)", () => {
  it("warns client.fee_not_paid with the payment reference while the fee is not paid, even within the grace period", async () => {
    const patched = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { agreementFeeGraceDays: 30 } });
    expect(patched.statusCode, patched.body).toBe(200);
    const unpaid = await addClient(t, geo, { feePaid: false });
    const job = await createJob(undefined, unpaid);
    const worker = await addWorker(t, geo);
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${job}/assignments/check`,
      headers: bearer(consultant),
      payload: { workerId: worker, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T10:00:00+01:00" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fee = (res.json().warnings as { code: string; paymentReference?: string }[]).find((w) => w.code === "client.fee_not_paid");
    expect(fee?.paymentReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const paidClient = (
      await t.app.inject({
        method: "POST",
        url: `/v1/jobs/${jobId}/assignments/check`,
        headers: bearer(consultant),
        payload: { workerId: worker, startsAt: "2027-03-16T10:00:00+01:00", endsAt: "2027-03-16T11:00:00+01:00" },
      })
    ).json();
    expect((paidClient.warnings as { code: string }[]).map((w) => w.code)).not.toContain("client.fee_not_paid");
    await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { agreementFeeGraceDays: 0 } });
  });
});

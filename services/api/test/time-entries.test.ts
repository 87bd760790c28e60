import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { workerMinutes } from "../src/work/worker-minutes.ts";
import { createAssignment, createWorker, createWorkFixture, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let f: WorkFixture;
let workerToken: string;
let clientToken: string;
let consultant: string;
let finance: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  f = await createWorkFixture(t, gent);
  workerToken = tokenFor(t, gent.tenantId, "worker", f.workerId);
  clientToken = tokenFor(t, gent.tenantId, "client", f.clientId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

const post = (url: string, token: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url, headers: { ...bearer(token), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });

async function entry(assignmentId: string, date: string, minutes: number, token = workerToken) {
  return post("/v1/time-entries", token, { assignmentId, date, minutes, travelKm: 3.5 });
}

async function buyVouchers(clientId: string, quantity: number): Promise<string> {
  const order = await post("/v1/voucher-orders", consultant, { clientId, quantity });
  expect(order.statusCode).toBe(201);
  const pay = await post("/v1/payments", finance, {
    paymentReference: order.json().paymentReference,
    amountCents: order.json().amountCents,
    paidOn: "2026-11-02",
  });
  expect(pay.statusCode).toBe(201);
  return pay.json().lotId;
}

async function outboxTopics(tenantId: string): Promise<string[]> {
  const rows = await t.owner.sql<{ topic: string }[]>`SELECT topic FROM outbox WHERE tenant_id = ${tenantId} ORDER BY created_at`;
  return rows.map((r) => r.topic);
}

describe("POST /v1/time-entries", () => {
  it("RULES §2: the worker enters the hours; each started hour is one voucher; the client is asked to confirm", async () => {
    const a = await createAssignment(t, f, "2026-11-16T08:00:00Z", 120);
    const res = await entry(a, "2026-11-16", 61);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      vouchers: 2,
      status: "submitted",
      minutes: 61,
      travelKm: 3.5,
      assignmentId: a,
      workerId: f.workerId,
      clientId: f.clientId,
    });
    const [row] = await t.owner.sql`SELECT travel_tenths_km FROM time_entries WHERE id = ${res.json().id}`;
    expect(row?.travel_tenths_km).toBe(35);
    expect(await outboxTopics(gent.tenantId)).toContain("events/time_entry.to_confirm");
    const [audit] = await t.owner.sql`SELECT action FROM audit_log WHERE entity = 'time_entry' AND entity_id = ${res.json().id}`;
    expect(audit?.action).toBe("create");
  });

  it("replays an Idempotency-Key with the same body and refuses it with another body", async () => {
    const a = await createAssignment(t, f, "2026-11-17T08:00:00Z", 60);
    const key = randomUUID();
    const body = { assignmentId: a, date: "2026-11-17", minutes: 60, travelKm: 0 };
    const first = await post("/v1/time-entries", workerToken, body, { "idempotency-key": key });
    const again = await post("/v1/time-entries", workerToken, body, { "idempotency-key": key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(first.json().id);
    const other = await post("/v1/time-entries", workerToken, { ...body, minutes: 50 }, { "idempotency-key": key });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe("idempotency.key_reused");
    const rows = await t.owner.sql`SELECT id FROM time_entries WHERE assignment_id = ${a}`;
    expect(rows).toHaveLength(1);
  });

  it("a second entry for the same assignment is 409 time_entry.already_exists", async () => {
    const a = await createAssignment(t, f, "2026-11-18T08:00:00Z", 60);
    expect((await entry(a, "2026-11-18", 60)).statusCode).toBe(201);
    const res = await entry(a, "2026-11-18", 60);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("time_entry.already_exists");
  });

  it("another day or more than 12 h is 409 time_entry.outside_assignment", async () => {
    const a = await createAssignment(t, f, "2026-11-19T22:30:00Z", 60);
    // 23:30 in Brussels is still the 19th; the UTC date is not what counts.
    const wrongDay = await entry(a, "2026-11-20", 60);
    expect(wrongDay.statusCode).toBe(409);
    expect(wrongDay.json().code).toBe("time_entry.outside_assignment");
    const tooLong = await entry(a, "2026-11-19", 721);
    expect(tooLong.statusCode).toBe(409);
    expect(tooLong.json().code).toBe("time_entry.outside_assignment");
  });

  it("bad input is 422 with field paths", async () => {
    const res = await post("/v1/time-entries", workerToken, { assignmentId: "nope", date: "2026-13-01", minutes: 0, travelKm: -1, extra: 1 });
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    for (const p of ["assignmentId", "date", "minutes", "travelKm"]) expect(paths).toContain(p);
    const a = await createAssignment(t, f, "2026-11-21T08:00:00Z", 60);
    const decimals = await post("/v1/time-entries", workerToken, { assignmentId: a, date: "2026-11-21", minutes: 60, travelKm: 1.25 });
    expect(decimals.statusCode).toBe(422);
    expect(decimals.json().errors[0].path).toBe("travelKm");
  });

  it("a worker cannot enter hours on someone else's assignment, a client cannot enter hours at all", async () => {
    const other = await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);
    const a = await createAssignment(t, f, "2026-11-22T08:00:00Z", 60, "accepted", other);
    expect((await entry(a, "2026-11-22", 60)).statusCode).toBe(404);
    expect((await entry(a, "2026-11-22", 60, clientToken)).statusCode).toBe(403);
  });

  it("another tenant's assignment is 404", async () => {
    const a = await createAssignment(t, f, "2026-11-23T08:00:00Z", 60);
    const res = await entry(a, "2026-11-23", 60, tokenFor(t, aalst.tenantId, "consultant"));
    expect(res.statusCode).toBe(404);
  });

  it("only an accepted assignment takes hours", async () => {
    const a = await createAssignment(t, f, "2026-11-24T08:00:00Z", 60, "proposed");
    const res = await entry(a, "2026-11-24", 60);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("time_entry.assignment_not_active");
  });
});

describe("RULES §1 caps on the actual minutes", () => {
  it("the planned assignment is replaced by the real minutes, not counted twice; above 60 h is 409", async () => {
    const g = await createWorkFixture(t, gent);
    const w = tokenFor(t, gent.tenantId, "worker", g.workerId);
    // 58 h already worked in October 2026.
    const past = await createAssignment(t, g, "2026-10-01T08:00:00Z", 60);
    await t.owner
      .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
      VALUES (${g.tenantId}, ${randomUUID()}, ${past}, ${g.workerId}, ${g.clientId}, '2026-10-01', 3480, 58, 'worker', 'test')`;
    const a = await createAssignment(t, g, "2026-10-20T08:00:00Z", 120);
    // 3480 + 120 = 3600 exactly: allowed (counting the plan again would make it 3720).
    const ok = await entry(a, "2026-10-20", 120, w);
    expect(ok.statusCode).toBe(201);
    const b = await createAssignment(t, g, "2026-10-21T08:00:00Z", 60);
    const over = await entry(b, "2026-10-21", 1, w);
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe("worker.monthly_cap_exceeded");
  });
});

describe("DESIGN principle 4: caps hold under concurrency", () => {
  it("two parallel entries that each fit but together pass 60 h: exactly one is accepted", async () => {
    const g = await createWorkFixture(t, gent);
    const w = tokenFor(t, gent.tenantId, "worker", g.workerId);
    const past = await createAssignment(t, g, "2026-06-01T08:00:00Z", 60, "completed");
    await t.owner
      .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
      VALUES (${g.tenantId}, ${randomUUID()}, ${past}, ${g.workerId}, ${g.clientId}, '2026-06-01', 3480, 58, 'worker', 'test')`;
    const a = await createAssignment(t, g, "2026-06-10T08:00:00Z", 90, "completed");
    const b = await createAssignment(t, g, "2026-06-11T08:00:00Z", 90, "completed");
    const results = await Promise.all([entry(a, "2026-06-10", 90, w), entry(b, "2026-06-11", 90, w)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe("worker.monthly_cap_exceeded");
  });
});

describe("entries submitted at the same moment are written together (group commit)", () => {
  it("40 entries of 10 workers at once: every one answered on its own, written in fewer transactions, each with its audit row and message", async () => {
    const fixtures = await Promise.all(Array.from({ length: 10 }, () => createWorkFixture(t, gent)));
    const work = [];
    for (const g of fixtures) {
      for (let d = 0; d < 4; d++) work.push({ g, a: await createAssignment(t, g, `2026-09-${String(7 + d).padStart(2, "0")}T08:00:00Z`, 60) });
    }
    const results = await Promise.all(
      work.map(({ g, a }, i) => entry(a, `2026-09-${String(7 + (i % 4)).padStart(2, "0")}`, 55, tokenFor(t, gent.tenantId, "worker", g.workerId))),
    );
    expect(results.map((r) => r.statusCode)).toEqual(work.map(() => 201));
    const ids = results.map((r) => r.json().id as string);
    expect(new Set(ids).size).toBe(40);
    // now() is the transaction's start: rows that share it were written in one transaction.
    const [audit] = await t.owner.sql<{ rows: number; transactions: number }[]>`
      SELECT count(*)::int AS rows, count(DISTINCT at)::int AS transactions FROM audit_log WHERE entity = 'time_entry' AND entity_id = ANY (${ids}::text[])`;
    expect(audit!.rows).toBe(40);
    expect(audit!.transactions).toBeLessThan(40);
    const [messages] = await t.owner.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/time_entry.to_confirm' AND payload->>'timeEntryId' = ANY (${ids}::text[])`;
    expect(messages!.n).toBe(40);
    expect([...(await t.owner.sql`SELECT * FROM app_worker_minutes_drift(${gent.tenantId})`)]).toEqual([]);
  });

  it("one batch decides each entry by itself: a wrong day, a second entry for one assignment and one over the cap get their own 409, the rest 201", async () => {
    const g = await createWorkFixture(t, gent);
    const w = tokenFor(t, gent.tenantId, "worker", g.workerId);
    const past = await createAssignment(t, g, "2026-08-01T08:00:00Z", 60, "completed");
    // 58 h of 60 worked in August already: of the entries below, only the first two hours fit.
    await t.owner
      .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
      VALUES (${g.tenantId}, ${randomUUID()}, ${past}, ${g.workerId}, ${g.clientId}, '2026-08-01', 3480, 58, 'worker', 'test')`;
    const a = await Promise.all(["2026-08-10", "2026-08-11", "2026-08-12", "2026-08-13"].map((d) => createAssignment(t, g, `${d}T08:00:00Z`, 60, "completed")));
    const other = await createWorkFixture(t, gent);
    const o = await createAssignment(t, other, "2026-08-10T08:00:00Z", 60);
    const results = await Promise.all([
      entry(a[0]!, "2026-08-10", 60, w),
      entry(a[0]!, "2026-08-10", 60, w),
      entry(a[1]!, "2026-08-12", 60, w),
      entry(a[2]!, "2026-08-12", 60, w),
      entry(a[3]!, "2026-08-13", 60, w),
      entry(o, "2026-08-10", 45, tokenFor(t, gent.tenantId, "worker", other.workerId)),
    ]);
    const codes = results.map((r) => (r.statusCode === 201 ? 201 : r.json().code));
    expect(codes[2]).toBe("time_entry.outside_assignment");
    expect(codes[5]).toBe(201);
    // Two hours fit in the 60: of the entries on a right day, exactly two are written, whichever the
    // batch decides first (requests sent together may be decided in any order).
    const onTheirDay = [codes[0], codes[1], codes[3], codes[4]];
    expect(onTheirDay.filter((c) => c === 201)).toHaveLength(2);
    for (const c of onTheirDay) expect([201, "worker.monthly_cap_exceeded", "time_entry.already_exists"]).toContain(c);
    // Same assignment twice: never both written; when one is, the other is told it already exists.
    const same = codes.slice(0, 2);
    expect(same.filter((c) => c === 201).length).toBeLessThanOrEqual(1);
    if (same.includes(201)) expect(same).toContain("time_entry.already_exists");
    else expect(same).toEqual(["worker.monthly_cap_exceeded", "worker.monthly_cap_exceeded"]);
    const [worked] = await t.owner.sql<
      { m: number }[]
    >`SELECT sum(minutes)::int AS m FROM time_entries WHERE worker_id = ${g.workerId} AND status <> 'cancelled'`;
    expect(worked!.m).toBe(3600);
    expect([...(await t.owner.sql`SELECT * FROM app_worker_minutes_drift(${gent.tenantId})`)]).toEqual([]);
  });
});

describe("the caps query", () => {
  it("reads the per-month copy (0017), including entries late on the last evening of a month, New Year's Eve and the DST night", async () => {
    const g = await createWorkFixture(t, gent);
    const w = tokenFor(t, gent.tenantId, "worker", g.workerId);
    for (const [startsAt, minutes, status] of [
      ["2026-03-31T21:30:00Z", 60, "accepted"], // 23:30 on 31 March in Brussels (summer time)
      ["2026-03-29T00:30:00Z", 90, "accepted"], // the DST night
      ["2026-04-01T08:00:00Z", 120, "accepted"],
      ["2026-03-10T08:00:00Z", 45, "proposed"],
      ["2026-01-31T22:30:00Z", 30, "accepted"], // 23:30 on 31 January
      ["2025-12-31T22:30:00Z", 30, "accepted"], // 23:30 on New Year's Eve
    ] as const) {
      const a = await createAssignment(t, g, startsAt, minutes, status);
      if (status === "accepted" && minutes !== 120) {
        const day = new Date(startsAt).toLocaleDateString("sv-SE", { timeZone: "Europe/Brussels" });
        expect((await entry(a, day, minutes - 5, w)).statusCode).toBe(201);
      }
    }
    // The domain's minutesHeld decides these (bound to the copy by worker-minutes-property.test.ts).
    const held = (date: string) => t.database.withTenant(gent.tenantId, (tx) => workerMinutes(tx, g.workerId, date));
    const year2026 = { worked: 55 + 85 + 25, planned: 45 + 120 };
    expect(await held("2026-04-01")).toEqual({ month: { worked: 0, planned: 120 }, year: year2026 });
    expect(await held("2026-01-31")).toEqual({ month: { worked: 25, planned: 0 }, year: year2026 });
    expect(await held("2025-12-31")).toEqual({ month: { worked: 25, planned: 0 }, year: { worked: 25, planned: 0 } });
    const march = await t.database.withTenant(gent.tenantId, (tx) => workerMinutes(tx, g.workerId, "2026-03-15"));
    expect(march).toEqual({ month: { worked: 55 + 85, planned: 45 }, year: { worked: 55 + 85 + 25, planned: 45 + 120 } });
  });
});

describe("confirmation and the voucher wallet", () => {
  it("without vouchers the entry waits (awaiting_vouchers, client told); a payment settles it", async () => {
    const g = await createWorkFixture(t, gent);
    const c = tokenFor(t, gent.tenantId, "client", g.clientId);
    const a = await createAssignment(t, g, "2026-11-10T08:00:00Z", 180);
    const created = await entry(a, "2026-11-10", 150, tokenFor(t, gent.tenantId, "worker", g.workerId));
    const id = created.json().id;
    const res = await post(`/v1/time-entries/${id}/confirm`, c);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "awaiting_vouchers", confirmedBy: "client" });
    const low = await t.owner.sql`SELECT payload FROM outbox WHERE topic = 'events/vouchers.low' AND payload->>'timeEntryId' = ${id}`;
    expect(low).toHaveLength(1);
    expect(low[0]?.payload).toMatchObject({ clientId: g.clientId, needed: 3, available: 0, shortfall: 3 });

    await buyVouchers(g.clientId, 5);
    const [row] = await t.owner.sql`SELECT status, confirmed_by FROM time_entries WHERE id = ${id}`;
    expect(row).toMatchObject({ status: "confirmed", confirmed_by: "client" });
    const wallet = await t.app.inject({ url: `/v1/clients/${g.clientId}/wallet`, headers: bearer(c) });
    expect(wallet.json()).toMatchObject({ available: 2, reserved: 0 });
  });

  it("API.md: confirmation consumes oldest expiry first", async () => {
    const g = await createWorkFixture(t, gent);
    const c = tokenFor(t, gent.tenantId, "client", g.clientId);
    const late = await buyVouchers(g.clientId, 3);
    const early = await buyVouchers(g.clientId, 2);
    // The second lot was bought later but expires first (e.g. an older price lot): it goes first.
    await t.owner.sql`UPDATE voucher_lots SET expires_on = expires_on - 100 WHERE id = ${early}`;
    const a = await createAssignment(t, g, "2026-11-11T08:00:00Z", 180);
    const id = (await entry(a, "2026-11-11", 180, tokenFor(t, gent.tenantId, "worker", g.workerId))).json().id;
    const res = await post(`/v1/time-entries/${id}/confirm`, c);
    expect(res.json().status).toBe("confirmed");
    const used = await t.owner.sql<{ lot_id: string; n: number }[]>`
      SELECT lot_id, sum(vouchers)::int AS n FROM voucher_movements WHERE time_entry_id = ${id} AND account = 'system:consumed' GROUP BY lot_id`;
    expect(Object.fromEntries(used.map((u) => [u.lot_id, u.n]))).toEqual({ [early]: 2, [late]: 1 });
    const again = await post(`/v1/time-entries/${id}/confirm`, c);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("time_entry.not_confirmable");
  });

  it("a client confirms only its own entries; another tenant's entry is 404", async () => {
    const a = await createAssignment(t, f, "2026-11-12T08:00:00Z", 60);
    const id = (await entry(a, "2026-11-12", 60)).json().id;
    const stranger = tokenFor(t, gent.tenantId, "client", randomUUID());
    expect((await post(`/v1/time-entries/${id}/confirm`, stranger)).statusCode).toBe(404);
    expect((await post(`/v1/time-entries/${id}/confirm`, tokenFor(t, aalst.tenantId, "consultant"))).statusCode).toBe(404);
    expect((await post(`/v1/time-entries/${id}/confirm`, workerToken)).statusCode).toBe(403);
  });
});

describe("dispute, correct, cancel", () => {
  it("the client disputes, the consultant is told and corrects: a new entry replaces the old one", async () => {
    const a = await createAssignment(t, f, "2026-11-13T08:00:00Z", 120);
    const id = (await entry(a, "2026-11-13", 120)).json().id;
    expect((await post(`/v1/time-entries/${id}/dispute`, workerToken, { reason: "x" })).statusCode).toBe(403);
    const bad = await post(`/v1/time-entries/${id}/dispute`, clientToken, { reason: "" });
    expect(bad.statusCode).toBe(422);
    const disputed = await post(`/v1/time-entries/${id}/dispute`, clientToken, { reason: "Hij was er maar een uur." });
    expect(disputed.json()).toMatchObject({ status: "disputed", disputeReason: "Hij was er maar een uur." });
    expect(await outboxTopics(gent.tenantId)).toContain("events/time_entry.disputed");
    expect((await post(`/v1/time-entries/${id}/confirm`, clientToken)).json().code).toBe("time_entry.not_confirmable");

    expect((await post(`/v1/time-entries/${id}/correct`, clientToken, { minutes: 60, travelKm: 0 })).statusCode).toBe(403);
    const corrected = await post(`/v1/time-entries/${id}/correct`, consultant, { minutes: 60, travelKm: 0 });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json()).toMatchObject({ status: "submitted", minutes: 60, vouchers: 1, correctsEntryId: id });
    const [old] = await t.owner.sql`SELECT status, minutes FROM time_entries WHERE id = ${id}`;
    expect(old).toMatchObject({ status: "cancelled", minutes: 120 });
    // The old one is history now: it can be neither corrected nor cancelled again.
    expect((await post(`/v1/time-entries/${id}/correct`, consultant, { minutes: 30, travelKm: 0 })).json().code).toBe("time_entry.not_correctable");

    const cancelled = await post(`/v1/time-entries/${corrected.json().id}/cancel`, consultant);
    expect(cancelled.json().status).toBe("cancelled");
    expect((await post(`/v1/time-entries/${corrected.json().id}/cancel`, tokenFor(t, aalst.tenantId, "consultant"))).statusCode).toBe(404);
  });
});

describe("GET /v1/time-entries", () => {
  it("filters, pages, and shows a client or worker only their own entries", async () => {
    const g = await createWorkFixture(t, gent);
    const w = tokenFor(t, gent.tenantId, "worker", g.workerId);
    for (const day of ["2026-09-01", "2026-09-02", "2026-09-03"]) {
      const a = await createAssignment(t, g, `${day}T08:00:00Z`, 60);
      expect((await entry(a, day, 60, w)).statusCode).toBe(201);
    }
    const mine = await t.app.inject({ url: "/v1/time-entries?limit=2", headers: bearer(w) });
    expect(mine.json().items).toHaveLength(2);
    const next = await t.app.inject({ url: `/v1/time-entries?limit=2&cursor=${mine.json().nextCursor}`, headers: bearer(w) });
    expect(next.json().items).toHaveLength(1);
    expect(next.json().nextCursor).toBeNull();
    // f's client sees none of g's entries even when asking for them.
    const other = await t.app.inject({ url: `/v1/time-entries?clientId=${g.clientId}`, headers: bearer(clientToken) });
    expect(other.json().items).toHaveLength(0);
    const month = await t.app.inject({ url: `/v1/time-entries?month=2026-09&workerId=${g.workerId}`, headers: bearer(consultant) });
    expect(month.json().items).toHaveLength(3);
    const aalstView = await t.app.inject({ url: `/v1/time-entries?workerId=${g.workerId}`, headers: bearer(tokenFor(t, aalst.tenantId, "consultant")) });
    expect(aalstView.json().items).toHaveLength(0);
    const bad = await t.app.inject({ url: "/v1/time-entries?month=2026-13&status=nope", headers: bearer(consultant) });
    expect(bad.statusCode).toBe(422);
  });
});

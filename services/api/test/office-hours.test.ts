import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addStaff, addWorker, createWorld, token, type TrainingWorld } from "./fixtures/training.ts";
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

async function api(method: "GET" | "POST", url: string, tok: string, payload?: unknown) {
  const res = await t.app.inject({ method, url, headers: bearer(tok), ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}

/** The first given ISO weekday (1 = Monday) at least two days from now, as a Brussels date. */
function nextWeekday(weekday: number, atLeastDays = 2): string {
  let d = DateTime.now().setZone(ZONE).startOf("day").plus({ days: atLeastDays });
  while (d.weekday !== weekday) d = d.plus({ days: 1 });
  return d.toFormat("yyyy-MM-dd");
}
const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!;

const rabotTuesday = () => ({
  neighbourhoodId: gw.rabot,
  location: "Buurtcentrum Rabot",
  rrule: "FREQ=WEEKLY;BYDAY=TU",
  startTime: "09:00",
  endTime: "12:00",
  slotMinutes: 20,
  consultantId: gw.consultantId,
  firstDate: "2026-01-06",
});

async function createOfficeHours(body: Record<string, unknown> = rabotTuesday(), tok = gw.consultantToken): Promise<string> {
  const res = await api("POST", "/v1/office-hours", tok, body);
  expect(res.status).toBe(201);
  return res.body.id;
}

describe("office hours", () => {
  it("a consultant adds a zitdag; it is listed with its neighbourhood and consultant, and audited", async () => {
    const res = await api("POST", "/v1/office-hours", gw.consultantToken, rabotTuesday());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      neighbourhoodId: gw.rabot,
      neighbourhoodName: "Rabot",
      rrule: "FREQ=WEEKLY;BYDAY=TU",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 20,
      firstDate: "2026-01-06",
      until: null,
    });
    const list = await api("GET", `/v1/office-hours?neighbourhoodId=${gw.rabot}`, gw.consultantToken);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    const audit = await t.owner.sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'office_hours' AND entity_id = ${res.body.id}`;
    expect(audit[0]!.n).toBe(1);
  });

  it("refuses a bad rrule, endTime ≤ startTime, a slot that does not fit, with 422 and paths", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rrule: "FREQ=HOURLY" }, "rrule"],
      [{ rrule: "every tuesday" }, "rrule"],
      [{ endTime: "09:00" }, "endTime"],
      [{ endTime: "08:00" }, "endTime"],
      [{ slotMinutes: 240 }, "slotMinutes"],
      [{ startTime: "9u" }, "startTime"],
      [{ until: "2025-12-31" }, "until"],
    ];
    for (const [patch, path] of cases) {
      const res = await api("POST", "/v1/office-hours", gw.consultantToken, { ...rabotTuesday(), ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("consultantId must be an active consultant of this tenant (422)", async () => {
    const finance = await addStaff(t, gent.tenantId, "finance");
    const gone = await addStaff(t, gent.tenantId, "consultant", false);
    for (const consultantId of [finance, gone, aw.consultantId, "00000000-0000-4000-8000-000000000000"]) {
      const res = await api("POST", "/v1/office-hours", gw.consultantToken, { ...rabotTuesday(), consultantId });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe("consultantId");
    }
  });

  it("another tenant's neighbourhood is 404; finance, clients and workers may not add zitdagen", async () => {
    expect((await api("POST", "/v1/office-hours", gw.consultantToken, { ...rabotTuesday(), neighbourhoodId: aw.rabot })).status).toBe(404);
    expect((await api("POST", "/v1/office-hours", gw.financeToken, rabotTuesday())).status).toBe(403);
    const worker = token(t, gent.tenantId, "worker", await addWorker(t, gw));
    expect((await api("POST", "/v1/office-hours", worker, rabotTuesday())).status).toBe(403);
    expect((await api("GET", "/v1/office-hours", worker)).status).toBe(200);
  });
});

describe("slots and daylight saving time (Europe/Brussels)", () => {
  it("every Tuesday 09:00–12:00 starts at 09:00 local before and after 29 March and 25 October 2026", async () => {
    const id = await createOfficeHours({ ...rabotTuesday(), slotMinutes: 60 });
    const spring = await api("GET", `/v1/office-hours/${id}/slots?from=2026-03-24&to=2026-03-31`, gw.consultantToken);
    expect(spring.status).toBe(200);
    expect(spring.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      "2026-03-24T09:00:00+01:00",
      "2026-03-24T10:00:00+01:00",
      "2026-03-24T11:00:00+01:00",
      "2026-03-31T09:00:00+02:00",
      "2026-03-31T10:00:00+02:00",
      "2026-03-31T11:00:00+02:00",
    ]);
    const autumn = await api("GET", `/v1/office-hours/${id}/slots?from=2026-10-20&to=2026-10-27`, gw.consultantToken);
    const firsts = autumn.body.items.filter((_: unknown, i: number) => i % 3 === 0);
    expect(firsts.map((s: { startsAt: string }) => s.startsAt)).toEqual(["2026-10-20T09:00:00+02:00", "2026-10-27T09:00:00+01:00"]);
    expect(autumn.body.items[5]).toEqual({ startsAt: "2026-10-27T11:00:00+01:00", endsAt: "2026-10-27T12:00:00+01:00", availability: "free" });
  });

  it("RULES §7 Nevele: first Wednesday of the month 9–11.45", async () => {
    const id = await createOfficeHours({
      ...rabotTuesday(),
      rrule: "FREQ=MONTHLY;BYDAY=1WE",
      startTime: "09:00",
      endTime: "11:45",
      slotMinutes: 15,
      firstDate: "2026-01-07",
    });
    const res = await api("GET", `/v1/office-hours/${id}/slots?from=2026-10-01&to=2026-11-30`, gw.consultantToken);
    const items = res.body.items as { startsAt: string; endsAt: string }[];
    expect(items).toHaveLength(22);
    expect(new Set(items.map((s) => s.startsAt.slice(0, 10)))).toEqual(new Set(["2026-10-07", "2026-11-04"]));
    expect(items[0]!.startsAt).toBe("2026-10-07T09:00:00+02:00");
    expect(items[10]!.endsAt).toBe("2026-10-07T11:45:00+02:00");
    expect(items[11]!.startsAt).toBe("2026-11-04T09:00:00+01:00");
    expect(items[21]!.endsAt).toBe("2026-11-04T11:45:00+01:00");
  });

  it("RULES §7 Melle: Wednesday of even weeks 9–12, across the spring switch", async () => {
    // 7 January 2026 is the Wednesday of ISO week 2: every other week from there is an even week.
    const id = await createOfficeHours({
      ...rabotTuesday(),
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 180,
      firstDate: "2026-01-07",
    });
    const res = await api("GET", `/v1/office-hours/${id}/slots?from=2026-03-01&to=2026-04-30`, gw.consultantToken);
    const starts = (res.body.items as { startsAt: string }[]).map((s) => s.startsAt);
    expect(starts).toEqual([
      "2026-03-04T09:00:00+01:00",
      "2026-03-18T09:00:00+01:00",
      "2026-04-01T09:00:00+02:00",
      "2026-04-15T09:00:00+02:00",
      "2026-04-29T09:00:00+02:00",
    ]);
    for (const s of starts) expect(DateTime.fromISO(s).weekNumber % 2).toBe(0);
  });

  it("a window that is too long or backwards is 422; another tenant's zitdag is 404", async () => {
    const id = await createOfficeHours();
    expect((await api("GET", `/v1/office-hours/${id}/slots?from=2026-01-01&to=2026-12-31`, gw.consultantToken)).body.errors[0].path).toBe("query.to");
    expect((await api("GET", `/v1/office-hours/${id}/slots?from=2026-03-10&to=2026-03-01`, gw.consultantToken)).status).toBe(422);
    expect((await api("GET", `/v1/office-hours/${id}/slots?from=2026-03-10`, gw.consultantToken)).status).toBe(200);
    expect((await api("GET", `/v1/office-hours/${id}/slots?from=2026-03-10&to=2026-03-12`, aw.consultantToken)).status).toBe(404);
    expect((await api("GET", `/v1/office-hours/${id}`, aw.consultantToken)).status).toBe(404);
    expect((await api("GET", `/v1/office-hours/${id}/day?date=2026-03-10`, aw.consultantToken)).status).toBe(404);
    expect((await api("POST", `/v1/office-hours/${id}/walk-ins`, aw.consultantToken, { date: "2026-03-10", name: "X", topic: "Y" })).status).toBe(404);
    expect((await api("GET", "/v1/office-hours", aw.consultantToken)).body.items).toEqual([]);
  });
});

describe("appointments", () => {
  let officeHoursId: string;
  let tuesday: string;
  beforeAll(async () => {
    officeHoursId = await createOfficeHours();
    tuesday = nextWeekday(2);
  });

  it("a consultant books a slot for someone by name and phone; the slot is then taken; a reminder is planned", async () => {
    const startsAt = at(tuesday, "09:20");
    const res = await api("POST", "/v1/appointments", gw.consultantToken, {
      officeHoursId,
      startsAt,
      name: "Fatma Yilmaz",
      phone: "0470 12 34 56",
      topic: "Inschrijven als wijk-werker",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      officeHoursId,
      kind: "booked",
      date: tuesday,
      startsAt,
      endsAt: at(tuesday, "09:40"),
      name: "Fatma Yilmaz",
      phone: "+32470123456",
      status: "planned",
      clientId: null,
    });
    const slots = await api("GET", `/v1/office-hours/${officeHoursId}/slots?from=${tuesday}&to=${tuesday}`, gw.consultantToken);
    expect(slots.body.items).toHaveLength(9);
    expect(slots.body.items.filter((s: { availability: string }) => s.availability === "taken").map((s: { startsAt: string }) => s.startsAt)).toEqual([
      startsAt,
    ]);
    const [reminder] = await t.owner.sql`
      SELECT payload, to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at FROM outbox
       WHERE topic = 'events/appointment.reminder' AND payload->>'appointmentId' = ${res.body.id}`;
    const expected = DateTime.fromISO(tuesday, { zone: ZONE }).minus({ days: 1 }).set({ hour: 18 }).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
    expect(reminder!.at).toBe(expected);
    expect(reminder!.payload).toMatchObject({
      officeHoursId,
      startsAt,
      location: "Buurtcentrum Rabot",
      neighbourhoodName: "Rabot",
      phone: "+32470123456",
      consultantId: gw.consultantId,
    });
    const taken = await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, name: "Iemand anders", topic: "Vraag" });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("appointment.slot_taken");
  });

  it("10 parallel bookings of one slot: exactly one 201, the rest 409 appointment.slot_taken", async () => {
    const startsAt = at(tuesday, "10:00");
    const all = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, name: `Bezoeker ${i}`, topic: "Cheques kopen" }),
      ),
    );
    expect(all.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = all.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.body).toMatchObject({ status: 409, code: "appointment.slot_taken" });
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM appointments WHERE office_hours_id = ${officeHoursId} AND starts_at = ${startsAt}`;
    expect(rows[0]!.n).toBe(1);
  });

  it("startsAt must be the start of a real slot, in the future (422 startsAt)", async () => {
    const wednesday = DateTime.fromISO(tuesday).plus({ days: 1 }).toFormat("yyyy-MM-dd");
    for (const startsAt of [at(tuesday, "09:10"), at(tuesday, "12:00"), at(tuesday, "08:40"), at(wednesday, "09:00"), "2026-03-31T09:00:00+02:00"]) {
      const res = await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, name: "X", topic: "Y" });
      expect(res.status, startsAt).toBe(422);
      expect(res.body.errors[0].path).toBe("startsAt");
    }
    // The same instant written in UTC is the same slot.
    const utc = DateTime.fromISO(at(tuesday, "11:00")).toUTC().toISO()!;
    expect((await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt: utc, name: "X", topic: "Y" })).status).toBe(201);
  });

  it("other bad input is 422 with paths", async () => {
    const startsAt = at(tuesday, "11:20");
    const noOne = await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, topic: "Y" });
    expect(noOne.body.errors[0].path).toBe("name");
    const badPhone = await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, name: "X", phone: "bel me", topic: "Y" });
    expect(badPhone.body.errors[0].path).toBe("phone");
    const missing = await api("POST", "/v1/appointments", gw.consultantToken, { startsAt: "morgen", extra: 1 });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["officeHoursId", "startsAt", "topic", "extra"]));
  });

  it("a client or worker token books for itself only", async () => {
    const clientId = await addClient(t, gw);
    const client = token(t, gent.tenantId, "client", clientId);
    const mine = await api("POST", "/v1/appointments", client, { officeHoursId, startsAt: at(tuesday, "09:40"), topic: "Vraag over cheques" });
    expect(mine.status).toBe(201);
    expect(mine.body.clientId).toBe(clientId);
    const otherClient = await addClient(t, gw);
    expect((await api("POST", "/v1/appointments", client, { officeHoursId, startsAt: at(tuesday, "10:20"), clientId: otherClient, topic: "X" })).status).toBe(
      403,
    );
    const workerId = await addWorker(t, gw);
    const worker = token(t, gent.tenantId, "worker", workerId);
    const w = await api("POST", "/v1/appointments", worker, { officeHoursId, startsAt: at(tuesday, "10:20"), topic: "Vraag over uitbetaling" });
    expect(w.status).toBe(201);
    expect(w.body.workerId).toBe(workerId);
    expect((await api("POST", "/v1/appointments", worker, { officeHoursId, startsAt: at(tuesday, "10:40"), clientId, topic: "X" })).status).toBe(403);
    expect((await api("POST", "/v1/appointments", gw.financeToken, { officeHoursId, startsAt: at(tuesday, "10:40"), name: "X", topic: "X" })).status).toBe(403);
  });

  it("another tenant's zitdag, client or worker is 404", async () => {
    const startsAt = at(tuesday, "10:40");
    expect((await api("POST", "/v1/appointments", aw.consultantToken, { officeHoursId, startsAt, name: "X", topic: "Y" })).status).toBe(404);
    const aalstClient = await addClient(t, aw);
    const aalstWorker = await addWorker(t, aw);
    expect((await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, clientId: aalstClient, topic: "Y" })).status).toBe(404);
    expect((await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, workerId: aalstWorker, topic: "Y" })).status).toBe(404);
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM appointments WHERE office_hours_id = ${officeHoursId} AND starts_at = ${startsAt}`;
    expect(rows[0]!.n).toBe(0);
  });

  it("walk-ins join the day's queue in order; only on a zitdag", async () => {
    const first = await api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.consultantToken, { date: tuesday, name: "Jan", topic: "Klus aanvragen" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: "walk_in", date: tuesday, queueNumber: 1, startsAt: null, name: "Jan" });
    const parallel = await Promise.all(
      [0, 1, 2].map((i) =>
        api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.consultantToken, {
          date: tuesday,
          name: `Loper ${i}`,
          phone: "+32470999999",
          topic: "Vraag",
        }),
      ),
    );
    expect(parallel.map((r) => r.body.queueNumber).sort()).toEqual([2, 3, 4]);
    const monday = DateTime.fromISO(tuesday).minus({ days: 1 }).toFormat("yyyy-MM-dd");
    const wrongDay = await api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.consultantToken, { date: monday, name: "Jan", topic: "X" });
    expect(wrongDay.status).toBe(422);
    expect(wrongDay.body.errors[0].path).toBe("date");
    expect((await api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.consultantToken, { date: tuesday, topic: "X" })).body.errors[0].path).toBe(
      "name",
    );
    expect((await api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.financeToken, { date: tuesday, name: "X", topic: "X" })).status).toBe(403);
  });

  it("the consultant's day view shows slots with their appointments, the walk-in queue and quick links", async () => {
    const res = await api("GET", `/v1/office-hours/${officeHoursId}/day?date=${tuesday}`, gw.consultantToken);
    expect(res.status).toBe(200);
    const day = res.body;
    expect(day).toMatchObject({
      date: tuesday,
      location: "Buurtcentrum Rabot",
      neighbourhood: { id: gw.rabot, name: "Rabot" },
      consultant: { id: gw.consultantId },
    });
    expect(day.links).toEqual({ registerWorker: "/v1/workers", registerClient: "/v1/clients", newJob: "/v1/jobs", sellVouchers: "/v1/voucher-orders" });
    expect(day.slots).toHaveLength(9);
    expect(day.slots[0]).toEqual({ startsAt: at(tuesday, "09:00"), endsAt: at(tuesday, "09:20") });
    expect(day.slots[1].appointment).toMatchObject({ name: "Fatma Yilmaz", topic: "Inschrijven als wijk-werker" });
    expect(day.walkIns.map((w: { queueNumber: number }) => w.queueNumber)).toEqual([1, 2, 3, 4]);
    expect(day.walkIns[0].name).toBe("Jan");
    const worker = token(t, gent.tenantId, "worker", await addWorker(t, gw));
    expect((await api("GET", `/v1/office-hours/${officeHoursId}/day?date=${tuesday}`, worker)).status).toBe(403);
    const off = await api(
      "GET",
      `/v1/office-hours/${officeHoursId}/day?date=${DateTime.fromISO(tuesday).plus({ days: 1 }).toFormat("yyyy-MM-dd")}`,
      gw.consultantToken,
    );
    expect(off.body.slots).toEqual([]);
  });

  it("cancelling frees the slot and drops the reminder; only the booker, staff, and never another tenant", async () => {
    const clientId = await addClient(t, gw);
    const client = token(t, gent.tenantId, "client", clientId);
    const startsAt = at(tuesday, "11:40");
    const booked = await api("POST", "/v1/appointments", client, { officeHoursId, startsAt, topic: "Vraag" });
    expect(booked.status).toBe(201);
    const id = booked.body.id;
    const stranger = token(t, gent.tenantId, "client", await addClient(t, gw));
    expect((await api("POST", `/v1/appointments/${id}/cancel`, stranger)).status).toBe(404);
    expect((await api("POST", `/v1/appointments/${id}/cancel`, aw.consultantToken)).status).toBe(404);
    expect((await api("POST", `/v1/appointments/${id}/cancel`, gw.financeToken)).status).toBe(403);
    const cancelled = await api("POST", `/v1/appointments/${id}/cancel`, client);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await api("POST", `/v1/appointments/${id}/cancel`, gw.consultantToken)).body.code).toBe("appointment.not_planned");
    const reminders = await t.owner
      .sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/appointment.reminder' AND payload->>'appointmentId' = ${id}`;
    expect(reminders[0]!.n).toBe(0);
    const again = await api("POST", "/v1/appointments", gw.consultantToken, { officeHoursId, startsAt, name: "Nieuwe bezoeker", topic: "Vraag" });
    expect(again.status).toBe(201);
  });

  it("a client sees free/taken but not who booked", async () => {
    const client = token(t, gent.tenantId, "client", await addClient(t, gw));
    const res = await api("GET", `/v1/office-hours/${officeHoursId}/slots?from=${tuesday}&to=${tuesday}`, client);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.items[1]).sort()).toEqual(["availability", "endsAt", "startsAt"]);
  });
});

describe("seeing someone at the zitdag (POST /v1/appointments/{id}/seen and /no-show)", () => {
  let officeHoursId: string;
  let thursday: string;
  beforeAll(async () => {
    officeHoursId = await createOfficeHours({ ...rabotTuesday(), rrule: "FREQ=WEEKLY;BYDAY=TH", firstDate: "2026-01-08" });
    thursday = nextWeekday(4);
  });
  const book = async (startTime: string, who: Record<string, unknown>, tok = gw.consultantToken) => {
    const res = await api("POST", "/v1/appointments", tok, { officeHoursId, startsAt: at(thursday, startTime), topic: "Vraag", ...who });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const walkIn = async (name: string) => {
    const res = await api("POST", `/v1/office-hours/${officeHoursId}/walk-ins`, gw.consultantToken, { date: thursday, name, topic: "Klus aanvragen" });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it("a booked client is seen, a walk-in did not come: statuses and names in the day view, each audited, the reminder dropped", async () => {
    const clientId = await addClient(t, gw);
    const [client] = await t.owner.sql<{ name: string }[]>`SELECT name FROM clients WHERE id = ${clientId}`;
    const booked = await book("09:00", { clientId });
    const walker = await walkIn("Karim");
    const seen = await api("POST", `/v1/appointments/${booked}/seen`, gw.consultantToken);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: booked, status: "done", clientId });
    const gone = await api("POST", `/v1/appointments/${walker}/no-show`, gw.consultantToken);
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ id: walker, status: "no_show", kind: "walk_in", name: "Karim" });

    const day = (await api("GET", `/v1/office-hours/${officeHoursId}/day?date=${thursday}`, gw.consultantToken)).body;
    expect(day.slots[0].appointment).toMatchObject({ id: booked, status: "done", clientId, name: null, personName: client!.name });
    expect(day.walkIns).toEqual([expect.objectContaining({ id: walker, status: "no_show", personName: "Karim" })]);
    const audit = await t.owner.sql<{ entity_id: string; action: string; actor_type: string }[]>`
      SELECT entity_id::text, action, actor_type FROM audit_log WHERE entity = 'appointment' AND entity_id IN (${booked}, ${walker}) AND action IN ('seen', 'no_show')`;
    expect(audit.map((a) => [a.entity_id, a.action, a.actor_type]).sort()).toEqual(
      [
        [booked, "seen", "consultant"],
        [walker, "no_show", "consultant"],
      ].sort(),
    );
    const reminders = await t.owner
      .sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/appointment.reminder' AND payload->>'appointmentId' = ${booked}`;
    expect(reminders[0]!.n).toBe(0);
  });

  it("only from planned: seen, not come or cancelled cannot be marked again (409 appointment.not_planned), and nothing changes", async () => {
    const seen = await book("09:20", { name: "Sofie", phone: "0470 11 22 33" });
    expect((await api("POST", `/v1/appointments/${seen}/seen`, gw.consultantToken)).status).toBe(200);
    const cancelled = await book("09:40", { name: "Tom" });
    expect((await api("POST", `/v1/appointments/${cancelled}/cancel`, gw.consultantToken)).status).toBe(200);
    const noShow = await walkIn("Lotte");
    expect((await api("POST", `/v1/appointments/${noShow}/no-show`, gw.consultantToken)).status).toBe(200);
    for (const [id, action, status] of [
      [seen, "no-show", "done"],
      [seen, "seen", "done"],
      [seen, "cancel", "done"],
      [cancelled, "seen", "cancelled"],
      [cancelled, "no-show", "cancelled"],
      [noShow, "seen", "no_show"],
    ] as const) {
      const res = await api("POST", `/v1/appointments/${id}/${action}`, gw.consultantToken);
      expect(res.status, `${status} → ${action}`).toBe(409);
      expect(res.body.code).toBe("appointment.not_planned");
      const [row] = await t.owner.sql<{ status: string }[]>`SELECT status FROM appointments WHERE id = ${id}`;
      expect(row!.status).toBe(status);
    }
  });

  it("staff only: finance, the client itself and workers are 403; another tenant's or an unknown appointment is 404", async () => {
    const clientId = await addClient(t, gw);
    const client = token(t, gent.tenantId, "client", clientId);
    const own = await book("10:00", {}, client);
    const worker = token(t, gent.tenantId, "worker", await addWorker(t, gw));
    for (const action of ["seen", "no-show"]) {
      for (const tok of [gw.financeToken, client, worker]) expect((await api("POST", `/v1/appointments/${own}/${action}`, tok)).status).toBe(403);
      const foreign = await api("POST", `/v1/appointments/${own}/${action}`, aw.consultantToken);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe("resource.not_found");
      expect((await api("POST", `/v1/appointments/00000000-0000-4000-8000-000000000000/${action}`, gw.consultantToken)).status).toBe(404);
    }
    const [row] = await t.owner.sql<{ status: string }[]>`SELECT status FROM appointments WHERE id = ${own}`;
    expect(row!.status).toBe("planned");
    // An admin may mark too.
    expect((await api("POST", `/v1/appointments/${own}/seen`, gent.token)).body.status).toBe("done");
  });

  it("parallel marks of one appointment: exactly one wins, the others are 409", async () => {
    const id = await walkIn("Ahmed");
    const all = await Promise.all(["seen", "no-show", "seen", "no-show"].map((a) => api("POST", `/v1/appointments/${id}/${a}`, gw.consultantToken)));
    expect(all.filter((r) => r.status === 200)).toHaveLength(1);
    expect(all.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(3).fill("appointment.not_planned"));
  });
});

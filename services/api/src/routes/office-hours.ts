import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { pgError, PG, type Tx } from "@wijkwerk/db";
import { addCalendarDays, brusselsDateOf, calendarDaysBetween, isoBrussels, normalizePhone, officeHourSlots, plannedReminderAt, ScheduleError, validateRrule, type Occurrence } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import "../errors/training.ts";
import { AppError, notFound, validationError, type FieldError } from "../errors/problem.ts";
import { epochOf, hhmm, todayInBrussels } from "../scheduling/time.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";

const STAFF = ["admin", "consultant"] as const;
/** Longest window of slots one request may ask for. */
const MAX_SLOT_DAYS = 92;

const Time = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples: ["09:00"] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Phone = Type.String({ minLength: 6, maxLength: 30 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const CreateBody = Type.Object(
  {
    neighbourhoodId: Uuid,
    location: Text(300),
    rrule: Text(300),
    startTime: Time,
    endTime: Time,
    slotMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
    consultantId: Uuid,
    firstDate: Type.Optional(DateOnly),
    until: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
const OfficeHoursOut = Type.Object({
  id: Uuid,
  neighbourhoodId: Uuid,
  neighbourhoodName: Type.String(),
  location: Type.String(),
  rrule: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  slotMinutes: Type.Integer(),
  consultantId: Uuid,
  consultantName: Type.String(),
  firstDate: Type.String(),
  until: Nullable(Type.String()),
});
const SlotsQuery = Type.Object({ from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }, { additionalProperties: false });
const SlotOut = Type.Object({ startsAt: Type.String(), endsAt: Type.String(), availability: Type.Union([Type.Literal("free"), Type.Literal("taken")]) });

const AppointmentBody = Type.Object(
  { officeHoursId: Uuid, startsAt: Type.String({ format: "date-time" }), clientId: Type.Optional(Uuid), workerId: Type.Optional(Uuid), name: Type.Optional(Text(200)), phone: Type.Optional(Phone), topic: Text(500) },
  { additionalProperties: false },
);
const AppointmentStatus = Type.Union([Type.Literal("planned"), Type.Literal("done"), Type.Literal("no_show"), Type.Literal("cancelled")]);
const AppointmentOut = Type.Object({
  id: Uuid,
  officeHoursId: Uuid,
  kind: Type.Union([Type.Literal("booked"), Type.Literal("walk_in")]),
  date: Type.String(),
  startsAt: Nullable(Type.String()),
  endsAt: Nullable(Type.String()),
  queueNumber: Nullable(Type.Integer()),
  clientId: Nullable(Uuid),
  workerId: Nullable(Uuid),
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  topic: Type.String(),
  status: AppointmentStatus,
});
const WalkInBody = Type.Object({ date: DateOnly, name: Text(200), phone: Type.Optional(Phone), topic: Text(500) }, { additionalProperties: false });
const DayQuery = Type.Object({ date: Type.Optional(DateOnly) }, { additionalProperties: false });
const DayOut = Type.Object({
  date: Type.String(),
  officeHoursId: Uuid,
  location: Type.String(),
  neighbourhood: Type.Object({ id: Uuid, name: Type.String() }),
  consultant: Type.Object({ id: Uuid, name: Type.String() }),
  slots: Type.Array(Type.Object({ startsAt: Type.String(), endsAt: Type.String(), appointment: Type.Optional(AppointmentOut) })),
  walkIns: Type.Array(AppointmentOut),
  links: Type.Object({ registerWorker: Type.String(), registerClient: Type.String(), newJob: Type.String(), sellVouchers: Type.String() }),
});

interface OfficeHoursRow {
  id: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  location: string;
  rrule: string;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  consultant_id: string;
  consultant_name: string;
  first_date: string;
  until: string | null;
  created_at: string;
}

interface AppointmentRow {
  id: string;
  office_hours_id: string;
  kind: "booked" | "walk_in";
  day: string;
  starts_at: string | null;
  ends_at: string | null;
  queue_number: number | null;
  client_id: string | null;
  worker_id: string | null;
  name: string | null;
  phone: string | null;
  topic: string;
  status: "planned" | "done" | "no_show" | "cancelled";
}

function officeHoursOut(r: OfficeHoursRow) {
  return {
    id: r.id,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    location: r.location,
    rrule: r.rrule,
    startTime: hhmm(r.start_time),
    endTime: hhmm(r.end_time),
    slotMinutes: r.slot_minutes,
    consultantId: r.consultant_id,
    consultantName: r.consultant_name,
    firstDate: r.first_date,
    until: r.until,
  };
}

function appointmentOut(r: AppointmentRow) {
  return {
    id: r.id,
    officeHoursId: r.office_hours_id,
    kind: r.kind,
    date: r.day,
    startsAt: r.starts_at ? isoBrussels(r.starts_at) : null,
    endsAt: r.ends_at ? isoBrussels(r.ends_at) : null,
    queueNumber: r.queue_number,
    clientId: r.client_id,
    workerId: r.worker_id,
    name: r.name,
    phone: r.phone,
    topic: r.topic,
    status: r.status,
  };
}

const APPOINTMENT_COLUMNS = sql`id, office_hours_id, kind, day::text, starts_at::text, ends_at::text, queue_number, client_id, worker_id, name, phone, topic, status`;

async function loadOfficeHours(tx: Tx, id: string, lock = false): Promise<OfficeHoursRow> {
  const [row] = (await tx.execute(sql`
    SELECT o.id, o.neighbourhood_id, n.name AS neighbourhood_name, o.location, o.rrule, o.start_time::text, o.end_time::text, o.slot_minutes,
           o.consultant_id, st.name AS consultant_name, o.first_date::text, o.until::text, o.created_at::text
      FROM office_hours o
      JOIN neighbourhoods n ON n.tenant_id = o.tenant_id AND n.id = o.neighbourhood_id
      JOIN staff st ON st.tenant_id = o.tenant_id AND st.id = o.consultant_id
     WHERE o.tenant_id = app_current_tenant() AND o.id = ${id}
     ${lock ? sql`FOR NO KEY UPDATE OF o` : sql``}`)) as unknown as OfficeHoursRow[];
  if (!row) throw notFound("Deze zitdag");
  return row;
}

/** The slots of a series between two Brussels dates (inclusive), from the domain rule. */
function slotsOf(o: Pick<OfficeHoursRow, "rrule" | "start_time" | "end_time" | "slot_minutes" | "first_date" | "until">, from: string, to: string): Occurrence[] {
  if (o.until !== null && o.until < from) return [];
  return officeHourSlots({
    rrule: o.rrule,
    startTime: hhmm(o.start_time),
    endTime: hhmm(o.end_time),
    slotMinutes: o.slot_minutes,
    firstDate: o.first_date,
    from,
    to,
    ...(o.until !== null ? { until: o.until } : {}),
  });
}

function phoneOrError(phone: string | undefined, path: string): string | null {
  if (phone === undefined) return null;
  const p = normalizePhone(phone);
  if (!p.ok) throw validationError([{ path, message: "Geen geldig telefoonnummer." }]);
  return p.value;
}

/** ScheduleError from the domain → field errors on the body that caused it. */
function scheduleFieldErrors(err: ScheduleError): FieldError[] {
  switch (err.code) {
    case "schedule.bad_rrule":
      return [{ path: "rrule", message: "Deze herhaling (RRULE) kunnen we niet gebruiken." }];
    case "schedule.bad_time":
      return [{ path: "endTime", message: "Het einduur moet na het beginuur liggen." }];
    case "schedule.bad_slot":
      return [{ path: "slotMinutes", message: "Een tijdslot moet tussen het begin- en einduur passen." }];
    default:
      return [{ path: "firstDate", message: "Geen geldige datum." }];
  }
}

/** Zitdagen (RULES.md §7): a recurring consultation hour in a neighbourhood, slots to book, walk-ins. */
const officeHours: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/office-hours",
    { config: { roles: STAFF, errors: ["resource.not_found"] }, schema: { tags: ["office-hours"], summary: "Add a zitdag series", body: CreateBody, response: { 201: OfficeHoursOut, ...errorResponses(401, 403, 404, 422) } } },
    async (request, reply) => {
      const b = request.body;
      const firstDate = b.firstDate ?? todayInBrussels();
      const errors: FieldError[] = [];
      const rule = validateRrule(b.rrule);
      if (!rule.ok) errors.push({ path: "rrule", message: `Deze herhaling (RRULE) kunnen we niet gebruiken: ${rule.reason}.` });
      if (b.endTime <= b.startTime) errors.push({ path: "endTime", message: "Het einduur moet na het beginuur liggen." });
      if (b.until !== undefined && b.until < firstDate) errors.push({ path: "until", message: "Moet op of na de eerste dag liggen." });
      if (errors.length > 0) throw validationError(errors);
      try {
        // Expanding one day surfaces every rule the domain has on times and slots.
        slotsOf({ rrule: b.rrule, start_time: b.startTime, end_time: b.endTime, slot_minutes: b.slotMinutes, first_date: firstDate, until: null }, firstDate, firstDate);
      } catch (err) {
        if (err instanceof ScheduleError) throw validationError(scheduleFieldErrors(err));
        throw err;
      }
      const out = await request.tenantTx(async ({ tx, audit }) => {
        const [n] = (await tx.execute(sql`SELECT id FROM neighbourhoods WHERE tenant_id = app_current_tenant() AND id = ${b.neighbourhoodId}`)) as unknown as unknown[];
        if (!n) throw notFound("Deze wijk");
        const [c] = (await tx.execute(sql`
          SELECT id FROM staff WHERE tenant_id = app_current_tenant() AND id = ${b.consultantId} AND active AND role IN ('consultant', 'admin')`)) as unknown as unknown[];
        if (!c) throw validationError([{ path: "consultantId", message: "Kies een actieve bemiddelaar van uw organisatie." }]);
        const id = randomUUID();
        await tx.execute(sql`
          INSERT INTO office_hours (tenant_id, id, neighbourhood_id, location, rrule, start_time, end_time, slot_minutes, consultant_id, first_date, until)
          VALUES (app_current_tenant(), ${id}, ${b.neighbourhoodId}, ${b.location}, ${b.rrule.trim().replace(/^RRULE:/i, "").toUpperCase()}, ${b.startTime}::time, ${b.endTime}::time,
                  ${b.slotMinutes}, ${b.consultantId}, ${firstDate}::date, ${b.until ?? null}::date)`);
        const o = officeHoursOut(await loadOfficeHours(tx, id));
        await audit({ entity: "office_hours", entityId: id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/office-hours",
    {
      config: { roles: [...STAFF, "client", "worker"] },
      schema: { tags: ["office-hours"], summary: "List zitdagen", querystring: Type.Object({ ...ListQuery, neighbourhoodId: Type.Optional(Uuid) }, { additionalProperties: false }), response: { 200: Page(OfficeHoursOut), ...errorResponses(401, 403, 422) } },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const { neighbourhoodId } = request.query;
      return request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          SELECT o.id, o.neighbourhood_id, n.name AS neighbourhood_name, o.location, o.rrule, o.start_time::text, o.end_time::text, o.slot_minutes,
                 o.consultant_id, st.name AS consultant_name, o.first_date::text, o.until::text, o.created_at::text
            FROM office_hours o
            JOIN neighbourhoods n ON n.tenant_id = o.tenant_id AND n.id = o.neighbourhood_id
            JOIN staff st ON st.tenant_id = o.tenant_id AND st.id = o.consultant_id
           WHERE o.tenant_id = app_current_tenant()
             ${neighbourhoodId ? sql`AND o.neighbourhood_id = ${neighbourhoodId}` : sql``}
             ${after ? sql`AND (o.created_at, o.id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
           ORDER BY o.created_at, o.id LIMIT ${limit + 1}`)) as unknown as OfficeHoursRow[];
        const page = pageOf(rows, limit, (r) => [r.created_at, r.id]);
        return { items: page.items.map(officeHoursOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/office-hours/:id",
    { config: { roles: [...STAFF, "client", "worker"] }, schema: { tags: ["office-hours"], summary: "One zitdag series", params: IdParams, response: { 200: OfficeHoursOut, ...errorResponses(401, 403, 404) } } },
    async (request) => request.tenantTx(async ({ tx }) => officeHoursOut(await loadOfficeHours(tx, request.params.id))),
  );

  app.get(
    "/v1/office-hours/:id/slots",
    {
      config: { roles: [...STAFF, "client", "worker"] },
      schema: {
        tags: ["office-hours"],
        summary: "Slots between two Brussels dates (inclusive; default the coming 14 days), each free or taken",
        params: IdParams,
        querystring: SlotsQuery,
        response: { 200: Type.Object({ items: Type.Array(SlotOut) }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const from = request.query.from ?? todayInBrussels();
      const to = request.query.to ?? addCalendarDays(from, 13);
      if (to < from) throw validationError([{ path: "query.to", message: "Moet op of na 'from' liggen." }]);
      if (calendarDaysBetween(from, to) >= MAX_SLOT_DAYS) throw validationError([{ path: "query.to", message: `Vraag hoogstens ${MAX_SLOT_DAYS} dagen tegelijk op.` }]);
      return request.tenantTx(async ({ tx }) => {
        const o = await loadOfficeHours(tx, request.params.id);
        const slots = slotsOf(o, from, to);
        const taken = (await tx.execute(sql`
          SELECT starts_at::text FROM appointments
           WHERE tenant_id = app_current_tenant() AND office_hours_id = ${o.id} AND kind = 'booked' AND status <> 'cancelled'
             AND day BETWEEN ${from}::date AND ${to}::date`)) as unknown as { starts_at: string }[];
        const takenAt = new Set(taken.map((t) => epochOf(t.starts_at)));
        return { items: slots.map((s) => ({ ...s, availability: takenAt.has(epochOf(s.startsAt)) ? ("taken" as const) : ("free" as const) })) };
      });
    },
  );

  app.post(
    "/v1/appointments",
    {
      config: { roles: [...STAFF, "client", "worker"], errors: ["resource.not_found", "appointment.slot_taken"] },
      schema: {
        tags: ["office-hours"],
        summary: "Book a slot of a zitdag (a consultant for someone, a client or worker for itself)",
        body: AppointmentBody,
        response: { 201: AppointmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const actor = request.claims;
      let clientId = b.clientId ?? null;
      let workerId = b.workerId ?? null;
      if (actor.role === "client" || actor.role === "worker") {
        const own = actor.role === "client" ? clientId : workerId;
        const other = actor.role === "client" ? workerId : clientId;
        if ((own !== null && own !== actor.subjectId) || other !== null || !actor.subjectId) throw new AppError("auth.forbidden", "U kan alleen voor uzelf een afspraak maken.");
        if (actor.role === "client") clientId = actor.subjectId;
        else workerId = actor.subjectId;
      }
      if (clientId === null && workerId === null && b.name === undefined) throw validationError([{ path: "name", message: "Geef een naam, een klant of een wijk-werker." }]);
      const phone = phoneOrError(b.phone, "phone");
      const startsAt = epochOf(b.startsAt);
      if (startsAt <= Date.now()) throw validationError([{ path: "startsAt", message: "Dit tijdstip is al voorbij." }]);
      try {
        const out = await request.tenantTx(async ({ tx, audit, outbox }) => {
          const o = await loadOfficeHours(tx, b.officeHoursId);
          if (clientId !== null) {
            const [c] = (await tx.execute(sql`SELECT id FROM clients WHERE tenant_id = app_current_tenant() AND id = ${clientId}`)) as unknown as unknown[];
            if (!c) throw notFound("Deze klant");
          }
          if (workerId !== null) {
            const [w] = (await tx.execute(sql`SELECT id FROM workers WHERE tenant_id = app_current_tenant() AND id = ${workerId}`)) as unknown as unknown[];
            if (!w) throw notFound("Deze wijk-werker");
          }
          const day = brusselsDateOf(new Date(startsAt));
          const slot = slotsOf(o, day, day).find((s) => epochOf(s.startsAt) === startsAt);
          if (!slot) throw validationError([{ path: "startsAt", message: "Dit is niet het begin van een tijdslot van deze zitdag." }]);
          const [row] = (await tx.execute(sql`
            INSERT INTO appointments (tenant_id, id, office_hours_id, day, starts_at, ends_at, client_id, worker_id, name, phone, topic, kind, created_by_type, created_by)
            VALUES (app_current_tenant(), ${randomUUID()}, ${o.id}, ${day}::date, ${slot.startsAt}::timestamptz, ${slot.endsAt}::timestamptz,
                    ${clientId}, ${workerId}, ${b.name ?? null}, ${phone}, ${b.topic}, 'booked', ${actor.role}, ${actor.sub})
            RETURNING ${APPOINTMENT_COLUMNS}`)) as unknown as AppointmentRow[];
          const a = appointmentOut(row!);
          const at = plannedReminderAt(slot.startsAt, new Date());
          if (at) {
            await outbox({
              topic: "events/appointment.reminder",
              availableAt: at,
              payload: {
                appointmentId: a.id,
                officeHoursId: o.id,
                startsAt: slot.startsAt,
                endsAt: slot.endsAt,
                location: o.location,
                neighbourhoodId: o.neighbourhood_id,
                neighbourhoodName: o.neighbourhood_name,
                consultantId: o.consultant_id,
                consultantName: o.consultant_name,
                clientId,
                workerId,
                name: b.name ?? null,
                phone,
                topic: b.topic,
              },
            });
          }
          await audit({ entity: "appointment", entityId: a.id, action: "create", after: a });
          return a;
        });
        return reply.status(201).send(out);
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("appointment.slot_taken", "Iemand anders heeft dit tijdslot net geboekt. Kies een ander uur.");
        throw err;
      }
    },
  );

  app.post(
    "/v1/appointments/:id/cancel",
    {
      config: { roles: [...STAFF, "client", "worker"], errors: ["appointment.not_planned"] },
      schema: { tags: ["office-hours"], summary: "Cancel an appointment or walk-in; the slot is free again", params: IdParams, response: { 200: AppointmentOut, ...errorResponses(401, 403, 404, 409) } },
    },
    async (request) => {
      const actor = request.claims;
      return request.tenantTx(async ({ tx, audit }) => {
        const [row] = (await tx.execute(sql`
          SELECT ${APPOINTMENT_COLUMNS} FROM appointments WHERE tenant_id = app_current_tenant() AND id = ${request.params.id} FOR UPDATE`)) as unknown as AppointmentRow[];
        // Clients and workers only see their own appointments: someone else's is "not found" to them.
        const own = actor.role === "client" ? row?.client_id === actor.subjectId : actor.role === "worker" ? row?.worker_id === actor.subjectId : true;
        if (!row || !own) throw notFound("Deze afspraak");
        if (row.status !== "planned") throw new AppError("appointment.not_planned", "Deze afspraak is al voorbij of geannuleerd.");
        const [updated] = (await tx.execute(sql`
          UPDATE appointments SET status = 'cancelled' WHERE tenant_id = app_current_tenant() AND id = ${row.id} RETURNING ${APPOINTMENT_COLUMNS}`)) as unknown as AppointmentRow[];
        await tx.execute(sql`
          DELETE FROM outbox WHERE tenant_id = app_current_tenant() AND topic = 'events/appointment.reminder' AND relayed_at IS NULL AND payload->>'appointmentId' = ${row.id}`);
        const a = appointmentOut(updated!);
        await audit({ entity: "appointment", entityId: a.id, action: "cancel", before: appointmentOut(row), after: a });
        return a;
      });
    },
  );

  app.post(
    "/v1/office-hours/:id/walk-ins",
    {
      config: { roles: STAFF },
      schema: { tags: ["office-hours"], summary: "Add someone who walks in to the day's queue", params: IdParams, body: WalkInBody, response: { 201: AppointmentOut, ...errorResponses(401, 403, 404, 422) } },
    },
    async (request, reply) => {
      const b = request.body;
      const phone = phoneOrError(b.phone, "phone");
      const out = await request.tenantTx(async ({ tx, audit, actor }) => {
        // The row lock hands out queue numbers one at a time; bookings (key-share locks) are not blocked.
        const o = await loadOfficeHours(tx, request.params.id, true);
        if (slotsOf(o, b.date, b.date).length === 0) throw validationError([{ path: "date", message: "Op deze dag is er geen zitdag." }]);
        const [row] = (await tx.execute(sql`
          INSERT INTO appointments (tenant_id, id, office_hours_id, day, queue_number, name, phone, topic, kind, created_by_type, created_by)
          VALUES (app_current_tenant(), ${randomUUID()}, ${o.id}, ${b.date}::date,
                  (SELECT coalesce(max(queue_number), 0) + 1 FROM appointments WHERE tenant_id = app_current_tenant() AND office_hours_id = ${o.id} AND day = ${b.date}::date AND kind = 'walk_in'),
                  ${b.name}, ${phone}, ${b.topic}, 'walk_in', ${actor.role}, ${actor.sub})
          RETURNING ${APPOINTMENT_COLUMNS}`)) as unknown as AppointmentRow[];
        const a = appointmentOut(row!);
        await audit({ entity: "appointment", entityId: a.id, action: "walk_in", after: a });
        return a;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/office-hours/:id/day",
    {
      config: { roles: STAFF },
      schema: { tags: ["office-hours"], summary: "The consultant's day at a zitdag: slots with their appointment, walk-in queue, quick links", params: IdParams, querystring: DayQuery, response: { 200: DayOut, ...errorResponses(401, 403, 404, 422) } },
    },
    async (request) => {
      const date = request.query.date ?? todayInBrussels();
      return request.tenantTx(async ({ tx }) => {
        const o = await loadOfficeHours(tx, request.params.id);
        const rows = (await tx.execute(sql`
          SELECT ${APPOINTMENT_COLUMNS} FROM appointments
           WHERE tenant_id = app_current_tenant() AND office_hours_id = ${o.id} AND day = ${date}::date AND status <> 'cancelled'
           ORDER BY queue_number NULLS FIRST, starts_at, created_at`)) as unknown as AppointmentRow[];
        const booked = new Map(rows.filter((r) => r.kind === "booked" && r.starts_at).map((r) => [epochOf(r.starts_at!), appointmentOut(r)]));
        const slots = slotsOf(o, date, date).map((s) => {
          const a = booked.get(epochOf(s.startsAt));
          return a ? { ...s, appointment: a } : s;
        });
        return {
          date,
          officeHoursId: o.id,
          location: o.location,
          neighbourhood: { id: o.neighbourhood_id, name: o.neighbourhood_name },
          consultant: { id: o.consultant_id, name: o.consultant_name },
          slots,
          walkIns: rows.filter((r) => r.kind === "walk_in").map(appointmentOut),
          links: { registerWorker: "/v1/workers", registerClient: "/v1/clients", newJob: "/v1/jobs", sellVouchers: "/v1/voucher-orders" },
        };
      });
    },
  );
};

export default officeHours;

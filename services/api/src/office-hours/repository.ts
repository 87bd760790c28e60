import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** Every query of zitdagen and their appointments, inside the caller's tenant transaction; results typed here. */

export type OfficeHoursRow = {
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
};

export type AppointmentRow = {
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
};

const OFFICE_HOURS_SELECT = sql`
  SELECT o.id, o.neighbourhood_id, n.name AS neighbourhood_name, o.location, o.rrule, o.start_time::text, o.end_time::text, o.slot_minutes,
         o.consultant_id, st.name AS consultant_name, o.first_date::text, o.until::text, o.created_at::text
    FROM office_hours o
    JOIN neighbourhoods n ON n.tenant_id = o.tenant_id AND n.id = o.neighbourhood_id
    JOIN staff st ON st.tenant_id = o.tenant_id AND st.id = o.consultant_id`;
const APPOINTMENT_COLUMNS = sql`id, office_hours_id, kind, day::text, starts_at::text, ends_at::text, queue_number, client_id, worker_id, name, phone, topic, status`;

/** `lock`: a no-key-update lock hands out walk-in queue numbers one at a time without blocking bookings. */
export async function findOfficeHours(tx: Tx, id: string, lock = false): Promise<OfficeHoursRow | undefined> {
  const [row] = await tx.execute<OfficeHoursRow>(
    sql`${OFFICE_HOURS_SELECT} WHERE o.tenant_id = app_current_tenant() AND o.id = ${id} ${lock ? sql`FOR NO KEY UPDATE OF o` : sql``}`,
  );
  return row;
}

/** Oldest first, keyset-paged on (created_at, id). */
export async function listOfficeHours(
  tx: Tx,
  q: { neighbourhoodId?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<OfficeHoursRow[]> {
  return tx.execute<OfficeHoursRow>(sql`
    ${OFFICE_HOURS_SELECT}
     WHERE o.tenant_id = app_current_tenant()
       ${q.neighbourhoodId ? sql`AND o.neighbourhood_id = ${q.neighbourhoodId}` : sql``}
       ${q.after ? sql`AND (o.created_at, o.id) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
     ORDER BY o.created_at, o.id LIMIT ${q.limit + 1}`);
}

async function exists(tx: Tx, query: SQL): Promise<boolean> {
  return (await tx.execute<{ one: number }>(query)).length > 0;
}
export const neighbourhoodExists = (tx: Tx, id: string) =>
  exists(tx, sql`SELECT 1 AS one FROM neighbourhoods WHERE tenant_id = app_current_tenant() AND id = ${id}`);
export const clientExists = (tx: Tx, id: string) => exists(tx, sql`SELECT 1 AS one FROM clients WHERE tenant_id = app_current_tenant() AND id = ${id}`);
export const workerExists = (tx: Tx, id: string) => exists(tx, sql`SELECT 1 AS one FROM workers WHERE tenant_id = app_current_tenant() AND id = ${id}`);
/** Zitdagen are held by an active consultant (or admin) of the organisation. */
export const activeConsultantExists = (tx: Tx, id: string) =>
  exists(tx, sql`SELECT 1 AS one FROM staff WHERE tenant_id = app_current_tenant() AND id = ${id} AND active AND role IN ('consultant', 'admin')`);

export async function insertOfficeHours(
  tx: Tx,
  o: {
    neighbourhoodId: string;
    location: string;
    rrule: string;
    startTime: string;
    endTime: string;
    slotMinutes: number;
    consultantId: string;
    firstDate: string;
    until: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await tx.execute(sql`
    INSERT INTO office_hours (tenant_id, id, neighbourhood_id, location, rrule, start_time, end_time, slot_minutes, consultant_id, first_date, until)
    VALUES (app_current_tenant(), ${id}, ${o.neighbourhoodId}, ${o.location}, ${o.rrule}, ${o.startTime}::time, ${o.endTime}::time,
            ${o.slotMinutes}, ${o.consultantId}, ${o.firstDate}::date, ${o.until}::date)`);
  return id;
}

/** Start instants of the booked (not cancelled) slots between two Brussels dates. */
export async function takenSlotStarts(tx: Tx, officeHoursId: string, from: string, to: string): Promise<string[]> {
  const rows = await tx.execute<{ starts_at: string }>(sql`
    SELECT starts_at::text FROM appointments
     WHERE tenant_id = app_current_tenant() AND office_hours_id = ${officeHoursId} AND kind = 'booked' AND status <> 'cancelled'
       AND day BETWEEN ${from}::date AND ${to}::date`);
  return rows.map((r) => r.starts_at);
}

/** A booking; a second booking of the same slot violates the unique index (appointment.slot_taken). */
export async function insertBooking(
  tx: Tx,
  b: {
    officeHoursId: string;
    day: string;
    startsAt: string;
    endsAt: string;
    clientId: string | null;
    workerId: string | null;
    name: string | null;
    phone: string | null;
    topic: string;
    byType: string;
    by: string;
  },
): Promise<AppointmentRow> {
  const [row] = await tx.execute<AppointmentRow>(sql`
    INSERT INTO appointments (tenant_id, id, office_hours_id, day, starts_at, ends_at, client_id, worker_id, name, phone, topic, kind, created_by_type, created_by)
    VALUES (app_current_tenant(), ${randomUUID()}, ${b.officeHoursId}, ${b.day}::date, ${b.startsAt}::timestamptz, ${b.endsAt}::timestamptz,
            ${b.clientId}, ${b.workerId}, ${b.name}, ${b.phone}, ${b.topic}, 'booked', ${b.byType}, ${b.by})
    RETURNING ${APPOINTMENT_COLUMNS}`);
  return row!;
}

/** A walk-in gets the next queue number of that day (call with the series locked). */
export async function insertWalkIn(
  tx: Tx,
  w: { officeHoursId: string; day: string; name: string; phone: string | null; topic: string; byType: string; by: string },
): Promise<AppointmentRow> {
  const [row] = await tx.execute<AppointmentRow>(sql`
    INSERT INTO appointments (tenant_id, id, office_hours_id, day, queue_number, name, phone, topic, kind, created_by_type, created_by)
    VALUES (app_current_tenant(), ${randomUUID()}, ${w.officeHoursId}, ${w.day}::date,
            (SELECT coalesce(max(queue_number), 0) + 1 FROM appointments WHERE tenant_id = app_current_tenant() AND office_hours_id = ${w.officeHoursId} AND day = ${w.day}::date AND kind = 'walk_in'),
            ${w.name}, ${w.phone}, ${w.topic}, 'walk_in', ${w.byType}, ${w.by})
    RETURNING ${APPOINTMENT_COLUMNS}`);
  return row!;
}

export async function lockAppointment(tx: Tx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx.execute<AppointmentRow>(
    sql`SELECT ${APPOINTMENT_COLUMNS} FROM appointments WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`,
  );
  return row;
}

/**
 * The appointment's new status (cancelled, done, no_show). Its reminder goes too, if it has not gone
 * out yet: a cancelled appointment is off, and someone already seen needs no reminder.
 */
export async function setAppointmentStatus(tx: Tx, id: string, status: AppointmentRow["status"]): Promise<AppointmentRow> {
  const [row] = await tx.execute<AppointmentRow>(
    sql`UPDATE appointments SET status = ${status} WHERE tenant_id = app_current_tenant() AND id = ${id} RETURNING ${APPOINTMENT_COLUMNS}`,
  );
  await tx.execute(sql`
    DELETE FROM outbox WHERE tenant_id = app_current_tenant() AND topic = 'events/appointment.reminder' AND relayed_at IS NULL AND payload->>'appointmentId' = ${id}`);
  return row!;
}

/** The day's live appointments, each with the registered person's name: walk-ins by queue number, bookings by time. */
export async function appointmentsOfDay(tx: Tx, officeHoursId: string, date: string): Promise<(AppointmentRow & { person_name: string | null })[]> {
  return tx.execute<AppointmentRow & { person_name: string | null }>(sql`
    SELECT a.id, a.office_hours_id, a.kind, a.day::text, a.starts_at::text, a.ends_at::text, a.queue_number, a.client_id, a.worker_id, a.name, a.phone,
           a.topic, a.status, coalesce(c.name, w.first_name || ' ' || w.last_name, a.name) AS person_name
      FROM appointments a
      LEFT JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
      LEFT JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND a.office_hours_id = ${officeHoursId} AND a.day = ${date}::date AND a.status <> 'cancelled'
     ORDER BY a.queue_number NULLS FIRST, a.starts_at, a.created_at`);
}

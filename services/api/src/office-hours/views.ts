import { isoBrussels } from "@wijkwerk/domain";
import { hhmm } from "../scheduling/time.ts";
import type { AppointmentRow, OfficeHoursRow } from "./repository.ts";

/** Rows as the API shows them (schemas.ts): camelCase, instants with their Brussels offset, times as "09:00". */

export function officeHoursOut(r: OfficeHoursRow) {
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

export function appointmentOut(r: AppointmentRow) {
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

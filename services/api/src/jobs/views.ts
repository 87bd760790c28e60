import { isoBrussels } from "@wijkwerk/domain";
import type { JobRow } from "./repository.ts";

/** A job as the API shows it (schemas.ts JobOut). */
export function jobOut(r: JobRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    activityCode: r.activity_code,
    description: r.description,
    estimatedMinutes: r.estimated_minutes,
    window: { from: isoBrussels(r.window_from), to: isoBrussels(r.window_to) },
    neighbourhoodId: r.neighbourhood_id,
    status: r.status,
    parentJobId: r.parent_job_id,
    recurrence: r.recurrence_rrule && r.recurrence_until ? { rrule: r.recurrence_rrule, until: r.recurrence_until } : null,
    cancellation: r.cancelled_at && r.cancelled_by ? { at: isoBrussels(r.cancelled_at), by: r.cancelled_by, reason: r.cancel_reason ?? "" } : null,
    doneAt: r.done_at ? isoBrussels(r.done_at) : null,
    createdAt: isoBrussels(r.created_at),
    workersNeeded: r.workers_needed,
    supervisor: r.supervisor_name ? { name: r.supervisor_name, phone: r.supervisor_phone, email: r.supervisor_email } : null,
    tasks: r.tasks,
  };
}

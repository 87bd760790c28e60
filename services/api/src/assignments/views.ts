import { isoBrussels } from "@wijkwerk/domain";
import type { AssignmentRow } from "./repository.ts";

/** An assignment as the API shows it (schemas.ts AssignmentOut). */
export function assignmentOut(r: AssignmentRow) {
  return {
    id: r.id,
    jobId: r.job_id,
    workerId: r.worker_id,
    clientId: r.client_id,
    startsAt: isoBrussels(r.starts_at),
    endsAt: isoBrussels(r.ends_at),
    minutes: r.minutes,
    status: r.status,
    expiresAt: r.expires_at ? isoBrussels(r.expires_at) : null,
    respondedAt: r.responded_at ? isoBrussels(r.responded_at) : null,
    cancelledBy: r.cancelled_by,
    warnings: r.warnings,
    createdAt: isoBrussels(r.created_at),
  };
}

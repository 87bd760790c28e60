import { isoBrussels, seriesMovesOn } from "@wijkwerk/domain";
import type { HandoverRow } from "./repository.ts";

/** A handover as the API shows it (schemas.ts HandoverOut). */
export function handoverOut(r: HandoverRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    leavingWorkerId: r.leaving_worker_id,
    leavingWorkerName: r.leaving_name,
    successorId: r.successor_id,
    successorName: r.successor_name,
    leavingEndsOn: r.leaving_ends_on,
    successorStartsOn: seriesMovesOn(r.leaving_ends_on),
    status: r.status,
    inloop: r.inloop_assignment_id ? { assignmentId: r.inloop_assignment_id, startsAt: r.inloop_starts_at ? isoBrussels(r.inloop_starts_at) : null } : null,
    movedCount: r.moved_count,
    movedAt: r.moved_at ? isoBrussels(r.moved_at) : null,
    createdAt: isoBrussels(r.created_at),
  };
}

import { brusselsDateOf, canUndoDecline, declineUndoUntil, expectedTravel, isoBrussels } from "@wijkwerk/domain";
import type { WorkerViewRow } from "./repository.ts";

/** Where a proposal stands, as a worker reads it (issue 17). */
export type ProposalState = "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";

export function stateOf(r: Pick<WorkerViewRow, "status" | "live" | "taken">): ProposalState {
  switch (r.status) {
    case "proposed":
      return !r.live ? "expired" : r.taken ? "taken" : "open";
    case "accepted":
      return "accepted";
    case "completed":
      return "done";
    case "declined":
      return "declined";
    case "cancelled":
      return r.taken ? "taken" : "cancelled";
    default:
      return "expired";
  }
}

/** What, where, for whom (first name only), when, how long, by when to answer, how far: the worker's view of one assignment. */
export function workerViewOut(r: WorkerViewRow, now = new Date()) {
  const travel =
    r.from_lat !== null && r.from_lon !== null && r.to_lat !== null && r.to_lon !== null
      ? expectedTravel({ lat: r.from_lat, lon: r.from_lon }, { lat: r.to_lat, lon: r.to_lon }, brusselsDateOf(isoBrussels(r.starts_at)))
      : null;
  const undoable = r.status === "declined" && r.responded_at !== null && r.live && canUndoDecline(r.responded_at, now);
  return {
    assignmentId: r.id,
    state: stateOf(r),
    activity: { code: r.activity_code, name: r.activity_name },
    address: { street: r.street, number: r.house_number, postalCode: r.postal_code, neighbourhood: r.neighbourhood, municipality: r.municipality },
    clientFirstName: r.client_first_name,
    startsAt: isoBrussels(r.starts_at),
    endsAt: isoBrussels(r.ends_at),
    minutes: r.minutes,
    respondBy: r.expires_at ? isoBrussels(r.expires_at) : null,
    undoUntil: undoable ? isoBrussels(declineUndoUntil(r.responded_at!).toISOString()) : null,
    reason: r.response_reason,
    language: (r.worker_language === "fr" || r.worker_language === "en" ? r.worker_language : "nl") as "nl" | "fr" | "en",
    travel,
  };
}

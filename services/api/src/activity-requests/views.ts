import { isoBrussels } from "@wijkwerk/domain";
import type { ActivityRequestRow } from "./repository.ts";

/** A request as the API shows it (schemas.ts ActivityRequestOut). */
export function activityRequestOut(r: ActivityRequestRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    activityCode: r.activity_code,
    activityName: r.activity_name,
    wish: r.wish,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at ? isoBrussels(r.answered_at) : null,
    createdAt: isoBrussels(r.created_at),
  };
}

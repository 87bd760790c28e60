import type { ErrorTable } from "./table.ts";

/** Codes of team jobs and of the handover to a successor (issue 19: continuity, collective deployment). */
export const TEAM_ERRORS = {
  "job.team_size_invalid": { status: 422, title: "Een team telt 1 tot 12 wijk-werkers." },
  "job.team_not_for_client": { status: 422, title: "Alleen een organisatie (school, vzw, bestuur) kan een team vragen." },
  "assignment.team_full": { status: 409, title: "Het team voor deze klus is al volledig." },
  "assignment.already_in_team": { status: 409, title: "Deze wijk-werker zit al in het team van deze klus." },
  "time_entry.none_to_confirm": { status: 409, title: "Er zijn geen uren om te bevestigen voor deze klus en periode." },
} as const satisfies ErrorTable;

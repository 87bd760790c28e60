import type { ErrorTable } from "./table.ts";

/** Codes of team jobs and of the handover to a successor (issue 19: continuity, collective deployment). */
export const TEAM_ERRORS = {
  "job.team_size_invalid": { status: 422, title: "Een team telt 1 tot 12 wijk-werkers." },
  "job.team_not_for_client": { status: 422, title: "Alleen een organisatie (school, vzw, bestuur) kan een team vragen." },
  "assignment.team_full": { status: 409, title: "Het team voor deze klus is al volledig." },
  "assignment.already_in_team": { status: 409, title: "Deze wijk-werker zit al in het team van deze klus." },
  "time_entry.none_to_confirm": { status: 409, title: "Er zijn geen uren om te bevestigen voor deze klus en periode." },
  "time_entry.inloop_visit": { status: 409, title: "Voor een inloopbeurt geeft u geen uren in." },
  "handover.worker_not_leaving": { status: 409, title: "De overeenkomst van deze wijk-werker loopt niet binnen 60 dagen af." },
  "handover.successor_not_fit": { status: 409, title: "Deze wijk-werker kan de klant niet overnemen." },
  "handover.already_announced": { status: 409, title: "Voor deze klant is al een opvolger aangekondigd." },
  "handover.not_announced": { status: 409, title: "Deze overdracht is niet (meer) aangekondigd." },
  "handover.job_not_of_client": { status: 422, title: "Kies een klus van deze klant, vóór het einde van de overeenkomst." },
  "handover.inloop_exists": { status: 409, title: "Voor deze overdracht is al een inloopbeurt gepland." },
  "handover.not_yet_ended": { status: 409, title: "De overeenkomst van de vertrekkende wijk-werker loopt nog." },
} as const satisfies ErrorTable;

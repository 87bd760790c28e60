import type { ErrorTable } from "./table.ts";

/** Codes of jobs, matching and assignments (API.md "Jobs, matching, assignments"). */
export const WORK_ERRORS = {
  "job.activity_not_allowed": { status: 422, title: "Deze activiteit is niet toegelaten voor deze klant in deze gemeente." },
  "job.activity_ex_pwa_only": { status: 422, title: "Deze activiteit is er alleen voor gezinnen uit de overgangsregeling van PWA." },
  "activity_request.already_answered": { status: 409, title: "Deze vraag om een activiteit is al beantwoord." },
  "activity_request.already_allowed": { status: 409, title: "Deze activiteit kan de klant al bestellen." },
  "activity_request.not_on_list": { status: 422, title: "Alleen een activiteit van de Vlaamse lijst die voor dit soort klant mag, kan worden toegevoegd." },
  "activity_request.reason_required": { status: 422, title: "Zeg de klant waarom in een paar woorden." },
  "job.too_many_occurrences": { status: 422, title: "Deze herhaling geeft te veel klussen." },
  "job.not_open": { status: 409, title: "Deze klus staat niet meer open." },
  "job.not_series": { status: 422, title: "Deze klus is niet de eerste van een reeks." },
  "assignment.series_refused": { status: 409, title: "De wijk-werker kan niet op elke gekozen keer van de reeks komen." },
  "client.no_active_agreement": { status: 409, title: "De klant heeft geen geldige gebruikersovereenkomst op die datum." },
  "worker.agreement_inactive": { status: 409, title: "De wijk-werker heeft geen geldige overeenkomst op die datum." },
  "worker.skill_missing": { status: 409, title: "De wijk-werker heeft de nodige competentie niet." },
  "worker.monthly_cap_exceeded": { status: 409, title: "Dan werkt de wijk-werker meer dan toegelaten deze maand." },
  "worker.yearly_cap_exceeded": { status: 409, title: "Dan werkt de wijk-werker meer dan toegelaten dit jaar." },
  "worker.double_booked": { status: 409, title: "De wijk-werker heeft op dat moment al een andere klus." },
  "worker.inactive": { status: 409, title: "Deze wijk-werker is niet actief." },
  "assignment.outside_job_window": { status: 422, title: "De toewijzing valt buiten het tijdvak van de klus." },
  "assignment.not_pending": { status: 409, title: "Op deze toewijzing kan u niet meer antwoorden." },
  "assignment.not_active": { status: 409, title: "Deze toewijzing is al afgelopen of geannuleerd." },
} as const satisfies ErrorTable;

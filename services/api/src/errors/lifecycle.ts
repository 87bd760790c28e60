import type { ErrorTable } from "./table.ts";

/** Codes of the life-cycle of hours, assignments and jobs (issue 13: money and hours). */
export const LIFECYCLE_ERRORS = {
  "time_entry.future_date": { status: 422, title: "Uren kan u pas ingeven als het werk gedaan is." },
  "time_entry.over_planned": { status: 422, title: "Deze prestatie is veel langer dan gepland; de bemiddelaar kan ze verbeteren." },
  "assignment.job_already_taken": { status: 409, title: "Een andere wijk-werker heeft deze klus al aanvaard." },
  "job.not_cancellable": { status: 409, title: "Deze klus is al klaar of geannuleerd." },
  "job.has_hours": { status: 409, title: "Voor deze klus zijn al uren ingegeven." },
} as const satisfies ErrorTable;

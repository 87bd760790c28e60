/** What the job pages (routes/jobs.ts, routes/job-page.ts) share: Dutch labels and the Brussels datetime-local format. */

/** Who cancelled, in the consultant's words. */
export const CANCELLED_BY: Record<string, string> = { client: "de klant", consultant: "een bemiddelaar" };

export const ASSIGNMENT_STATUS: Record<string, string> = {
  proposed: "voorgesteld",
  accepted: "aanvaard",
  declined: "geweigerd",
  expired: "verlopen",
  cancelled: "geannuleerd",
  completed: "gedaan",
};
export const STATUS: Record<string, string> = { open: "Open", assigned: "Toegewezen", done: "Klaar", cancelled: "Geannuleerd", completed: "Klaar" };

export const labels: Record<string, string> = {
  clientId: "Klant",
  activityCode: "Activiteit",
  description: "Beschrijving",
  estimatedMinutes: "Geschatte duur (minuten)",
  "window.from": "Vanaf",
  "window.to": "Tot",
  workerId: "Wijk-werker",
  startsAt: "Begin",
  endsAt: "Einde",
  reason: "Reden",
  "recurrence.rrule": "Herhaling",
  "recurrence.until": "Herhalen tot",
  recurrence: "Herhaling",
  workersNeeded: "Aantal wijk-werkers",
  "supervisor.name": "Begeleider: naam",
  "supervisor.phone": "Begeleider: telefoon",
  "supervisor.email": "Begeleider: e-mail",
  tasks: "Takenpakket",
};

/** ISO with offset → value for <input type="datetime-local"> in Brussels time. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
  return parts.replace(" ", "T");
}

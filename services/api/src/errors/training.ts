import type { ErrorTable } from "./table.ts";

/** Codes of training and office hours (API.md "Training", "Office hours (zitdagen)"). */
export const TRAINING_ERRORS = {
  "appointment.slot_taken": { status: 409, title: "Dit tijdslot is al bezet. Kies een ander uur." },
  "appointment.not_planned": { status: 409, title: "Deze afspraak is al voorbij of geannuleerd." },
  "training.already_enrolled": { status: 409, title: "Deze wijk-werker is al ingeschreven voor deze sessie." },
  "training.session_started": { status: 409, title: "Deze sessie is al begonnen of voorbij." },
  "training.session_not_started": { status: 409, title: "Deze sessie is nog niet begonnen." },
  "training.not_enrolled": { status: 409, title: "Deze wijk-werker heeft geen plaats in deze sessie." },
} as const satisfies ErrorTable;

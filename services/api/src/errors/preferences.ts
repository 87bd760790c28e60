import type { ErrorTable } from "./table.ts";

/** Codes of issue 20's contact preferences (SMS, e-mail, quiet hours of a worker or client). */
export const PREFERENCE_ERRORS = {
  "preferences.quiet_hours_empty": { status: 422, title: "De rustige uren moeten een begin en een einde hebben dat verschilt." },
} as const satisfies ErrorTable;

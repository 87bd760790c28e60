import type { ErrorTable } from "./table.ts";

/** Codes of the person's rights (issue 20): export, erasure. */
export const PRIVACY_ERRORS = {
  "privacy.money_open": {
    status: 409,
    title: "Deze persoon heeft nog openstaande bedragen (cheques, bestellingen, tegoed, prestaties of uitbetalingen). Wis pas als alles is afgerekend.",
  },
  "privacy.work_open": { status: 409, title: "Deze persoon heeft nog geplande klussen of toewijzingen. Annuleer of rond die eerst af." },
  "privacy.already_erased": { status: 409, title: "Deze persoon is al gewist." },
} as const satisfies ErrorTable;

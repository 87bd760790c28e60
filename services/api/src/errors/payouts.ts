import type { ErrorTable } from "./table.ts";

export const PAYOUT_ERRORS = {
  "payout.month_locked": { status: 409, title: "Deze maand is al goedgekeurd en afgesloten." },
  "payout.not_draft": { status: 409, title: "Deze uitbetaling is geen ontwerp meer." },
  "payout.not_approved": { status: 409, title: "Deze uitbetaling is nog niet goedgekeurd." },
  "payout.invalid_iban": { status: 409, title: "Een rekeningnummer in deze uitbetaling is niet geldig." },
  "payout.nothing_to_pay": { status: 409, title: "Er is niets uit te betalen in deze uitbetaling." },
  "payout.same_person": { status: 409, title: "Wie een uitbetaling klaarzet, keurt ze niet zelf goed." },
  "payout.earlier_draft_open": { status: 409, title: "Een uitbetaling van een vroegere maand is nog niet goedgekeurd." },
} as const satisfies ErrorTable;

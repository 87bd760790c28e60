import type { ErrorTable } from "./table.ts";

/** Money back to clients and senders, and four eyes on manual payments (issue 18). */
export const TRANSFER_ERRORS = {
  "refund.iban_unknown": { status: 422, title: "Het rekeningnummer van de klant is niet bekend." },
  "payment.matched": { status: 409, title: "Deze betaling is al gekoppeld." },
  "payment.already_returned": { status: 409, title: "Deze betaling wordt al teruggestort." },
  "payment.return_no_account": { status: 422, title: "De rekening of naam van de afzender is niet bekend." },
  "payment.same_person": { status: 409, title: "Wie een betaling invoert, keurt ze niet zelf goed." },
  "payment.not_awaiting_approval": { status: 409, title: "Deze betaling wacht niet op goedkeuring." },
  "transfer.not_draft": { status: 409, title: "Deze terugbetaling is geen ontwerp meer." },
  "transfer.same_person": { status: 409, title: "Wie een terugbetaling klaarzet, keurt ze niet zelf goed." },
  "transfer.nothing_to_export": { status: 409, title: "Er is geen goedgekeurde terugbetaling om te exporteren." },
  "transfer.no_organisation_account": { status: 422, title: "De bankrekening van de organisatie is nog niet ingevuld." },
} as const satisfies ErrorTable;

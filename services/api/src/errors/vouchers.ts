import type { ErrorTable } from "./table.ts";

/** Codes of time entries, vouchers and payments (API.md "Time entries", "Vouchers"). */
export const VOUCHER_ERRORS = {
  "time_entry.outside_assignment": { status: 409, title: "Deze prestatie past niet bij de toewijzing (andere dag of te lang)." },
  "time_entry.assignment_not_active": { status: 409, title: "Voor deze toewijzing kan u geen uren ingeven." },
  "time_entry.already_exists": { status: 409, title: "Voor deze toewijzing zijn de uren al ingegeven." },
  "time_entry.not_confirmable": { status: 409, title: "Deze prestatie kan u niet (meer) bevestigen." },
  "time_entry.not_disputable": { status: 409, title: "Deze prestatie kan u niet (meer) betwisten." },
  "time_entry.not_correctable": { status: 409, title: "Deze prestatie kan niet meer verbeterd of geannuleerd worden." },
  "payment.reference_unknown": { status: 404, title: "Deze betaling hoort bij geen enkele bestelling of inschrijving." },
  "payment.amount_mismatch": { status: 409, title: "Het betaalde bedrag klopt niet met de bestelling." },
  "payment.already_paid": { status: 409, title: "Deze mededeling werd al betaald." },
  "coda.invalid": { status: 422, title: "Dit CODA-bestand kunnen we niet lezen." },
  "camt.invalid": { status: 422, title: "Dit camt.053-bestand kunnen we niet lezen." },
  "statement.empty": { status: 422, title: "Het bestand is leeg." },
  "statement.unrecognised": { status: 422, title: "Dit is geen rekeninguittreksel in CODA- of camt.053-formaat." },
  "statement.other_account": { status: 422, title: "Dit uittreksel is van een andere rekening dan die van de organisatie." },
  "statement.no_organisation_account": { status: 409, title: "Vul eerst de bankrekening van de organisatie in." },
  "wallet.insufficient_vouchers": { status: 409, title: "Er zijn niet genoeg geldige cheques." },
  "tax_certificate.not_private": { status: 422, title: "Een fiscaal attest is er alleen voor particulieren." },
} as const satisfies ErrorTable;

import type { ErrorTable } from "./table.ts";

export const CLIENT_ERRORS = {
  "client.duplicate": { status: 409, title: "Deze gebruiker is al ingeschreven." },
  "client_agreement.overlaps": { status: 409, title: "Er is al een gebruikersovereenkomst in deze periode." },
  "client.agreement_fee_unpaid": { status: 409, title: "Het inschrijvingsgeld van de gebruikersovereenkomst is nog niet betaald." },
} as const satisfies ErrorTable;

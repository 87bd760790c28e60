import { registerErrors } from "./catalogue.ts";

registerErrors({
  "client.duplicate": { status: 409, title: "Deze gebruiker is al ingeschreven." },
  "client_agreement.overlaps": { status: 409, title: "Er is al een gebruikersovereenkomst in deze periode." },
});

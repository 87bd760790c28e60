import type { ErrorTable } from "./table.ts";

/** Issue 20, staff accounts: second factor, invitation and password-reset links, sessions. */
export const STAFF_ACCOUNT_ERRORS = {
  "auth.second_factor_required": { status: 401, title: "Geef de code uit de app op uw telefoon." },
  "auth.second_factor_invalid": { status: 401, title: "Deze code is niet juist of al gebruikt." },
  "auth.second_factor_enrolment_required": { status: 403, title: "Stel eerst uw tweede stap in." },
  "second_factor.already_enabled": { status: 409, title: "U gebruikt al een tweede stap." },
  "second_factor.not_started": { status: 409, title: "Begin eerst met het instellen van de tweede stap." },
  "second_factor.required": { status: 409, title: "Voor uw rol is een tweede stap verplicht." },
  "second_factor.self_reset": { status: 409, title: "Een andere beheerder zet uw tweede stap terug." },
  "staff_link.unknown": { status: 404, title: "Deze link kennen we niet." },
  "staff_link.expired": { status: 410, title: "Deze link is verlopen of al gebruikt. Vraag een nieuwe." },
  "staff.area_role": { status: 409, title: "Alleen een consulent kan tot een gebied beperkt worden." },
  "staff.invitation_accepted": { status: 409, title: "Deze medewerker koos al een wachtwoord." },
} as const satisfies ErrorTable;

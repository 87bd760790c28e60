import { CLIENT_ERRORS } from "./clients.ts";
import { FEEDBACK_ERRORS } from "./feedback.ts";
import { COACHING_ERRORS } from "./coaching.ts";
import { LIFECYCLE_ERRORS } from "./lifecycle.ts";
import { MATCHING_ERRORS } from "./matching.ts";
import { PAYOUT_ERRORS } from "./payouts.ts";
import { PREFERENCE_ERRORS } from "./preferences.ts";
import { PRIVACY_ERRORS } from "./privacy.ts";
import { REGISTRY_ERRORS } from "./registries.ts";
import { TEAM_ERRORS } from "./teams.ts";
import { REPORT_ERRORS } from "./reports.ts";
import { STAFF_ACCOUNT_ERRORS } from "./staff-accounts.ts";
import type { ErrorTable } from "./table.ts";
import { TRAINING_ERRORS } from "./training.ts";
import { TRANSFER_ERRORS } from "./transfers.ts";
import { VOUCHER_ERRORS } from "./vouchers.ts";
import { WORK_ERRORS } from "./work.ts";

/**
 * The one catalogue of error codes (API.md: codes are stable). Titles are short Dutch sentences
 * a consultant can read; `detail` on each problem says what exactly went wrong.
 */
const CORE_ERRORS = {
  "validation.failed": { status: 422, title: "Sommige gegevens zijn niet juist." },
  "request.malformed": { status: 400, title: "De aanvraag kan niet gelezen worden." },
  "request.too_large": { status: 413, title: "De aanvraag is te groot." },
  "request.uri_too_long": { status: 414, title: "Dit adres is te lang." },
  "request.unsupported_media_type": { status: 415, title: "Dit bestandstype wordt niet ondersteund." },
  "resource.not_found": { status: 404, title: "Niet gevonden." },
  "route.not_found": { status: 404, title: "Dit adres bestaat niet." },
  "method.not_allowed": { status: 405, title: "Deze actie is hier niet mogelijk." },
  "auth.unauthenticated": { status: 401, title: "U bent niet aangemeld." },
  "auth.invalid_credentials": { status: 401, title: "E-mailadres of wachtwoord is niet juist." },
  "auth.invalid_code": { status: 401, title: "De code is niet juist of niet meer geldig." },
  "auth.phone_landline": { status: 422, title: "Naar een vast nummer kunnen we geen sms sturen. Bel uw consulent." },
  "auth.forbidden": { status: 403, title: "U mag dit niet doen." },
  "auth.rate_limited": { status: 429, title: "Te veel pogingen. Probeer het later opnieuw." },
  "rate.limited": { status: 429, title: "Te veel aanvragen. Wacht even en probeer opnieuw." },
  "idempotency.key_reused": { status: 409, title: "Deze Idempotency-Key werd al gebruikt voor een andere aanvraag." },
  "idempotency.in_progress": { status: 409, title: "Een aanvraag met deze Idempotency-Key is nog bezig." },
  "tenant.slug_taken": { status: 409, title: "Deze korte naam is al in gebruik." },
  "staff.email_taken": { status: 409, title: "Er is al een medewerker met dit e-mailadres." },
  "staff.self_deactivation": { status: 409, title: "U kunt uw eigen account niet uitschakelen." },
  "staff.last_admin": { status: 409, title: "De organisatie houdt minstens één actieve beheerder." },
  "staff.inactive": { status: 409, title: "Deze medewerker is uitgeschakeld." },
  "settings.invalid": { status: 422, title: "Deze instellingen zijn niet toegelaten." },
  conflict: { status: 409, title: "Dit botst met bestaande gegevens." },
  // Issue 20: a consultant limited to an area wrote a record the database's area policy will not show them.
  "area.outside": { status: 403, title: "Dit valt buiten uw gebied." },
  internal: { status: 500, title: "Er ging iets mis aan onze kant." },
  "service.unavailable": { status: 503, title: "De dienst is tijdelijk niet beschikbaar." },
} as const satisfies ErrorTable;

/** Every code the API answers with, each once (the areas keep their own tables next to this one). */
export const ERRORS = {
  ...CORE_ERRORS,
  ...CLIENT_ERRORS,
  ...COACHING_ERRORS,
  ...LIFECYCLE_ERRORS,
  ...MATCHING_ERRORS,
  ...PAYOUT_ERRORS,
  ...REGISTRY_ERRORS,
  ...TEAM_ERRORS,
  ...REPORT_ERRORS,
  ...STAFF_ACCOUNT_ERRORS,
  ...TRAINING_ERRORS,
  ...TRANSFER_ERRORS,
  ...VOUCHER_ERRORS,
  ...WORK_ERRORS,
  ...FEEDBACK_ERRORS,
  ...PREFERENCE_ERRORS,
  ...PRIVACY_ERRORS,
} as const satisfies ErrorTable;

/** A closed union: a mistyped code does not compile (issue 15 item 4). */
export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

export function lookupError(code: string): { status: number; title: string } {
  return isErrorCode(code) ? ERRORS[code] : ERRORS.internal;
}

export function allErrorCodes(): string[] {
  return Object.keys(ERRORS);
}

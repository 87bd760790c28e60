import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from "libphonenumber-js/max";

/** Why a phone number was refused; stable codes (the API maps them to Dutch field messages). */
export type PhoneReason = "phone.format" | "phone.length" | "phone.unknown";

/** Result of {@link normalizePhone}. */
export type PhoneResult =
  | {
      ok: true;
      /** E.164, as stored. */
      value: string;
      /** ISO 3166 country of the number, or null where the calling code spans several. */
      country: string | null;
      /** true: a mobile (gets SMS); false: a landline or service number (no SMS); null: the plan cannot tell (e.g. US). */
      mobile: boolean | null;
      /** National format for display, e.g. "0470 12 34 56". */
      national: string;
    }
  | { ok: false; reason: PhoneReason };

// What a person may type: a number that starts with + or 0 (trunk or 00), digits and the separators
// people write. Without either it is not a phone number as people write one here ("12345").
const TYPED = /^(\+|0)[\d\s().\-/]*$/;

/**
 * Workers get assignments by SMS, clients a sign-in code (DESIGN, API.md auth codes): a phone is
 * checked the way the telecom world does, with libphonenumber's full ("max") metadata, so a number
 * in an unallocated range or of the wrong length for its area code is refused, and only a number
 * the numbering plan calls MOBILE is sent SMS. National input is read in `defaultCountry` (BE);
 * "+32 (0)470…", "0032…" and a trunk 0 after the country code ("+32 0470…") are understood.
 */
export function normalizePhone(input: string, defaultCountry: CountryCode = "BE"): PhoneResult {
  const typed = input.trim();
  if (!TYPED.test(typed) || !/\d/.test(typed)) return { ok: false, reason: "phone.format" };
  const length = validatePhoneNumberLength(typed, defaultCountry);
  if (length === "NOT_A_NUMBER" || length === "INVALID_COUNTRY") return { ok: false, reason: "phone.format" };
  if (length) return { ok: false, reason: "phone.length" };
  const parsed = parsePhoneNumberFromString(typed, defaultCountry);
  if (!parsed) return { ok: false, reason: "phone.format" };
  if (!parsed.isValid()) return { ok: false, reason: parsed.isPossible() ? "phone.unknown" : "phone.length" };
  const type = parsed.getType();
  return {
    ok: true,
    value: parsed.number,
    country: parsed.country ?? null,
    mobile: type === "MOBILE" ? true : type === "FIXED_LINE_OR_MOBILE" || type === undefined ? null : false,
    national: parsed.formatNational(),
  };
}

/** A stored E.164 number in its national display form ("0470 12 34 56"); the input unchanged if it cannot be read. */
export function formatPhoneNational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatNational() : e164;
}

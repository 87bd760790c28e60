/** Countries whose national format (leading 0) we understand. */
export type PhoneCountry = "BE" | "NL" | "FR";

/** Result of {@link normalizePhone}. */
export type PhoneResult =
  | { ok: true; value: string; country: PhoneCountry | null; mobile: boolean | null }
  | { ok: false; reason: "phone.format" | "phone.length" };

const CALLING_CODE: Record<PhoneCountry, string> = { BE: "32", NL: "31", FR: "33" };

// National significant number rules per country; mobile prefixes for SMS delivery.
const RULES: Record<PhoneCountry, { lengths: number[]; mobile: RegExp }> = {
  BE: { lengths: [8, 9], mobile: /^4[5-9]\d{7}$/ },
  NL: { lengths: [9], mobile: /^6\d{8}$/ },
  FR: { lengths: [9], mobile: /^[67]\d{8}$/ },
};

/** Workers get assignments by SMS (DESIGN, API.md auth codes): store phones as E.164; BE/NL/FR national formats, 00- and +-prefixed input. */
export function normalizePhone(input: string, defaultCountry: PhoneCountry = "BE"): PhoneResult {
  let s = input.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(s)) return { ok: false, reason: "phone.format" };
  // "+32 (0)470 ..." : the (0) trunk prefix is written but not dialled.
  s = s.replace(/\(0\)/g, "").replace(/[\s().\-/]/g, "");
  let international: string;
  if (s.startsWith("+")) international = s.slice(1);
  else if (s.startsWith("00")) international = s.slice(2);
  else if (s.startsWith("0")) international = CALLING_CODE[defaultCountry] + s.slice(1);
  else return { ok: false, reason: "phone.format" };
  if (!/^[1-9]\d*$/.test(international)) return { ok: false, reason: "phone.format" };

  for (const country of Object.keys(CALLING_CODE) as PhoneCountry[]) {
    const cc = CALLING_CODE[country];
    if (!international.startsWith(cc)) continue;
    const nsn = international.slice(cc.length);
    const rule = RULES[country];
    if (nsn.startsWith("0") || !rule.lengths.includes(nsn.length)) return { ok: false, reason: "phone.length" };
    return { ok: true, value: "+" + international, country, mobile: rule.mobile.test(nsn) };
  }
  // Other countries: E.164 allows at most 15 digits; fewer than 8 is not a real subscriber number.
  if (international.length < 8 || international.length > 15) return { ok: false, reason: "phone.length" };
  return { ok: true, value: "+" + international, country: null, mobile: null };
}

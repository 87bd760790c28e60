// Self-contained GSM 03.38 helpers. The domain package will own the canonical version later;
// this copy exists so notify does not depend on a package that is still being written.

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION = "\f^{}\\[~]|€";

const basicSet = new Set(Array.from(BASIC));
const extensionSet = new Set(Array.from(EXTENSION));

/** Characters outside GSM-7 that have an obvious GSM-7 spelling. */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ë: "e", ê: "e", ē: "e", ė: "e", ę: "e", Ë: "E", Ê: "E", È: "E",
  ï: "i", î: "i", í: "i", Ï: "I", Î: "I", Í: "I", Ì: "I",
  ô: "o", ó: "o", õ: "o", œ: "oe", Ô: "O", Ó: "O", Ò: "O", Õ: "O", Œ: "OE",
  ç: "c", ć: "c", č: "c", Ć: "C", Č: "C",
  â: "a", á: "a", ã: "a", À: "A", Â: "A", Á: "A", Ã: "A",
  û: "u", ú: "u", Û: "U", Ú: "U", Ù: "U",
  ý: "y", ÿ: "y", Ý: "Y", Ÿ: "Y",
  š: "s", Š: "S", ž: "z", Ž: "Z", ł: "l", Ł: "L", ń: "n", ś: "s", ź: "z", ż: "z",
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u2032": "'", "`": "'", "´": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "«": '"', "»": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u2026": "...",
  "\u00A0": " ", "\u202F": " ", "\u2007": " ", "\u2009": " ", "\t": " ",
  "\u200B": "", "\u200C": "", "\u200D": "", "\uFEFF": "",
  "•": "-", "·": ".",
};

export function isGsm7Char(ch: string): boolean {
  return basicSet.has(ch) || extensionSet.has(ch);
}

/** True when every character can be sent in the GSM-7 alphabet (basic table or extension). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!isGsm7Char(ch)) return false;
  return true;
}

/**
 * Number of septets the text takes in GSM-7: extension characters (^{}\[~]|€ and form feed)
 * take two. Throws for text that is not GSM-7, because its length would be counted in UCS-2.
 */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const ch of text) {
    if (basicSet.has(ch)) length += 1;
    else if (extensionSet.has(ch)) length += 2;
    else throw new RangeError(`not a GSM-7 character: U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return length;
}

/**
 * Rewrites text so that it fits the GSM-7 alphabet: keeps GSM-7 characters (é, è, ü, à ... are
 * in the basic table), transliterates the usual French/Dutch accents and typographic quotes,
 * strips other diacritics, and replaces anything else by "?".
 */
export function toGsm7(text: string): string {
  let out = "";
  for (const ch of text) {
    if (isGsm7Char(ch)) {
      out += ch;
      continue;
    }
    const mapped = TRANSLITERATION[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const stripped = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out += stripped !== "" && isGsm7(stripped) ? stripped : "?";
  }
  return out;
}

/** Hard limit of one single-part GSM-7 SMS. */
export const SMS_MAX_GSM7 = 160;

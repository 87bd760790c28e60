// GSM 03.38 default alphabet (one septet each). \u001b (escape) is excluded: it only prefixes extension chars.
const GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// GSM 03.38 extension table: escape + char, two septets each.
const GSM7_EXTENSION = "\f^{}\\[~]|€";

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

/** Single-part limits: 160 GSM-7 septets or 70 UCS-2 units; multipart parts lose 7 / 3 to the header. */
export const SMS_LIMITS = { gsm7Single: 160, gsm7Part: 153, ucs2Single: 70, ucs2Part: 67 } as const;

/** Workers have basic phones (DESIGN): true when every character is in the GSM-7 alphabet or its extension. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

/** Length in septets (extension chars ^{}\[~]|€ count 2); null when the text is not GSM-7. */
export function gsm7Length(text: string): number | null {
  let n = 0;
  for (const ch of text) {
    if (BASIC.has(ch)) n += 1;
    else if (EXTENSION.has(ch)) n += 2;
    else return null;
  }
  return n;
}

// UCS-2 length: UTF-16 code units (an emoji takes 2).
function ucs2Length(text: string): number {
  return text.length;
}

/** Cost control: one SMS holds 160 GSM-7 septets, or 70 UCS-2 units as soon as one character is not GSM-7. */
export function fitsOneSms(text: string): boolean {
  const g = gsm7Length(text);
  return g !== null ? g <= SMS_LIMITS.gsm7Single : ucs2Length(text) <= SMS_LIMITS.ucs2Single;
}

/** Cost estimate: encoding and number of parts; an escape pair or surrogate pair is never split over parts. */
export function smsSegments(text: string): { encoding: "gsm7" | "ucs2"; units: number; segments: number } {
  const gsm = isGsm7(text);
  const units = gsm ? (gsm7Length(text) ?? 0) : ucs2Length(text);
  const single = gsm ? SMS_LIMITS.gsm7Single : SMS_LIMITS.ucs2Single;
  const part = gsm ? SMS_LIMITS.gsm7Part : SMS_LIMITS.ucs2Part;
  if (units === 0) return { encoding: gsm ? "gsm7" : "ucs2", units, segments: 0 };
  if (units <= single) return { encoding: gsm ? "gsm7" : "ucs2", units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const ch of text) {
    const cost = gsm ? (EXTENSION.has(ch) ? 2 : 1) : ch.length;
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding: gsm ? "gsm7" : "ucs2", units, segments };
}

// Common typographic and accented characters of Dutch/French (and newcomers') texts that GSM-7 lacks.
const TRANSLITERATION: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u2022": "-",
  "\u00B7": ".",
  "\u00A0": " ",
  "\u202F": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\t": " ",
  // Zero-width characters pasted from other apps: nothing to send.
  "\u200B": "",
  "\u200C": "",
  "\u200D": "",
  "\uFEFF": "",
  ë: "e",
  ê: "e",
  ē: "e",
  ė: "e",
  ę: "e",
  ï: "i",
  î: "i",
  í: "i",
  ô: "o",
  ó: "o",
  õ: "o",
  û: "u",
  ú: "u",
  â: "a",
  á: "a",
  ã: "a",
  ç: "c",
  ć: "c",
  č: "c",
  ÿ: "y",
  ý: "y",
  š: "s",
  ś: "s",
  ž: "z",
  ź: "z",
  ż: "z",
  ń: "n",
  È: "E",
  Ê: "E",
  Ë: "E",
  Ï: "I",
  Î: "I",
  Í: "I",
  Ì: "I",
  Ô: "O",
  Ó: "O",
  Ò: "O",
  Õ: "O",
  Û: "U",
  Ú: "U",
  Ù: "U",
  Â: "A",
  À: "A",
  Á: "A",
  Ã: "A",
  Ÿ: "Y",
  Ý: "Y",
  Ć: "C",
  Č: "C",
  Š: "S",
  Ž: "Z",
  œ: "oe",
  Œ: "OE",
  ĳ: "ij",
  Ĳ: "IJ",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
};

/** Keep SMS to workers in one cheap GSM-7 part: transliterate quotes, dashes, ë/ï/ô/ç…; anything else unknown becomes "?". */
export function toGsm7(text: string): string {
  let out = "";
  for (const ch of text) {
    if (BASIC.has(ch) || EXTENSION.has(ch)) out += ch;
    else if (TRANSLITERATION[ch] !== undefined) out += TRANSLITERATION[ch];
    else {
      // Drop combining accents (ś → s); keep the result only if it is GSM-7 now.
      const stripped = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += stripped.length > 0 && isGsm7(stripped) ? stripped : "?";
    }
  }
  return out;
}

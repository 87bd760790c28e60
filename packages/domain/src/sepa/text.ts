/**
 * SEPA character set (EPC "Latin" basic set): a-z A-Z 0-9 / - ? : ( ) . , ' + space.
 * Everything else is transliterated or replaced, so banks never reject a file for a name like "Dupré & Zonen".
 */
const SPECIAL: Record<string, string> = {
  "&": "+",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  þ: "th",
  Þ: "TH",
  "€": "EUR",
  "’": "'",
  "‘": "'",
  "`": "'",
  "´": "'",
  '"': "'",
  "“": "'",
  "”": "'",
  "–": "-",
  "—": "-",
  _: "-",
};

const ALLOWED = /[A-Za-z0-9/\-?:().,'+ ]/;

export function toSepaText(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFD")) {
    if (/\p{M}/u.test(ch)) continue; // combining accent left over from é → e + ´
    const mapped = SPECIAL[ch];
    if (mapped !== undefined) {
      out += mapped;
    } else if (ALLOWED.test(ch)) {
      out += ch;
    } else {
      out += " ";
    }
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Transliterate, then cut to `max` characters (after transliteration, so "ß"→"ss" is counted). */
export function sepaText(input: string, max: number): string {
  return toSepaText(input).slice(0, max).trim();
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Integer cents → "1234.50", no floating point involved. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount must be an integer number of cents: ${cents}`);
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${neg ? "-" : ""}${euros}.${rest < 10 ? "0" : ""}${rest}`;
}

/** "1234.5" / "1234.50" / "1234" → 123450; null when not a plain decimal with at most 2 fraction digits. */
export function decimalToCents(s: string): number | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return null;
  const euros = Number(m[2]);
  const frac = (m[3] ?? "").padEnd(2, "0");
  const cents = euros * 100 + Number(frac);
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === "-" ? -cents : cents;
}

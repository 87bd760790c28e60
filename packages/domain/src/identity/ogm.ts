import { mod97 } from "./mod97.ts";

/** Result of {@link parseOgm}. */
export type OgmResult = { ok: true; digits: string; base: string; check: number; formatted: string } | { ok: false; reason: "ogm.format" | "ogm.checksum" };

// The OGM check: base mod 97, with 0 written as 97.
function ogmCheck(base: string): number {
  return mod97(base) || 97;
}

// "+++ddd/dddd/ddddd+++" from 12 digits.
function formatOgm(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Payments are matched by Belgian structured communication (API.md voucher orders paymentReference): 10-digit base (or a sequence number) + mod-97 check. */
export function makeOgm(base: string | number): string {
  let b: string;
  if (typeof base === "number") {
    if (!Number.isSafeInteger(base) || base < 0 || base > 9_999_999_999) throw new RangeError("ogm.base_out_of_range");
    b = String(base).padStart(10, "0");
  } else {
    b = base;
    if (!/^\d{10}$/.test(b)) throw new RangeError("ogm.base_out_of_range");
  }
  return formatOgm(b + String(ogmCheck(b)).padStart(2, "0"));
}

/** Bank statements and people write the OGM as +++…+++, ***…*** or bare digits; accept all and verify the check. */
export function parseOgm(input: string): OgmResult {
  let s = input.trim();
  const m = /^(\+{3}|\*{3})(.*)\1$/.exec(s);
  if (m) s = m[2] ?? "";
  s = s.replace(/[\s/.-]/g, "");
  if (!/^\d{12}$/.test(s)) return { ok: false, reason: "ogm.format" };
  const base = s.slice(0, 10);
  const check = Number(s.slice(10));
  if (ogmCheck(base) !== check) return { ok: false, reason: "ogm.checksum" };
  return { ok: true, digits: s, base, check, formatted: formatOgm(s) };
}

/** Boolean form of {@link parseOgm} for quick filters (CODA matching). */
export function isValidOgm(input: string): boolean {
  return parseOgm(input).ok;
}

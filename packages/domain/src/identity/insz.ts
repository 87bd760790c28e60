import { DateTime } from "luxon";
import { mod97 } from "./mod97.ts";

/** Why an INSZ / rijksregisternummer was refused; stable codes. */
export type NationalNumberReason = "insz.format" | "insz.date" | "insz.sequence" | "insz.checksum";

/** Result of {@link validateNationalNumber}. */
export type NationalNumberResult =
  | {
      ok: true;
      /** Normalized: 11 digits, no separators. */
      value: string;
      /** "insz" = rijksregisternummer; "bis" = BIS number (month + 20 or + 40). */
      kind: "insz" | "bis";
      /** "YYYY-MM-DD" when the number encodes a full birth date (month/day 00 = unknown). */
      birthDate?: string;
    }
  | { ok: false; reason: NationalNumberReason };

/** Workers and private clients are identified by INSZ (API.md POST /v1/workers): 11 digits, mod-97 check for births before and from 2000, BIS numbers too. */
export function validateNationalNumber(input: string): NationalNumberResult {
  const value = input.replace(/[\s.\-/]/g, "");
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: "insz.format" };

  const first9 = value.slice(0, 9);
  const check = Number(value.slice(9));
  const born19xx = 97 - mod97(first9) === check;
  const born20xx = 97 - mod97("2" + first9) === check;
  if (!born19xx && !born20xx) return { ok: false, reason: "insz.checksum" };

  const yy = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const seq = Number(value.slice(6, 9));
  let kind: "insz" | "bis" = "insz";
  // BIS numbers: +40 when the sex is known at registration, +20 when not.
  if (month >= 40) {
    month -= 40;
    kind = "bis";
  } else if (month >= 20) {
    month -= 20;
    kind = "bis";
  }
  if (month > 12 || day > 31) return { ok: false, reason: "insz.date" };
  // Sequence 000 and 999 are never issued.
  if (seq === 0 || seq === 999) return { ok: false, reason: "insz.sequence" };

  const year = (born20xx ? 2000 : 1900) + yy;
  if (month === 0 || day === 0) return { ok: true, value, kind }; // birth date (partly) unknown
  const dt = DateTime.fromObject({ year, month, day }, { zone: "UTC" });
  if (!dt.isValid) return { ok: false, reason: "insz.date" };
  return { ok: true, value, kind, birthDate: dt.toFormat("yyyy-MM-dd") };
}

/** Display form "YY.MM.DD-SSS.CC" used on Belgian documents; input must be a valid number. */
export function formatNationalNumber(input: string): string {
  const r = validateNationalNumber(input);
  if (!r.ok) throw new RangeError(r.reason);
  const v = r.value;
  return `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}`;
}

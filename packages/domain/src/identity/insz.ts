import { DateTime } from "luxon";
import { brusselsDateOf } from "../time/brussels.ts";
import { mod97 } from "./mod97.ts";

/** Why an INSZ / rijksregisternummer was refused; stable codes. */
export type NationalNumberReason = "insz.format" | "insz.date" | "insz.future" | "insz.sequence" | "insz.checksum";

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

/**
 * Workers and private clients are identified by INSZ (API.md POST /v1/workers): 11 digits, a mod-97
 * check over the first nine digits (born before 2000) or over "2" + those digits (born from 2000),
 * BIS numbers too (month + 20 or + 40). The check digits choose the century, so a number whose only
 * valid reading puts the birth after `today` (Europe/Brussels) is refused: it is a mistyped number
 * of someone born last century. Forms accepted with an unknown birth date: see the package README.
 */
export function validateNationalNumber(input: string, today: string = brusselsDateOf(new Date())): NationalNumberResult {
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
  // Month 00: birth date unknown; the registry then uses the day digits as a counter (any 00–99).
  if (month > 12 || (month > 0 && day > 31)) return { ok: false, reason: "insz.date" };
  // Sequence 000 and 999 are never issued (odd 001–997 for men, even 002–998 for women).
  if (seq === 0 || seq === 999) return { ok: false, reason: "insz.sequence" };

  const year = (born20xx ? 2000 : 1900) + yy;
  if (month === 0 || day === 0) {
    // Birth date (partly) unknown: what is known (the year, or year and month) may not lie ahead.
    const earliest = `${year}-${String(Math.max(month, 1)).padStart(2, "0")}-01`;
    return earliest > today ? { ok: false, reason: "insz.future" } : { ok: true, value, kind };
  }
  const dt = DateTime.fromObject({ year, month, day }, { zone: "UTC" });
  if (!dt.isValid) return { ok: false, reason: "insz.date" };
  const birthDate = dt.toFormat("yyyy-MM-dd");
  if (birthDate > today) return { ok: false, reason: "insz.future" };
  return { ok: true, value, kind, birthDate };
}

/** Display form "YY.MM.DD-SSS.CC" used on Belgian documents; input must be a valid number. */
export function formatNationalNumber(input: string): string {
  const r = validateNationalNumber(input);
  if (!r.ok) throw new RangeError(r.reason);
  const v = r.value;
  return `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}`;
}

import { mod97 } from "@wijkwerk/domain";
import type { Random } from "./random.ts";

/**
 * Generators for valid Belgian identifiers, built with the check-digit rules that
 * @wijkwerk/domain validates (the seed test runs every generated value through the validators).
 */

/** INSZ for a birth date; `bis` adds 40 to the month like a BIS number of a newcomer. */
export function makeInsz(birth: { year: number; month: number; day: number }, seq: number, bis = false): string {
  const yy = String(birth.year % 100).padStart(2, "0");
  const mm = String(birth.month + (bis ? 40 : 0)).padStart(2, "0");
  const first9 = `${yy}${mm}${String(birth.day).padStart(2, "0")}${String(seq).padStart(3, "0")}`;
  const check = 97 - mod97(birth.year >= 2000 ? "2" + first9 : first9);
  return first9 + String(check).padStart(2, "0");
}

// Bank identifiers of real Belgian banks (first three digits of the account).
const BANK_CODES = ["001", "063", "068", "083", "103", "363", "651", "731", "734", "751", "973", "979"];

export function makeBeIban(rng: Random): string {
  const first10 = rng.pick(BANK_CODES) + rng.digits(7);
  const account = first10 + String(mod97(first10) || 97).padStart(2, "0");
  // ISO 13616: move "BE00" to the end (B=11, E=14) and take 98 − mod 97.
  const check = 98 - mod97(account + "111400");
  return `BE${String(check).padStart(2, "0")}${account}`;
}

export function makeKbo(rng: Random): string {
  const first8 = "0" + rng.pick(["2", "4", "4", "4", "8", "8"]) + rng.digits(6);
  return first8 + String(97 - mod97(first8)).padStart(2, "0");
}

/** Belgian mobile in E.164: +32 4[5-9]x xx xx xx. */
export function makeMobile(rng: Random): string {
  return `+324${rng.int(5, 9)}${rng.digits(7)}`;
}

/** Gent landline in E.164 (zone 09). */
export function makeGentLandline(rng: Random): string {
  return `+329${rng.int(2, 3)}${rng.digits(6)}`;
}

/** A unique value from a generator: retries on the (rare) collision. */
export function unique<T>(seen: Set<T>, make: () => T): T {
  for (;;) {
    const v = make();
    if (!seen.has(v)) {
      seen.add(v);
      return v;
    }
  }
}

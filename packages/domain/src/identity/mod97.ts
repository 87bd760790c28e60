/** Remainder mod 97 of a digit string of any length, without floating point (used by INSZ, KBO, OGM, BE accounts). */
export function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d > 9) throw new RangeError("identity.not_digits");
    r = (r * 10 + d) % 97;
  }
  return r;
}

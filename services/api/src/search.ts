/**
 * What a person types in a search box, made safe for ILIKE: `%` and `_` are letters to them, not
 * wildcards. One helper so every list's `q` behaves the same.
 */
export function containsPattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Phones are stored as E.164 (+32470…); people type 0470 12 34 56. The digits after the trunk 0,
 * or null when too few to search on.
 */
export function phoneDigits(q: string): string | null {
  const digits = q.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length >= 3 ? digits : null;
}

/** An INSZ as people type it (85.07.30-033.28 or 85073003328): its 11 digits, or null when it is not one. */
export function nationalNumberOf(q: string): string | null {
  const digits = q.replace(/[\s.-]/g, "");
  return /^\d{11}$/.test(digits) ? digits : null;
}

import { CodaParseError } from "./types.ts";

/**
 * The fixed-width fields of a CODA record (128 characters): text, numbers, DDMMYY dates and signed amounts.
 * Positions are 1-based as in the Febelfin spec; `col(line, from, to)` takes them as written.
 */

export function col(line: string, from: number, to: number): string {
  return line.slice(from - 1, to);
}

export function digits(lineNo: number, line: string, from: number, to: number, what: string): number {
  const s = col(line, from, to);
  if (!/^\d+$/.test(s)) throw new CodaParseError(lineNo, `${what} (positions ${from}-${to}) is not numeric: ${JSON.stringify(s)}`);
  return Number(s);
}

export function date(lineNo: number, line: string, from: number, what: string): string | undefined {
  const s = col(line, from, from + 5);
  if (s === "000000") return undefined;
  if (!/^\d{6}$/.test(s)) throw new CodaParseError(lineNo, `${what} (position ${from}) is not DDMMYY: ${JSON.stringify(s)}`);
  const dd = Number(s.slice(0, 2));
  const mm = Number(s.slice(2, 4));
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) throw new CodaParseError(lineNo, `${what} is not a date: ${s}`);
  return `20${s.slice(4, 6)}-${s.slice(2, 4)}-${s.slice(0, 2)}`;
}

export function requiredDate(lineNo: number, line: string, from: number, what: string): string {
  const d = date(lineNo, line, from, what);
  if (d === undefined) throw new CodaParseError(lineNo, `${what} is missing`);
  return d;
}

/** Sign digit (0 = credit, 1 = debit) followed by 15 digits with 3 decimals. */
export function signedMillis(lineNo: number, line: string, signPos: number, what: string): number {
  const sign = col(line, signPos, signPos);
  if (sign !== "0" && sign !== "1") throw new CodaParseError(lineNo, `${what} sign (position ${signPos}) must be 0 or 1, got ${JSON.stringify(sign)}`);
  const abs = digits(lineNo, line, signPos + 1, signPos + 15, what);
  return sign === "1" ? -abs : abs;
}

export function codaMillisToCents(millis: number): number {
  const abs = Math.abs(millis);
  const cents = Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0);
  return millis < 0 ? -cents : cents;
}

export function formatCodaStructuredReference(twelveDigits: string): string {
  return `+++${twelveDigits.slice(0, 3)}/${twelveDigits.slice(3, 7)}/${twelveDigits.slice(7, 12)}+++`;
}

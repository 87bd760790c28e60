import { makeOgm, parseOgm } from "../identity/ogm.ts";

/**
 * OGM bases are split in two ranges so that a reference can never point at two things:
 * - 0 000 000 001 … 8 999 999 999: one-off references of voucher orders and agreement fees, handed out by
 *   the tenant counter "ogm" (1, 2, 3, …; {@link sequenceOgm} refuses anything above this range);
 * - 9 000 000 000 + client number: the client's PERMANENT reference (gebruikersnummer), the same for
 *   every payment of that client. Client numbers are below 1 000 000 000, so the base stays 10 digits.
 * A base starting with 9 is therefore always a client, and never an order or a fee.
 */
export const PERMANENT_OGM_BASE = 9_000_000_000;
export const SEQUENCE_OGM_MAX = PERMANENT_OGM_BASE - 1;
export const CLIENT_NUMBER_MAX = 999_999_999;

/** One-off OGM of an order or a fee from the tenant counter (never in the permanent range). */
export function sequenceOgm(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > SEQUENCE_OGM_MAX) throw new RangeError("ogm.sequence_out_of_range");
  return makeOgm(n);
}

/** The client's permanent OGM: base 9 000 000 000 + client number, check mod 97 as any OGM. */
export function permanentOgm(clientNumber: number): string {
  if (!Number.isSafeInteger(clientNumber) || clientNumber < 1 || clientNumber > CLIENT_NUMBER_MAX) throw new RangeError("ogm.client_number_out_of_range");
  return makeOgm(PERMANENT_OGM_BASE + clientNumber);
}

/** The client number a valid permanent OGM stands for; null for a one-off reference or an invalid one. */
export function clientNumberOfOgm(reference: string): number | null {
  const p = parseOgm(reference);
  if (!p.ok) return null;
  const base = Number(p.base);
  return base > PERMANENT_OGM_BASE ? base - PERMANENT_OGM_BASE : null;
}

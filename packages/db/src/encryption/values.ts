import { keyring } from "@wijkwerk/crypto";
import { maskIban, maskNationalNumber } from "@wijkwerk/domain";

/**
 * Issue 20: what a write stores for an INSZ or an IBAN — the envelope in the column of old, its
 * keyed hash and its masked form next to it (0058). Reads decrypt with revealValue only where the
 * full value is needed (SEPA files, the audited reveal route).
 */

/** The INSZ as the lookup hash takes it: its 11 digits. */
const inszDigits = (value: string) => value.replace(/\D/g, "");

/** Exact lookup and uniqueness (national_number_hmac) of an INSZ, typed with or without dots. */
export function nationalNumberHash(value: string): string {
  return keyring().lookupHash("insz", inszDigits(value));
}

/**
 * What an INSZ may be stored under while LOOKUP_HMAC_KEY rotates: the current key's hash and the
 * previous key's. Searches and duplicate checks match any of them (docs/ENCRYPTION.md).
 */
export function nationalNumberHashes(value: string): string[] {
  return keyring().lookupHashes("insz", inszDigits(value));
}

export function sealNationalNumber(value: string): { nationalNumber: string; nationalNumberHmac: string; nationalNumberMasked: string };
export function sealNationalNumber(value: string | null): {
  nationalNumber: string | null;
  nationalNumberHmac: string | null;
  nationalNumberMasked: string | null;
};
export function sealNationalNumber(value: string | null) {
  if (value === null) return { nationalNumber: null, nationalNumberHmac: null, nationalNumberMasked: null };
  return { nationalNumber: keyring().encrypt(value), nationalNumberHmac: nationalNumberHash(value), nationalNumberMasked: maskNationalNumber(value) };
}

/** An account: its envelope and its masked form ("BE68 **** **** 7034"). */
export function sealIban(value: string): { envelope: string; masked: string } {
  return { envelope: keyring().encrypt(value), masked: maskIban(value) };
}

/** The full value of a stored column: an envelope is decrypted, plain text (before the data migration) passes. */
export function revealValue(stored: string): string;
export function revealValue(stored: string | null): string | null;
export function revealValue(stored: string | null): string | null {
  return stored === null ? null : keyring().reveal(stored);
}

/** Free text (coaching notes) and secrets (TOTP): the envelope only. */
export function sealText(value: string): string {
  return keyring().encrypt(value);
}

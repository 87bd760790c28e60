import { isEnvelope } from "@wijkwerk/crypto";

/**
 * Issue 20: the masked form of an encrypted column, as stored next to it (0058). A row written
 * before the data migration ran still holds plain text: masked here; an envelope without its
 * masked form shows nothing of the value. Never decrypts.
 */
export function storedMask(masked: string | null, stored: string, mask: (plain: string) => string): string;
export function storedMask(masked: string | null, stored: string | null, mask: (plain: string) => string): string | null;
export function storedMask(masked: string | null, stored: string | null, mask: (plain: string) => string): string | null {
  if (stored === null) return null;
  if (masked !== null) return masked;
  return isEnvelope(stored) ? "***" : mask(stored);
}

import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: read aloud over the phone or copied from a note without mistakes.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A one-time password an admin hands over in person or by phone (four groups of four, 80 bits). */
export function temporaryPassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")).join("-");
}

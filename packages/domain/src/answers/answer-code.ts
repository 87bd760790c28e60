/**
 * The short answer code of a proposal (issue 17, "one tap from an SMS"): `https://<host>/j/<code>`.
 * 8 characters from an alphabet of 32 that a person cannot misread (no 0/O, no 1/I): 8 × 5 = 40 bits.
 * Generating it needs randomness (the API does that); reading it back is this pure rule.
 */
export const ANSWER_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const ANSWER_CODE_LENGTH = 8;

/** The code as linked or typed, in upper case; undefined when it cannot be a code (length, alphabet). */
export function normaliseAnswerCode(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  if (code.length !== ANSWER_CODE_LENGTH) return undefined;
  for (const ch of code) if (!ANSWER_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** A code from random bytes (at least ANSWER_CODE_LENGTH of them): each byte picks one character, unbiased by rejection. */
export function answerCodeFromBytes(bytes: Uint8Array): string | undefined {
  const n = ANSWER_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = "";
  for (const b of bytes) {
    if (b >= limit) continue;
    out += ANSWER_CODE_ALPHABET[b % n];
    if (out.length === ANSWER_CODE_LENGTH) return out;
  }
  return undefined;
}

/** Bits of entropy of one code: log2(alphabet^length). */
export const ANSWER_CODE_BITS = ANSWER_CODE_LENGTH * Math.log2(ANSWER_CODE_ALPHABET.length);

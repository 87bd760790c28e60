/**
 * Issue 17, "answer by replying": what a worker's SMS reply means. JA/NEE (nl), OUI/NON (fr),
 * YES/NO (en); case, accents, surrounding whitespace and punctuation are ignored ("Ja!", " nee ",
 * "NON.", "Oui !"). STOP (any language) opts out of SMS, START opts back in. Anything else is unclear: the worker gets
 * one helpful SMS back.
 */
export type SmsReplyMeaning =
  | { kind: "accept"; language: "nl" | "fr" | "en" }
  | { kind: "decline"; language: "nl" | "fr" | "en" }
  | { kind: "stop" }
  | { kind: "start" }
  | { kind: "unclear" };

const WORDS: Record<string, SmsReplyMeaning> = {
  JA: { kind: "accept", language: "nl" },
  NEE: { kind: "decline", language: "nl" },
  OUI: { kind: "accept", language: "fr" },
  NON: { kind: "decline", language: "fr" },
  YES: { kind: "accept", language: "en" },
  NO: { kind: "decline", language: "en" },
  STOP: { kind: "stop" },
  // Issue 20: the way back after STOP.
  START: { kind: "start" },
};

/** The text without accents, punctuation or surrounding space, in upper case: "  Oui ! " → "OUI". */
export function normaliseSmsReply(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

export function parseSmsReply(text: string): SmsReplyMeaning {
  return WORDS[normaliseSmsReply(text)] ?? { kind: "unclear" };
}

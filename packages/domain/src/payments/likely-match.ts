import { parseOgm } from "../identity/ogm.ts";

/** Why a payment probably belongs to something; the words finance reads next to the proposal. */
export type LikelyReason = "reference_in_text" | "one_digit" | "swapped_digits" | "client_number_in_text" | "name_and_amount";

export const LIKELY_REASON_TEXT: Record<LikelyReason, string> = {
  reference_in_text: "De mededeling van de bestelling staat in de vrije tekst",
  one_digit: "Eén cijfer verschilt",
  swapped_digits: "Twee cijfers staan omgewisseld",
  client_number_in_text: "Het klantnummer staat in de vrije tekst",
  name_and_amount: "Naam en bedrag kloppen",
};

// Strongest first: a reference written in full beats a typo, a typo beats a name.
const RANK: LikelyReason[] = ["reference_in_text", "one_digit", "swapped_digits", "client_number_in_text", "name_and_amount"];

/**
 * Valid OGMs one typing error away from what the payer wrote: one digit replaced, or two
 * neighbouring digits swapped. Only references that pass mod 97 are returned (a real reference
 * always does), so a typo of a check digit is found too. The reference itself is never returned.
 */
export function ogmNeighbours(written: string): { reference: string; reason: "one_digit" | "swapped_digits" }[] {
  const digits = written.replace(/\D/g, "");
  if (digits.length !== 12) return [];
  const out = new Map<string, "one_digit" | "swapped_digits">();
  const add = (d: string, reason: "one_digit" | "swapped_digits") => {
    const p = parseOgm(d);
    if (p.ok && d !== digits && !out.has(p.formatted)) out.set(p.formatted, reason);
  };
  for (let i = 0; i < 12; i++) {
    for (let v = 0; v <= 9; v++) add(digits.slice(0, i) + String(v) + digits.slice(i + 1), "one_digit");
  }
  for (let i = 0; i < 11; i++) {
    if (digits[i] === digits[i + 1]) continue;
    add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2), "swapped_digits");
  }
  return [...out].map(([reference, reason]) => ({ reference, reason }));
}

/** What looks like an OGM in a free text, valid or not (12 digits as 3/4/5 or in one run): a typo there is a typo too. */
export function writtenOgms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<!\d)(\d{3})[\s/.*+-]{0,3}(\d{4})[\s/.*+-]{0,3}(\d{5})(?!\d)/g)) out.add(`${m[1]}${m[2]}${m[3]}`);
  return [...out];
}

/** Valid OGMs written anywhere in a free text ("+++090/9337/55493+++", "090 9337 55493", "090933755493"). */
export function ogmsInText(text: string): string[] {
  return writtenOgms(text).flatMap((d) => {
    const p = parseOgm(d);
    return p.ok ? [p.formatted] : [];
  });
}

/** Client numbers named in a free text: only after a word that says so ("klantnummer 1234", "klant nr. 1234", "gebruikersnummer: 1234"). */
export function clientNumbersInText(text: string): number[] {
  const re = /\b(?:klant(?:en)?(?:nummer|nr)?|gebruiker(?:s)?(?:nummer|nr)?|client|user)\s*(?:n[r°o]\.?|nummer|number)?\s*[:.#]?\s*(\d{1,9})(?!\d)/gi;
  return [...new Set([...text.matchAll(re)].map((m) => Number(m[1])))].filter((n) => n > 0);
}

const words = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);

/** Whether every word of the name (2 letters or more) occurs in the text, in any order and case, accents ignored. */
export function nameInText(name: string, text: string): boolean {
  const need = words(name).filter((w) => w.length >= 2);
  if (need.length === 0) return false;
  const have = new Set(words(text));
  return need.every((w) => have.has(w));
}

export interface LikelyCandidate<T> {
  target: T;
  key: string;
  reason: LikelyReason;
}

/**
 * The one proposal to show: the strongest reason wins; when the strongest reason points at two
 * different things, nothing is proposed (finance links by hand rather than confirm a guess).
 */
export function pickLikelyMatch<T>(candidates: readonly LikelyCandidate<T>[]): LikelyCandidate<T> | null {
  for (const reason of RANK) {
    const same = candidates.filter((c) => c.reason === reason);
    const keys = new Set(same.map((c) => c.key));
    if (keys.size === 1) return same[0]!;
    if (keys.size > 1) return null;
  }
  return null;
}

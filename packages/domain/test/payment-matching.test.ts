import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  clientNumberOfOgm,
  clientNumbersInText,
  makeOgm,
  nameInText,
  ogmNeighbours,
  ogmsInText,
  parseOgm,
  permanentOgm,
  pickLikelyMatch,
  sequenceOgm,
  SEQUENCE_OGM_MAX,
  writtenOgms,
} from "../src/index.ts";

// Check digits from first principles (BigInt), independent of the code under test.
const ogmOf = (base: number) => {
  const b = String(base).padStart(10, "0");
  const c = Number(BigInt(b) % 97n) || 97;
  const d = b + String(c).padStart(2, "0");
  return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
};

describe("rule: a client's permanent OGM is 9 000 000 000 + client number, valid mod 97", () => {
  it("client 1234 pays with +++900/0001/23490+++ style references that pass mod 97", () => {
    expect(permanentOgm(1234)).toBe(ogmOf(9_000_001_234));
    expect(parseOgm(permanentOgm(1234)).ok).toBe(true);
    expect(clientNumberOfOgm(permanentOgm(1234))).toBe(1234);
    expect(clientNumberOfOgm(permanentOgm(1234).replace(/\D/g, ""))).toBe(1234);
  });
  it("refuses client numbers outside 1 … 999 999 999", () => {
    expect(() => permanentOgm(0)).toThrow(RangeError);
    expect(() => permanentOgm(1_000_000_000)).toThrow(RangeError);
  });
  it("rule: order and fee OGMs (the counter) can never be a permanent OGM", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: SEQUENCE_OGM_MAX }), fc.integer({ min: 1, max: 999_999_999 }), (n, client) => {
        expect(clientNumberOfOgm(sequenceOgm(n))).toBeNull();
        expect(sequenceOgm(n)).not.toBe(permanentOgm(client));
      }),
    );
    expect(() => sequenceOgm(SEQUENCE_OGM_MAX + 1)).toThrow(RangeError);
    expect(sequenceOgm(42)).toBe(makeOgm(42));
  });
  it("an invalid reference belongs to no client", () => {
    const bad = permanentOgm(77).replace(/\d(?=\+\+\+$)/, (d) => String((Number(d) + 1) % 10));
    expect(clientNumberOfOgm(bad)).toBeNull();
  });
});

describe("rule: an OGM one typing error away (one digit, or two neighbouring digits swapped) is a likely match", () => {
  const real = ogmOf(1_234_567);
  const digits = real.replace(/\D/g, "");
  it("finds the real reference when one digit is wrong (in the base or in the check)", () => {
    for (const i of [0, 4, 9, 11]) {
      const typo = digits.slice(0, i) + String((Number(digits[i]) + 3) % 10) + digits.slice(i + 1);
      expect(ogmNeighbours(typo)).toContainEqual({ reference: real, reason: "one_digit" });
    }
  });
  it("finds the real reference when two neighbouring digits are swapped", () => {
    const i = digits.search(/(\d)(?!\1)\d/);
    const typo = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    const hit = ogmNeighbours(typo).find((n) => n.reference === real);
    expect(hit).toBeDefined();
  });
  it("every neighbour passes mod 97 and the written reference itself is never proposed", () => {
    const ns = ogmNeighbours(real);
    expect(ns.every((n) => parseOgm(n.reference).ok)).toBe(true);
    expect(ns.map((n) => n.reference)).not.toContain(real);
  });
  it("a text that is not 12 digits has no neighbours", () => {
    expect(ogmNeighbours("factuur 12")).toEqual([]);
  });
});

describe("rule: a known reference, a client number or the client's name in the free text", () => {
  it("reads OGMs written with or without separators, valid ones only", () => {
    const ref = ogmOf(555);
    const d = ref.replace(/\D/g, "");
    expect(ogmsInText(`cheques ${ref} dank`)).toEqual([ref]);
    expect(ogmsInText(`bestelling ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`)).toEqual([ref]);
    expect(ogmsInText(`ref ${d}`)).toEqual([ref]);
    expect(ogmsInText("ref 123456789012")).toEqual([]);
  });
  it("reads a client number only after a word that names it", () => {
    expect(clientNumbersInText("Klantnummer 1234 cheques")).toEqual([1234]);
    expect(clientNumbersInText("klant nr. 88")).toEqual([88]);
    expect(clientNumbersInText("gebruikersnummer: 7")).toEqual([7]);
    expect(clientNumbersInText("10 cheques voor mei")).toEqual([]);
  });
  it("a name matches when all its words are there, any order, case and accents ignored", () => {
    expect(nameInText("Marie Janssens", "JANSSENS MARIE wijkwerk")).toBe(true);
    expect(nameInText("Renée Dubois", "dubois renee")).toBe(true);
    expect(nameInText("Marie Janssens", "Janssens Piet")).toBe(false);
    expect(nameInText("", "anything")).toBe(false);
  });
});

describe("rule: one proposal, the strongest reason; two different targets for it → no proposal", () => {
  it("prefers a written reference over a typo over a name", () => {
    const picked = pickLikelyMatch([
      { target: "a", key: "a", reason: "name_and_amount" },
      { target: "b", key: "b", reason: "one_digit" },
    ]);
    expect(picked?.target).toBe("b");
  });
  it("refuses to guess between two targets of equal strength", () => {
    expect(
      pickLikelyMatch([
        { target: "a", key: "a", reason: "one_digit" },
        { target: "b", key: "b", reason: "one_digit" },
      ]),
    ).toBeNull();
    expect(pickLikelyMatch([])).toBeNull();
  });
});

describe("rule: an OGM typed in the free text counts as written, valid or not", () => {
  it("finds 12-digit groups with or without separators", () => {
    expect(writtenOgms("ref +++123/4567/89012+++ en 111122223333")).toEqual(["123456789012", "111122223333"]);
    expect(writtenOgms("1234567890123")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitsOneSms, gsm7Length, isGsm7, smsSegments, toGsm7 } from "../src/sms/index.ts";

describe("GSM-7", () => {
  it.each([
    { text: "Hallo Jan, morgen om 9u bij mevr. Peeters?", gsm: true, len: 42 },
    { text: "Café, élève, à, ü, Ñ, ß, Ø", gsm: true, len: 26 },
    { text: "Prijs: 7,45 €", gsm: true, len: 14 },
    { text: "[a]{b}~|^\\", gsm: true, len: 18 },
    { text: "Tweeën", gsm: false, len: null },
    { text: "l’heure", gsm: false, len: null },
    { text: "ça", gsm: false, len: null },
    { text: "👍", gsm: false, len: null },
    { text: "", gsm: true, len: 0 },
  ])('DESIGN: SMS to basic phones: "$text" GSM-7 $gsm, $len septets', ({ text, gsm, len }) => {
    expect(isGsm7(text)).toBe(gsm);
    expect(gsm7Length(text)).toBe(len);
  });
  it.each([
    { text: "a".repeat(160), one: true },
    { text: "a".repeat(161), one: false },
    { text: "€".repeat(80), one: true },
    { text: "€".repeat(81), one: false },
    { text: "ë".repeat(70), one: true },
    { text: "ë".repeat(71), one: false },
    { text: "👍".repeat(35), one: true },
    { text: "👍".repeat(36), one: false },
  ])("fitsOneSms: 160 GSM-7 septets or 70 UCS-2 units (case $#)", ({ text, one }) => {
    expect(fitsOneSms(text)).toBe(one);
  });
  it.each([
    { text: "", encoding: "gsm7", segments: 0 },
    { text: "a".repeat(160), encoding: "gsm7", segments: 1 },
    { text: "a".repeat(161), encoding: "gsm7", segments: 2 },
    { text: "a".repeat(306), encoding: "gsm7", segments: 2 },
    { text: "a".repeat(307), encoding: "gsm7", segments: 3 },
    { text: "a".repeat(152) + "€" + "a".repeat(10), encoding: "gsm7", segments: 2 },
    { text: "ë".repeat(134), encoding: "ucs2", segments: 2 },
    { text: "ë".repeat(135), encoding: "ucs2", segments: 3 },
  ])("smsSegments: $encoding in $segments part(s) (case $#)", ({ text, encoding, segments }) => {
    expect(smsSegments(text)).toMatchObject({ encoding, segments });
  });
  it("an escape pair is not split over two parts", () => {
    // 152 + 2 + 152 = 306 septets fits 2 × 153 on paper, but € cannot straddle parts: it moves to part two.
    expect(smsSegments("a".repeat(152) + "€" + "a".repeat(152)).segments).toBe(3);
    expect(smsSegments("a".repeat(152) + "€" + "a".repeat(151)).segments).toBe(2);
  });
});

describe("toGsm7", () => {
  it.each([
    { input: "Dag Inès, ’s morgens om 9u.", out: "Dag Inès, 's morgens om 9u." },
    { input: "“Tuinonderhoud” – 2 uur…", out: '"Tuinonderhoud" - 2 uur...' },
    { input: "Tweeën, geïnteresseerd, coördinatie", out: "Tweeen, geinteresseerd, coördinatie" },
    { input: "Ça va? Garçon, hôpital, fenêtre, île, août", out: "Ça va? Garcon, hopital, fenetre, ile, aout" },
    { input: "Œuvre, cœur", out: "OEuvre, coeur" },
    { input: "Café à 7,45 €", out: "Café à 7,45 €" },
    { input: "Łódź", out: "Lodz" },
    { input: "ok 👍", out: "ok ?" },
    { input: "a\u00A0b", out: "a b" },
  ])('Dutch/French texts fit GSM-7: "$input"', ({ input, out }) => {
    expect(toGsm7(input)).toBe(out);
    expect(isGsm7(toGsm7(input))).toBe(true);
  });
  it("property: output is always GSM-7 and GSM-7 input is unchanged", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => isGsm7(toGsm7(s))));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ 019,.'\"éèàÄ€[]{}\n"), maxLength: 80 }), (s) => toGsm7(s) === s));
  });
});

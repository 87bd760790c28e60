import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stdnum } from "stdnum";
import { brusselsDateOf } from "../src/time/index.ts";
import { validateEnterpriseNumber, validateNationalNumber } from "../src/identity/index.ts";

/**
 * python-stdnum's JavaScript port as an independent oracle (issue 25): for generated INSZ, BIS and
 * KBO numbers our verdict equals stdnum's, except in the documented cases below (package README).
 */
// stdnum's index types every country as optional; Belgium is there.
const BE = stdnum.BE!;
const nn = BE.nn!,
  bis = BE.bis!,
  vat = BE.vat!;
const m97 = (digits: string): number => Number(BigInt(digits) % 97n);
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const today = brusselsDateOf(new Date());
const addDays = (iso: string, n: number) => new Date(Date.parse(iso + "T00:00:00Z") + n * 86_400_000).toISOString().slice(0, 10);

/** Months as written: real months, unknown (00), BIS +20/+40, and impossible ones. */
const monthField = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.integer({ min: 20, max: 32 }),
  fc.integer({ min: 40, max: 52 }),
  fc.integer({ min: 13, max: 99 }),
);
const dayField = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 31 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 32, max: 99 }) },
);
const checkVariant = fc.constantFrom("19xx", "20xx", "random");

const nationalNumber = fc
  .tuple(fc.integer({ min: 0, max: 99 }), monthField, dayField, fc.integer({ min: 0, max: 999 }), checkVariant, fc.integer({ min: 0, max: 99 }))
  .map(([yy, mm, dd, seq, variant, random]) => {
    const first9 = pad(yy, 2) + pad(mm, 2) + pad(dd, 2) + pad(seq, 3);
    const check = variant === "19xx" ? 97 - m97(first9) : variant === "20xx" ? 97 - m97("2" + first9) : random;
    return first9 + pad(check, 2);
  });

/** The cases where we knowingly differ from stdnum, each with its reason (packages/domain/README.md). */
function documentedException(n: string): string | null {
  const month = Number(n.slice(2, 4)) % 20; // BIS months +20/+40 fold back onto 0–12 (or stay > 12)
  const day = Number(n.slice(4, 6));
  const seq = Number(n.slice(6, 9));
  if (seq === 0 || seq === 999) return "sequence 000/999 is never issued: we refuse, stdnum does not check it";
  if (["00", "98", "99"].includes(n.slice(9)))
    return "check digits 00, 98, 99: the check is 97 − (n mod 97), so 1–97; stdnum accepts any check congruent mod 97";
  if (month >= 1 && month <= 12 && day === 0) return "day 00 with a known month (birth day unknown): the registry issues it, we accept, stdnum refuses";
  // stdnum's clock is "now + 1 day" in UTC; ours is today's date in Brussels.
  for (const century of ["19", "20"]) {
    const iso = `${century}${n.slice(0, 2)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (iso > addDays(today, -2) && iso <= addDays(today, 2)) return "birth date within a day of today: stdnum allows tomorrow";
  }
  return null;
}

describe("validateNationalNumber agrees with stdnum (issue 25, RULES §1 eligibility by INSZ)", () => {
  it("on 8,000 generated INSZ and BIS numbers, apart from the documented exceptions", () => {
    let agreed = 0;
    let excepted = 0;
    const disagreements: string[] = [];
    fc.assert(
      fc.property(nationalNumber, (n) => {
        const ours = validateNationalNumber(n).ok;
        const theirs = nn.validate(n).isValid || bis.validate(n).isValid;
        if (ours === theirs) agreed++;
        else if (documentedException(n)) excepted++;
        else disagreements.push(n);
      }),
      { numRuns: 8000 },
    );
    console.info(`INSZ/BIS vs stdnum: ${agreed} agreed, ${excepted} documented exceptions, ${disagreements.length} other of 8000`);
    expect(disagreements).toEqual([]);
    expect(agreed).toBeGreaterThan(7000);
  });

  it("refuses the issue's numbers whose only valid reading is a future birth date", () => {
    for (const n of ["90120781211", "29040784301", "58501808995"]) {
      expect(validateNationalNumber(n, "2026-12-05"), n).toEqual({ ok: false, reason: "insz.future" });
      expect(nn.validate(n).isValid || bis.validate(n).isValid, n).toBe(false);
    }
  });
});

describe("validateEnterpriseNumber agrees with stdnum's BE VAT (KBO)", () => {
  it("on 5,000 generated enterprise numbers (first digit 0 or 1, valid and invalid check digits)", () => {
    let agreed = 0;
    const disagreements: string[] = [];
    const kbo = fc
      .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 9_999_999 }), fc.boolean(), fc.integer({ min: 0, max: 99 }))
      .map(([first, rest, valid, random]) => {
        const first8 = String(first) + pad(rest, 7);
        return first8 + pad(valid ? 97 - m97(first8) : random, 2);
      });
    fc.assert(
      fc.property(kbo, (n) => {
        if (validateEnterpriseNumber(n).ok === vat.validate(n).isValid) agreed++;
        else disagreements.push(n);
      }),
      { numRuns: 5000 },
    );
    console.info(`KBO vs stdnum: ${agreed} of 5000 agreed`);
    expect(disagreements).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { gsm7Length, isGsm7, toGsm7 } from "../src/sms/index.ts";

// Moved from packages/notify with its own copy of the alphabet (issue 15: one GSM-7 module, the domain's).

describe("GSM-7 as notify uses it", () => {
  it("accepts the accents of the GSM 03.38 basic table", () => {
    expect(isGsm7("é è ù ì ò Ç Ø ø Å å Ä Ö Ñ Ü ä ö ñ ü à @ £ $ ¥ ß É Æ æ § ¿ ¡")).toBe(true);
  });

  it("rejects characters that would force UCS-2", () => {
    for (const ch of ["ë", "ï", "ê", "ô", "ç", "â", "û", "’", "“", "–", "…", "😀", "\u00A0"]) expect(isGsm7(ch)).toBe(false);
  });

  it("counts extension characters as two septets", () => {
    expect(gsm7Length("abc")).toBe(3);
    expect(gsm7Length("€ 7,45")).toBe(7);
    expect(gsm7Length("^{}\\[~]|€")).toBe(18);
  });

  it("does not count text that is not GSM-7 (it would be sent as UCS-2)", () => {
    expect(gsm7Length("Zoë")).toBeNull();
  });

  it("transliterates to GSM-7 and keeps what is already GSM-7", () => {
    expect(toGsm7("Zoë, Anaïs, fête, hôtel, garçon, âge, sûr")).toBe("Zoe, Anais, fete, hotel, garcon, age, sur");
    expect(toGsm7("D’hondt “zegt” 9–12 uur…")).toBe(`D'hondt "zegt" 9-12 uur...`);
    expect(toGsm7("café è ù à ü Ç")).toBe("café è ù à ü Ç");
    expect(toGsm7("Łódź 😀")).toBe("Lodz ?");
    expect(isGsm7(toGsm7("Ærøskøbing œuvre ÿ ž Ő ﬁ"))).toBe(true);
  });
});

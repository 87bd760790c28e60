import { describe, expect, it } from "vitest";
import { maskIban, maskNationalNumber, maskPersonalNumbers, redactUrlQuery } from "../src/identity/index.ts";

describe("masking personal numbers (issue 13 item 15)", () => {
  it.each([
    ["85073003328", "85.07.30-***.**"],
    ["85.07.30-033.28", "85.07.30-***.**"],
    ["123", "***"],
    // Issue 20: a stored masked form passes through the audit's masking unchanged.
    ["85.07.30-***.**", "85.07.30-***.**"],
  ])("maskNationalNumber(%s) = %s", (input, out) => expect(maskNationalNumber(input)).toBe(out));

  it.each([
    ["BE68539007547034", "BE68 **** **** 7034"],
    ["BE68 5390 0754 7034", "BE68 **** **** 7034"],
    ["NL91ABNA0417164300", "NL91 **** **** **** 4300"],
    ["DE89370400440532013000", "DE89 **** **** **** **** 3000"],
    ["BE1", "****"],
    ["BE68 **** **** 7034", "BE68 **** **** 7034"],
  ])("maskIban(%s) = %s", (input, out) => expect(maskIban(input)).toBe(out));

  it("maskPersonalNumbers masks INSZ and IBAN fields at any depth and leaves the rest", () => {
    const row = {
      id: "x",
      nationalNumber: "85073003328",
      nested: { iban: "BE68539007547034", list: [{ nationalNumber: "45031212345" }] },
      name: "Fatima",
      iban: null,
    };
    expect(maskPersonalNumbers(row)).toEqual({
      id: "x",
      nationalNumber: "85.07.30-***.**",
      nested: { iban: "BE68 **** **** 7034", list: [{ nationalNumber: "45.03.12-***.**" }] },
      name: "Fatima",
      iban: null,
    });
    expect(row.nationalNumber).toBe("85073003328");
  });

  it.each([
    ["/v1/workers?q=85073003328&limit=5", "/v1/workers?q=***&limit=***"],
    ["/v1/assignments/1/respond?token=abc", "/v1/assignments/1/respond?token=***"],
    ["/v1/workers", "/v1/workers"],
  ])("redactUrlQuery(%s) = %s", (input, out) => expect(redactUrlQuery(input)).toBe(out));
});

import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "@wijkwerk/domain";
import { cents, formValues, patchOf } from "../src/settings-form.ts";

describe("the settings form's units", () => {
  it.each([
    ["7,45", 745],
    ["7.45", 745],
    ["€ 7,45", 745],
    ["1.000,00", 100_000],
    ["1.000", 100_000],
    ["1000", 100_000],
    ["12.345,6", 1_234_560],
  ])("%s euro is %i cents", (typed, expected) => {
    expect(cents(typed)).toBe(expected);
  });

  it("text that is no amount goes to the API as typed, to be refused at the field", () => {
    expect(cents("zeven")).toBe("zeven");
    expect(cents("1,2,3")).toBe("1,2,3");
  });

  it("the form as shown, sent back unchanged, changes nothing (amounts of 1.000 euro and more too)", () => {
    const current = { ...DEFAULT_SETTINGS } as unknown as Parameters<typeof formValues>[0];
    expect(patchOf(formValues(current), current)).toEqual({});
  });
});

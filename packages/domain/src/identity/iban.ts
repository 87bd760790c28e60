import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from "ibantools";
import { mod97 } from "./mod97.ts";

/** Why an IBAN was refused; stable codes. */
export type IbanReason = "iban.format" | "iban.checksum" | "iban.be_national_check";

/** Result of {@link validateIban}. */
export type IbanResult = { ok: true; value: string; country: string; formatted: string } | { ok: false; reason: IbanReason };

/** Belgian account number check: last 2 of 12 digits = first 10 mod 97, with 0 written as 97. */
export function isValidBelgianAccount(account12: string): boolean {
  if (!/^\d{12}$/.test(account12)) return false;
  const expected = mod97(account12.slice(0, 10)) || 97;
  return expected === Number(account12.slice(10));
}

/** Workers are paid by SEPA transfer (API.md POST /v1/workers iban): ISO 13616 check via ibantools, plus the Belgian national check for BE. */
export function validateIban(input: string): IbanResult {
  const value = electronicFormatIBAN(input.replace(/[\s.-]/g, ""));
  if (!value || !/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(value)) return { ok: false, reason: "iban.format" };
  const country = value.slice(0, 2);
  if (country === "BE") {
    if (!/^BE\d{14}$/.test(value)) return { ok: false, reason: "iban.format" };
    if (!isValidBelgianAccount(value.slice(4))) return { ok: false, reason: "iban.be_national_check" };
  }
  if (!isValidIBAN(value)) return { ok: false, reason: "iban.checksum" };
  return { ok: true, value, country, formatted: friendlyFormatIBAN(value) ?? value };
}

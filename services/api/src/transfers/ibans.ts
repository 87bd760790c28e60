import { statementAccountIban, validateIban } from "@wijkwerk/domain";
import { validationError } from "../errors/problem.ts";

/** An IBAN typed by staff: 422 validation.failed naming the field when it is not a valid account. */
export function typedIban(value: string, path = "iban"): string {
  const r = validateIban(value);
  if (!r.ok) throw validationError([{ path, message: "Dit rekeningnummer (IBAN) is niet geldig.", rule: r.reason }]);
  return r.value;
}

/** An account as a statement gave it, as a valid IBAN, or undefined. */
export function statementIban(account: string): string | undefined {
  const iban = statementAccountIban(account);
  if (!iban) return undefined;
  const r = validateIban(iban);
  return r.ok ? r.value : undefined;
}

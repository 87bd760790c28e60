/** Belgian 12-digit account number (old CODA, structure 0) → IBAN (ISO 13616 check digits). */
export function belgianAccountToIban(twelveDigits: string): string | null {
  if (!/^\d{12}$/.test(twelveDigits)) return null;
  // BE = 11 14; the check digits are 98 − (BBAN ‖ 1114 ‖ 00) mod 97.
  const check = 98 - Number(BigInt(`${twelveDigits}111400`) % 97n);
  return `BE${String(check).padStart(2, "0")}${twelveDigits}`;
}

/** An account as a statement names it, as an IBAN when possible: spaces and dashes removed, upper case. */
export function statementAccountIban(account: string): string | null {
  const v = account.replace(/[\s-]/g, "").toUpperCase();
  if (/^\d{12}$/.test(v)) return belgianAccountToIban(v);
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v) ? v : null;
}

/** Rule: a statement is the organisation's when its account is the organisation's IBAN (compared without spaces, any case). */
export function isOrganisationAccount(statementIban: string | null, organisationIban: string): boolean {
  return statementIban !== null && statementIban === organisationIban.replace(/\s/g, "").toUpperCase();
}

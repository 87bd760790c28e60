/** ISO 13616 mod-97 check, local so sepa/ does not depend on another module's timing. */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase();
}

export function ibanChecksumOk(iban: string): boolean {
  const s = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      rem = (rem * 10 + (code - 48)) % 97;
    } else {
      rem = (rem * 100 + (code - 55)) % 97; // A=10 … Z=35, always two digits
    }
  }
  return rem === 1;
}

const BIC = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

export function bicOk(bic: string): boolean {
  return BIC.test(bic.replace(/\s+/g, "").toUpperCase());
}

import type { FormBody } from "./forms.ts";

/** The finance page's words and form readers (routes/finance.ts). */
export const RUN_STATUS: Record<string, string> = { draft: "Ontwerp", approved: "Goedgekeurd", exported: "Geëxporteerd", generating: "Wordt berekend" };
export const UNMATCHED: Record<string, string> = {
  amount_mismatch: "Het bedrag klopt niet met de bestelling",
  reference_unknown: "Onbekende of geen gestructureerde mededeling",
  already_paid: "Al betaald",
};
export const labels: Record<string, string> = {
  month: "Maand",
  paymentReference: "Gestructureerde mededeling",
  amountCents: "Bedrag",
  paidOn: "Betaald op",
  coda: "CODA-bestand",
  name: "Naam van de rekeninghouder",
  iban: "Rekeningnummer (IBAN)",
  bic: "BIC",
};

/** "BE68539007547034" → "BE68 5390 0754 7034", as on a bank card. */
export const ibanGroups = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");

/** "12,50" or "12.50" euro → cents; anything else is passed on for the API to refuse. */
export function euroToCents(value: string): number | string {
  const m = value
    .trim()
    .replace(/\s|€/g, "")
    .match(/^(\d+)(?:[.,](\d{1,2}))?$/);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0")) : value;
}

/** The pasted file as is: CODA records are fixed width, so trailing spaces must survive (no trim). */
export function codaText(body: FormBody): string {
  const v = body.coda;
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).replace(/\r\n/g, "\n");
}

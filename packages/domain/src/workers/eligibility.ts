/**
 * RULES §1 (S1, S8): a wijk-werker is domiciled in Flanders and referred by VDAB (a job seeker) or
 * by the OCMW (leefloon) (S4, S9). Belgian postal codes follow the regions: Brussels 1000–1299,
 * Walloon Brabant 1300–1499, the Walloon provinces 4000–7999; the Flemish Region is 1500–3999
 * (Flemish Brabant, Antwerp, Limburg) and 8000–9999 (West and East Flanders).
 */
export function isFlemishPostalCode(postalCode: string): boolean {
  if (!/^[1-9][0-9]{3}$/.test(postalCode)) return false;
  const n = Number(postalCode);
  return (n >= 1500 && n <= 3999) || (n >= 8000 && n <= 9999);
}

export type Referrer = "vdab" | "ocmw";

export interface EligibilityProblem {
  path: string;
  message: string;
}

/** Why a person cannot be a wijk-werker, in plain Dutch per field; empty when they can. */
export function eligibilityProblems(p: { postalCode: string; referrer: string; referralDate?: string | null }, today: string): EligibilityProblem[] {
  const out: EligibilityProblem[] = [];
  if (/^[1-9][0-9]{3}$/.test(p.postalCode) && !isFlemishPostalCode(p.postalCode)) {
    const where = Number(p.postalCode) < 1300 ? "Brussel" : "Wallonië";
    out.push({ path: "address.postalCode", message: `Wijk-werken is er voor wie in Vlaanderen woont (regels §1). Postcode ${p.postalCode} ligt in ${where}.` });
  }
  if (p.referrer !== "vdab" && p.referrer !== "ocmw") {
    out.push({ path: "referrer", message: "Een wijk-werker wordt doorverwezen door de VDAB (werkzoekende) of het OCMW (leefloon) (regels §1)." });
  }
  if (p.referralDate && p.referralDate > today) out.push({ path: "referralDate", message: "De datum van de doorverwijzing ligt in de toekomst." });
  return out;
}

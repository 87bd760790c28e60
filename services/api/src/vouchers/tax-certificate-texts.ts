/**
 * The fiscal certificate's words in the client's language (issue 17). Flemish public services
 * write their documents in Dutch (the language law for administrative matters), so a French or
 * English certificate says that it is a translation and that the Dutch one is the one to keep
 * with the tax return; the client can download either.
 */
export type CertificateLanguage = "nl" | "fr" | "en";

export const isCertificateLanguage = (value: string): value is CertificateLanguage => value === "nl" || value === "fr" || value === "en";

export interface CertificateTexts {
  title: (year: number, provisional: boolean) => string;
  provisional: (year: number) => string;
  issuedBy: string;
  enterpriseNumber: string;
  address: string;
  notFilledIn: string;
  user: string;
  nationalNumber: string;
  unknown: string;
  clientNumber: string;
  paidIn: (year: number) => string;
  usedIn: (year: number) => string;
  amountPaid: string;
  deduction: (percent: number) => string;
  keep: string;
  translation?: string;
  file: (year: number) => string;
}

export const CERTIFICATE_TEXTS: Record<CertificateLanguage, CertificateTexts> = {
  nl: {
    title: (y, p) => `Fiscaal attest wijk-werkcheques ${y}${p ? " (voorlopig)" : ""}`,
    provisional: (y) => `VOORLOPIG: ${y} is nog niet om. Het definitieve attest volgt na 31 december; alleen dat hoort bij uw belastingaangifte.`,
    issuedBy: "Uitgereikt door",
    enterpriseNumber: "Ondernemingsnummer",
    address: "Adres",
    notFilledIn: "nog niet ingevuld",
    user: "Gebruiker",
    nationalNumber: "Rijksregisternummer",
    unknown: "onbekend",
    clientNumber: "Gebruikersnummer",
    paidIn: (y) => `Aantal wijk-werkcheques betaald in ${y}`,
    usedIn: (y) => `Aantal wijk-werkcheques gebruikt in ${y}`,
    amountPaid: "Betaald bedrag",
    deduction: (p) => `Belastingvermindering (${p} %)`,
    keep: "Alleen cheques die u in dit jaar betaald hebt, tellen mee. Bewaar dit attest bij uw belastingaangifte.",
    file: (y) => `fiscaal-attest-${y}.pdf`,
  },
  fr: {
    title: (y, p) => `Attestation fiscale chèques wijk-werk ${y}${p ? " (provisoire)" : ""}`,
    provisional: (y) =>
      `PROVISOIRE : l'année ${y} n'est pas terminée. L'attestation définitive suivra après le 31 décembre ; seule celle-là va avec votre déclaration d'impôts.`,
    issuedBy: "Délivrée par",
    enterpriseNumber: "Numéro d'entreprise",
    address: "Adresse",
    notFilledIn: "pas encore rempli",
    user: "Utilisateur",
    nationalNumber: "Numéro de registre national",
    unknown: "inconnu",
    clientNumber: "Numéro d'utilisateur",
    paidIn: (y) => `Nombre de chèques wijk-werk payés en ${y}`,
    usedIn: (y) => `Nombre de chèques wijk-werk utilisés en ${y}`,
    amountPaid: "Montant payé",
    deduction: (p) => `Réduction d'impôt (${p} %)`,
    keep: "Seuls les chèques payés cette année comptent. Gardez cette attestation avec votre déclaration d'impôts.",
    translation: "Traduction pour information. L'attestation en néerlandais est le document officiel : joignez celle-là à votre déclaration.",
    file: (y) => `attestation-fiscale-${y}.pdf`,
  },
  en: {
    title: (y, p) => `Tax certificate for wijk-werk vouchers ${y}${p ? " (provisional)" : ""}`,
    provisional: (y) => `PROVISIONAL: ${y} is not over yet. The final certificate follows after 31 December; only that one goes with your tax return.`,
    issuedBy: "Issued by",
    enterpriseNumber: "Company number",
    address: "Address",
    notFilledIn: "not filled in yet",
    user: "User",
    nationalNumber: "National register number",
    unknown: "unknown",
    clientNumber: "User number",
    paidIn: (y) => `Wijk-werk vouchers paid in ${y}`,
    usedIn: (y) => `Wijk-werk vouchers used in ${y}`,
    amountPaid: "Amount paid",
    deduction: (p) => `Tax reduction (${p}%)`,
    keep: "Only vouchers you paid for in this year count. Keep this certificate with your tax return.",
    translation: "Translation for your information. The Dutch certificate is the official document: that is the one for your tax return.",
    file: (y) => `tax-certificate-${y}.pdf`,
  },
};

import PDFDocument from "pdfkit";
import { formatNationalNumber, taxDeductibleCents, taxDeductionPercent, validateEnterpriseNumber } from "@wijkwerk/domain";

export interface TaxCertificateInput {
  year: number;
  organisation: { name: string; enterpriseNumber: string | null; address: string | null };
  client: { name: string; street: string; houseNumber: string; postalCode: string; nationalNumber: string | null; clientNumber: number };
  /** Cheques paid in the year: what the deduction is on. */
  vouchers: number;
  paidCents: number;
  /** Cheques spent on confirmed hours in the year. */
  vouchersUsed: number;
  /** The year is not over yet: the figures can still change. */
  provisional: boolean;
}

/** Belgian notation: 1.234,50 EUR. */
export function euro(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString("nl-BE");
  return `${whole},${String(Math.abs(cents) % 100).padStart(2, "0")} EUR`;
}

/**
 * RULES §3/§4 (S13, S14): the fiscal certificate of a private client for the cheques PAID in a
 * year, with the deductible share of that year. Uncompressed so the amounts stay searchable.
 */
export function renderTaxCertificate(input: TaxCertificateInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, compress: false, info: { Title: `Fiscaal attest wijk-werkcheques ${input.year}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const percent = taxDeductionPercent(input.year);
  const deductible = taxDeductibleCents(input.paidCents, input.year);
  const c = input.client;
  doc.fontSize(18).text(`Fiscaal attest wijk-werkcheques ${input.year}${input.provisional ? " (voorlopig)" : ""}`);
  if (input.provisional)
    doc
      .moveDown(0.5)
      .fontSize(11)
      .text(`VOORLOPIG: ${input.year} is nog niet om. Het definitieve attest volgt na 31 december; alleen dat hoort bij uw belastingaangifte.`);
  const o = input.organisation;
  doc.moveDown().fontSize(11).text(`Uitgereikt door: ${o.name}`);
  const kbo = o.enterpriseNumber ? validateEnterpriseNumber(o.enterpriseNumber) : undefined;
  doc.text(`Ondernemingsnummer: ${kbo?.ok ? kbo.formatted : "nog niet ingevuld"}`);
  doc.text(`Adres: ${o.address ?? "nog niet ingevuld"}`);
  doc.moveDown().text(`Gebruiker: ${c.name}`);
  doc.text(`Adres: ${c.street} ${c.houseNumber}, ${c.postalCode}`);
  doc.text(`Rijksregisternummer: ${displayInsz(c.nationalNumber)}`);
  doc.text(`Gebruikersnummer: ${c.clientNumber}`);
  doc.moveDown().text(`Aantal wijk-werkcheques betaald in ${input.year}: ${input.vouchers}`);
  doc.text(`Aantal wijk-werkcheques gebruikt in ${input.year}: ${input.vouchersUsed}`);
  doc.text(`Betaald bedrag: ${euro(input.paidCents)}`);
  doc.text(`Belastingvermindering (${percent} %): ${euro(deductible)}`);
  doc.moveDown().fontSize(9).text("Alleen cheques die u in dit jaar betaald hebt, tellen mee. Bewaar dit attest bij uw belastingaangifte.");
  doc.end();
  return done;
}

function displayInsz(n: string | null): string {
  if (!n) return "onbekend";
  try {
    return formatNationalNumber(n);
  } catch {
    return n;
  }
}

import PDFDocument from "pdfkit";
import { formatAmount } from "@wijkwerk/notify";
import { CERTIFICATE_TEXTS, type CertificateLanguage } from "./tax-certificate-texts.ts";
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
  /** The client's language (nl, fr, en): the certificate's unless another is asked for. */
  language: string;
}

/**
 * RULES §3/§4 (S13, S14): the fiscal certificate of a private client for the cheques PAID in a
 * year, with the deductible share of that year, in the client's language (issue 17).
 * Uncompressed so the amounts stay searchable.
 */
export function renderTaxCertificate(input: TaxCertificateInput, lang: CertificateLanguage = "nl"): Promise<Buffer> {
  const t = CERTIFICATE_TEXTS[lang];
  // The one amount formatter of every page, file and PDF (issue 18): € 1.234,56, 1 234,56 €, €1,234.56.
  const money = (cents: number) => formatAmount(cents, lang);
  const doc = new PDFDocument({ size: "A4", margin: 56, compress: false, lang, info: { Title: t.title(input.year, false) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const percent = taxDeductionPercent(input.year);
  const deductible = taxDeductibleCents(input.paidCents, input.year);
  const c = input.client;
  doc.fontSize(18).text(t.title(input.year, input.provisional));
  if (t.translation) doc.moveDown(0.5).fontSize(10).text(t.translation);
  if (input.provisional) doc.moveDown(0.5).fontSize(11).text(t.provisional(input.year));
  const o = input.organisation;
  doc.moveDown().fontSize(11).text(`${t.issuedBy}: ${o.name}`);
  const kbo = o.enterpriseNumber ? validateEnterpriseNumber(o.enterpriseNumber) : undefined;
  doc.text(`${t.enterpriseNumber}: ${kbo?.ok ? kbo.formatted : t.notFilledIn}`);
  doc.text(`${t.address}: ${o.address ?? t.notFilledIn}`);
  doc.moveDown().text(`${t.user}: ${c.name}`);
  doc.text(`${t.address}: ${c.street} ${c.houseNumber}, ${c.postalCode}`);
  doc.text(`${t.nationalNumber}: ${displayInsz(c.nationalNumber) ?? t.unknown}`);
  doc.text(`${t.clientNumber}: ${c.clientNumber}`);
  doc.moveDown().text(`${t.paidIn(input.year)}: ${input.vouchers}`);
  doc.text(`${t.usedIn(input.year)}: ${input.vouchersUsed}`);
  doc.text(`${t.amountPaid}: ${money(input.paidCents)}`);
  doc.text(`${t.deduction(percent)}: ${money(deductible)}`);
  doc.moveDown().fontSize(9).text(t.keep);
  doc.end();
  return done;
}

function displayInsz(n: string | null): string | undefined {
  if (!n) return undefined;
  try {
    return formatNationalNumber(n);
  } catch {
    return n;
  }
}

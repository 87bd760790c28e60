import PDFDocument from "pdfkit";
import type { PersonExport } from "./export-worker.ts";

/** Dutch headings of the categories; an unknown one is shown by its key. */
const HEADINGS: Record<string, string> = {
  availability: "Beschikbaarheid",
  activities: "Activiteiten",
  skills: "Competenties",
  agreements: "Overeenkomsten",
  trainings: "Opleidingen",
  assignments: "Toewijzingen",
  timeEntries: "Prestaties",
  payouts: "Uitbetalingen",
  messages: "Berichten",
  smsReceived: "Ontvangen sms'en",
  appointments: "Afspraken op de zitdag",
  consents: "Toestemmingen",
  feedback: "Feedback",
  feedbackGiven: "Gegeven feedback",
  handovers: "Overdrachten",
  audit: "Logboek",
  coachingIntake: "Intake",
  coachingGoals: "Doelen",
  coachingConversations: "Gesprekken",
  coachingActions: "Acties",
  coachingEvaluations: "Evaluaties",
  coachingEvaluationGoals: "Uitkomst per doel",
  coachingExits: "Uitstroom",
  coachingFollowUps: "Opvolging",
  jobs: "Klussen",
  voucherOrders: "Bestellingen van cheques",
  voucherLots: "Cheques",
  voucherMovements: "Bewegingen van cheques",
  payments: "Betalingen",
  credit: "Tegoed",
  transfers: "Terugbetalingen",
  activityRequests: "Vragen om een activiteit",
};

const text = (v: unknown): string => (v === null || v === undefined ? "-" : typeof v === "object" ? JSON.stringify(v) : String(v));

/**
 * The same export as a readable PDF (issue 20): the person's record, then every category with
 * its records as "field: value" lines. Uncompressed so that its text stays searchable.
 */
export function renderExportPdf(e: PersonExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, compress: false, lang: "nl", info: { Title: "Gegevens die wij over u bewaren" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.fontSize(18).text("Gegevens die wij over u bewaren");
  doc
    .moveDown(0.3)
    .fontSize(10)
    .text(`${e.kind === "worker" ? "Wijk-werker" : "Gebruiker"} ${e.id} - opgemaakt op ${e.exportedAt}`);
  doc.moveDown().fontSize(14).text("Persoonsgegevens");
  doc.fontSize(10);
  for (const [k, v] of Object.entries(e.person)) doc.text(`${k}: ${text(v)}`);
  for (const [name, rows] of Object.entries(e.categories)) {
    doc
      .moveDown()
      .fontSize(14)
      .text(`${HEADINGS[name] ?? name} (${rows.length})`);
    doc.fontSize(9);
    if (rows.length === 0) doc.text("Geen gegevens.");
    for (const row of rows) {
      doc.text(
        Object.entries(row)
          .map(([k, v]) => `${k}: ${text(v)}`)
          .join("; "),
      );
      doc.moveDown(0.3);
    }
  }
  for (const o of e.omitted) doc.moveDown().fontSize(10).text(`Niet opgenomen: ${o.category} (${o.reason}).`);
  doc.end();
  return done;
}

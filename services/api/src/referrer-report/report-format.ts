import PDFDocument from "pdfkit";
import { formatDutchDate } from "@wijkwerk/domain";
import { csvLine, CSV_BOM, hours } from "../payouts/csv.ts";
import type { Report } from "./report-data.ts";

/** The referrer's report as CSV and PDF (issue 19), in Dutch for VDAB and OCMW; only consented parts. */

export const LEFT_OUT = "Niet gedeeld: de wijk-werker gaf geen toestemming om dit te delen.";
const STATUS: Record<string, string> = { open: "nog niet begonnen", in_progress: "bezig", reached: "bereikt" };
const OUTCOME: Record<string, string> = { not_reached: "niet bereikt", progressing: "vooruitgang", reached: "bereikt" };
const SECTIONS = [
  ["hours", "Gewerkte uren per maand"],
  ["activities", "Activiteiten"],
  ["trainings", "Opleidingen en competenties"],
  ["goals", "Doelen en evaluaties"],
  ["client_feedback", "Feedback van klanten"],
] as const;

/** The lines of each section: [label, value]; a section without consent is one line saying so. */
function lines(r: Report): { title: string; rows: [string, string][] }[] {
  return SECTIONS.map(([key, title]) => {
    const s = r[key];
    if (!s.included) return { title, rows: [[LEFT_OUT, ""]] };
    const rows: [string, string][] = [];
    if (key === "hours") for (const h of r.hours.content ?? []) rows.push([h.month, `${hours(h.minutes)} uur`]);
    if (key === "activities") for (const a of r.activities.content ?? []) rows.push([a.name, `${hours(a.minutes)} uur`]);
    if (key === "trainings") {
      for (const t of r.trainings.content?.attended ?? []) rows.push([`Opleiding: ${t.name}`, formatDutchDate(t.date)]);
      for (const k of r.trainings.content?.skills ?? []) rows.push([`Competentie: ${k.name}`, formatDutchDate(k.obtainedOn)]);
    }
    if (key === "goals")
      for (const g of r.goals.content ?? []) {
        rows.push([`Doel: ${g.name}`, STATUS[g.status] ?? g.status]);
        for (const e of g.evaluations) rows.push([`  Evaluatie ${formatDutchDate(e.heldOn)}`, OUTCOME[e.outcome] ?? e.outcome]);
      }
    if (key === "client_feedback" && r.client_feedback.content) {
      const f = r.client_feedback.content;
      rows.push(["Goed", String(f.good)], ["Kan beter", String(f.could_be_better)], ["Niet goed", String(f.not_good)], ["Geen antwoord", String(f.unanswered)]);
    }
    if (rows.length === 0) rows.push(["Niets in deze periode.", ""]);
    return { title, rows };
  });
}

const heading = (r: Report) => [
  `Voortgangsverslag voor ${r.worker.referrer.toUpperCase()}`,
  `Wijk-werker: ${r.worker.name}${r.worker.referralReference ? ` (referentie ${r.worker.referralReference})` : ""}`,
  `Periode: ${formatDutchDate(r.period.from)} tot en met ${formatDutchDate(r.period.to)}`,
  `Opgemaakt door ${r.organisation} op ${formatDutchDate(r.madeOn)}`,
];

export function reportCsv(r: Report): string {
  let out = CSV_BOM + csvLine(["Onderdeel", "Omschrijving", "Waarde"]);
  for (const h of heading(r)) out += csvLine(["Verslag", h, ""]);
  for (const s of lines(r)) for (const [label, value] of s.rows) out += csvLine([s.title, label, value]);
  return out;
}

/** Uncompressed, like the tax certificate, so the text stays searchable. */
export function reportPdf(r: Report): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, compress: false, lang: "nl", info: { Title: `Voortgangsverslag ${r.worker.name}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const [title, ...facts] = heading(r);
  doc.fontSize(18).text(title!);
  doc.moveDown(0.5).fontSize(11);
  for (const f of facts) doc.text(f);
  for (const s of lines(r)) {
    doc.moveDown().fontSize(14).text(s.title);
    doc.fontSize(11);
    for (const [label, value] of s.rows) doc.text(value ? `${label}: ${value}` : label);
  }
  doc.moveDown().fontSize(9).text("Dit verslag bevat alleen wat de wijk-werker toestemming gaf om te delen met de toeleider.");
  doc.end();
  return done;
}

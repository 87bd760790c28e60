import { csvLine, CSV_BOM, euros, hours } from "../payouts/csv.ts";
import type { MonthEndMonth, MonthEndReport } from "./month-end.ts";

/** The month-end report as CSV for Excel in Belgium (payouts/csv.ts: semicolons, decimal comma, BOM). */
export const MONTH_END_CSV_HEADER = [
  "Maand",
  "Cheques bij begin",
  "Verkocht",
  "Verbruikt",
  "Vervallen",
  "Terugbetaald",
  "Cheques op einde",
  "Verschil (cheques)",
  "Waarde bij begin (EUR)",
  "Verkocht (EUR)",
  "Verbruikt (EUR)",
  "Vervallen (EUR)",
  "Terugbetaald (EUR)",
  "Waarde op einde (EUR)",
  "Verschil (EUR)",
  "Uren uitbetaald",
  "Loon (EUR)",
  "Verplaatsing (EUR)",
  "Uitbetaald (EUR)",
  "Overschrijvingen",
];

function cells(label: string, m: Pick<MonthEndMonth, "vouchers" | "valueCents"> & { paid: Omit<MonthEndMonth["paid"], "runStatus"> }) {
  const v = m.vouchers;
  const c = m.valueCents;
  return [
    label,
    ...[v.opening, v.sold, v.consumed, v.expired, v.refunded, v.closing, v.difference],
    ...[c.opening, c.sold, c.consumed, c.expired, c.refunded, c.closing, c.difference].map(euros),
    hours(m.paid.minutes),
    euros(m.paid.payCents),
    euros(m.paid.travelCents),
    euros(m.paid.totalCents),
    m.paid.transferCount,
  ];
}

export function monthEndCsv(report: MonthEndReport): string {
  let out = CSV_BOM + csvLine(MONTH_END_CSV_HEADER);
  for (const m of report.months) out += csvLine(cells(m.month, m));
  out += csvLine(cells("Totaal", report.totals));
  return out;
}

import { monthLabel, monthShort, niceStep } from "./format.ts";
import { BLUE, emptySentence, esc, fillAttrs, frame, GRID, hatchDefs, INK, legend, MUTED, r1, RUST, type Fill } from "./svg.ts";

/** One month of the month-end report as the chart needs it (vouchers, counts). */
export interface VoucherMonth {
  month: string;
  sold: number;
  /** Consumed + expired + refunded: what left circulation. */
  out: number;
  closing: number;
}

const WIDTH = 360;
const AXIS = 44;
const PLOT_HEIGHT = 170;
const SOLD: Fill = { colour: BLUE, hatched: false };
const OUT: Fill = { colour: MUTED, hatched: true };
const CLOSING: Fill = { colour: RUST, hatched: false };

/**
 * The month-end report (issue 18) as a chart: per month a column of vouchers sold (solid), one of
 * vouchers that left circulation (used, expired or refunded; hatched), and the vouchers outstanding
 * at the month's end as dots joined by a line. The table beneath gives every number.
 */
export function monthEndChart(id: string, months: readonly VoucherMonth[]): string {
  if (months.length === 0 || months.every((m) => m.sold === 0 && m.out === 0 && m.closing === 0)) {
    return emptySentence("In deze maanden zijn er nog geen cheques verkocht of gebruikt.");
  }
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  const top = legend(
    id,
    [
      { fill: SOLD, label: "verkocht" },
      { fill: OUT, label: "gebruikt, vervallen of terugbetaald" },
      { fill: CLOSING, label: "in omloop op het einde van de maand", shape: "circle" },
    ],
    0,
    WIDTH,
  );
  const plotTop = top.bottom + 14;
  const max = Math.max(...months.map((m) => Math.max(m.sold, m.out, m.closing)));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const y = (n: number) => plotTop + PLOT_HEIGHT - (Math.max(0, n) / axisMax) * PLOT_HEIGHT;

  const grid: string[] = [];
  for (let v = 0; v <= axisMax; v += step) {
    const gy = r1(y(v));
    grid.push(`<line x1="${AXIS}" x2="${WIDTH}" y1="${gy}" y2="${gy}" stroke="${GRID}" stroke-width="${v === 0 ? 1.5 : 0.5}"></line>`);
    grid.push(`<text x="${AXIS - 5}" y="${gy + 4}" font-size="11" text-anchor="end" fill="${INK}">${esc(v.toLocaleString("nl-BE"))}</text>`);
  }
  const groupWidth = (WIDTH - AXIS) / months.length;
  const barWidth = Math.min(12, (groupWidth - 4) / 2);
  const mid = (i: number) => AXIS + i * groupWidth + groupWidth / 2;
  const columns = months.map((m, i) => {
    const bar = (n: number, x: number, fill: Fill) =>
      n > 0 ? `<rect x="${r1(x)}" y="${r1(y(n))}" width="${r1(barWidth)}" height="${r1(y(0) - y(n))}" ${fillAttrs(id, fill)}></rect>` : "";
    const label = `<text x="${r1(mid(i))}" y="${r1(y(0) + 16)}" font-size="12" text-anchor="middle" fill="${INK}">${esc(monthShort(m.month))}</text>`;
    const year =
      i === 0 || m.month.endsWith("-01")
        ? `<text x="${r1(mid(i))}" y="${r1(y(0) + 30)}" font-size="11" text-anchor="middle" fill="${INK}">${esc(m.month.slice(0, 4))}</text>`
        : "";
    return bar(m.sold, mid(i) - barWidth - 1, SOLD) + bar(m.out, mid(i) + 1, OUT) + label + year;
  });
  const points = months.map((m, i) => `${r1(mid(i))},${r1(y(m.closing))}`);
  const line = `<polyline points="${points.join(" ")}" fill="none" stroke="${RUST}" stroke-width="2"></polyline>`;
  const dots = months.map((m, i) => `<circle cx="${r1(mid(i))}" cy="${r1(y(m.closing))}" r="4" ${fillAttrs(id, CLOSING)}></circle>`).join("");
  const sold = months.reduce((s, m) => s + m.sold, 0);
  const out = months.reduce((s, m) => s + m.out, 0);
  return frame({
    id,
    title: "Cheques per maand: verkocht, uit omloop en in omloop",
    desc:
      `Per maand van ${monthLabel(first)} tot ${monthLabel(last)}: de verkochte cheques (vol), de cheques die gebruikt, vervallen of terugbetaald zijn (gestreept) ` +
      `en de cheques in omloop op het einde van de maand (bolletjes). Samen ${sold} verkocht en ${out} uit omloop; op het einde ${months[months.length - 1]!.closing} in omloop. ` +
      `De tabel hieronder geeft elke maand.`,
    width: WIDTH,
    height: y(0) + 36,
    defs: hatchDefs(id, [SOLD, OUT]),
    body: top.svg + grid.join("") + columns.join("") + line + dots,
  });
}

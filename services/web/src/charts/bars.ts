import { hours, monthLabel, monthShort, niceStep } from "./format.ts";
import { BLUE, emptySentence, esc, fillAttrs, frame, GRID, hatchDefs, INK, legend, MUTED, r1, type Fill } from "./svg.ts";

export interface MonthHours {
  month: string;
  minutes: number;
  lastYearMonth: string;
  lastYearMinutes: number;
}

const WIDTH = 360;
const AXIS = 48;
const PLOT_HEIGHT = 170;
const THIS_YEAR: Fill = { colour: BLUE, hatched: false };
const LAST_YEAR: Fill = { colour: MUTED, hatched: true };

/**
 * Hours per month against the same month a year earlier: a pair of columns per month, last
 * year's hatched on the left, this year's solid on the right, on an axis of whole hours.
 */
export function hoursChart(id: string, months: readonly MonthHours[]): string {
  if (months.length === 0 || months.every((m) => m.minutes === 0 && m.lastYearMinutes === 0)) {
    return emptySentence("Er zijn nog geen gewerkte uren in de laatste twee jaar.");
  }
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  const top = legend(
    id,
    [
      { fill: THIS_YEAR, label: `${monthLabel(first)} – ${monthLabel(last)}` },
      { fill: LAST_YEAR, label: "een jaar eerder" },
    ],
    0,
    WIDTH,
  );
  const plotTop = top.bottom + 14;
  const maxHours = Math.max(...months.map((m) => Math.max(m.minutes, m.lastYearMinutes))) / 60;
  const step = niceStep(maxHours);
  const axisMax = Math.max(step, Math.ceil(maxHours / step) * step);
  const y = (minutes: number) => plotTop + PLOT_HEIGHT - (minutes / 60 / axisMax) * PLOT_HEIGHT;

  const grid: string[] = [];
  for (let h = 0; h <= axisMax; h += step) {
    const gy = r1(y(h * 60));
    grid.push(`<line x1="${AXIS}" x2="${WIDTH}" y1="${gy}" y2="${gy}" stroke="${GRID}" stroke-width="${h === 0 ? 1.5 : 0.5}"></line>`);
    grid.push(`<text x="${AXIS - 5}" y="${gy + 4}" font-size="11" text-anchor="end" fill="${INK}">${esc(hours(h * 60))}</text>`);
  }

  const groupWidth = (WIDTH - AXIS) / months.length;
  const barWidth = Math.min(12, (groupWidth - 4) / 2);
  const columns = months.map((m, i) => {
    const gx = AXIS + i * groupWidth;
    const mid = gx + groupWidth / 2;
    const bar = (minutes: number, x: number, fill: Fill) =>
      minutes > 0 ? `<rect x="${r1(x)}" y="${r1(y(minutes))}" width="${r1(barWidth)}" height="${r1(y(0) - y(minutes))}" ${fillAttrs(id, fill)}></rect>` : "";
    const label = `<text x="${r1(mid)}" y="${r1(y(0) + 16)}" font-size="12" text-anchor="middle" fill="${INK}">${esc(monthShort(m.month))}</text>`;
    // The year under the first month and under every January, so the two years read apart.
    const year =
      i === 0 || m.month.endsWith("-01")
        ? `<text x="${r1(mid)}" y="${r1(y(0) + 30)}" font-size="11" text-anchor="middle" fill="${INK}">${esc(m.month.slice(0, 4))}</text>`
        : "";
    return bar(m.lastYearMinutes, mid - barWidth - 1, LAST_YEAR) + bar(m.minutes, mid + 1, THIS_YEAR) + label + year;
  });

  const total = months.reduce((s, m) => s + m.minutes, 0);
  const lastTotal = months.reduce((s, m) => s + m.lastYearMinutes, 0);
  return frame({
    id,
    title: "Gewerkte uren per maand, tegenover een jaar eerder",
    desc:
      `Per maand van ${monthLabel(first)} tot ${monthLabel(last)} twee staven: de gewerkte uren (vol) en de uren in dezelfde maand een jaar eerder (gestreept). ` +
      `Samen ${hours(total)}, een jaar eerder ${hours(lastTotal)}. De tabel hieronder geeft elke maand.`,
    width: WIDTH,
    height: y(0) + 36,
    defs: hatchDefs(id, [THIS_YEAR, LAST_YEAR]),
    body: top.svg + grid.join("") + columns.join(""),
  });
}

import { esc, fillAttrs, fit, frame, hatchDefs, INK, legend, r1, textWidth, type Fill } from "./svg.ts";

/** One bar: its parts stacked left to right, and its figure in words on its right. */
export interface RowBar {
  parts: readonly { value: number; fill: Fill }[];
  text: string;
}

/** One row: a label on its own line, one or more bars beneath. */
export interface Row {
  label: string;
  bars: readonly RowBar[];
  /** In bold: the row that needs attention (its note says why). */
  strong?: boolean;
  /** A line under the bars, in bold: why the row needs attention. */
  note?: string;
}

export interface RowChart {
  id: string;
  title: string;
  desc: string;
  legend: readonly { fill: Fill; label: string }[];
  rows: readonly Row[];
  /** The value at the end of the track; at least every bar's total. */
  max: number;
  /** A dashed line across the bars, such as the monthly cap. */
  marker?: { value: number; label: string };
}

const WIDTH = 360;
const BAR = 14;
const FONT = 13;

/**
 * Horizontal bars, one row per item: names of any length read on their own line and every bar
 * says its figure in words, so the chart keeps its size from 360 px up and reads without colour.
 */
export function rowChart(c: RowChart): string {
  const top = legend(c.id, c.legend, 0, WIDTH);
  const max = Math.max(c.max, ...c.rows.flatMap((r) => r.bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0))), 1);
  const textColumn = Math.min(150, Math.max(...c.rows.flatMap((r) => r.bars.map((b) => textWidth(b.text, FONT)))));
  const track = WIDTH - textColumn - 8;
  const x = (v: number) => (v / max) * track;
  const markerX = c.marker ? r1(Math.min(track, x(c.marker.value))) : 0;
  let y = top.bottom + (c.marker ? 24 : 8);
  const rows = c.rows.map((row) => {
    const weight = row.strong ? ` font-weight="700"` : "";
    let out = `<text x="0" y="${y + 14}" font-size="${FONT}" fill="${INK}"${weight}>${esc(fit(row.label, WIDTH, FONT))}</text>`;
    let by = y + 20;
    for (const bar of row.bars) {
      out += `<rect x="0" y="${by}" width="${r1(track)}" height="${BAR}" fill="#f2f2f2"></rect>`;
      let bx = 0;
      for (const part of bar.parts) {
        const w = x(part.value);
        if (w > 0) out += `<rect x="${r1(bx)}" y="${by}" width="${r1(w)}" height="${BAR}" ${fillAttrs(c.id, part.fill)}></rect>`;
        bx += w;
      }
      if (c.marker)
        out += `<line x1="${markerX}" x2="${markerX}" y1="${by - 3}" y2="${by + BAR + 3}" stroke="${INK}" stroke-width="2" stroke-dasharray="4 2"></line>`;
      out += `<text x="${WIDTH}" y="${by + BAR - 2}" font-size="${FONT}" text-anchor="end" fill="${INK}"${weight}>${esc(bar.text)}</text>`;
      by += BAR + 4;
    }
    if (row.note) {
      out += `<text x="0" y="${by + 12}" font-size="${FONT}" font-weight="700" fill="${INK}">${esc(fit(row.note, WIDTH, FONT))}</text>`;
      by += 16;
    }
    y = by + 8;
    return out;
  });
  const marker = c.marker
    ? `<text x="${markerX}" y="${top.bottom + 16}" font-size="12" text-anchor="${markerX > WIDTH / 2 ? "end" : "start"}" fill="${INK}">${esc(c.marker.label)}</text>`
    : "";
  return frame({
    id: c.id,
    title: c.title,
    desc: c.desc,
    width: WIDTH,
    height: y,
    defs: hatchDefs(
      c.id,
      c.legend.map((l) => l.fill),
    ),
    body: top.svg + marker + rows.join(""),
  });
}

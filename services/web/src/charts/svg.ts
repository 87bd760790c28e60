/**
 * What every chart shares: escaping, the accessible <svg> frame, colours and fills, a rough text
 * width. The charts are plain strings of SVG built on the server (the pages have no script), and
 * every text that comes from data goes through esc().
 */

/** Escapes text for SVG/HTML content and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Colours with at least 4.5:1 on white (text) and 3:1 between a shape and white (WCAG 1.4.3, 1.4.11). */
export const INK = "#111111";
export const MUTED = "#4d4d4d";
export const BLUE = "#0b4ea2";
export const RUST = "#9a3f00";
export const GRID = "#767676";

/** A series is told apart by its fill (solid or hatched) as well as by its colour: readable without colour. */
export interface Fill {
  colour: string;
  hatched: boolean;
}

const patternId = (chartId: string, colour: string) => `${chartId}-hatch-${colour.slice(1)}`;

/** The fill and outline attributes of a shape in this fill. */
export function fillAttrs(chartId: string, fill: Fill): string {
  const paint = fill.hatched ? `url(#${patternId(chartId, fill.colour)})` : fill.colour;
  return `fill="${paint}" stroke="${fill.colour}" stroke-width="1"`;
}

/** <defs> with a diagonal hatch for each hatched fill (ids prefixed by the chart's, unique on the page). */
export function hatchDefs(chartId: string, fills: readonly Fill[]): string {
  const colours = [...new Set(fills.filter((f) => f.hatched).map((f) => f.colour))];
  if (colours.length === 0) return "";
  const patterns = colours.map(
    (c) =>
      `<pattern id="${patternId(chartId, c)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"></rect><rect width="3" height="6" fill="${c}"></rect></pattern>`,
  );
  return `<defs>${patterns.join("")}</defs>`;
}

/** Roughly how wide a text is in a sans-serif face (no fonts on the server): for layout, not for truth. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}

/** Shortens a text with "…" to fit a width. */
export function fit(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.58)) - 1);
  return `${[...text].slice(0, chars).join("").trimEnd()}…`;
}

/** Rounded to one decimal, as SVG coordinates need no more. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

export interface Frame {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  defs?: string;
  body: string;
}

/**
 * The accessible frame: role="img" named by its <title> and described by its <desc>; scales to
 * the width it gets (viewBox, width 100%), so it fits 360 px without scrolling.
 */
export function frame(f: Frame): string {
  return (
    `<svg class="chart-svg" id="${esc(f.id)}" role="img" aria-labelledby="${esc(f.id)}-title ${esc(f.id)}-desc" ` +
    `viewBox="0 0 ${f.width} ${r1(f.height)}" width="100%" preserveAspectRatio="xMidYMin meet" font-family="inherit" focusable="false">` +
    `<title id="${esc(f.id)}-title">${esc(f.title)}</title><desc id="${esc(f.id)}-desc">${esc(f.desc)}</desc>` +
    `${f.defs ?? ""}${f.body}</svg>`
  );
}

/** What a chart gives instead of an empty drawing: one sentence. */
export function emptySentence(sentence: string): string {
  return `<p class="chart-empty">${esc(sentence)}</p>`;
}

/** A legend: a swatch in each series' fill and its name, wrapping onto a next line when the width runs out. */
export function legend(
  chartId: string,
  items: readonly { fill: Fill; label: string; shape?: "rect" | "circle" }[],
  top: number,
  width: number,
): { svg: string; bottom: number } {
  let x = 0;
  let y = top + 14;
  const parts = items.map((item) => {
    const w = 20 + textWidth(item.label, 13);
    if (x > 0 && x + w > width) {
      x = 0;
      y += 22;
    }
    const swatch =
      item.shape === "circle"
        ? `<circle cx="${x + 7}" cy="${y - 5}" r="7" ${fillAttrs(chartId, item.fill)}></circle>`
        : `<rect x="${x}" y="${y - 12}" width="14" height="14" ${fillAttrs(chartId, item.fill)}></rect>`;
    const text = `<text x="${x + 20}" y="${y}" font-size="13" fill="${INK}">${esc(item.label)}</text>`;
    x += w + 16;
    return swatch + text;
  });
  return { svg: parts.join(""), bottom: y + 6 };
}

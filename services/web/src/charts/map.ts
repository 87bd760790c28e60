import { count } from "./format.ts";
import { placeLabels, type Rect } from "./labels.ts";
import { project, type LatLon } from "./project.ts";
import { spread } from "./spread.ts";
import { BLUE, emptySentence, esc, fillAttrs, fit, frame, GRID, INK, legend, r1, RUST, type Fill } from "./svg.ts";

export interface WijkFigures {
  name: string;
  centroid: LatLon;
  openJobs: number;
  availableWorkers: number;
}

const WIDTH = 360;
const FONT = 12;
/** Shorter forms of a long name, in characters, tried where the whole name does not fit. */
const SHORTER = [12, 7];
const JOBS: Fill = { colour: RUST, hatched: false };
const WORKERS: Fill = { colour: BLUE, hatched: false };
export const MAP_BOX = { width: WIDTH, minHeight: 220, maxHeight: 480, padX: 30, padY: 16 };

const digitsWidth = (n: number) => String(n).length * 6.2 + 4;

/** The sizes of a wijk's marker pair: each larger for more, never too small for its number. */
function sizes(w: WijkFigures, maxJobs: number, maxWorkers: number) {
  const r = Math.max(7 + 5 * Math.sqrt(w.openJobs / Math.max(1, maxJobs)), digitsWidth(w.openJobs) / 2);
  const s = Math.max(14 + 10 * Math.sqrt(w.availableWorkers / Math.max(1, maxWorkers)), digitsWidth(w.availableWorkers));
  return { r, s, w: 2 * r + 1 + s, h: Math.max(2 * r, s) };
}

/** The marker pair of one wijk centred on (x, y): a circle for open klussen left, a square for workers right. */
function markers(id: string, x: number, y: number, w: WijkFigures, size: ReturnType<typeof sizes>): string {
  const cx = x - size.w / 2 + size.r;
  const sx = cx + size.r + 1;
  // Zero is drawn hollow with a dark number; a count, filled with a white number (both 4.5:1 or more).
  const paint = (n: number, fill: Fill) => (n > 0 ? fillAttrs(id, fill) : `fill="#ffffff" stroke="${fill.colour}" stroke-width="1.5"`);
  const number = (n: number, tx: number) =>
    `<text x="${r1(tx)}" y="${r1(y + 3.5)}" font-size="10" font-weight="700" text-anchor="middle" fill="${n > 0 ? "#ffffff" : INK}">${n}</text>`;
  return (
    `<circle cx="${r1(cx)}" cy="${r1(y)}" r="${r1(size.r)}" ${paint(w.openJobs, JOBS)}></circle>` +
    number(w.openJobs, cx) +
    `<rect x="${r1(sx)}" y="${r1(y - size.s / 2)}" width="${r1(size.s)}" height="${r1(size.s)}" ${paint(w.availableWorkers, WORKERS)}></rect>` +
    number(w.availableWorkers, sx + size.s / 2)
  );
}

/**
 * The tenant's wijken at their centroids: per wijk a circle with its open klussen and a square
 * with the workers who can reach it, each larger for more and carrying its number, and the wijk's
 * name beside them (shortened where the whole name does not fit).
 */
export function wijkMap(id: string, wijken: readonly WijkFigures[]): string {
  if (wijken.length === 0) return emptySentence("Er zijn nog geen wijken om op de kaart te zetten.");
  const top = legend(
    id,
    [
      { fill: JOBS, label: "open klussen", shape: "circle" },
      { fill: WORKERS, label: "beschikbare wijk-werkers" },
    ],
    0,
    WIDTH,
  );
  const mapTop = top.bottom + 8;
  const { height, xy } = project(
    wijken.map((w) => w.centroid),
    MAP_BOX,
  );
  const maxJobs = Math.max(...wijken.map((w) => w.openJobs));
  const maxWorkers = Math.max(...wijken.map((w) => w.availableWorkers));
  const size = wijken.map((w) => sizes(w, maxJobs, maxWorkers));
  const area = { width: WIDTH, top: mapTop, bottom: mapTop + height };
  const at = spread(
    wijken.map((_, i) => ({ x: xy[i]!.x, y: mapTop + xy[i]!.y, w: size[i]!.w, h: size[i]!.h })),
    area,
  );
  // A moved marker keeps a thin line to a dot at its centroid.
  const leaders = wijken.map((_, i) => {
    const [x0, y0, x1, y1] = [xy[i]!.x, mapTop + xy[i]!.y, at[i]!.x, at[i]!.y];
    if (Math.hypot(x1 - x0, y1 - y0) < 4) return "";
    return `<line x1="${r1(x0)}" y1="${r1(y0)}" x2="${r1(x1)}" y2="${r1(y1)}" stroke="${GRID}" stroke-width="1"></line><circle cx="${r1(x0)}" cy="${r1(y0)}" r="2" fill="${INK}"></circle>`;
  });
  const rects: Rect[] = wijken.map((_, i) => ({ x: at[i]!.x - size[i]!.w / 2, y: at[i]!.y - size[i]!.h / 2, w: size[i]!.w, h: size[i]!.h }));
  // The wijken with the most open klussen get their names placed first.
  const order = wijken.map((_, i) => i).sort((a, b) => wijken[b]!.openJobs - wijken[a]!.openJobs || a - b);
  const placed = placeLabels(
    order.map((i) => ({ marker: rects[i]!, forms: [wijken[i]!.name, ...SHORTER.map((n) => fit(wijken[i]!.name, n * FONT * 0.58, FONT))] })),
    area,
    FONT,
  );
  const label = new Map(order.map((i, k) => [i, placed[k]!]));
  // One group per wijk: its markers and its name (the lines to the centroids go beneath all markers).
  const groups = wijken.map((w, i) => {
    const p = label.get(i)!;
    const text = `<text x="${r1(p.x)}" y="${r1(p.y)}" font-size="${FONT}" text-anchor="${p.anchor}" fill="${INK}">${esc(p.text)}</text>`;
    return `<g class="wijk">${markers(id, at[i]!.x, at[i]!.y, w, size[i]!)}${text}</g>`;
  });
  const jobs = wijken.reduce((s, w) => s + w.openJobs, 0);
  const busiest = [...wijken].sort((a, b) => b.openJobs - a.openJobs)[0]!;
  return frame({
    id,
    title: "Kaart van de wijken: open klussen en beschikbare wijk-werkers",
    desc:
      `${count(wijken.length, "wijk", "wijken")} op hun plaats. Per wijk een cirkel met het aantal open klussen en een vierkant met het aantal wijk-werkers dat er kan werken; groter is meer. ` +
      `Samen ${count(jobs, "open klus", "open klussen")}${jobs > 0 ? `, de meeste in ${busiest.name} (${busiest.openJobs})` : ""}. ` +
      `Waar wijken dicht bij elkaar liggen, staan de tekens wat opzij, met een lijntje naar hun plaats. Lange namen zijn ingekort; de tabel hieronder geeft ze voluit.`,
    width: WIDTH,
    height: mapTop + height,
    body:
      top.svg +
      `<rect x="0.5" y="${r1(mapTop)}" width="${WIDTH - 1}" height="${r1(height - 0.5)}" fill="#ffffff" stroke="${GRID}" stroke-width="1"></rect>` +
      leaders.join("") +
      groups.join(""),
  });
}

import { textWidth } from "./svg.ts";

/** Where the wijk map's names go: beside their marker, never over another name or marker, inside the box. */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placed {
  text: string;
  /** Baseline position and anchor of the SVG <text>. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  rect: Rect;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

function candidates(m: Rect, text: string, fontSize: number): Placed[] {
  const w = textWidth(text, fontSize);
  const h = fontSize + 2;
  const midY = m.y + m.h / 2;
  const midX = m.x + m.w / 2;
  return [
    { text, x: m.x + m.w + 3, y: midY + fontSize / 3, anchor: "start", rect: { x: m.x + m.w + 3, y: midY - h / 2, w, h } },
    { text, x: m.x - 3, y: midY + fontSize / 3, anchor: "end", rect: { x: m.x - 3 - w, y: midY - h / 2, w, h } },
    { text, x: midX, y: m.y + m.h + fontSize, anchor: "middle", rect: { x: midX - w / 2, y: m.y + m.h + 1, w, h } },
    { text, x: midX, y: m.y - 4, anchor: "middle", rect: { x: midX - w / 2, y: m.y - 3 - h, w, h } },
    // The corners, where the sides are taken.
    { text, x: m.x + m.w, y: m.y + m.h + fontSize, anchor: "start", rect: { x: m.x + m.w, y: m.y + m.h + 1, w, h } },
    { text, x: m.x + m.w, y: m.y - 4, anchor: "start", rect: { x: m.x + m.w, y: m.y - 3 - h, w, h } },
    { text, x: m.x, y: m.y + m.h + fontSize, anchor: "end", rect: { x: m.x - w, y: m.y + m.h + 1, w, h } },
    { text, x: m.x, y: m.y - 4, anchor: "end", rect: { x: m.x - w, y: m.y - 3 - h, w, h } },
  ];
}

/**
 * Greedy, in the order given (put the wijken that matter most first): each label takes the first
 * free place right, left, below or above its marker, then at a corner; where the text fits nowhere its shorter
 * forms are tried in turn, and failing that the least crowded place of the shortest is taken.
 */
export function placeLabels(
  items: readonly { marker: Rect; forms: readonly string[] }[],
  box: { width: number; top: number; bottom: number },
  fontSize: number,
): Placed[] {
  const taken: Rect[] = items.map((i) => i.marker);
  const inside = (r: Rect) => r.x >= 0 && r.x + r.w <= box.width && r.y >= box.top && r.y + r.h <= box.bottom;
  const crowding = (p: Placed, own: Rect) => taken.filter((t) => t !== own).reduce((s, t) => s + overlap(p.rect, t), 0);
  return items.map((item) => {
    const options = item.forms.flatMap((text) => candidates(item.marker, text, fontSize)).filter((p) => inside(p.rect));
    const shortest = item.forms[item.forms.length - 1]!;
    const chosen =
      options.find((p) => crowding(p, item.marker) === 0) ??
      candidates(item.marker, shortest, fontSize)
        .filter((p) => inside(p.rect))
        .sort((a, b) => crowding(a, item.marker) - crowding(b, item.marker))[0] ??
      candidates(item.marker, shortest, fontSize)[0]!;
    taken.push(chosen.rect);
    return chosen;
  });
}

/**
 * Markers that would cover each other are moved apart, as little as needed (a Dorling-style
 * relaxation): in a city the wijken lie too close for a marker each at 360 px. The map then
 * draws a thin line from each moved marker back to its centroid, so nothing pretends to lie
 * elsewhere. Deterministic: the same wijken give the same map.
 */

export interface Item {
  /** The centre the marker wants (the projected centroid). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export function spread(items: readonly Item[], box: { width: number; top: number; bottom: number }, gap = 2, rounds = 300): { x: number; y: number }[] {
  const p = items.map((i) => ({ x: i.x, y: i.y }));
  const clamp = (k: number) => {
    const { w, h } = items[k]!;
    p[k]!.x = Math.min(box.width - w / 2, Math.max(w / 2, p[k]!.x));
    p[k]!.y = Math.min(box.bottom - h / 2, Math.max(box.top + h / 2, p[k]!.y));
  };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < p.length; i++) {
      for (let j = i + 1; j < p.length; j++) {
        const a = p[i]!;
        const b = p[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const ox = (items[i]!.w + items[j]!.w) / 2 + gap - Math.abs(dx);
        const oy = (items[i]!.h + items[j]!.h) / 2 + gap - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Apart along the axis that needs the shorter move; on one spot, the later one goes right or down.
        if (ox < oy) {
          const s = (ox / 2) * (dx < 0 ? -1 : 1);
          a.x -= s;
          b.x += s;
        } else {
          const s = (oy / 2) * (dy < 0 ? -1 : 1);
          a.y -= s;
          b.y += s;
        }
        clamp(i);
        clamp(j);
      }
    }
    if (!moved) break;
  }
  return p;
}

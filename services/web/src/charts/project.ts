/** Centroids onto a box: the projection of the wijk map, kept apart so it can be tested alone. */

export interface LatLon {
  lat: number;
  lon: number;
}

export interface Box {
  width: number;
  minHeight: number;
  maxHeight: number;
  /** Room left free at the sides and at top and bottom, for the markers. */
  padX: number;
  padY: number;
}

/**
 * An equirectangular projection around the wijken's mean latitude (a municipality is small
 * enough for it), scaled to fill the box's width, or its maximum height for a tall area, keeping
 * the shape: the easternmost wijk lands on the right edge of the inner box (width − padX), the
 * northernmost on its top (padY), unless the area is too flat or too narrow to fill that way,
 * when it is centred. The box's height follows the area's shape between minHeight and maxHeight.
 */
export function project(points: readonly LatLon[], box: Box): { height: number; xy: { x: number; y: number }[] } {
  if (points.length === 0) return { height: box.minHeight, xy: [] };
  const meanLat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p.lon * k);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const innerW = box.width - 2 * box.padX;
  const innerHMax = box.maxHeight - 2 * box.padY;
  const scale = Math.min(spanX > 0 ? innerW / spanX : Infinity, spanY > 0 ? innerHMax / spanY : Infinity);
  if (!Number.isFinite(scale)) {
    // One place (or all wijken on one spot): the middle of the box.
    return { height: box.minHeight, xy: points.map(() => ({ x: box.width / 2, y: box.minHeight / 2 })) };
  }
  const height = Math.min(box.maxHeight, Math.max(box.minHeight, spanY * scale + 2 * box.padY));
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return { height, xy: points.map((_, i) => ({ x: offsetX + (xs[i]! - minX) * scale, y: offsetY + (maxY - ys[i]!) * scale })) };
}

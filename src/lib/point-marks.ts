/**
 * The points of a 2-D scatter as two SVG path strings, one per class: class 0 as circles, class 1 as
 * squares (so colour is not the only cue). Two elements instead of one per point: a few hundred
 * points then cost the page two nodes to hydrate, diff and paint instead of hundreds.
 *
 * Coordinates go to a 100×100 box over `extent` = [xMin, xMax, yMin, yMax], y up (SVG rows go down).
 * A circle of radius r at (x, y) is two half-circle arcs from (x − r, y); a square is its 2r × 2r box.
 */

/** Marks' half-size in box units (a circle's radius, half a square's side). */
export const MARK_RADIUS = 1.1;

/** Two decimals are a hundredth of a box unit: below a pixel at any chart size the site uses. */
const fixed = (v: number) => Math.round(v * 100) / 100;

export function markPaths(
  xy: ArrayLike<number>,
  labels: ArrayLike<number>,
  extent: readonly [number, number, number, number],
  r = MARK_RADIUS,
): [circles: string, squares: string] {
  const [x0, x1, y0, y1] = extent;
  const d = fixed(2 * r);
  const circles: string[] = [];
  const squares: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const x = ((xy[2 * i] - x0) / (x1 - x0)) * 100;
    const y = (1 - (xy[2 * i + 1] - y0) / (y1 - y0)) * 100;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (labels[i] === 1) squares.push(`M${fixed(x - r)} ${fixed(y - r)}h${d}v${d}h${-d}z`);
    else circles.push(`M${fixed(x - r)} ${fixed(y)}a${r} ${r} 0 1 0 ${d} 0a${r} ${r} 0 1 0 ${-d} 0z`);
  }
  return [circles.join(''), squares.join('')];
}

/** The points where a 2-D decision map is evaluated: a g×g grid of cell centres over the data. */
import type { Dataset } from './datasets';

export interface DecisionGrid {
  /** Row-major [g·g, 2]; row r, column c is point r·g + c; row 0 is the top (largest y). */
  points: Float32Array;
  /** [xmin, xmax, ymin, ymax]: the data's bounding box plus 10 % on each side. */
  extent: [number, number, number, number];
  size: number;
}

export function decisionGrid(sets: Dataset[], size: number): DecisionGrid {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const d of sets) {
    if (d.dims !== 2) throw new Error('decision grid: 2-D data only');
    for (let i = 0; i < d.n; i++) {
      const [x, y] = [d.x[2 * i], d.x[2 * i + 1]];
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  if (!Number.isFinite(x0)) [x0, x1, y0, y1] = [-1, 1, -1, 1];
  const padX = Math.max(0.1 * (x1 - x0), 0.05);
  const padY = Math.max(0.1 * (y1 - y0), 0.05);
  const extent: DecisionGrid['extent'] = [x0 - padX, x1 + padX, y0 - padY, y1 + padY];
  const points = new Float32Array(size * size * 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const k = 2 * (r * size + c);
      points[k] = extent[0] + ((c + 0.5) / size) * (extent[1] - extent[0]);
      points[k + 1] = extent[3] - ((r + 0.5) / size) * (extent[3] - extent[2]);
    }
  }
  return { points, extent, size };
}

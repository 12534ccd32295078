/** The grid where decision maps are evaluated (src/lib/decision-grid.ts): cell centres, padding, orientation. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/datasets';
import { decisionGrid } from '../../src/lib/decision-grid';

const points = (xy: number[], dims = 2): Dataset => ({
  x: Float32Array.from(xy),
  y: new Uint8Array(xy.length / dims),
  n: xy.length / dims,
  dims,
  classes: 2,
});

describe('decisionGrid', () => {
  it('covers every split with 10 % padding and puts row 0 at the top', () => {
    const g = decisionGrid([points([0, 0, 10, 2]), points([-10, -2])], 2);
    expect(g.extent).toEqual([-12, 12, -2.4, 2.4]);
    expect(g.size).toBe(2);
    // Cell centres, row-major: (r, c) = (0, 0) top left … (1, 1) bottom right.
    expect(Array.from(g.points).map((v) => Math.round(v * 10) / 10)).toEqual([-6, 1.2, 6, 1.2, -6, -1.2, 6, -1.2]);
  });

  it('pads a flat axis by at least 0.05 so the grid never collapses', () => {
    const g = decisionGrid([points([1, 3, 1, 5])], 3);
    expect(g.extent[0]).toBeCloseTo(0.95, 6);
    expect(g.extent[1]).toBeCloseTo(1.05, 6);
    expect(g.extent[2]).toBeCloseTo(2.8, 6);
    expect(g.extent[3]).toBeCloseTo(5.2, 6);
    expect(g.points).toHaveLength(18);
  });

  it('falls back to [−1, 1]² without points, and refuses data that is not 2-D', () => {
    expect(decisionGrid([points([])], 1).extent).toEqual([-1.2, 1.2, -1.2, 1.2]);
    expect(() => decisionGrid([points([1, 2, 3], 3)], 2)).toThrow(/2-D/);
  });
});

import { describe, expect, it } from 'vitest';
import { MARK_RADIUS, markPaths } from '~/lib/point-marks';

/** The start point of every subpath (`M x y`) of a path string. */
const starts = (d: string) => [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('markPaths', () => {
  const extent = [-2, 2, -1, 3] as const;
  const r = MARK_RADIUS;

  it.each([
    ['the centre of the extent', [0, 1], [50, 50]],
    ['its top-left corner (y up in data, down in SVG)', [-2, 3], [0, 0]],
    ['its bottom-right corner', [2, -1], [100, 100]],
    ['a quarter of the way in each axis', [-1, 0], [25, 75]],
  ])('places a point at %s', (_, [x, y], [bx, by]) => {
    const [circles] = markPaths([x, y], [0], extent);
    const [[mx, my]] = starts(circles);
    // A circle starts at its leftmost point, (cx − r, cy).
    expect(mx + r).toBeCloseTo(bx, 1);
    expect(my).toBeCloseTo(by, 1);
    const [, squares] = markPaths([x, y], [1], extent);
    const [[sx, sy]] = starts(squares);
    // A square starts at its top-left corner, (cx − r, cy − r).
    expect(sx + r).toBeCloseTo(bx, 1);
    expect(sy + r).toBeCloseTo(by, 1);
  });

  it('puts class 0 in the circles path and class 1 in the squares path, one subpath per point', () => {
    const xy = [0, 0, 1, 1, -1, 2, 0.5, 0.5, 1.5, -0.5];
    const [circles, squares] = markPaths(xy, [0, 1, 1, 0, 1], extent);
    expect(starts(circles)).toHaveLength(2);
    expect(starts(squares)).toHaveLength(3);
    expect(circles).toMatch(/a1\.1 1\.1 0 1 0 2\.2 0a1\.1 1\.1 0 1 0 -2\.2 0z/);
    expect(squares).toMatch(/h2\.2v2\.2h-2\.2z/);
  });

  it('skips points with a coordinate that is not finite and draws nothing for no points', () => {
    const [circles, squares] = markPaths([NaN, 0, 0, Infinity, 0, 0], [0, 1, 0], extent);
    expect(starts(circles)).toHaveLength(1);
    expect(squares).toBe('');
    expect(markPaths([], [], extent)).toEqual(['', '']);
  });
});

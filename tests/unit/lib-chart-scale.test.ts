import { describe, expect, it } from 'vitest';
import { linePath, niceStep, ticks, unit, xScale, yScale } from '../../src/lib/chart-scale';

describe('niceStep', () => {
  it.each([
    [0.7, 0.5],
    [1, 1],
    [1.41, 1],
    [1.42, 2],
    [3.1, 2],
    [3.2, 5],
    [7, 5],
    [7.1, 10],
    [0.013, 0.01],
    [430, 500],
  ])('%d → %d', (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 12);
  });
});

describe('yScale', () => {
  it('keeps a fixed range', () => {
    expect(yScale([[0.3, 0.9]], { fixed: [0, 1] }).domain).toEqual([0, 1]);
  });

  it('widens the data to whole ticks, skipping nulls and non-finite values', () => {
    const s = yScale([
      [0.62, null, 0.71],
      [NaN, 0.43, Infinity],
    ]);
    expect(s.log).toBe(false);
    // Range 0.28 → step niceStep(0.07) = 0.05: [0.4, 0.75].
    expect(s.domain[0]).toBeCloseTo(0.4, 12);
    expect(s.domain[1]).toBeCloseTo(0.75, 12);
  });

  it('gives a flat series room around it, and [0, 1] without data', () => {
    const flat = yScale([[2, 2, 2]]).domain;
    expect(flat[0]).toBeLessThan(2);
    expect(flat[1]).toBeGreaterThan(2);
    expect(yScale([[0, 0]]).domain).toEqual([-1, 1]);
    expect(yScale([[], [null]]).domain).toEqual([0, 1]);
  });

  it('rounds a log axis out to whole decades and ignores values ≤ 0', () => {
    expect(yScale([[0.03, 0, -1, 2.5]], { log: true }).domain).toEqual([0.01, 10]);
    expect(yScale([[1, 1]], { log: true }).domain).toEqual([1, 10]);
    expect(yScale([[null]], { log: true }).domain).toEqual([0.1, 1]);
  });
});

describe('xScale', () => {
  it.each([
    [[], [0, 1]],
    [[5], [5, 6]],
    [
      [0, 10, 400],
      [0, 400],
    ],
  ])('%j → %j', (xs, domain) => {
    expect(xScale(xs).domain).toEqual(domain);
  });

  it('on a log axis: first to last value, ticks at the powers of ten inside, positions by log10', () => {
    const s = xScale([0.1, 0.5, 1, 10], true);
    expect(s).toEqual({ domain: [0.1, 10], log: true });
    expect(ticks(s)).toEqual([0.1, 1, 10]);
    expect(unit(s, 1)).toBeCloseTo(0.5, 12);
    expect(xScale([3], true).domain).toEqual([3, 30]);
  });
});

describe('ticks', () => {
  it('steps by 1, 2 or 5 × 10^k inside the domain, without float noise', () => {
    expect(ticks({ domain: [0, 1], log: false }, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks({ domain: [0, 400], log: false }, 4)).toEqual([0, 100, 200, 300, 400]);
    expect(ticks({ domain: [0.1, 0.7], log: false }, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(ticks({ domain: [13, 87], log: false }, 3)).toEqual([20, 40, 60, 80]);
  });

  it('puts one tick on every power of ten of a log axis', () => {
    expect(ticks({ domain: [0.001, 10], log: true })).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
});

describe('unit and linePath', () => {
  const sx = { domain: [0, 10] as [number, number], log: false };
  const sy = { domain: [0, 1] as [number, number], log: false };

  it('maps the domain to [0, 1], linearly or by decades', () => {
    expect(unit(sx, 2.5)).toBe(0.25);
    expect(unit({ domain: [0.01, 100], log: true }, 1)).toBeCloseTo(0.5, 12);
  });

  it('draws y upwards in a w×h box and breaks the line at gaps', () => {
    const d = linePath([0, 5, 10, 15], [0, null, 1, 0.5], sx, sy, 200, 100);
    expect(d).toBe('M0 100M200 0L300 50');
  });

  it('breaks on a non-positive value on a log axis and stops at the shorter array', () => {
    const log = { domain: [0.1, 10] as [number, number], log: true };
    expect(linePath([0, 5, 10], [1, 0, 10, 99], sx, log, 100, 100)).toBe('M0 50M100 0');
  });
});

import { describe, expect, it } from 'vitest';
import { argmax, column, ema, extent, l2norm, mean, percentile, percentiles, std, variance } from '../../src/lib/stats';

describe('percentiles (linear interpolation between closest ranks)', () => {
  /*
   * Sorted 1, 2, 3, 4, 5 (n = 5): the p-th percentile sits at position p/100·4.
   *   p15 → 0.6 → 1 + 0.6·(2 − 1) = 1.6;  p50 → 2 → 3;  p85 → 3.4 → 4 + 0.4·(5 − 4) = 4.4
   */
  it('matches hand-computed values on unsorted Float32 input', () => {
    const v = Float32Array.from([4, 1, 5, 3, 2]);
    const [p15, p50, p85] = percentiles(v, [15, 50, 85]);
    expect(p15).toBeCloseTo(1.6, 6);
    expect(p50).toBe(3);
    expect(p85).toBeCloseTo(4.4, 6);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile(v, 100)).toBe(5);
    expect(Array.from(v)).toEqual([4, 1, 5, 3, 2]); // input untouched
  });

  it('handles one value, NaN entries, empty input and bad p', () => {
    expect(percentile([7], 85)).toBe(7);
    expect(percentiles([NaN, 10, NaN, 20], [50])).toEqual([15]);
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([NaN], 50)).toBeNaN();
    expect(() => percentile([1, 2], 101)).toThrow(/percentil/);
    expect(() => percentile([1, 2], -1)).toThrow(/percentil/);
    expect(percentile([-Infinity, 0, Infinity], 50)).toBe(0);
  });
});

describe('moments and helpers', () => {
  it('mean, biased and unbiased variance, std', () => {
    const v = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, Σ(x − 5)² = 32
    expect(mean(v)).toBe(5);
    expect(variance(v)).toBe(4);
    expect(variance(v, true)).toBeCloseTo(32 / 7, 12);
    expect(std(v)).toBe(2);
    expect(mean([])).toBeNaN();
    expect(variance([1], true)).toBeNaN();
  });

  it('extent, column, l2norm, argmax', () => {
    expect(extent([3, -1, NaN, 8])).toEqual([-1, 8]);
    expect(extent([])).toEqual([NaN, NaN]);
    expect(Array.from(column([1, 2, 3, 4, 5, 6], 3, 2, 1))).toEqual([2, 4, 6]);
    expect(() => column([1, 2, 3], 3, 2, 0)).toThrow();
    expect(l2norm([3, 4])).toBe(5);
    expect(argmax([1, 9, 9, 2])).toBe(1);
    expect(argmax([])).toBe(-1);
  });
});

describe('edges of the helpers', () => {
  it('a single value: biased variance 0, unbiased NaN; an empty input NaN either way', () => {
    expect(variance([3])).toBe(0);
    expect(variance([])).toBeNaN();
    expect(std([NaN, 1, 3])).toBe(1);
  });

  it.each([
    [3, 2, -1],
    [3, 2, 2],
    [3, 3, 0],
  ])('column of a %i×%i matrix given 6 values refuses column %i', (rows, cols, j) => {
    expect(() => column([1, 2, 3, 4, 5, 6], rows, cols, j)).toThrow(/outside/);
  });

  it('argmax of negative values and a later maximum; extent of one value', () => {
    expect(argmax([-5, -3, -4])).toBe(1);
    expect(argmax([5, 1, 2])).toBe(0);
    expect(extent([9, 1])).toEqual([1, 9]);
    expect(Array.from(column([1, 2, 3, 4], 2, 2, 0))).toEqual([1, 3]);
    expect(variance([1, 3], true)).toBe(2);
    expect(argmax([1, 2, 2])).toBe(1);
    expect(extent([4])).toEqual([4, 4]);
    expect(l2norm([])).toBe(0);
  });

  it('interpolates between the two closest ranks, not beyond', () => {
    expect(percentile([0, 10], 25)).toBe(2.5);
    expect(percentile([0, 10, 20, 30], 50)).toBe(15);
    expect(percentile([10, 0], 100)).toBe(10);
  });
});

describe('ema', () => {
  it('weights the newest value by α, starting from the first', () => {
    const out = ema([2, 4, 4, 0], 0.5);
    // 2; 0.5·4 + 0.5·2 = 3; 0.5·4 + 0.5·3 = 3.5; 0.5·0 + 0.5·3.5 = 1.75.
    expect(out).toEqual([2, 3, 3.5, 1.75]);
  });

  it('leaves gaps as gaps and carries the average across them', () => {
    expect(ema([1, null, NaN, 3, null], 0.25)).toEqual([1, null, null, 1.5, null]);
    expect(ema([null, 5], 0.3)).toEqual([null, 5]);
    expect(ema([], 0.3)).toEqual([]);
  });

  it('α = 1 is the raw series', () => {
    expect(ema([0.6, 0.2, 0.9], 1)).toEqual([0.6, 0.2, 0.9]);
  });
});

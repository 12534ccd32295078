/** Dataset plumbing (src/lib/datasets/transform.ts) by hand on tiny matrices: statistics, units, rows, batches. */
import { describe, expect, it } from 'vitest';
import { Batcher, changeUnits, featureStats, gatherRows, standardizeInPlace, standardizer, type Dataset } from '../../src/lib/datasets';

// Feature 0: 1, 3, 5 (mean 3, biased std √(8/3)); feature 1 constant 7.
const data = (): Dataset => ({ x: Float32Array.from([1, 7, 3, 7, 5, 7]), y: Uint8Array.from([0, 1, 0]), n: 3, dims: 2, classes: 2 });
const S = Math.sqrt(8 / 3);

describe('standardisation', () => {
  it('featureStats: per-feature mean and biased standard deviation', () => {
    const { mean, std } = featureStats(data().x, 3, 2);
    expect(Array.from(mean)).toEqual([3, 7]);
    expect(std[0]).toBeCloseTo(S, 12);
    expect(std[1]).toBe(0);
  });

  it('standardizeInPlace scales a varying feature and only centres a constant one', () => {
    const d = data();
    standardizeInPlace(d.x, 3, 2);
    const want = [-2 / S, 0, 0, 0, 2 / S, 0];
    Array.from(d.x).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
  });

  it('standardizer gives the same map as scale and shift', () => {
    const { scale, shift } = standardizer(data());
    expect(scale[0]).toBeCloseTo(1 / S, 6);
    expect(shift[0]).toBeCloseTo(-3 / S, 6);
    expect(scale[1]).toBe(1);
    expect(shift[1]).toBe(-7);
  });
});

describe('changeUnits', () => {
  it('maps feature j to x·scale_j + shift_j on a copy', () => {
    const d = data();
    const out = changeUnits(d, { scale: [1000, 1], shift: [500, -7] });
    expect(Array.from(out.x)).toEqual([1500, 0, 3500, 0, 5500, 0]);
    expect(Array.from(d.x)).toEqual([1, 7, 3, 7, 5, 7]);
    expect(out.y).toBe(d.y);
  });

  it.each([
    [{ scale: [1], shift: [0, 0] }, /one scale and one shift/],
    [{ scale: [1, 1], shift: [0] }, /one scale and one shift/],
    [{ scale: [1, Infinity], shift: [0, 0] }, /feature 1 are not finite/],
    [{ scale: [1, 1], shift: [NaN, 0] }, /feature 0 are not finite/],
  ])('refuses units %j', (units, message) => {
    expect(() => changeUnits(data(), units)).toThrow(message);
  });
});

describe('gatherRows', () => {
  it('copies rows in the given order, repeats allowed', () => {
    const out = gatherRows(data(), [2, 0, 2]);
    expect(Array.from(out.x)).toEqual([5, 7, 1, 7, 5, 7]);
    expect(Array.from(out.y)).toEqual([0, 0, 0]);
    expect(out).toMatchObject({ n: 3, dims: 2, classes: 2 });
  });

  it.each([-1, 3, 0.5])('refuses row %d', (r) => {
    expect(() => gatherRows(data(), [r])).toThrow(/row out of range/);
  });
});

describe('Batcher edges', () => {
  it('keeps the short tail when asked, then starts a new epoch', () => {
    const b = new Batcher(5, 2, 3, false);
    expect([b.next().length, b.next().length, b.next().length]).toEqual([2, 2, 1]);
    expect(b.epoch).toBe(0);
    expect(b.next().length).toBe(2);
    expect(b.epoch).toBe(1);
  });

  it('accepts a batch of every row, and refuses a fractional one', () => {
    const b = new Batcher(4, 4, 1);
    expect([...b.next()].sort()).toEqual([0, 1, 2, 3]);
    expect(() => new Batcher(4, 2.5, 1)).toThrow(/integer from 1 to 4/);
  });
});

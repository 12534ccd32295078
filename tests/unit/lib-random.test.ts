import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, toSeed } from '../../src/lib/random';

const draw = (seed: number, k: number) => {
  const rng = createRng(seed);
  return Array.from({ length: k }, () => rng.uniform());
};

describe('seeded PRNG', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
    // Nearby seeds must not give shifted copies of one stream.
    const a = draw(1, 20);
    const b = draw(2, 20);
    expect(a.filter((v) => b.includes(v))).toHaveLength(0);
  });

  it('uniform() lies in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const v = draw(7, 100_000);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...v)).toBeLessThan(1);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('normal() has mean ≈ 0, std ≈ 1 and ≈ 68.3% of draws within one std', () => {
    const rng = createRng(123);
    const v = Array.from({ length: 100_000 }, () => rng.normal());
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length);
    const within = v.filter((x) => Math.abs(x) < 1).length / v.length;
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(std - 1)).toBeLessThan(0.015);
    expect(Math.abs(within - 0.6827)).toBeLessThan(0.01);
    expect(v.every(Number.isFinite)).toBe(true);
    const scaled = createRng(5).normal(10, 0.001);
    expect(Math.abs(scaled - 10)).toBeLessThan(0.01);
  });

  it('int(n) covers 0..n−1 evenly and rejects bad n', () => {
    const rng = createRng(9);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 50_000; i++) counts[rng.int(10)]++;
    // Chi-square with 9 degrees of freedom: 99.9th percentile ≈ 27.9.
    const chi2 = counts.reduce((s, c) => s + (c - 5000) ** 2 / 5000, 0);
    expect(chi2).toBeLessThan(27.9);
    for (const bad of [0, -1, 1.5, NaN]) expect(() => rng.int(bad)).toThrow();
    expect(rng.int(1)).toBe(0);
  });

  it('shuffle is a deterministic permutation in place', () => {
    const a = Array.from({ length: 100 }, (_, i) => i);
    const b = [...a];
    const out = createRng(3).shuffle(a);
    createRng(3).shuffle(b);
    expect(out).toBe(a);
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(a).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
    const p = createRng(3).permutation(100);
    expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('derives stable, distinct sub-seeds; fork leaves the parent untouched', () => {
    expect(deriveSeed(5, 'weights', 0)).toBe(deriveSeed(5, 'weights', 0));
    const seeds = new Set([
      deriveSeed(5, 'weights', 0),
      deriveSeed(5, 'weights', 1),
      deriveSeed(5, 'batches'),
      deriveSeed(6, 'weights', 0),
      toSeed(5),
      toSeed(6),
    ]);
    expect(seeds.size).toBe(6);
    const parent = createRng(11);
    const reference = createRng(11);
    const child = parent.fork('x');
    child.uniform();
    expect(parent.uniform()).toBe(reference.uniform());
    expect(createRng(11).fork('x').uniform()).toBe(createRng(deriveSeed(11, 'x')).uniform());
  });

  it('accepts negative and fractional seeds deterministically, rejects non-finite ones', () => {
    expect(draw(-3, 5)).toEqual(draw(-3, 5));
    expect(draw(0.5, 5)).toEqual(draw(0.5, 5));
    expect(draw(0.5, 5)).not.toEqual(draw(0.25, 5));
    expect(draw(2 ** 32 + 1, 5)).not.toEqual(draw(1, 5));
    expect(() => createRng(Infinity)).toThrow();
  });
});

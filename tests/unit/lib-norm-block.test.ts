/**
 * The N × C × (H·W) block of the `normalizaciones` demo: which cells share a mean and a variance
 * under each method, checked by the sets' sizes (Wu & He 2018, Fig. 2), against the dense index sets
 * and normalisation of src/lib/norms (the H·W = 1 case), and by hand on a tiny tensor.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_METHODS, blockSets, blockStats, cellIndex, groupsFit, type BlockMethod, type BlockShape } from '../../src/lib/norms/block';
import { normForward } from '../../src/lib/norms/normalize';

const shape: BlockShape = { n: 3, c: 4, hw: 5, groups: 2 };
const x = Float64Array.from({ length: 60 }, (_, i) => Math.sin(i * 1.7) * 3 + (i % 7));

describe('which cells share statistics', () => {
  it.each([
    ['batch', 4, 15],
    ['layer', 3, 20],
    ['instance', 12, 5],
    ['group', 6, 10],
  ] as [BlockMethod, number, number][])('%s: %i sets of %i cells', (method, count, size) => {
    const st = blockStats(method, shape, x);
    expect(st.mean.length).toBe(count);
    expect(st.size).toBe(size);
    for (let k = 0; k < count; k++) expect(st.set.filter((s) => s === k).length).toBe(size);
  });

  it('group with G = 1 is layer and with G = C is instance', () => {
    const same = (a: BlockMethod, b: BlockMethod, g: number) =>
      expect(Array.from(blockStats(a, { ...shape, groups: g }, x).set)).toEqual(Array.from(blockStats(b, shape, x).set));
    same('group', 'layer', 1);
    same('group', 'instance', 4);
  });

  it('batch shares across examples, the other three never do', () => {
    for (const method of BLOCK_METHODS) {
      const { of } = blockSets(method, shape);
      expect(of(0, 1, 2) === of(2, 1, 2)).toBe(method === 'batch');
    }
  });

  it('refuses groups that do not divide the channels', () => {
    expect(groupsFit({ ...shape, groups: 3 })).toBe(false);
    expect(() => blockSets('group', { ...shape, groups: 3 })).toThrow(/must divide/);
    expect(() => blockStats('batch', shape, [1, 2])).toThrow(/60/);
  });
});

describe('the numbers', () => {
  it('match the dense normalisation when H·W = 1', () => {
    const dense: BlockShape = { n: 4, c: 6, hw: 1, groups: 3 };
    const v = Float32Array.from({ length: 24 }, (_, i) => Math.cos(i) * 2 + i / 10);
    const ones = new Float32Array(6).fill(1);
    const zeros = new Float32Array(6);
    const specs = { batch: { kind: 'batch' }, layer: { kind: 'layer' }, group: { kind: 'group', groups: 3 } } as const;
    for (const [method, spec] of Object.entries(specs)) {
      const ref = normForward({ ...spec, position: 'before' }, v, 4, ones, zeros, 1e-5);
      const mine = blockStats(method as BlockMethod, dense, v);
      mine.xhat.forEach((xh, i) => expect(xh).toBeCloseTo(ref.xhat[i], 5));
    }
    // Instance normalisation of a dense layer averages one value: x̂ is always 0.
    expect(Array.from(blockStats('instance', dense, v).xhat).every((xh) => xh === 0)).toBe(true);
  });

  it('by hand: instance norm of one channel of 3 positions', () => {
    const tiny: BlockShape = { n: 1, c: 2, hw: 3, groups: 1 };
    const st = blockStats('instance', tiny, [1, 2, 3, 10, 10, 10], 0);
    expect(Array.from(st.mean)).toEqual([2, 10]);
    expect(st.variance[0]).toBeCloseTo(2 / 3, 12);
    expect(st.xhat[cellIndex(tiny, 0, 0, 2)]).toBeCloseTo(1 / Math.sqrt(2 / 3), 12);
    // A constant channel: 0/0 without ε, 0 with it (that is what ε is for).
    expect(st.xhat[cellIndex(tiny, 0, 1, 0)]).toBeNaN();
    expect(blockStats('instance', tiny, [1, 2, 3, 10, 10, 10]).xhat[cellIndex(tiny, 0, 1, 0)]).toBe(0);
  });
});

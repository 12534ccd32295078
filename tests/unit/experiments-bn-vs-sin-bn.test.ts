/** Demo bn-vs-sin-bn's pure part (src/lib/experiments/bn-vs-sin-bn.ts): spec, read-back schedule, preview. */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import { makeSplit } from '../../src/lib/datasets';
import { buildSpec, DATA, DECISION_GRID, DEFAULTS, evalEveryFor, preview } from '../../src/lib/experiments/bn-vs-sin-bn';
import { bnAt, COMPARISON } from '../../src/lib/experiments/norms';

describe('bn-vs-sin-bn spec', () => {
  it('two models that differ only in BN, on the reader’s network and data', () => {
    const spec = buildSpec({ ...DEFAULTS, bn: 'after', depth: 3, width: 8, lr: 0.2 });
    expect(spec.models).toEqual([
      { id: 'withBN', norm: bnAt('after'), learningRate: 0.2 },
      { id: 'withoutBN', norm: bnAt('none'), learningRate: 0.2 },
    ]);
    expect(spec.hidden).toEqual([8, 8, 8]);
    expect(spec).toMatchObject({ ...COMPARISON, optimizer: 'momentum', probes: { decisionGrid: DECISION_GRID } });
    expect(spec.dataset).toEqual({ name: DEFAULTS.dataset, n: DATA.n, noise: DATA.noise, testFraction: DATA.testFraction, seed: DEFAULTS.seed });
  });

  it.each([
    ['relu', 'he'],
    ['tanh', 'glorot'],
    ['sigmoid', 'glorot'],
  ] as const)('%s starts from %s initial weights', (act, init) => {
    expect(buildSpec({ ...DEFAULTS, act }).init).toBe(init);
  });

  it('reads back about 40 times per run, never more often than every 10 steps', () => {
    expect(evalEveryFor(400)).toBe(10);
    expect(evalEveryFor(1600)).toBe(40);
    expect(evalEveryFor(100)).toBe(10);
    expect(buildSpec({ ...DEFAULTS, steps: 800 }).evalEvery).toBe(20);
  });

  it('is accepted by the engine at its defaults', () => {
    expect(resolveConfig(buildSpec(DEFAULTS), { inputDims: 2, classes: 2, nTrain: 420 }).k).toBe(2);
  });
});

describe('preview', () => {
  it('shows the test points of the very split the run trains on, and the map’s extent over both splits', () => {
    const s = { ...DEFAULTS, dataset: 'lunas' as const, seed: 4 };
    const { points, extent } = preview(s);
    const split = makeSplit(buildSpec(s).dataset);
    expect(Array.from(points.xy)).toEqual(Array.from(split.test.x));
    expect(Array.from(points.labels)).toEqual(Array.from(split.test.y));
    const xs = [...split.train.x, ...split.test.x].filter((_, i) => i % 2 === 0);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    expect(extent[0]).toBeLessThan(lo);
    expect(extent[1]).toBeGreaterThan(hi);
    expect(extent[1] - extent[0]).toBeCloseTo(1.2 * (hi - lo), 5);
  });
});

/**
 * The `gn-grupos` demo (src/lib/experiments/gn-grupos.ts): the numeric tensor where GN with G = 1 is
 * LN and with G = C is IN, the sweep's specs and readings, and the degeneracy the page explains (with
 * two units per group x̂ = ±1, almost no gradient, and a huge one near a tie), checked on the
 * independent reference MLP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import { makeSplit, parseDigits } from '../../src/lib/datasets';
import * as gg from '../../src/lib/experiments/gn-grupos';
import { createMlp } from '../../src/lib/mlp-reference';
import { mlpTrainStep } from '../../src/lib/mlp-train';
import { normBackward, normForward } from '../../src/lib/norms/normalize';

const SHAPE = { inputDims: 64, classes: 10, nTrain: 1257, nTest: 540 };
const norm2 = (a: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((s, v) => s + v * v, 0));

describe('gn-grupos: the numeric tensor', () => {
  it.each([
    [1, 'layer', 0],
    [gg.TENSOR.shape.c, 'instance', 0],
  ] as const)('GN with G = %i gives the x̂ of %s in every cell, bit for bit', (g, ref, differing) => {
    const r = gg.compareGroups(g, ref);
    expect(r.differing).toBe(differing);
    expect(r.maxDiff).toBe(0);
    expect(r.cells).toBe(24);
    expect(Array.from(r.gn)).toEqual(Array.from(r.ref));
  });

  it('GN with G = 2 differs from both, and its sets are half an example (6 cells)', () => {
    for (const ref of ['layer', 'instance'] as const) {
      const r = gg.compareGroups(2, ref);
      expect(r.differing).toBeGreaterThan(12);
      expect(r.maxDiff).toBeGreaterThan(0.1);
      expect(r.gnSetSize).toBe(6);
    }
    expect(gg.compareGroups(2, 'layer').refSetSize).toBe(12);
    expect(gg.compareGroups(2, 'instance').refSetSize).toBe(3);
    expect(gg.tensorGroups()).toEqual([1, 2, 4]);
  });
});

describe('gn-grupos: the sweep', () => {
  it('one stack from the same weights: no normalisation, then GN with 1, 2, 4 … width groups', () => {
    const spec = gg.buildSpec(gg.DEFAULTS);
    expect(spec.sameInit).toBe(true);
    expect(spec.hidden).toEqual([32, 32]);
    expect(spec.models.map((m) => m.id)).toEqual(['none', 'gn-1', 'gn-2', 'gn-4', 'gn-8', 'gn-16', 'gn-32']);
    expect(spec.models[3].norm).toEqual({ kind: 'group', position: 'before', groups: 4 });
    expect(gg.groupCounts(128)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
    expect(gg.groupCounts(24)).toEqual([1, 2, 4, 8]);
  });

  it('every spec is one the engine accepts, at the edges of the settings too', () => {
    for (const width of gg.SCHEMA.width.choices!) {
      const spec = gg.buildSpec({ ...gg.DEFAULTS, width, steps: gg.SCHEMA.steps.max });
      expect(resolveConfig(spec, SHAPE).ids).toEqual(spec.models.map((m) => m.id));
    }
  });

  it('errors are 1 − accuracy by group count, null before a read-back; a model at chance is collapsed', () => {
    const e = gg.sweepErrors(gg.DEFAULTS, { none: 0.96, 'gn-1': 0.95, 'gn-2': 0.9, 'gn-16': 0.1, 'gn-32': 0.09 });
    expect(e.none).toBeCloseTo(0.04, 10);
    expect(e.gn.map((v) => (v === null ? null : Number(v.toFixed(2))))).toEqual([0.05, 0.1, null, null, 0.9, 0.91]);
    expect(gg.collapsedGroups(gg.DEFAULTS, e)).toEqual([16, 32]);
  });

  it('Table 3 of the paper as published: seven group counts and seven channel counts', () => {
    expect(gg.PAPER_TABLE_3.groupsError[1]).toBe(24.1);
    expect(gg.PAPER_TABLE_3.channelsError.at(-1)).toBe(28.4);
  });
});

describe('gn-grupos: why one or two units per group break a dense layer', () => {
  const gn2 = { kind: 'group', position: 'before', groups: 1 } as const;
  const ones = new Float64Array([1, 1]);
  const zeros = new Float64Array(2);

  it('two units: x̂ = ±1 and the gradient cancels; near a tie it is up to 1/√ε larger', () => {
    const far = normForward(gn2, new Float64Array([3, -1]), 1, ones, zeros, 1e-5);
    expect(Array.from(far.xhat).map((v) => Number(v.toFixed(5)))).toEqual([1, -1]);
    const dFar = normBackward(new Float64Array([0.7, -0.2]), far).dx;
    expect(norm2(dFar)).toBeLessThan(1e-5);
    const tie = normForward(gn2, new Float64Array([1e-4, -1e-4]), 1, ones, zeros, 1e-5);
    const dTie = normBackward(new Float64Array([0.7, -0.2]), tie).dx;
    expect(norm2(dTie)).toBeGreaterThan(100);
  });

  it('one unit: x̂ = 0 whatever the input', () => {
    const f = normForward({ kind: 'group', position: 'before', groups: 2 }, new Float64Array([5, -3]), 1, ones, zeros, 1e-5);
    expect(Array.from(f.xhat)).toEqual([0, 0]);
  });

  it('on the digits, seeds 1–5: with 2 units per group the first weights jump in 50 steps; with 8 they barely move', () => {
    const digits = parseDigits(readFileSync('public/data/digits.bin'));
    const { train } = makeSplit(gg.buildSpec(gg.DEFAULTS).dataset, digits);
    const growth = (groups: number, seed: number) => {
      const mlp = createMlp(
        { inputs: 64, hidden: [32, 32], classes: 10, activation: 'relu', norm: { kind: 'group', position: 'before', groups } },
        seed,
      );
      const before = norm2(mlp.dense[0].w);
      const velocity = new Map();
      for (let step = 0; step < 50; step++) {
        const rows = Array.from({ length: 32 }, (_, k) => (step * 32 + k) % train.n);
        const x = new Float32Array(32 * 64);
        rows.forEach((r, k) => x.set(train.x.subarray(r * 64, r * 64 + 64), k * 64));
        mlpTrainStep(
          mlp,
          x,
          rows.map((r) => train.y[r]),
          32,
          gg.DEFAULTS.lr,
          { mu: 0.9, velocity },
        );
      }
      return norm2(mlp.dense[0].w) / before;
    };
    const ratios = [1, 2, 3, 4, 5].map((seed) => [growth(16, seed), growth(4, seed)]);
    if (process.env.GN_REPORT) console.log('W1 growth [G=16, G=4]: ' + JSON.stringify(ratios.map((r) => r.map((v) => v.toFixed(2)))));
    // Measured ×1.5 to ×10.7 with two units per group, ×1.1 with eight.
    for (const [pairs, eights] of ratios) {
      expect(pairs).toBeGreaterThan(1.3 * eights);
      expect(eights).toBeLessThan(1.3);
    }
    expect(Math.max(...ratios.map(([pairs]) => pairs))).toBeGreaterThan(5);
  });
});

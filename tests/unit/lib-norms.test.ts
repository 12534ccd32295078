/**
 * The reference normalisations (src/lib/norms): every kind passes a finite-difference check of its
 * backward pass; BN agrees with the separate BN reference (src/lib/batchnorm.ts); GN with one group is
 * LN; the index sets are what the papers say; shapes a kind cannot normalise are refused with a code.
 */
import { describe, expect, it } from 'vitest';
import { bnBackward, bnForwardTrain } from '../../src/lib/batchnorm';
import { indexSets, shapeProblem, type NormalisingSpec } from '../../src/lib/norms/index-sets';
import { featureMoments, normBackward, normForward, normForwardRunning, NormShapeError } from '../../src/lib/norms/normalize';
import { createRng } from '../../src/lib/random';

const N = 6;
const C = 4;
const EPS = 1e-5;

function data(seed: number, len: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: len }, () => rng.normal(0.3, 1.2));
}

const kinds: [string, NormalisingSpec][] = [
  ['batch', { kind: 'batch', position: 'before' }],
  ['batch, ghost 2', { kind: 'batch', position: 'before', ghostBatch: 2 }],
  ['batch, ghost 3', { kind: 'batch', position: 'before', ghostBatch: 3 }],
  ['layer', { kind: 'layer', position: 'before' }],
  ['rms', { kind: 'rms', position: 'before' }],
  ['group 2', { kind: 'group', position: 'before', groups: 2 }],
  ['group = C', { kind: 'group', position: 'before', groups: C }],
];

describe.each(kinds)('%s', (_, spec) => {
  const x = data(1, N * C);
  const gamma = Float64Array.from({ length: C }, (_, j) => 0.7 + 0.2 * j);
  const beta = Float64Array.from({ length: C }, (_, j) => 0.1 * j - 0.2);
  const w = data(2, N * C); // L = Σ w·y

  const loss = (xs: Float64Array, g = gamma, b = beta) => {
    const y = normForward(spec, xs, N, g, b, EPS).y;
    let sum = 0;
    for (let k = 0; k < y.length; k++) sum += y[k] * w[k];
    return sum;
  };

  it('backward matches finite differences for x, γ and β', () => {
    const grads = normBackward(w, normForward(spec, x, N, gamma, beta, EPS));
    const h = 1e-6;
    const fd = (f: (d: number) => number) => (f(h) - f(-h)) / (2 * h);
    for (let k = 0; k < x.length; k++) {
      const num = fd((d) => {
        const xs = x.slice();
        xs[k] += d;
        return loss(xs);
      });
      // Sets of one element (GN with one feature per group) are a constant 0 whatever x: dx = 0.
      expect(Math.abs(grads.dx[k] - num), `dx[${k}]`).toBeLessThan(1e-5 * (1 + Math.abs(num)));
    }
    for (let j = 0; j < C; j++) {
      const ng = fd((d) => {
        const g = gamma.slice();
        g[j] += d;
        return loss(x, g);
      });
      const nb = fd((d) => {
        const b = beta.slice();
        b[j] += d;
        return loss(x, gamma, b);
      });
      expect(Math.abs(grads.dgamma[j] - ng)).toBeLessThan(1e-5 * (1 + Math.abs(ng)));
      expect(Math.abs(grads.dbeta[j] - nb)).toBeLessThan(1e-5 * (1 + Math.abs(nb)));
    }
  });

  it('each set of x̂ has mean 0 (centred kinds) and mean square ≈ 1 unless a set has one element', () => {
    const f = normForward(spec, x, N, gamma, beta, 1e-12);
    const sets = indexSets(spec, N, C);
    const sum = new Float64Array(sets.count);
    const sq = new Float64Array(sets.count);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < C; j++) {
        sum[sets.of(i, j)] += f.xhat[i * C + j] / sets.size;
        sq[sets.of(i, j)] += f.xhat[i * C + j] ** 2 / sets.size;
      }
    }
    for (let s = 0; s < sets.count; s++) {
      if (spec.kind !== 'rms') expect(Math.abs(sum[s])).toBeLessThan(1e-9);
      if (sets.size > 1) expect(sq[s]).toBeCloseTo(1, 6);
    }
  });
});

it('BN equals the separate BN reference, forward and backward', () => {
  const x = Float32Array.from(data(3, N * C));
  const gamma = Float32Array.of(1, 0.5, 2, 1.5);
  const beta = Float32Array.of(0, 0.1, -0.2, 0.3);
  const dy = Float32Array.from(data(4, N * C));
  const mine = normForward({ kind: 'batch', position: 'before' }, x, N, gamma, beta, EPS);
  const theirs = bnForwardTrain(x, N, { gamma, beta, eps: EPS });
  for (let k = 0; k < x.length; k++) expect(mine.y[k]).toBeCloseTo(theirs.y[k], 5);
  const a = normBackward(dy, mine);
  const b = bnBackward(dy, theirs);
  for (let k = 0; k < x.length; k++) expect(a.dx[k]).toBeCloseTo(b.dx[k], 4);
  for (let j = 0; j < C; j++) {
    expect(a.dgamma[j]).toBeCloseTo(b.dgamma[j], 4);
    expect(a.dbeta[j]).toBeCloseTo(b.dbeta[j], 4);
  }
  const moments = featureMoments(mine);
  for (let j = 0; j < C; j++) expect(moments.mean[j]).toBeCloseTo(theirs.mean[j], 6);
  expect(moments.perSet).toBe(N);
});

it('ghost batches: each sub-batch is normalised on its own; the running moments average them', () => {
  const x = data(5, N * C);
  const g = Float64Array.from({ length: C }, () => 1);
  const b = new Float64Array(C);
  const ghost = normForward({ kind: 'batch', position: 'before', ghostBatch: 3 }, x, N, g, b, EPS);
  const first = normForward({ kind: 'batch', position: 'before' }, x.subarray(0, 3 * C), 3, g, b, EPS);
  const second = normForward({ kind: 'batch', position: 'before' }, x.subarray(3 * C), 3, g, b, EPS);
  for (let k = 0; k < 3 * C; k++) {
    expect(ghost.y[k]).toBeCloseTo(first.y[k], 12);
    expect(ghost.y[3 * C + k]).toBeCloseTo(second.y[k], 12);
  }
  const m = featureMoments(ghost);
  for (let j = 0; j < C; j++) expect(m.variance[j]).toBeCloseTo((first.variance[j] + second.variance[j]) / 2, 12);
  expect(m.perSet).toBe(3);
});

it('GN with one group is LN; GN with one feature per group gives x̂ = 0 (the degenerate case)', () => {
  const x = data(6, N * C);
  const g = Float64Array.of(1, 2, 3, 4);
  const b = Float64Array.of(4, 3, 2, 1);
  const gn = normForward({ kind: 'group', position: 'before', groups: 1 }, x, N, g, b, EPS);
  const ln = normForward({ kind: 'layer', position: 'before' }, x, N, g, b, EPS);
  expect(Array.from(gn.y)).toEqual(Array.from(ln.y));
  const inst = normForward({ kind: 'group', position: 'before', groups: C }, x, N, g, b, EPS);
  for (let k = 0; k < x.length; k++) expect(inst.y[k]).toBe(b[k % C]);
});

it('LN and RMSNorm of one example do not depend on the other examples of the batch', () => {
  const x = data(7, N * C);
  const g = Float64Array.of(1, 1, 1, 1);
  const b = new Float64Array(C);
  for (const kind of ['layer', 'rms'] as const) {
    const all = normForward({ kind, position: 'before' }, x, N, g, b, EPS);
    const one = normForward({ kind, position: 'before' }, x.subarray(2 * C, 3 * C), 1, g, b, EPS);
    for (let j = 0; j < C; j++) expect(one.y[j]).toBe(all.y[2 * C + j]);
  }
});

it('eval mode of BN is the affine map of the running statistics, ε included', () => {
  const x = Float64Array.of(1, 2, 3, 4);
  const f = normForwardRunning(x, 2, Float64Array.of(2, 1), Float64Array.of(0.5, 0), 0.01, { mean: [1, 1], variance: [0, 3.99] });
  expect(f.y[0]).toBeCloseTo(0.5, 12);
  expect(f.y[1]).toBeCloseTo(0.5, 12);
  expect(f.y[2]).toBeCloseTo(2 * (2 / 0.1) + 0.5, 9);
  const dx = normBackward(Float64Array.of(1, 1, 1, 1), f).dx;
  expect(dx[0]).toBeCloseTo(2 / 0.1, 9);
  expect(dx[1]).toBeCloseTo(1 / 2, 9);
});

it('shapes a kind cannot normalise are refused with a code, never silently', () => {
  const cases: [NormalisingSpec, number, number, string | null][] = [
    [{ kind: 'batch', position: 'before' }, 1, 4, 'batch-too-small'],
    [{ kind: 'batch', position: 'before', ghostBatch: 1 }, 8, 4, 'batch-too-small'],
    [{ kind: 'batch', position: 'before', ghostBatch: 3 }, 8, 4, 'ghost-does-not-divide'],
    [{ kind: 'group', position: 'before', groups: 3 }, 8, 4, 'groups-do-not-divide'],
    [{ kind: 'layer', position: 'before' }, 1, 4, null],
    [{ kind: 'group', position: 'after', groups: 2 }, 1, 4, null],
  ];
  for (const [spec, n, c, code] of cases) expect(shapeProblem(spec, n, c)?.code ?? null, JSON.stringify(spec)).toBe(code);
  expect(() => normForward({ kind: 'batch', position: 'before' }, new Float64Array(4), 1, new Float64Array(4), new Float64Array(4), EPS)).toThrow(NormShapeError);
});

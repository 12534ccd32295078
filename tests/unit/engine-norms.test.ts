/**
 * The engine's normalisations (src/engine/norms) against their plain twins in src/lib/norms: every
 * kind, stacked with per-model statistics, forward and backward; BN's eval mode; a mixed stack where
 * a model that does not normalise gets exactly v + shift and plain gradients.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bnBackward, bnForwardEval, bnForwardTrain } from '../../src/lib/batchnorm';
import type { NormSpec } from '../../src/lib/experiments/types';
import type { NormalisingSpec } from '../../src/lib/norms/index-sets';
import { featureMoments, normBackward, normForward } from '../../src/lib/norms/normalize';
import { createRng } from '../../src/lib/random';
import { NormSite } from '../../src/engine/norms/site';
import { expectClose, useCpu } from './engine-fixtures';

const K = 3;
const M = 8;
const D = 4;
const EPS = 1e-5;

function randn(n: number, seed: number, scale = 1, shift = 0): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => shift + scale * rng.normal());
}

/** Model k's [M, D] block (or [1, D] row) out of a stacked [K, rows, D] array. */
function block(a: ArrayLike<number>, k: number, rows: number): Float32Array {
  return Float32Array.from(Array.prototype.slice.call(a, k * rows * D, (k + 1) * rows * D));
}

beforeAll(useCpu);

// Each model gets differently scaled and shifted data, so a statistic leaking across models would show.
const x = Float32Array.from({ length: K * M * D }, (_, i) => {
  const k = Math.floor(i / (M * D));
  return randn(1, 100 + i)[0] * (1 + 2 * k) + 3 * k;
});
const gamma = randn(K * D, 2, 0.3, 1);
const beta = randn(K * D, 3, 0.5);
const dy = randn(K * M * D, 4);

/** y = γ x̂ + β through a site, and ∂L/∂x, ∂γ, ∂β for L = Σ dy·y (as network.ts composes them). */
function throughSite(specs: (NormSpec | null)[], mode: 'train' | 'eval' = 'train', running?: { mean: Float32Array; variance: Float32Array }) {
  const site = new NormSite(K, D, EPS, specs);
  const out = tf.tidy(() => {
    const v = tf.tensor3d(x, [K, M, D]);
    const g = tf.tensor3d(gamma, [K, 1, D]);
    const b = tf.tensor3d(beta, [K, 1, D]);
    const run = running ? { mean: tf.tensor3d(running.mean, [K, 1, D]), variance: tf.tensor3d(running.variance, [K, 1, D]) } : undefined;
    const tr = site.forward(v, mode, run);
    const y = tf.add(tf.mul(tr.xhat, g), b);
    const d = tf.tensor3d(dy, [K, M, D]);
    const dx = mode === 'train' ? site.backward(tr, tf.mul(d, g) as tf.Tensor3D) : null;
    return {
      y: y.dataSync(),
      dx: dx?.dataSync(),
      dgamma: site.maskGrad(tf.sum(tf.mul(d, tr.xhat), 1, true)).dataSync(),
      dbeta: site.maskGrad(tf.sum(d, 1, true)).dataSync(),
      mean: tr.moments?.mean.dataSync(),
      variance: tr.moments?.variance.dataSync(),
    };
  });
  site.dispose();
  return out;
}

const kinds: [string, NormalisingSpec][] = [
  ['batch', { kind: 'batch', position: 'before' }],
  ['batch, ghost 2', { kind: 'batch', position: 'before', ghostBatch: 2 }],
  ['batch, ghost 4', { kind: 'batch', position: 'before', ghostBatch: 4 }],
  ['layer', { kind: 'layer', position: 'before' }],
  ['rms', { kind: 'rms', position: 'after' }],
  ['group 2', { kind: 'group', position: 'before', groups: 2 }],
  ['group 4', { kind: 'group', position: 'before', groups: 4 }],
];

describe.each(kinds)('%s against the lib twin', (_, spec) => {
  it('forward, backward and (BN) the per-feature batch moments, per model', () => {
    const out = throughSite([spec, spec, spec]);
    for (let k = 0; k < K; k++) {
      const ref = normForward(spec, block(x, k, M), M, block(gamma, k, 1), block(beta, k, 1), EPS);
      const grads = normBackward(block(dy, k, M), ref);
      expectClose(block(out.y, k, M), ref.y);
      expectClose(block(out.dx!, k, M), grads.dx, 1e-4);
      expectClose(block(out.dgamma, k, 1), grads.dgamma, 1e-4);
      expectClose(block(out.dbeta, k, 1), grads.dbeta, 1e-4);
      if (spec.kind === 'batch') {
        const mom = featureMoments(ref);
        expectClose(block(out.mean!, k, 1), mom.mean);
        expectClose(block(out.variance!, k, 1), mom.variance);
      } else {
        expect(out.mean).toBeUndefined();
      }
    }
  });
});

it('BN also agrees with the separate BN reference (src/lib/batchnorm.ts)', () => {
  const out = throughSite([{ kind: 'batch', position: 'before' }, { kind: 'batch', position: 'before' }, { kind: 'batch', position: 'before' }]);
  for (let k = 0; k < K; k++) {
    const fwd = bnForwardTrain(block(x, k, M), M, { gamma: block(gamma, k, 1), beta: block(beta, k, 1), eps: EPS });
    const ref = bnBackward(block(dy, k, M), fwd);
    expectClose(block(out.y, k, M), fwd.y);
    expectClose(block(out.mean!, k, 1), fwd.mean);
    expectClose(block(out.variance!, k, 1), fwd.variance);
    expectClose(block(out.dx!, k, M), ref.dx, 1e-4);
  }
});

it('eval mode: BN uses the running statistics (ε included)', () => {
  const runMean = randn(K * D, 5);
  const runVar = Float32Array.from(randn(K * D, 6), (v, i) => (i === 0 ? 0 : 0.5 + v * v));
  const bn: NormSpec = { kind: 'batch', position: 'before' };
  const out = throughSite([bn, bn, bn], 'eval', { mean: runMean, variance: runVar });
  for (let k = 0; k < K; k++) {
    const running = { mean: block(runMean, k, 1), variance: block(runVar, k, 1) };
    const fwd = bnForwardEval(block(x, k, M), M, { gamma: block(gamma, k, 1), beta: block(beta, k, 1), eps: EPS }, running);
    expectClose(block(out.y, k, M), fwd.y);
  }
});

it('a mixed stack: each model gets its own kind; a model without normalisation is exactly v + shift', () => {
  const specs: (NormSpec | null)[] = [{ kind: 'layer', position: 'before' }, { kind: 'none' }, { kind: 'batch', position: 'before', ghostBatch: 4 }];
  const out = throughSite(specs);
  for (const k of [0, 2]) {
    const spec = specs[k] as NormalisingSpec;
    const ref = normForward(spec, block(x, k, M), M, block(gamma, k, 1), block(beta, k, 1), EPS);
    expectClose(block(out.y, k, M), ref.y);
    expectClose(block(out.dx!, k, M), normBackward(block(dy, k, M), ref).dx, 1e-4);
  }
  // Model 1: y = v·γ + β with γ as given; the engine keeps γ = 1 for it, and here: dx = dy·γ exactly.
  const yk = block(out.y, 1, M);
  const xk = block(x, 1, M);
  const gk = block(gamma, 1, 1);
  const bk = block(beta, 1, 1);
  expect(Array.from(yk)).toEqual(Array.from(xk, (v, i) => Math.fround(Math.fround(v * gk[i % D]) + bk[i % D])));
  expect(Array.from(block(out.dx!, 1, M))).toEqual(Array.from(block(dy, 1, M), (v, i) => Math.fround(v * gk[i % D])));
  expect(Array.from(block(out.dgamma, 1, 1), Math.abs)).toEqual([0, 0, 0, 0]);
  expect(Array.from(block(out.dbeta, 1, 1), Math.abs)).toEqual([0, 0, 0, 0]);
});

it('nothing leaks: the site frees its cached masks', () => {
  const before = tf.memory().numTensors;
  throughSite([{ kind: 'layer', position: 'before' }, { kind: 'none' }, { kind: 'group', position: 'before', groups: 2 }]);
  expect(tf.memory().numTensors).toBe(before);
});

it("with singleExample 'collapse', training-mode BN on a batch of one gives x̂ = 0 (output β) and no gradient, as Keras and TF.js do", () => {
  const site = new NormSite(1, D, EPS, [{ kind: 'batch', position: 'before', singleExample: 'collapse' }]);
  const { xhat, dx } = tf.tidy(() => {
    const v = tf.tensor3d(randn(D, 9, 5, 2), [1, 1, D]);
    const tr = site.forward(v, 'train');
    return { xhat: tr.xhat.dataSync(), dx: site.backward(tr, tf.tensor3d(randn(D, 10), [1, 1, D])).dataSync() };
  });
  expect(Array.from(xhat, Math.abs)).toEqual([0, 0, 0, 0]);
  expect(Array.from(dx, Math.abs)).toEqual([0, 0, 0, 0]);
  site.dispose();
});

it('training-mode BN refuses a batch of one (and sub-batches that do not divide it) with a code', () => {
  const site = new NormSite(1, D, EPS, [{ kind: 'batch', position: 'before' }]);
  expect(() => tf.tidy(() => void site.forward(tf.ones([1, 1, D]) as tf.Tensor3D, 'train'))).toThrow(expect.objectContaining({ problem: { code: 'batch-too-small', batch: 1 } }));
  // Eval mode uses the running statistics: one example is fine.
  const y = tf.tidy(() => site.forward(tf.ones([1, 1, D]) as tf.Tensor3D, 'eval', { mean: tf.zeros([1, 1, D]), variance: tf.ones([1, 1, D]) }).xhat.dataSync());
  expect(y).toHaveLength(D);
  site.dispose();
  const ghost = new NormSite(1, D, EPS, [{ kind: 'batch', position: 'before', ghostBatch: 3 }]);
  expect(() => tf.tidy(() => void ghost.forward(tf.ones([1, 8, D]) as tf.Tensor3D, 'train'))).toThrow(expect.objectContaining({ problem: { code: 'ghost-does-not-divide', batch: 8, ghostBatch: 3 } }));
  ghost.dispose();
});

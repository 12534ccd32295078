/** The engine's tfjs BN (stacked, per-model statistics) against the plain reference in src/lib. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bnBackward, bnForwardEval, bnForwardTrain, type BNParams } from '../../src/lib/batchnorm';
import { createRng } from '../../src/lib/random';
import { bnEval, bnTrain } from '../../src/engine/forward';
import { bnTrainOp } from '../../src/engine/ops';
import { useCpu } from './engine-fixtures';

const K = 3;
const M = 7;
const D = 4;
const EPS = 1e-5;

function randn(n: number, seed: number, scale = 1, shift = 0): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => shift + scale * rng.normal());
}

/** Model k's [M, D] block (or [1, D] row) out of a stacked [K, rows, D] array. */
function block(a: Float32Array, k: number, rows: number): Float32Array {
  return a.subarray(k * rows * D, (k + 1) * rows * D);
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `index ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(expected[i])));
  }
}

beforeAll(useCpu);

describe('tfjs BN against the reference', () => {
  // Each model gets differently scaled and shifted data, so a statistic leaking across models would show.
  const x = Float32Array.from({ length: K * M * D }, (_, i) => {
    const k = Math.floor(i / (M * D));
    return randn(1, 100 + i)[0] * (1 + 2 * k) + 3 * k;
  });
  const gamma = randn(K * D, 2, 0.3, 1);
  const beta = randn(K * D, 3, 0.5);
  const dy = randn(K * M * D, 4);
  const params = (k: number): BNParams => ({ gamma: block(gamma, k, 1), beta: block(beta, k, 1), eps: EPS });

  it('train mode: output and biased batch statistics per model', () => {
    const out = tf.tidy(() => {
      const r = bnTrain(tf.tensor3d(x, [K, M, D]), tf.tensor3d(gamma, [K, 1, D]), tf.tensor3d(beta, [K, 1, D]), EPS);
      return { y: r.y.dataSync(), mean: r.mean.dataSync(), variance: r.variance.dataSync() };
    });
    for (let k = 0; k < K; k++) {
      const ref = bnForwardTrain(block(x, k, M), M, params(k));
      expectClose(block(out.y as Float32Array, k, M), ref.y);
      expectClose(block(out.mean as Float32Array, k, 1), ref.mean);
      expectClose(block(out.variance as Float32Array, k, 1), ref.variance);
    }
  });

  it('train mode: gradients of x, γ and β match the closed-form backward', () => {
    const g = tf.tidy(() => {
      const f = (xx: tf.Tensor, gg: tf.Tensor, bb: tf.Tensor) =>
        tf.sum(tf.mul(bnTrain(xx as tf.Tensor3D, gg, bb, EPS).y, tf.tensor3d(dy, [K, M, D])));
      return tf.grads(f)([tf.tensor3d(x, [K, M, D]), tf.tensor3d(gamma, [K, 1, D]), tf.tensor3d(beta, [K, 1, D])]).map((t) => t.dataSync());
    });
    for (let k = 0; k < K; k++) {
      const fwd = bnForwardTrain(block(x, k, M), M, params(k));
      const ref = bnBackward(block(dy, k, M), fwd);
      expectClose(block(g[0] as Float32Array, k, M), ref.dx, 1e-4);
      expectClose(block(g[1] as Float32Array, k, 1), ref.dgamma, 1e-4);
      expectClose(block(g[2] as Float32Array, k, 1), ref.dbeta, 1e-4);
    }
  });

  it('eval mode: running statistics, and x only scaled by γ/√(σ²+ε) in the backward pass', () => {
    const runMean = randn(K * D, 5);
    const runVar = Float32Array.from(randn(K * D, 6), (v) => 0.5 + v * v);
    const res = tf.tidy(() => {
      const args = [tf.tensor3d(gamma, [K, 1, D]), tf.tensor3d(beta, [K, 1, D]), tf.tensor3d(runMean, [K, 1, D]), tf.tensor3d(runVar, [K, 1, D])] as const;
      const y = bnEval(tf.tensor3d(x, [K, M, D]), ...args, EPS).dataSync();
      const dx = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(bnEval(xx as tf.Tensor3D, ...args, EPS), tf.tensor3d(dy, [K, M, D]))))(tf.tensor3d(x, [K, M, D])).dataSync();
      return { y, dx };
    });
    for (let k = 0; k < K; k++) {
      const running = { mean: block(runMean, k, 1), variance: block(runVar, k, 1) };
      const fwd = bnForwardEval(block(x, k, M), M, params(k), running);
      expectClose(block(res.y as Float32Array, k, M), fwd.y);
      expectClose(block(res.dx as Float32Array, k, M), bnBackward(block(dy, k, M), fwd).dx, 1e-4);
    }
  });

  it('masked (mixed stack): a model with mask 0 is exactly v + shift, with plain gradients; mask 1 is BN', () => {
    const mask = [1, 0, 1];
    const res = tf.tidy(() => {
      const m = tf.tensor3d(mask, [K, 1, 1]);
      const notM = tf.tensor3d(mask.map((v) => 1 - v), [K, 1, 1]);
      const f = (xx: tf.Tensor, gg: tf.Tensor, bb: tf.Tensor) => bnTrainOp(xx as tf.Tensor3D, gg, bb, EPS, { m, notM });
      const args = [tf.tensor3d(x, [K, M, D]), tf.tensor3d(gamma, [K, 1, D]), tf.tensor3d(beta, [K, 1, D])];
      const y = f(args[0], args[1], args[2]).dataSync();
      const g = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(f(a, b, c), tf.tensor3d(dy, [K, M, D]))))(args).map((t) => t.dataSync());
      return { y, g };
    });
    for (let k = 0; k < K; k++) {
      const yk = block(res.y as Float32Array, k, M);
      const [dx, dg, db] = res.g.map((a, i) => block(a as Float32Array, k, i === 0 ? M : 1));
      if (mask[k] === 1) {
        const fwd = bnForwardTrain(block(x, k, M), M, params(k));
        const ref = bnBackward(block(dy, k, M), fwd);
        expectClose(yk, fwd.y);
        expectClose(dx, ref.dx, 1e-4);
        expectClose(dg, ref.dgamma, 1e-4);
        expectClose(db, ref.dbeta, 1e-4);
      } else {
        const xk = block(x, k, M);
        const bk = block(beta, k, 1);
        expect(Array.from(yk)).toEqual(Array.from(xk, (v, i) => Math.fround(v + bk[i % D])));
        expect(Array.from(dx)).toEqual(Array.from(block(dy, k, M)));
        expect(Array.from(dg, Math.abs)).toEqual([0, 0, 0, 0]);
        const sums = Array.from({ length: D }, (_, j) => Array.from({ length: M }, (_, i) => block(dy, k, M)[i * D + j]).reduce((a, b) => a + b, 0));
        expectClose(db, sums, 1e-5);
      }
    }
  });
});

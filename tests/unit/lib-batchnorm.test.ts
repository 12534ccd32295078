import { describe, expect, it } from 'vitest';
import {
  bnBackward,
  bnForwardEval,
  bnForwardTrain,
  bnTrainStep,
  batchMoments,
  createBNParams,
  createRunningStats,
  equivalentMomentum,
  newBatchWeight,
  updateRunningStats,
  type BNParams,
} from '../../src/lib/batchnorm';
import { createRng } from '../../src/lib/random';

const f64 = (v: number[]) => Float64Array.from(v);
const close = (actual: ArrayLike<number>, expected: number[], digits = 6) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, k) => expect(actual[k]).toBeCloseTo(e, digits));
};

/*
 * Hand-worked batch, m = 4 samples × d = 2 features, ε = 0:
 *   x = [[0, −1], [0, 1], [4, 1], [4, 3]]
 *   feature 0: values 0, 0, 4, 4 → μ = 2, σ² = (4 + 4 + 4 + 4)/4 = 4, √σ² = 2, x̂ = −1, −1, 1, 1
 *   feature 1: values −1, 1, 1, 3 → μ = 1, σ² = (4 + 0 + 0 + 4)/4 = 2, x̂ = −√2, 0, 0, √2
 *   γ = [2, 0.5], β = [1, −1]:
 *   y₀ = 2x̂ + 1 = −1, −1, 3, 3;   y₁ = 0.5x̂ − 1 = −1 − √2/2, −1, −1, −1 + √2/2
 */
const X = [0, -1, 0, 1, 4, 1, 4, 3];
const R2 = Math.SQRT2;
const handParams = (eps = 0): BNParams => ({ gamma: f64([2, 0.5]), beta: f64([1, -1]), eps });
const col = (a: ArrayLike<number>, j: number, d = 2) => Array.from({ length: a.length / d }, (_, i) => a[i * d + j]);

describe('reference BN forward (train mode) against hand-computed values', () => {
  it('batch mean, biased variance, x̂ and y per feature', () => {
    const out = bnForwardTrain(f64(X), 4, handParams());
    expect(out.mode).toBe('train');
    close(out.mean, [2, 1]);
    close(out.variance, [4, 2]);
    close(out.invStd, [0.5, 1 / R2]);
    close(col(out.xhat, 0), [-1, -1, 1, 1]);
    close(col(out.xhat, 1), [-R2, 0, 0, R2]);
    close(col(out.y, 0), [-1, -1, 3, 3]);
    close(col(out.y, 1), [-1 - R2 / 2, -1, -1, -1 + R2 / 2]);
  });

  it('ε enters under the square root: feature 0 with ε = 5 gives x̂ = ±2/√(4+5) = ±2/3', () => {
    const out = bnForwardTrain(f64(X), 4, handParams(5));
    close(col(out.xhat, 0), [-2 / 3, -2 / 3, 2 / 3, 2 / 3]);
  });

  it('a constant feature becomes β (x̂ = 0), and Float32 input gives Float32 output', () => {
    const x = Float32Array.from([3, 1, 3, 2, 3, 3]);
    const out = bnForwardTrain(x, 3, { gamma: Float32Array.from([4, 1]), beta: Float32Array.from([0.5, 0]), eps: 1e-5 });
    expect(out.y).toBeInstanceOf(Float32Array);
    close(col(out.y, 0), [0.5, 0.5, 0.5]);
    expect(batchMoments(x, 3, 2).variance[1]).toBeCloseTo(2 / 3, 6);
  });

  it('refuses a batch of one sample with a clear error, and inconsistent shapes', () => {
    expect(() => bnForwardTrain(f64([1, 2]), 1, handParams())).toThrow(/at least 2 samples/);
    expect(() => bnForwardTrain(f64(X), 3, handParams())).toThrow(/3×2/);
    expect(() => bnForwardTrain(f64(X), 4, { ...handParams(), beta: f64([1]) })).toThrow();
    expect(() => bnForwardTrain(f64(X), 4, handParams(-1))).toThrow(/ε/);
  });
});

describe('reference BN backward', () => {
  /*
   * Hand-worked: dy = 1 on sample 0 of feature 0, else 0. γ₀ = 2, s₀ = 1/2, x̂ = −1, −1, 1, 1:
   *   Σdy = 1, Σdy·x̂ = −1 → dβ₀ = 1, dγ₀ = −1
   *   dx_i0 = (γ s / m)(m·dy_i − Σdy − x̂_i·Σdy x̂) = 0.25·(4dy_i − 1 + x̂_i) = 0.5, −0.5, 0, 0
   */
  it('matches the hand-worked closed form', () => {
    const fwd = bnForwardTrain(f64(X), 4, handParams());
    const g = bnBackward(f64([1, 0, 0, 0, 0, 0, 0, 0]), fwd);
    close(g.dbeta, [1, 0]);
    close(g.dgamma, [-1, 0]);
    close(col(g.dx, 0), [0.5, -0.5, 0, 0]);
    close(col(g.dx, 1), [0, 0, 0, 0]);
  });

  const m = 5;
  const d = 3;
  const rng = createRng(17);
  const rand = (n: number, s = 1) => Float64Array.from({ length: n }, () => rng.normal(0, s));
  const x0 = rand(m * d, 2);
  const gamma0 = f64([1.5, -0.7, 0.3]);
  const beta0 = rand(d);
  const r = rand(m * d); // L = Σ r ⊙ y, so ∂L/∂y = r
  const eps = 1e-3;

  /** Central finite differences of L with respect to every entry of `which`. */
  function fd(mode: 'train' | 'eval', which: 'x' | 'gamma' | 'beta'): Float64Array {
    const running = { mean: f64([0.3, -0.2, 1]), variance: f64([1.2, 0.5, 2]) };
    const loss = (x: Float64Array, gamma: Float64Array, beta: Float64Array) => {
      const p = { gamma, beta, eps };
      const y = mode === 'train' ? bnForwardTrain(x, m, p).y : bnForwardEval(x, m, p, running).y;
      return Array.from(y).reduce((s, v, k) => s + v * r[k], 0);
    };
    const args = { x: x0, gamma: gamma0, beta: beta0 };
    const target = args[which];
    const out = new Float64Array(target.length);
    const h = 1e-6;
    for (let k = 0; k < target.length; k++) {
      const plus = { ...args, [which]: Float64Array.from(target) };
      const minus = { ...args, [which]: Float64Array.from(target) };
      plus[which][k] += h;
      minus[which][k] -= h;
      out[k] = (loss(plus.x, plus.gamma, plus.beta) - loss(minus.x, minus.gamma, minus.beta)) / (2 * h);
    }
    return out;
  }

  it.each(['train', 'eval'] as const)('agrees with central finite differences (%s mode)', (mode) => {
    const p = { gamma: gamma0, beta: beta0, eps };
    const running = { mean: f64([0.3, -0.2, 1]), variance: f64([1.2, 0.5, 2]) };
    const fwd = mode === 'train' ? bnForwardTrain(x0, m, p) : bnForwardEval(x0, m, p, running);
    const g = bnBackward(r, fwd);
    const check = (analytic: ArrayLike<number>, numeric: Float64Array) =>
      numeric.forEach((v, k) => expect(Math.abs(analytic[k] - v)).toBeLessThan(1e-6 * Math.max(1, Math.abs(v))));
    check(g.dx, fd(mode, 'x'));
    check(g.dgamma, fd(mode, 'gamma'));
    check(g.dbeta, fd(mode, 'beta'));
  });

  it('in train mode each column of dx sums to 0 and, with ε = 0, is orthogonal to x̂', () => {
    const fwd = bnForwardTrain(x0, m, { gamma: gamma0, beta: beta0, eps: 0 });
    const { dx } = bnBackward(r, fwd);
    for (let j = 0; j < d; j++) {
      const dxj = col(dx, j, d);
      const xh = col(fwd.xhat, j, d);
      expect(Math.abs(dxj.reduce((s, v) => s + v, 0))).toBeLessThan(1e-9);
      expect(Math.abs(dxj.reduce((s, v, i) => s + v * xh[i], 0))).toBeLessThan(1e-9);
    }
  });
});

describe('reference BN eval mode', () => {
  it('uses the running statistics, works for one sample, and equals train mode given the batch statistics', () => {
    const p = handParams(1e-5);
    const running = { mean: f64([1, -1]), variance: f64([4, 0.25]) };
    const one = bnForwardEval(f64([5, 0]), 1, p, running);
    // y₀ = 2·(5 − 1)/√(4 + 1e−5) + 1 ≈ 5;  y₁ = 0.5·(0 + 1)/√(0.25 + 1e−5) − 1 ≈ 0
    close(one.y, [2 * 4 / Math.sqrt(4 + 1e-5) + 1, (0.5 * 1) / Math.sqrt(0.25 + 1e-5) - 1]);
    expect(one.mode).toBe('eval');
    const train = bnForwardTrain(f64(X), 4, p);
    const evalSame = bnForwardEval(f64(X), 4, p, { mean: train.mean, variance: train.variance });
    close(evalSame.y, Array.from(train.y), 10);
    expect(() => bnForwardEval(f64(X), 4, p, { mean: f64([0]), variance: f64([1]) })).toThrow();
  });
});

describe('running statistics: PyTorch and Keras/TF.js conventions', () => {
  /*
   * Hand-worked, one update from (mean 0, var 1) with the batch above (m = 4, μ = [2, 1], σ² = [4, 2]):
   *   PyTorch 0.1, unbiased: mean = 0.1·μ = [0.2, 0.1]; var = 0.9 + 0.1·σ²·4/3 = [1.4333…, 1.1666…]
   *   Keras 0.9, biased:     mean = [0.2, 0.1];          var = 0.9 + 0.1·σ²     = [1.3, 1.1]
   */
  it('one update, by hand', () => {
    const torch = createRunningStats(2);
    const keras = createRunningStats(2, 'keras', 0.9);
    expect([torch.momentum, torch.unbiased, keras.unbiased]).toEqual([0.1, true, false]);
    bnTrainStep(f64(X), 4, handParams(), [torch, keras]);
    close(torch.mean, [0.2, 0.1]);
    close(torch.variance, [0.9 + 0.1 * (16 / 3), 0.9 + 0.1 * (8 / 3)]);
    close(keras.mean, [0.2, 0.1]);
    close(keras.variance, [1.3, 1.1]);
    expect([torch.batches, keras.batches]).toEqual([1, 1]);
  });

  it('defaults: PyTorch momentum 0.1, Keras 0.99; PyTorch m ≡ Keras 1 − m', () => {
    expect(createRunningStats(1).momentum).toBe(0.1);
    expect(createRunningStats(1, 'keras').momentum).toBe(0.99);
    expect(equivalentMomentum(0.1)).toBeCloseTo(0.9, 12);
    expect(newBatchWeight({ convention: 'keras', momentum: 0.9 })).toBeCloseTo(newBatchWeight({ convention: 'pytorch', momentum: 0.1 }), 12);
    expect(() => createRunningStats(1, 'pytorch', 1.5)).toThrow();
  });

  it('over many batches: equal means; equal variances once both use the same correction', () => {
    const rng = createRng(3);
    const m = 8;
    const torch = createRunningStats(3, 'pytorch', 0.1);
    const keras = createRunningStats(3, 'keras', 0.9);
    const torchBiased = createRunningStats(3, 'pytorch', 0.1, false);
    for (let step = 0; step < 200; step++) {
      const x = Float32Array.from({ length: m * 3 }, (_, k) => rng.normal(k % 3, 1 + (k % 3)));
      bnTrainStep(x, m, createBNParams(3), [torch, keras, torchBiased]);
    }
    close(torch.mean, Array.from(keras.mean), 5);
    close(torchBiased.variance, Array.from(keras.variance), 5);
    // Feature j has true variance (1 + j)²: the unbiased estimate is close to it, the biased one
    // is smaller by about (m − 1)/m on average.
    for (let j = 0; j < 3; j++) {
      expect(torch.variance[j] / keras.variance[j]).toBeCloseTo(m / (m - 1), 5);
      expect(Math.abs(torch.mean[j] - j)).toBeLessThan(0.3 * (1 + j));
    }
  });

  it('Keras 0.99 forgets the initial statistics slowly (0.99^100 ≈ 0.37)', () => {
    const keras = createRunningStats(1, 'keras');
    for (let k = 0; k < 100; k++) updateRunningStats(keras, f64([1]), f64([1]), 4);
    expect(keras.mean[0]).toBeCloseTo(1 - 0.99 ** 100, 5);
    expect(keras.mean[0]).toBeLessThan(0.64);
  });

  it('an unbiased update needs m ≥ 2', () => {
    expect(() => updateRunningStats(createRunningStats(1), f64([1]), f64([0]), 1)).toThrow(/at least 2 samples/);
    expect(() => updateRunningStats(createRunningStats(1, 'keras'), f64([1]), f64([0]), 1)).not.toThrow();
    // m = 2: Bessel's factor 2, so a biased batch variance of 1 enters as 2.
    const two = createRunningStats(1, 'pytorch', 1);
    updateRunningStats(two, f64([3]), f64([1]), 2);
    expect([two.mean[0], two.variance[0]]).toEqual([3, 2]);
  });

  it('refuses vectors of the wrong length and a momentum outside [0, 1]', () => {
    expect(() => updateRunningStats(createRunningStats(2), f64([1]), f64([0, 0]), 4)).toThrow(/expected 2 values/);
    expect(() => updateRunningStats(createRunningStats(2), f64([1, 1]), f64([0]), 4)).toThrow(/expected 2 values/);
    for (const m of [0, 1]) expect(createRunningStats(1, 'keras', m).momentum).toBe(m);
    for (const m of [-0.1, 1.1, NaN]) expect(() => createRunningStats(1, 'pytorch', m)).toThrow(`momentum must be in [0, 1]; got ${m}`);
  });
});

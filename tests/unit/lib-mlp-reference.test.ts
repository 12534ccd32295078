import { describe, expect, it } from 'vitest';
import { Batcher, gatherRows, lunas } from '../../src/lib/datasets';
import type { Activation, BNPosition } from '../../src/lib/experiments/types';
import {
  createMlp,
  gradientList,
  mlpEvaluate,
  mlpForward,
  mlpLossAndGrads,
  mlpParameters,
  weightGradNorms,
  type MlpConfig,
} from '../../src/lib/mlp-reference';
import { softmaxCrossEntropy } from '../../src/lib/mlp-math';
import { momentumUpdate, mlpTrainStep } from '../../src/lib/mlp-train';
import { createRng } from '../../src/lib/random';
import { bnAt } from '../../src/lib/experiments/norms';

const ACTS: Activation[] = ['sigmoid', 'tanh', 'relu'];
const BNS: BNPosition[] = ['none', 'before', 'after'];

function batch(m: number, inputs: number, classes: number, seed: number) {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: m * inputs }, () => rng.normal());
  const y = Uint8Array.from({ length: m }, () => rng.int(classes));
  return { x, y };
}

describe('reference MLP gradients against central finite differences (float64)', () => {
  const combos = ACTS.flatMap((activation) => BNS.map((bn) => [activation, bn] as const));

  it.each(combos)('%s, BN %s', (activation, bn) => {
    const cfg: MlpConfig = { inputs: 3, hidden: [5, 4], classes: 3, activation, norm: bnAt(bn), precision: 'f64', bnEpsilon: 1e-3 };
    const mlp = createMlp(cfg, 7);
    const m = 6;
    const { x, y } = batch(m, 3, 3, 11);
    // Move β and γ away from their initial 0 and 1 so their gradients are not special cases.
    const rng = createRng(5);
    for (const p of mlpParameters(mlp)) if (/gamma|beta/.test(p.name)) p.value.forEach((_, k, a) => (a[k] += rng.normal(0, 0.3)));
    const { grads } = mlpLossAndGrads(mlp, x, y, m);
    const analytic = gradientList(mlp, grads);
    const params = mlpParameters(mlp);
    expect(analytic.map((g) => g.name)).toEqual(params.map((p) => p.name));
    const h = 1e-6;
    let checked = 0;
    params.forEach(({ value }, pi) => {
      for (let k = 0; k < value.length; k++) {
        const saved = value[k];
        value[k] = saved + h;
        const up = mlpLossAndGrads(mlp, x, y, m).loss;
        value[k] = saved - h;
        const down = mlpLossAndGrads(mlp, x, y, m).loss;
        value[k] = saved;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(analytic[pi].value[k] - numeric)).toBeLessThan(1e-6 + 1e-5 * Math.abs(numeric));
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(40);
  });
});

describe('reference MLP structure and determinism', () => {
  const cfg: MlpConfig = { inputs: 2, hidden: [8, 8], classes: 2, activation: 'tanh', norm: bnAt('before') };

  it('drops the hidden biases when BN comes before the activation (β replaces them)', () => {
    const names = mlpParameters(createMlp(cfg, 1)).map((p) => p.name);
    expect(names).toEqual(['w0', 'gamma0', 'beta0', 'w1', 'gamma1', 'beta1', 'w2', 'b2']);
    const after = mlpParameters(createMlp({ ...cfg, norm: bnAt('after') }, 1)).map((p) => p.name);
    expect(after).toEqual(['w0', 'b0', 'gamma0', 'beta0', 'w1', 'b1', 'gamma1', 'beta1', 'w2', 'b2']);
    const none = mlpParameters(createMlp({ ...cfg, norm: bnAt('none') }, 1)).map((p) => p.name);
    expect(none).toEqual(['w0', 'b0', 'w1', 'b1', 'w2', 'b2']);
  });

  it('initialises from the seed only (He for ReLU: std ≈ √(2/fan_in); Glorot: within ±√(6/(in+out)))', () => {
    const a = mlpParameters(createMlp(cfg, 3));
    expect(a).toEqual(mlpParameters(createMlp(cfg, 3)));
    expect(a[0].value).not.toEqual(mlpParameters(createMlp(cfg, 4))[0].value);
    const limit = Math.sqrt(6 / (8 + 8));
    expect(a[3].value.every((v) => Math.abs(v) <= limit)).toBe(true);
    const he = createMlp({ inputs: 200, hidden: [200], classes: 2, activation: 'relu', norm: bnAt('none') }, 1).dense[1].w;
    const std = Math.sqrt(Array.from(he).reduce((s, v) => s + v * v, 0) / he.length);
    expect(std).toBeCloseTo(Math.sqrt(2 / 200), 2);
  });

  it('float32 and float64 versions agree to float32 precision', () => {
    const { x, y } = batch(16, 2, 2, 3);
    const g32 = gradientList(createMlp(cfg, 9), mlpLossAndGrads(createMlp(cfg, 9), x, y, 16).grads);
    const mlp64 = createMlp({ ...cfg, precision: 'f64' }, 9);
    const g64 = gradientList(mlp64, mlpLossAndGrads(mlp64, x, y, 16).grads);
    g32.forEach((g, i) => g.value.forEach((v, k) => expect(Math.abs(v - g64[i].value[k])).toBeLessThan(1e-4)));
  });

  it('reports per-layer weight-gradient norms', () => {
    const { x, y } = batch(8, 2, 2, 1);
    const { grads } = mlpLossAndGrads(createMlp(cfg, 2), x, y, 8);
    const norms = weightGradNorms(grads);
    expect(norms).toHaveLength(3);
    norms.forEach((n, l) => expect(n).toBeCloseTo(Math.hypot(...grads.w[l]), 6));
  });
});

describe('reference MLP training', () => {
  const data = lunas(400, 0.1, 1);

  function train(bn: BNPosition, seed: number, steps = 300) {
    const mlp = createMlp({ inputs: 2, hidden: [16, 16], classes: 2, activation: 'tanh', norm: bnAt(bn) }, seed);
    const batcher = new Batcher(data.n, 32, seed);
    const losses: number[] = [];
    for (let s = 0; s < steps; s++) {
      const b = gatherRows(data, batcher.next());
      losses.push(mlpTrainStep(mlp, b.x, b.y, b.n, 0.3));
    }
    return { mlp, losses };
  }

  it.each(BNS)('SGD lowers the loss and learns the moons (BN %s)', (bn) => {
    const { mlp, losses } = train(bn, 1);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(losses.slice(-30))).toBeLessThan(0.5 * mean(losses.slice(0, 30)));
    expect(mlpEvaluate(mlp, data.x, data.y, data.n).accuracy).toBeGreaterThan(0.9);
  });

  it('is reproducible: same seed, same loss curve', () => {
    expect(train('before', 5, 40).losses).toEqual(train('before', 5, 40).losses);
  });

  it('updates running statistics; eval mode uses them and accepts a batch of one', () => {
    const { mlp } = train('before', 2, 50);
    expect(mlp.norms[0].running!.batches).toBe(50);
    expect(mlp.norms[0].running!.mean.some((v) => v !== 0)).toBe(true);
    const evalOut = mlpForward(mlp, data.x.subarray(0, 64), 32, 'eval').logits;
    const trainOut = mlpForward(mlp, data.x.subarray(0, 64), 32, 'train').logits;
    expect(evalOut).not.toEqual(trainOut);
    expect(mlpForward(mlp, data.x.subarray(0, 2), 1, 'eval').logits).toHaveLength(2);
    // A batch of one in training mode is refused with a code (the demos turn it into Spanish).
    expect(() => mlpForward(mlp, data.x.subarray(0, 2), 1, 'train')).toThrow(expect.objectContaining({ problem: { code: 'batch-too-small', batch: 1 } }));
  });
});

describe('reference momentum and loss edges', () => {
  it('momentum: v ← μv + g, θ ← θ − ηv (two steps on the same gradient move θ by η(2 + μ)g)', () => {
    const cfg: MlpConfig = { inputs: 2, hidden: [3], classes: 2, activation: 'tanh', norm: bnAt('before'), init: 'glorot', bnEpsilon: 1e-5, bnMomentum: 0.1 };
    const mlp = createMlp(cfg, 4);
    const { x, y } = batch(6, 2, 2, 9);
    const { grads } = mlpLossAndGrads(mlp, x, y, 6);
    const start = mlpParameters(mlp).map((p) => Float64Array.from(p.value));
    const g = gradientList(mlp, grads).map((p) => Float64Array.from(p.value));
    const velocity = new Map();
    momentumUpdate(mlp, grads, 0.5, 0.9, velocity);
    momentumUpdate(mlp, grads, 0.5, 0.9, velocity);
    mlpParameters(mlp).forEach((p, i) => p.value.forEach((v, k) => expect(v).toBeCloseTo(start[i][k] - 0.5 * 2.9 * g[i][k], 5)));
    expect(velocity.size).toBe(start.length);
    const [first] = mlpParameters(mlp);
    velocity.get(first.name).forEach((v: number, k: number) => expect(v).toBeCloseTo(1.9 * g[0][k], 5));
  });

  it('cross-entropy refuses a label outside 0 … classes − 1', () => {
    const logits = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
    expect(softmaxCrossEntropy(logits, [1, 0], 2, 2).loss).toBeGreaterThan(0);
    expect(() => softmaxCrossEntropy(logits, [2, 0], 2, 2)).toThrow('label out of range: 2');
    expect(() => softmaxCrossEntropy(logits, [0, -1], 2, 2)).toThrow('label out of range: -1');
  });
});

describe('reference MLP defaults and refusals', () => {
  const base = { inputs: 3, hidden: [5], classes: 3 };
  it('defaults: He for ReLU and Glorot otherwise, no normalisation, ε 1e-5, momentum 0.1, float32', () => {
    const relu = createMlp({ ...base, activation: 'relu' }, 2);
    expect(Array.from(relu.dense[0].w)).toEqual(Array.from(createMlp({ ...base, activation: 'relu', init: 'he' }, 2).dense[0].w));
    const tanh = createMlp({ ...base, activation: 'tanh' }, 2);
    expect(Array.from(tanh.dense[0].w)).toEqual(Array.from(createMlp({ ...base, activation: 'tanh', init: 'glorot' }, 2).dense[0].w));
    expect(tanh.config).toMatchObject({ norm: { kind: 'none' }, inputNorm: false, bnEpsilon: 1e-5, bnMomentum: 0.1, precision: 'f32' });
    expect(tanh.dense[0].w).toBeInstanceOf(Float32Array);
    expect(tanh.dense[0].b).not.toBeNull();
  });

  it.each([[[0]], [[2.5]], [[4, -1]]])('refuses hidden sizes %j', (hidden) => {
    expect(() => createMlp({ ...base, hidden, activation: 'tanh' }, 1)).toThrow(/invalid layer sizes/);
  });

  it('refuses an input of the wrong length', () => {
    expect(() => mlpForward(createMlp({ ...base, activation: 'tanh' }, 1), new Float32Array(5), 2, 'eval')).toThrow('MLP: expected 2×3 inputs, got 5');
  });

  it('accuracy takes the most probable of three classes; an empty batch has none', () => {
    const mlp = createMlp({ ...base, activation: 'tanh' }, 3);
    const { x } = batch(40, 3, 3, 5);
    const logits = mlpForward(mlp, x, 40, 'eval').logits;
    const predicted = Array.from({ length: 40 }, (_, i) => [0, 1, 2].reduce((b, c) => (logits[3 * i + c] > logits[3 * i + b] ? c : b), 0));
    // Labels = the predictions, with the first ten changed: accuracy is exactly 30/40.
    const y = predicted.map((p, i) => (i < 10 ? (p + 1) % 3 : p));
    expect(mlpEvaluate(mlp, x, y, 40).accuracy).toBe(0.75);
    expect(mlpEvaluate(mlp, new Float32Array(0), [], 0).accuracy).toBeNaN();
  });
});

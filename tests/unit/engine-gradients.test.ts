/**
 * The whole tfjs MLP (one model in the stack) against the plain Float32Array reference in
 * src/lib/mlp-reference.ts: same weights and batch → same loss and gradients; same SGD steps → same
 * parameters and the same running statistics (PyTorch convention); same eval-mode accuracy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/lib/datasets';
import type { Activation, BNPosition, NormSpec } from '../../src/lib/experiments/types';
import { createMlp, gradientList, mlpEvaluate, mlpLossAndGrads } from '../../src/lib/mlp-reference';
import { mlpTrainStep } from '../../src/lib/mlp-train';
import { lossAndGradients } from '../../src/engine/inspect';
import { Network } from '../../src/engine/network';
import { conventionalParams } from '../../src/engine/params';
import { StackedTrainer } from '../../src/engine/trainer';
import { bnAt } from '../../src/lib/experiments/norms';
import { spec, split, useCpu } from './engine-fixtures';
import { referenceNames, stateFrom } from './reference-fixtures';

beforeAll(useCpu);

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (1e-3 + Math.abs(expected[i])));
  expect(worst, what).toBeLessThan(tol);
}

const bnCases: [BNPosition, Activation][] = [
  ['none', 'sigmoid'],
  ['before', 'sigmoid'],
  ['after', 'tanh'],
  ['before', 'relu'],
  ['none', 'tanh'],
];
/** [label, normalisation, input normalisation, activation, hidden widths] */
const cases: [string, NormSpec, boolean, Activation, number[]][] = [
  ...bnCases.map(([bn, act]): [string, NormSpec, boolean, Activation, number[]] => [`bn=${bn}`, bnAt(bn), false, act, [6, 5, 4]]),
  ['BN over ghost batches of 4', { kind: 'batch', position: 'before', ghostBatch: 4 }, false, 'tanh', [6, 4, 4]],
  ['LayerNorm before g', { kind: 'layer', position: 'before' }, false, 'relu', [6, 4, 4]],
  ['LayerNorm after g', { kind: 'layer', position: 'after' }, false, 'sigmoid', [6, 4, 4]],
  ['RMSNorm', { kind: 'rms', position: 'before' }, false, 'tanh', [6, 4, 4]],
  ['GroupNorm, 2 groups', { kind: 'group', position: 'before', groups: 2 }, false, 'relu', [6, 4, 4]],
  ['BN on the inputs only', { kind: 'none' }, true, 'tanh', [6, 4, 4]],
  ['BN on the inputs and after g', { kind: 'batch', position: 'after' }, true, 'relu', [6, 4, 4]],
];

describe.each(cases)('one model, %s', (_, norm, inputNorm, activation, hidden) => {
  const s = spec({ hidden, activation, optimizer: 'sgd', batchSize: 12, steps: 6, evalEvery: 6, probes: { gradNorms: true } }, [
    { id: 'm', norm, inputNorm, learningRate: 0.5 },
  ]);
  const data = split(s);
  const make = () => {
    const mlp = createMlp({ inputs: 2, hidden: s.hidden, classes: 2, activation, norm, inputNorm, init: 'he', bnEpsilon: s.bnEpsilon, bnMomentum: s.bnMomentum.value }, 99);
    // Move β and γ away from 0 and 1 so their gradients are really exercised.
    mlp.norms.forEach((b, l) => b.params.beta.forEach((_, j, arr) => (arr[j] = 0.1 * (j - l))));
    mlp.inputNorm?.params.gamma.forEach((_, j, arr) => (arr[j] = 1 + 0.3 * j));
    return { mlp, trainer: StackedTrainer.create(s, data, {}, stateFrom(mlp)) };
  };

  it('loss and every gradient equal the reference', async () => {
    const { mlp, trainer } = make();
    const rows = new Batcher(data.train.n, s.batchSize, 5).next();
    const x = new Float32Array(rows.length * 2);
    const y = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      x.set(data.train.x.subarray(2 * r, 2 * r + 2), 2 * i);
      y[i] = data.train.y[r];
    });
    const ref = mlpLossAndGrads(mlp, x, y, rows.length);
    const got = await lossAndGradients(trainer, rows);
    close(got.loss, [ref.loss], 1e-5, 'loss');
    const grads = conventionalParams(got.grads, trainer.config, 0);
    const expected = gradientList(mlp, ref.grads);
    expect(Object.keys(grads).sort()).toEqual(expected.map((g) => g.name).sort());
    for (const { name, value } of expected) close(grads[name], value, 2e-4, name);
    trainer.dispose();
  });

  it('SGD steps give the same parameters, running statistics, eval accuracy, loss window and last gradient norms', async () => {
    const { mlp, trainer } = make();
    const batcher = new Batcher(data.train.n, s.batchSize, s.seed);
    const losses: number[] = [];
    let lastNorms: number[] = [];
    for (let i = 0; i < s.steps; i++) {
      const rows = batcher.next();
      const x = new Float32Array(rows.length * 2);
      const y = new Uint8Array(rows.length);
      rows.forEach((r, j) => {
        x.set(data.train.x.subarray(2 * r, 2 * r + 2), 2 * j);
        y[j] = data.train.y[r];
      });
      lastNorms = mlpLossAndGrads(mlp, x, y, rows.length).grads.w.map((w) => Math.hypot(...w));
      losses.push(mlpTrainStep(mlp, x, y, rows.length, 0.5));
    }
    // In two calls, so the norms must come from the last step of the last call.
    trainer.train(s.steps - 2);
    trainer.train(2);
    const state = conventionalParams((await trainer.exportState()).params, trainer.config, 0);
    const expected = referenceNames(mlp);
    expect(Object.keys(state).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) close(state[name], expected[name], 1e-3, name);
    const snap = await trainer.evaluate();
    const refTest = mlpEvaluate(mlp, data.test.x, data.test.y, data.test.n, 'eval');
    expect(Math.abs(snap.models[0].testAcc - refTest.accuracy)).toBeLessThanOrEqual(1 / data.test.n + 1e-6);
    close([snap.models[0].loss], [losses.reduce((a, b) => a + b, 0) / losses.length], 1e-4, 'mean mini-batch loss since the last read-back');
    close(snap.models[0].gradNorms!, lastNorms, 1e-3, 'weight-gradient norms of the last step');
    trainer.dispose();
  });
});

it('nothing leaks from gradient probes', async () => {
  const s = spec();
  const before = tf.memory().numTensors;
  const t = StackedTrainer.create(s, split(s));
  await lossAndGradients(t, [0, 1, 2, 3]);
  t.dispose();
  expect(tf.memory().numTensors).toBe(before);
});

describe('the loss at extreme logits', () => {
  it('softmax cross-entropy stays finite and exact where exp would overflow float32', () => {
    // Two rows of three logits; exp(200) is Infinity in float32, so the loss must shift by the row's max.
    const out = tf.tidy(() => {
      const { loss, dlogits } = Network.loss(tf.tensor3d([0, 100, 200, -300, 0, 50], [1, 2, 3]), tf.tensor2d([1, 0, 0, 0, 0, 1], [2, 3]), true);
      return { loss: loss.dataSync()[0], dlogits: Array.from(dlogits!.dataSync()) };
    });
    // Row 1: log Σ e^z − z₀ ≈ 200 − 0; row 2: ≈ 50 − 50 + log(1 + e^−50) ≈ 0. Mean ≈ 100.
    expect(out.loss).toBeCloseTo(100, 3);
    // ∂/∂z = (softmax − onehot)/n: row 1 ≈ [−1, 0, 1]/2, row 2 ≈ [0, 0, 0].
    const want = [-0.5, 0, 0.5, 0, 0, 0];
    out.dlogits.forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
  });
});

/**
 * The whole tfjs MLP (one model in the stack) against the plain Float32Array reference in
 * src/lib/mlp-reference.ts: same weights and batch → same loss and gradients; same SGD steps → same
 * parameters and the same running statistics (PyTorch convention); same eval-mode accuracy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/lib/datasets';
import type { Activation, BNPosition } from '../../src/lib/experiments/types';
import { createMlp, gradientList, mlpEvaluate, mlpLossAndGrads, mlpTrainStep } from '../../src/lib/mlp-reference';
import { lossAndGradients } from '../../src/engine/inspect';
import { conventionalParams } from '../../src/engine/params';
import { StackedTrainer } from '../../src/engine/trainer';
import { spec, split, useCpu } from './engine-fixtures';
import { referenceNames, stateFrom } from './reference-fixtures';

beforeAll(useCpu);

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (1e-3 + Math.abs(expected[i])));
  expect(worst, what).toBeLessThan(tol);
}

const cases: [BNPosition, Activation][] = [
  ['none', 'sigmoid'],
  ['before', 'sigmoid'],
  ['after', 'tanh'],
  ['before', 'relu'],
  ['none', 'tanh'],
];

describe.each(cases)('one model, bn=%s, %s', (bn, activation) => {
  const s = spec({ hidden: [6, 5, 4], activation, optimizer: 'sgd', batchSize: 12, steps: 6, evalEvery: 6 }, [
    { id: 'm', bn, learningRate: 0.5 },
  ]);
  const data = split(s);
  const make = () => {
    const mlp = createMlp({ inputs: 2, hidden: s.hidden, classes: 2, activation, bn, init: 'he', bnEpsilon: s.bnEpsilon, bnMomentum: s.bnMomentum }, 99);
    // Move β and γ away from 0 and 1 so their gradients are really exercised.
    mlp.bn.forEach((b, l) => b.params.beta.forEach((_, j, arr) => (arr[j] = 0.1 * (j - l))));
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

  it('SGD steps give the same parameters, running statistics and eval accuracy', async () => {
    const { mlp, trainer } = make();
    const batcher = new Batcher(data.train.n, s.batchSize, s.seed);
    for (let i = 0; i < s.steps; i++) {
      const rows = batcher.next();
      const x = new Float32Array(rows.length * 2);
      const y = new Uint8Array(rows.length);
      rows.forEach((r, j) => {
        x.set(data.train.x.subarray(2 * r, 2 * r + 2), 2 * j);
        y[j] = data.train.y[r];
      });
      mlpTrainStep(mlp, x, y, rows.length, 0.5);
    }
    trainer.train(s.steps);
    const state = conventionalParams((await trainer.exportState()).params, trainer.config, 0);
    const expected = referenceNames(mlp);
    expect(Object.keys(state).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) close(state[name], expected[name], 1e-3, name);
    const snap = await trainer.evaluate();
    const refTest = mlpEvaluate(mlp, data.test.x, data.test.y, data.test.n, 'eval');
    expect(Math.abs(snap.models[0].testAcc - refTest.accuracy)).toBeLessThanOrEqual(1 / data.test.n + 1e-6);
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

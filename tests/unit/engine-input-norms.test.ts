/**
 * Tinted digits (src/lib/datasets/tint.ts) and GN over the input features (InstanceNorm on a colour
 * image's channels): the tint is a per-channel affine map that IN undoes, and the engine's input GN
 * equals the plain reference MLP in loss, gradients and SGD steps.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossAndGradients } from '../../src/engine/inspect';
import { conventionalParams, makeLayout } from '../../src/engine/params';
import { StackedTrainer } from '../../src/engine/trainer';
import { Batcher, makeSplit, parseDigits } from '../../src/lib/datasets';
import { tintDataset, tintProblem } from '../../src/lib/datasets/tint';
import type { ExperimentSpec, InputGroupNorm } from '../../src/lib/experiments/types';
import { digitsMlp } from '../../src/lib/experiments/norms';
import { createMlp, gradientList, mlpEvaluate, mlpLossAndGrads } from '../../src/lib/mlp-reference';
import { mlpTrainStep } from '../../src/lib/mlp-train';
import { blockStats } from '../../src/lib/norms/block';
import { expectClose, useCpu } from './engine-fixtures';
import { referenceNames, stateFrom } from './reference-fixtures';

const digits = parseDigits(readFileSync('public/data/digits.bin'));
const some = { ...digits, n: 40, x: digits.x.subarray(0, 40 * 64), y: digits.y.subarray(0, 40) };
const IN: InputGroupNorm = { kind: 'group', groups: 3 };

describe('tinted digits', () => {
  it('gray: three channels, each the image; tinted: per channel b + a·g with 0 < a, values in 0..1', () => {
    const gray = tintDataset(some, 'gray', 1);
    const tinted = tintDataset(some, 'tinted', 1);
    expect(gray.dims).toBe(192);
    expect(Array.from(gray.y)).toEqual(Array.from(some.y));
    for (let c = 0; c < 3; c++) expect(Array.from(gray.x.subarray(c * 64, c * 64 + 64))).toEqual(Array.from(some.x.subarray(0, 64)));
    for (let i = 0; i < some.n; i++) {
      for (let c = 0; c < 3; c++) {
        const ch = tinted.x.subarray((i * 3 + c) * 64, (i * 3 + c + 1) * 64);
        expect(Math.min(...ch)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...ch)).toBeLessThanOrEqual(1 + 1e-6);
        // An affine map of the grey image: the ratio of differences is one positive constant.
        const g = some.x.subarray(i * 64, i * 64 + 64);
        const [lo, hi] = [g.indexOf(Math.min(...g)), g.indexOf(Math.max(...g))];
        const a = (ch[hi] - ch[lo]) / (g[hi] - g[lo]);
        expect(a).toBeGreaterThanOrEqual(0.25 - 1e-6);
        for (let p = 0; p < 64; p++) expect(ch[p]).toBeCloseTo(ch[lo] + a * (g[p] - g[lo]), 5);
      }
    }
  });

  it('InstanceNorm over each channel gives the same x̂ for the gray and the tinted image', () => {
    const [gray, tinted] = [tintDataset(some, 'gray', 1), tintDataset(some, 'tinted', 2)];
    const shape = { n: some.n, c: 3, hw: 64, groups: 3 };
    const [a, b] = [blockStats('instance', shape, gray.x, 1e-5).xhat, blockStats('instance', shape, tinted.x, 1e-5).xhat];
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
    expect(worst).toBeLessThan(1e-2);
    expect(worst).toBeGreaterThan(0); // ε keeps them from being bit for bit equal
  });

  it('label: three classes drawn at random, each with its own bright channel; a mode must be label in both splits or neither', () => {
    const d = tintDataset({ ...digits, n: 300, x: digits.x.subarray(0, 300 * 64), y: digits.y.subarray(0, 300) }, 'label', 3);
    expect(d.classes).toBe(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < d.n; i++) {
      counts[d.y[i]]++;
      const means = [0, 1, 2].map((c) => d.x.subarray((i * 3 + c) * 64, (i * 3 + c + 1) * 64).reduce((s, v) => s + v, 0) / 64);
      expect(means.indexOf(Math.max(...means))).toBe(d.y[i]);
    }
    for (const c of counts) expect(c).toBeGreaterThan(70);
    expect(tintProblem({ train: 'label', test: 'tinted' })).toBe('label-in-one-split');
    expect(tintProblem({ train: 'gray', test: 'tinted' })).toBeNull();
    expect(() =>
      makeSplit({ name: 'espirales', n: 50, noise: 0.1, testFraction: 0.2, seed: 1, tint: { train: 'gray', test: 'gray' } }),
    ).toThrow(/digits/);
  });
});

describe('GN over the input features (IN on a colour image), engine against the reference', () => {
  beforeAll(useCpu);
  const s: ExperimentSpec = {
    ...digitsMlp({
      seed: 3,
      width: 6,
      batchSize: 12,
      steps: 5,
      readbacks: 1,
      models: [{ id: 'm', norm: { kind: 'none' }, inputNorm: IN, learningRate: 0.3 }],
    }),
    hidden: [6],
    optimizer: 'sgd',
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: 3, tint: { train: 'tinted', test: 'tinted' } },
  };
  const data = makeSplit(s.dataset, digits);
  const make = () => {
    const mlp = createMlp(
      { inputs: 192, hidden: [6], classes: 10, activation: 'relu', inputNorm: IN, init: 'he', bnEpsilon: s.bnEpsilon },
      99,
    );
    mlp.inputNorm!.params.gamma.forEach((_, j, arr) => (arr[j] = 1 + 0.01 * j));
    mlp.inputNorm!.params.beta.forEach((_, j, arr) => (arr[j] = 0.02 * (j % 5)));
    return { mlp, trainer: StackedTrainer.create(s, data, {}, stateFrom(mlp)) };
  };
  const batch = (rows: ArrayLike<number>) => {
    const x = new Float32Array(rows.length * 192);
    const y = new Uint8Array(rows.length);
    Array.from(rows).forEach((r, i) => {
      x.set(data.train.x.subarray(192 * r, 192 * r + 192), 192 * i);
      y[i] = data.train.y[r];
    });
    return { x, y };
  };

  it('the layout has γ and β for the inputs and no running statistics', () => {
    const { trainer } = make();
    expect(trainer.config.inputNorm).toEqual([{ kind: 'group', position: 'before', groups: 3 }]);
    const layout = makeLayout(trainer.config);
    expect(layout.trainable.map((p) => p.name)).toEqual(expect.arrayContaining(['inGamma', 'inBeta']));
    expect(layout.running).toHaveLength(0);
    trainer.dispose();
  });

  it('loss and every gradient equal the reference', async () => {
    const { mlp, trainer } = make();
    const rows = new Batcher(data.train.n, s.batchSize, 5).next();
    const { x, y } = batch(rows);
    const ref = mlpLossAndGrads(mlp, x, y, rows.length);
    const got = await lossAndGradients(trainer, rows);
    expectClose(got.loss, [ref.loss], 1e-5);
    const grads = conventionalParams(got.grads, trainer.config, 0);
    const expected = gradientList(mlp, ref.grads);
    expect(Object.keys(grads).sort()).toEqual(expected.map((g) => g.name).sort());
    for (const { name, value } of expected) expectClose(grads[name], value, 2e-4);
    trainer.dispose();
  });

  it('SGD steps give the same parameters and eval accuracy', async () => {
    const { mlp, trainer } = make();
    const batcher = new Batcher(data.train.n, s.batchSize, s.seed);
    for (let i = 0; i < s.steps; i++) {
      const rows = batcher.next();
      const { x, y } = batch(rows);
      mlpTrainStep(mlp, x, y, rows.length, 0.3);
    }
    trainer.train(s.steps);
    const state = conventionalParams((await trainer.exportState()).params, trainer.config, 0);
    const expected = referenceNames(mlp);
    expect(Object.keys(state).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expectClose(state[name], expected[name], 1e-3);
    const snap = await trainer.evaluate();
    const refTest = mlpEvaluate(mlp, data.test.x, data.test.y, data.test.n, 'eval');
    expect(Math.abs(snap.models[0].testAcc - refTest.accuracy)).toBeLessThanOrEqual(1 / data.test.n + 1e-6);
    trainer.dispose();
  });
});

/**
 * The probes of BN's two modes, against the plain reference MLP on the same parameters:
 * trainModeAcc is the test accuracy in TRAINING mode with BN statistics over consecutive sets of each
 * model's own size (the batch, or its ghost size); batchMean is the probed unit's mean of z = a·W over
 * the first b rows of the latest mini-batch; runningMean is that unit's running mean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/lib/datasets';
import type { NormSpec } from '../../src/lib/experiments/types';
import { mlpForward } from '../../src/lib/mlp-reference';
import { StackedTrainer } from '../../src/engine/trainer';
import { resolveConfig } from '../../src/engine/config';
import { readable } from '../../src/worker/strings';
import { spec, split, useCpu } from './engine-fixtures';
import { probeNet, stateFrom } from './reference-fixtures';

beforeAll(useCpu);

const hidden = [6, 5];
const B = 16;

const referenceNet = (norm: NormSpec) => probeNet(norm, hidden);

const argmax2 = (logits: ArrayLike<number>, i: number) => (logits[2 * i + 1] > logits[2 * i] ? 1 : 0);

const cases: [string, NormSpec, number][] = [
  ['BN over the batch', { kind: 'batch', position: 'before' }, B],
  ['BN over ghost batches of 4', { kind: 'batch', position: 'before', ghostBatch: 4 }, 4],
  ['BN after the activation', { kind: 'batch', position: 'after' }, B],
  ['no normalisation', { kind: 'none' }, B],
];

describe.each(cases)('%s', (_, norm, b) => {
  const s = spec({ hidden, batchSize: B, probes: { trainModeAcc: true, batchMean: { layer: 1, unit: 2 } } }, [{ id: 'm', norm, learningRate: 1e-12 }]);
  const data = split(s);

  it('trainModeAcc: training-mode accuracy on the test rows in sets of b', async () => {
    const mlp = referenceNet(norm);
    const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
    const snap = await t.evaluate();
    const m = Math.floor(data.test.n / B) * B;
    let hits = 0;
    for (let from = 0; from < m; from += b) {
      const trace = mlpForward(mlp, data.test.x.subarray(2 * from, 2 * (from + b)), b, norm.kind === 'none' ? 'eval' : 'train');
      for (let i = 0; i < b; i++) hits += argmax2(trace.logits, i) === data.test.y[from + i] ? 1 : 0;
    }
    expect(snap.models[0].trainModeAcc).toBeCloseTo(hits / m, 6);
    t.dispose();
  });

  it('batchMean: mean of z over the first b rows of the latest mini-batch; runningMean as stored', async () => {
    const mlp = referenceNet(norm);
    const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
    const batches = new Batcher(data.train.n, B, s.seed);
    const want = (rows: ArrayLike<number>) => {
      const x = Float32Array.from({ length: 2 * b }, (_, i) => data.train.x[2 * rows[i >> 1] + (i & 1)]);
      const a = mlpForward(mlp, x, b, norm.kind === 'none' ? 'eval' : 'train').hidden[1].input;
      const w = mlp.dense[1].w;
      let sum = 0;
      for (let i = 0; i < b; i++) for (let j = 0; j < hidden[0]; j++) sum += a[i * hidden[0] + j] * w[j * hidden[1] + 2];
      return sum / b;
    };
    const before = (await t.evaluate()).models[0];
    // Before any step: the first mini-batch. With lr 1e-12 the weights do not move, so after two steps
    // the probe must follow the second mini-batch.
    expect(before.batchMean!).toBeCloseTo(want(Array.from(batches.next())), 4);
    t.train(2);
    const after = (await t.evaluate()).models[0];
    expect(after.batchMean!).toBeCloseTo(want(Array.from(batches.next())), 4);
    expect(before.runningMean).toBeCloseTo(mlp.norms[1]?.running?.mean[2] ?? 0, 6);
    t.dispose();
  });
});

it('train mode needs at least one test batch', () => {
  let message = '';
  try {
    resolveConfig(spec({ probes: { trainModeAcc: true } }), { inputDims: 2, classes: 2, nTrain: 150, nTest: 10 });
  } catch (e) {
    message = readable(e);
  }
  expect(message).toBe('Medir en modo de entrenamiento necesita al menos un batch de test (16 ejemplos); el test tiene 10.');
});

it('in one stack, every model gets the probes it gets alone (its own set size, its own rows)', async () => {
  const probes = { trainModeAcc: true, batchMean: { layer: 1, unit: 2 } };
  const models = cases.map(([name, norm]) => ({ id: name, norm, learningRate: 0.1 }));
  const run = async (ms: typeof models) => {
    const s = spec({ hidden, batchSize: B, probes }, ms);
    const t = StackedTrainer.create(s, split(s));
    t.train(3);
    const snap = await t.evaluate();
    t.dispose();
    return snap.models;
  };
  const stacked = await run(models);
  for (const [i, m] of models.entries()) {
    const [alone] = await run([m]);
    expect(stacked[i].trainModeAcc).toBe(alone.trainModeAcc);
    expect(stacked[i].batchMean).toBeCloseTo(alone.batchMean!, 5);
    expect(stacked[i].runningMean).toBeCloseTo(alone.runningMean!, 5);
  }
});

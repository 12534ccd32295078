/** Leak tests (tfjs-examples style): tf.memory().numTensors is back where it was after every engine call. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, it } from 'vitest';
import { lossAndGradients } from '../../src/engine/inspect';
import { StackedTrainer } from '../../src/engine/trainer';
import { spec, split, useCpu } from './engine-fixtures';
import { bnAt } from '../../src/lib/experiments/norms';
import type { ExperimentSpec } from '../../src/lib/experiments/types';

beforeAll(useCpu);

const s = spec({ optimizer: 'adam', probes: { percentiles: { layer: 1, unit: 0 }, gradNorms: true, decisionGrid: 8 } }, [
  { id: 'before', norm: bnAt('before'), learningRate: 0.05 },
  { id: 'after', norm: bnAt('after'), learningRate: 0.05 },
  { id: 'none', norm: bnAt('none'), learningRate: 0.05 },
]);
const grid = Float32Array.from({ length: 128 }, (_, i) => (i % 7) / 3 - 1);

it('training steps, evaluations and probes allocate nothing that outlives them', async () => {
  const start = tf.memory().numTensors;
  const t = StackedTrainer.create(s, { ...split(s), grid });
  const alive = tf.memory().numTensors;
  t.train(3);
  expect(tf.memory().numTensors).toBe(alive);
  const snap = await t.evaluate();
  expect(snap.models[0].percentiles).toHaveLength(3);
  expect(snap.models[0].gradNorms).toHaveLength(3);
  expect(snap.models[0].decision).toHaveLength(64);
  await t.exportState();
  await lossAndGradients(t, [1, 2, 3, 4]);
  t.train(7);
  expect(tf.memory().numTensors).toBe(alive);
  t.dispose();
  t.dispose();
  expect(tf.memory().numTensors).toBe(start);
});

/** Three steps, a read-back and an inspection leave the count where the trainer left it; disposing, where it started. */
async function leaksNothing(s: ExperimentSpec): Promise<void> {
  const start = tf.memory().numTensors;
  const t = StackedTrainer.create(s, split(s));
  const alive = tf.memory().numTensors;
  t.train(3);
  await t.evaluate();
  await lossAndGradients(t, [1, 2, 3, 4]);
  expect(tf.memory().numTensors).toBe(alive);
  t.dispose();
  expect(tf.memory().numTensors).toBe(start);
}

it('a stack mixing every kind (and input normalisation) leaks nothing either', async () => {
  const mixed = spec({ optimizer: 'momentum', hidden: [6, 6], probes: { percentiles: { layer: 0, unit: 1 }, gradNorms: true } }, [
    { id: 'none', norm: bnAt('none'), learningRate: 0.05 },
    { id: 'ghost', norm: { kind: 'batch', position: 'before', ghostBatch: 4 }, inputNorm: true, learningRate: 0.05 },
    { id: 'ln', norm: { kind: 'layer', position: 'after' }, learningRate: 0.05 },
    { id: 'gn', norm: { kind: 'group', position: 'before', groups: 3 }, learningRate: 0.05 },
  ]);
  await leaksNothing(mixed);
});

it('a mixed stack at batch 1 (BN collapsing), with the batch-mates and scan probes, leaks nothing', async () => {
  const one = spec({ hidden: [6, 6], batchSize: 1, probes: { trainModeAcc: true, mates: { batch: 8, small: 2 }, scan: { scales: [0.5, 2], shifts: [0.1] } } }, [
    { id: 'bn', norm: { kind: 'batch', position: 'before', singleExample: 'collapse' }, learningRate: 0.05 },
    { id: 'ln', norm: { kind: 'layer', position: 'before' }, learningRate: 0.05 },
    { id: 'rms', norm: { kind: 'rms', position: 'before' }, learningRate: 0.05 },
  ]);
  await leaksNothing(one);
});

it.each([
  ['a recurrent stack with its hidden-norm probe', { hidden: [6], recurrent: { steps: 2, scale: 1.5 }, probes: { hiddenNorms: { steps: 5, examples: 4 } } }],
  ['a residual stack warming up, with gradient norms', { hidden: [5], residual: { blocks: 2 }, optimizer: 'adam' as const, probes: { gradNorms: true } }],
])('%s (plain, Pre-LN / LN and Post-LN / RMSNorm mixed) leaks nothing', async (_, overrides) => {
  const residual = 'residual' in overrides;
  const s2 = spec(overrides, [
    { id: 'none', norm: { kind: 'none' }, learningRate: 0.05, warmupSteps: residual ? 4 : undefined },
    { id: 'ln', norm: { kind: 'layer', position: 'before' }, learningRate: 0.05 },
    { id: 'other', norm: residual ? { kind: 'layer', position: 'after' } : { kind: 'rms', position: 'before' }, learningRate: 0.05, warmupSteps: residual ? 2 : undefined },
  ]);
  await leaksNothing(s2);
});

it('reset cycles (dispose, rebuild, restore from a checkpoint) do not grow the tensor count', async () => {
  const start = tf.memory().numTensors;
  let t = StackedTrainer.create(s, split(s));
  const alive = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    t.train(2);
    const state = await t.exportState();
    t.dispose();
    t = StackedTrainer.create(s, split(s), {}, state);
    expect(t.step).toBe(2 * (i + 1));
    expect(tf.memory().numTensors).toBe(alive);
  }
  t.dispose();
  expect(tf.memory().numTensors).toBe(start);
});

it('a bad spec or checkpoint throws a typed problem and leaks nothing', async () => {
  const start = tf.memory().numTensors;
  expect(() => StackedTrainer.create({ ...s, batchSize: 1 }, split(s))).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: 'norm-shape' }) }));
  const t = StackedTrainer.create(s, split(s));
  const state = await t.exportState();
  t.dispose();
  const broken = { ...state, params: { ...state.params, w0: new Float32Array(3) } };
  expect(() => StackedTrainer.create(s, split(s), {}, broken)).toThrow(expect.objectContaining({ problem: { code: 'state-mismatch', piece: 'w0' } }));
  expect(tf.memory().numTensors).toBe(start);
});

/**
 * StackedTrainer's contracts around the maths: the data and checkpoints it refuses (with a code),
 * what it does after `dispose`, and the running statistics of models without BN, which must not
 * move (they are exported in every checkpoint).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { StackedTrainer, type TrainerState } from '../../src/engine/trainer';
import { bnAt } from '../../src/lib/experiments/norms';
import { spec, split, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const s = spec({ optimizer: 'momentum', steps: 12, probes: { decisionGrid: 4 } });
const problem = (p: object) => expect.objectContaining({ problem: p });

async function checkpoint(): Promise<TrainerState> {
  const t = StackedTrainer.create(s, split(s));
  t.train(3);
  const state = await t.exportState();
  t.dispose();
  return state;
}

describe('what it refuses', () => {
  it.each([
    ['features', { dims: 3, x: new Float32Array(3 * 50) }],
    ['classes', { classes: 3 }],
  ])('train and test splits with different %s', (_what, change) => {
    const data = split(s);
    const test = { ...data.test, ...change, n: 50, y: new Uint8Array(50) };
    expect(() => StackedTrainer.create(s, { ...data, test })).toThrow(expect.objectContaining({ name: 'SpecError', message: 'spec:data-mismatch', problem: { code: 'data-mismatch' } }));
  });

  it.each([
    ['an optimiser slot of the wrong size', (st: TrainerState) => ({ ...st, slots: { v: new Float32Array(5) } }), { code: 'state-mismatch', piece: 'v' }],
    ['one active flag too few', (st: TrainerState) => ({ ...st, active: st.active.slice(1) }), { code: 'state-mismatch', piece: 'models' }],
    ['one divergence step too many', (st: TrainerState) => ({ ...st, divergedAt: Float32Array.of(-1, -1, -1) }), { code: 'state-mismatch', piece: 'models' }],
    ['a negative step', (st: TrainerState) => ({ ...st, step: -1 }), { code: 'state-mismatch', piece: 'models' }],
    ['a step that is not a number', (st: TrainerState) => ({ ...st, step: NaN }), { code: 'state-mismatch', piece: 'models' }],
  ])('a checkpoint with %s, leaking nothing', async (_what, breakIt, code) => {
    const state = await checkpoint();
    const before = tf.memory().numTensors;
    expect(() => StackedTrainer.create(s, split(s), {}, breakIt(state))).toThrow(problem(code));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('accepts the checkpoint it wrote, and a missing slot starts at zero', async () => {
    const state = await checkpoint();
    const t = StackedTrainer.create(s, split(s), {}, { ...state, slots: {} });
    expect(t.step).toBe(3);
    expect(Array.from((await t.exportState()).slots.v).every((v) => v === 0)).toBe(true);
    t.dispose();
  });
});

describe('after dispose', () => {
  it('says so on every call, frees everything, and a second dispose is harmless', async () => {
    const before = tf.memory().numTensors;
    const t = StackedTrainer.create(s, split(s));
    expect(t.isDisposed).toBe(false);
    t.dispose();
    expect(t.isDisposed).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => t.train(1)).toThrow(/disposed/);
    await expect(t.evaluate()).rejects.toThrow(/disposed/);
    await expect(t.decision()).rejects.toThrow(/disposed/);
    await expect(t.sync()).rejects.toThrow(/disposed/);
    await expect(t.exportState()).rejects.toThrow(/disposed/);
    expect(() => t.dispose()).not.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('running statistics in a mixed stack', () => {
  it('move for the BN model and stay at their start (mean 0, variance 1) for the model without BN', async () => {
    const t = StackedTrainer.create(s, split(s));
    t.train(5);
    const { params } = await t.exportState();
    t.dispose();
    expect(s.models.map((m) => m.norm)).toEqual([bnAt('before'), bnAt('none')]);
    for (const l of [0, 1]) {
      // [K · width], model-major: the first half is the BN model's.
      const [mean, variance] = [params[`mean${l}`], params[`var${l}`]];
      const w = mean.length / 2;
      expect(Array.from(mean.subarray(w)).every((v) => v === 0)).toBe(true);
      expect(Array.from(variance.subarray(w)).every((v) => v === 1)).toBe(true);
      expect(Array.from(mean.subarray(0, w)).some((v) => v !== 0)).toBe(true);
      expect(Array.from(variance.subarray(0, w)).some((v) => v !== 1)).toBe(true);
    }
  });
});

/**
 * Stacking is only an optimisation: K models trained as one batched computation must follow exactly
 * the trajectories of K separate one-model runs from the same initial weights on the same batches,
 * whatever their learning rates and BN settings. Also: same seed → same curves.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentSpec, ModelSpec, OptimizerName } from '../../src/lib/experiments/types';
import { conventionalParams } from '../../src/engine/params';
import { inputNormSpec } from '../../src/lib/norms/index-sets';
import type { Snapshot } from '../../src/engine/metrics';
import { runExperiment } from '../../src/engine/run';
import { StackedTrainer, type TrainerState } from '../../src/engine/trainer';
import { spec, split, useCpu } from './engine-fixtures';
import { bnAt } from '../../src/lib/experiments/norms';

beforeAll(useCpu);

/** Model k's share of a stacked state, as a one-model state (optimizer slots start at 0). */
function sliceState(state: TrainerState, k: number, K: number): TrainerState {
  const params: Record<string, Float32Array> = {};
  for (const [name, values] of Object.entries(state.params)) {
    const per = values.length / K;
    params[name] = values.slice(k * per, (k + 1) * per);
  }
  return { step: state.step, params, slots: {}, active: Uint8Array.of(1), divergedAt: Float32Array.of(-1) };
}

/** A whole run: its curve (via runExperiment) and its final state (from a second, identical run). */
async function run(s: ExperimentSpec, state?: TrainerState) {
  let curve: Snapshot[];
  if (state) {
    // runExperiment starts from the spec's own initial weights; from a given state, drive the trainer.
    const t = StackedTrainer.create(s, split(s), {}, state);
    curve = [await t.evaluate()];
    for (let done = 0; done < s.steps; done += s.evalEvery) {
      t.train(s.evalEvery);
      curve.push(await t.evaluate());
    }
    const final = await t.exportState();
    t.dispose();
    return { curve, final };
  }
  curve = (await runExperiment(s, split(s))).snapshots;
  const t = StackedTrainer.create(s, split(s));
  t.train(s.steps);
  const final = await t.exportState();
  t.dispose();
  return { curve, final };
}

const models: ModelSpec[] = [
  { id: 'bn-before', norm: bnAt('before'), learningRate: 0.3 },
  { id: 'plain', norm: bnAt('none'), learningRate: 0.1 },
  { id: 'bn-after', norm: bnAt('after'), learningRate: 0.2 },
  { id: 'plain-slow', norm: bnAt('none'), learningRate: 0.03 },
];

describe.each(['sgd', 'momentum', 'adam'] as OptimizerName[])('optimizer %s', (optimizer) => {
  it('K stacked models == K separate runs (parameters, losses, accuracies)', async () => {
    const lr = optimizer === 'adam' ? 0.1 : 1;
    const ms = models.map((m) => ({ ...m, learningRate: m.learningRate * lr }));
    const s = spec({ optimizer, sameInit: false, steps: 24, evalEvery: 8, hidden: [7, 6] }, ms);
    const probe = StackedTrainer.create(s, split(s));
    const init = await probe.exportState();
    const stacked = await run(s);
    for (let k = 0; k < ms.length; k++) {
      const single = await run({ ...s, models: [ms[k]] }, sliceState(init, k, ms.length));
      // Compare under conventional names: a lone 'none' model has no γ/β pieces at all.
      const theirs = conventionalParams(single.final.params, { ...probe.config, k: 1, norms: [ms[k].norm], inputNorm: [null] }, 0);
      const mine = conventionalParams(stacked.final.params, probe.config, k);
      expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
      for (const [name, values] of Object.entries(theirs)) {
        const per = values.length;
        for (let i = 0; i < per; i++) expect(Math.abs(mine[name][i] - values[i]), `${ms[k].id} ${name}[${i}]`).toBeLessThan(1e-5 * (1 + Math.abs(values[i])));
      }
      single.curve.forEach((snap, i) => {
        const a = stacked.curve[i].models[k];
        const b = snap.models[0];
        expect(a.id).toBe(b.id);
        expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-5);
        expect(a.trainAcc).toBe(b.trainAcc);
        expect(a.testAcc).toBe(b.testAcc);
      });
    }
    probe.dispose();
  });
});

const mixedKinds: ModelSpec[] = [
  { id: 'none', norm: { kind: 'none' }, learningRate: 0.05 },
  { id: 'bn', norm: { kind: 'batch', position: 'before' }, learningRate: 0.1 },
  { id: 'ghost-4', norm: { kind: 'batch', position: 'before', ghostBatch: 4 }, learningRate: 0.1 },
  { id: 'ln', norm: { kind: 'layer', position: 'before' }, learningRate: 0.1 },
  { id: 'rms-after', norm: { kind: 'rms', position: 'after' }, learningRate: 0.1 },
  { id: 'gn-2', norm: { kind: 'group', position: 'before', groups: 2 }, learningRate: 0.1 },
  { id: 'gn-6', norm: { kind: 'group', position: 'before', groups: 6 }, learningRate: 0.1 },
  { id: 'bn-input', norm: { kind: 'batch', position: 'after' }, inputNorm: true, learningRate: 0.1 },
  { id: 'input-only', norm: { kind: 'none' }, inputNorm: true, learningRate: 0.05 },
];

describe.each(['momentum', 'adam'] as OptimizerName[])('a stack mixing every kind, optimizer %s', (optimizer) => {
  it('equals separate runs bit for bit: parameters, running statistics, losses, accuracies', async () => {
    const s = spec({ optimizer, sameInit: false, steps: 16, evalEvery: 8, hidden: [6, 6] }, mixedKinds);
    const probe = StackedTrainer.create(s, split(s));
    const init = await probe.exportState();
    const stacked = await run(s);
    for (let k = 0; k < mixedKinds.length; k++) {
      const m = mixedKinds[k];
      const single = await run({ ...s, models: [m] }, sliceState(init, k, mixedKinds.length));
      const theirs = conventionalParams(single.final.params, { ...probe.config, k: 1, norms: [m.norm], inputNorm: [inputNormSpec(m.inputNorm)] }, 0);
      const mine = conventionalParams(stacked.final.params, probe.config, k);
      expect(Object.keys(mine).sort(), m.id).toEqual(Object.keys(theirs).sort());
      for (const [name, values] of Object.entries(theirs)) expect(Array.from(mine[name]), `${m.id} ${name}`).toEqual(Array.from(values));
      single.curve.forEach((snap, i) => expect(stacked.curve[i].models[k], `${m.id} read-back ${i}`).toEqual(snap.models[0]));
    }
    probe.dispose();
  });
});

it('models differ only where their settings differ: with sameInit they start from the same weights', async () => {
  const s = spec({ sameInit: true });
  const t = StackedTrainer.create(s, split(s));
  const w = (await t.exportState()).params.w0;
  const half = w.length / 2;
  expect(Array.from(w.subarray(0, half))).toEqual(Array.from(w.subarray(half)));
  t.dispose();
  const u = StackedTrainer.create({ ...s, sameInit: false }, split(s));
  const w2 = (await u.exportState()).params.w0;
  expect(Array.from(w2.subarray(0, half))).not.toEqual(Array.from(w2.subarray(half)));
  u.dispose();
});

it('same seed → identical curves; another seed → different ones', async () => {
  const tensors = tf.memory().numTensors;
  const s = spec({ optimizer: 'adam', steps: 20, evalEvery: 5 }, [
    { id: 'a', norm: bnAt('before'), learningRate: 0.05 },
    { id: 'b', norm: bnAt('none'), learningRate: 0.05 },
  ]);
  const a = await run(s);
  const b = await run(s);
  expect(b.curve).toEqual(a.curve);
  expect(a.curve.map((x) => x.step)).toEqual([0, 5, 10, 15, 20]);
  const c = await run({ ...s, seed: s.seed + 1 });
  expect(c.curve.map((x) => x.models[0].loss)).not.toEqual(a.curve.map((x) => x.models[0].loss));
  expect(tf.memory().numTensors).toBe(tensors);
});

it('a run restored from a checkpoint (e.g. on another backend) continues exactly as if never interrupted', async () => {
  const s = spec({ optimizer: 'adam', steps: 30, evalEvery: 10 }, [
    { id: 'a', norm: bnAt('before'), learningRate: 0.05 },
    { id: 'b', norm: bnAt('none'), learningRate: 0.05 },
  ]);
  const whole = StackedTrainer.create(s, split(s));
  whole.train(30);
  const expected = await whole.exportState();
  whole.dispose();
  const first = StackedTrainer.create(s, split(s));
  first.train(13);
  const mid = await first.exportState();
  first.dispose();
  const second = StackedTrainer.create(s, split(s), {}, mid);
  second.train(17);
  const got = await second.exportState();
  second.dispose();
  expect(got.step).toBe(30);
  for (const name of Object.keys(expected.params)) expect(Array.from(got.params[name]), name).toEqual(Array.from(expected.params[name]));
  expect(Array.from(got.slots.m)).toEqual(Array.from(expected.slots.m));
});

it('runExperiment reads back at 0, every evalEvery steps and at the end, and times itself', async () => {
  const s = spec({ steps: 25, evalEvery: 10 });
  const seen: number[] = [];
  const from = performance.now();
  const result = await runExperiment(s, split(s), { onSnapshot: (snap) => seen.push(snap.step) });
  const wall = performance.now() - from;
  expect(result.snapshots.map((snap) => snap.step)).toEqual([0, 10, 20, 25]);
  expect(seen).toEqual([0, 10, 20, 25]);
  expect(result.ms).toBeGreaterThan(0);
  expect(result.ms).toBeLessThanOrEqual(wall);
});

/** NaN/Inf handling: a model that diverges is frozen and marked; the others in the stack go on. */
import { beforeAll, expect, it } from 'vitest';
import { conventionalParams } from '../../src/engine/params';
import { StackedTrainer } from '../../src/engine/trainer';
import { spec, split, useCpu } from './engine-fixtures';
import { bnAt } from '../../src/lib/experiments/norms';

beforeAll(useCpu);

it('a model with a huge learning rate diverges and freezes; the other keeps learning', async () => {
  // With lr = 1e5 the loss explodes past the divergence bound (1000) within a few steps.
  const s = spec({ activation: 'tanh', optimizer: 'sgd', hidden: [8, 8], steps: 60, evalEvery: 10 }, [
    { id: 'sane', norm: bnAt('none'), learningRate: 0.1 },
    { id: 'huge', norm: bnAt('none'), learningRate: 1e5 },
  ]);
  const t = StackedTrainer.create(s, split(s));
  const first = await t.evaluate();
  t.train(30);
  const mid = await t.evaluate();
  const midState = await t.exportState();
  t.train(30);
  const end = await t.evaluate();
  const endState = await t.exportState();

  const huge = end.models[1];
  expect(huge.diverged).toBe(true);
  expect(huge.divergedAt).toBeGreaterThanOrEqual(1);
  expect(huge.divergedAt).toBeLessThanOrEqual(30);
  expect(mid.models[1].diverged).toBe(true);
  // Frozen: the diverged model's parameters did not move in the last 30 steps, bit for bit.
  const a = conventionalParams(midState.params, t.config, 1);
  const b = conventionalParams(endState.params, t.config, 1);
  for (const name of Object.keys(a)) expect(Array.from(b[name]), name).toEqual(Array.from(a[name]));
  expect(endState.active[1]).toBe(0);
  // Reported metrics stay numbers (never NaN), frozen at their last values.
  for (const snap of [mid, end]) for (const m of snap.models) for (const v of [m.loss, m.trainAcc, m.testAcc]) expect(Number.isFinite(v)).toBe(true);
  expect(end.models[1].testAcc).toBe(mid.models[1].testAcc);

  const sane = end.models[0];
  expect(sane.diverged).toBe(false);
  expect(sane.divergedAt).toBeUndefined();
  expect(sane.loss).toBeLessThan(first.models[0].loss);
  const c = conventionalParams(midState.params, t.config, 0);
  const d = conventionalParams(endState.params, t.config, 0);
  expect(Array.from(d.w0)).not.toEqual(Array.from(c.w0));
  t.dispose();
});

it('a NaN loss freezes that model at the step it appeared, even with no finite bound', async () => {
  const s = spec({ divergenceLoss: Infinity, steps: 10, evalEvery: 5 });
  const probe = StackedTrainer.create(s, split(s));
  const state = await probe.exportState();
  probe.dispose();
  const w0 = state.params.w0;
  w0[w0.length - 1] = NaN; // model 1 ('withoutBN') gets a NaN weight: its loss is NaN from step 1
  const t = StackedTrainer.create(s, split(s), {}, state);
  t.train(5);
  const snap = await t.evaluate();
  expect(snap.models[1]).toMatchObject({ id: 'withoutBN', diverged: true, divergedAt: 1 });
  expect(snap.models[0].diverged).toBe(false);
  const after = await t.exportState();
  expect(Array.from(after.params.w1.subarray(after.params.w1.length / 2))).toEqual(Array.from(state.params.w1.subarray(state.params.w1.length / 2)));
  expect(Array.from(after.params.w1.subarray(0, 8))).not.toEqual(Array.from(state.params.w1.subarray(0, 8)));
  t.dispose();
});

it("a frozen model's loss: the mean of its finite losses in the window it diverged in, then held", async () => {
  // lr = 300 diverges after a few finite steps (not on the first), so the first window mixes both.
  const s = spec({ activation: 'tanh', optimizer: 'sgd', hidden: [8, 8], steps: 60, evalEvery: 10 }, [
    { id: 'sane', norm: bnAt('none'), learningRate: 0.1 },
    { id: 'late', norm: bnAt('none'), learningRate: 300 },
  ]);
  const t = StackedTrainer.create(s, split(s));
  t.train(30);
  const mid = (await t.evaluate()).models[1];
  t.train(30);
  const end = (await t.evaluate()).models[1];
  t.dispose();
  expect(mid.diverged).toBe(true);
  const finiteSteps = mid.divergedAt! - 1;
  expect(finiteSteps).toBeGreaterThanOrEqual(2);
  // A twin that stops just before the divergence reads the mean of exactly those finite losses.
  const twin = StackedTrainer.create(s, split(s));
  twin.train(finiteSteps);
  const before = (await twin.evaluate()).models[1];
  twin.dispose();
  expect(before.diverged).toBe(false);
  expect(mid.loss).toBeCloseTo(before.loss, 5);
  // The next window has no finite loss at all: the value is held, not 0.
  expect(end.loss).toBe(mid.loss);
});

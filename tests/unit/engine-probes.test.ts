/**
 * What the read-back reports, checked against the plain reference MLP on the same parameters:
 * the Figure-1 percentiles are of the probed unit's PRE-activation (input to g) over the TEST split in
 * eval mode; eval mode divides by √(running variance + ε), ε included; the decision grid's row 0 is
 * the top of the plot; a frozen model stays frozen even when its loss turns finite again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionGrid } from '../../src/lib/decision-grid';
import { StackedTrainer } from '../../src/engine/trainer';
import type { BNPosition } from '../../src/lib/experiments/types';
import { createMlp, mlpEvaluate, mlpForward, type Mlp } from '../../src/lib/mlp-reference';
import { column, percentiles } from '../../src/lib/stats';
import { spec, split, useCpu } from './engine-fixtures';
import { stateFrom } from './reference-fixtures';
import { bnAt } from '../../src/lib/experiments/norms';

beforeAll(useCpu);

/** A reference net with β, γ and running statistics away from their initial values. */
function referenceNet(bn: BNPosition, hidden: number[], tinyVariance = false): Mlp {
  const mlp = createMlp({ inputs: 2, hidden, classes: 2, activation: 'tanh', norm: bnAt(bn), init: 'glorot', bnEpsilon: 1e-5, bnMomentum: 0.1 }, 5);
  mlp.norms.forEach((b, l) => {
    b.params.beta.forEach((_, j, a) => (a[j] = 0.2 * (j - l) - 0.1));
    b.params.gamma.forEach((_, j, a) => (a[j] = 0.5 + 0.25 * j));
    b.running!.mean.forEach((_, j, a) => (a[j] = 0.3 * Math.sin(j + l)));
    b.running!.variance.forEach((_, j, a) => (a[j] = tinyVariance && j === 0 ? 1e-9 : 0.5 + 0.1 * j));
  });
  return mlp;
}

describe.each(['before', 'after', 'none'] as BNPosition[])('bn = %s', (bn) => {
  const hidden = [6, 5];
  const s = spec({ hidden, activation: 'tanh', init: 'glorot', probes: { percentiles: { layer: 1, unit: 3 } } }, [{ id: 'm', norm: bnAt(bn), learningRate: 0.1 }]);
  const data = split(s);

  it('percentiles are of the pre-activation on the test split, in eval mode', async () => {
    const mlp = referenceNet(bn, hidden);
    const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
    const snap = await t.evaluate();
    const trace = mlpForward(mlp, data.test.x, data.test.n, 'eval');
    const u = column(trace.hidden[1].u, data.test.n, hidden[1], 3);
    const want = percentiles(u, [15, 50, 85]);
    snap.models[0].percentiles!.forEach((p, i) => expect(Math.abs(p - want[i]), `p${[15, 50, 85][i]}`).toBeLessThan(1e-5));
    t.dispose();
  });

  it('eval mode keeps ε: a near-zero running variance gives the reference accuracies', async () => {
    const mlp = referenceNet(bn, hidden, true);
    const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
    const snap = await t.evaluate();
    const test = mlpEvaluate(mlp, data.test.x, data.test.y, data.test.n, 'eval');
    const train = mlpEvaluate(mlp, data.train.x, data.train.y, data.train.n, 'eval');
    expect(snap.models[0].testAcc).toBeCloseTo(test.accuracy, 6);
    expect(snap.models[0].trainAcc).toBeCloseTo(train.accuracy, 6);
    const trace = mlpForward(mlp, data.test.x, data.test.n, 'eval');
    const want = percentiles(column(trace.hidden[1].u, data.test.n, hidden[1], 3), [15, 50, 85]);
    snap.models[0].percentiles!.forEach((p, i) => expect(Math.abs(p - want[i])).toBeLessThan(1e-4 * (1 + Math.abs(want[i]))));
    t.dispose();
  });
});

it('the decision grid runs left to right and top to bottom (row 0 has the largest y)', () => {
  const set = { x: Float32Array.of(0, 0, 10, 20), y: Uint8Array.of(0, 1), n: 2, dims: 2, classes: 2 };
  const g = decisionGrid([set], 4);
  const [x0, x1, y0, y1] = g.extent;
  expect(x0).toBeLessThan(0);
  expect(x1).toBeGreaterThan(10);
  expect(y0).toBeLessThan(0);
  expect(y1).toBeGreaterThan(20);
  const pt = (r: number, c: number) => [g.points[2 * (r * 4 + c)], g.points[2 * (r * 4 + c) + 1]];
  expect(pt(0, 0)[1]).toBeGreaterThan(pt(3, 0)[1]);
  expect(pt(0, 0)[0]).toBeLessThan(pt(0, 3)[0]);
  expect(pt(0, 0)[1]).toBeCloseTo(y1 - (y1 - y0) / 8, 5);
  expect(pt(3, 3)[0]).toBeCloseTo(x1 - (x1 - x0) / 8, 5);
});

it('the decision map is the model’s P(class 1) at each grid point, in grid order', async () => {
  const s = spec({ probes: { decisionGrid: 3 } }, [{ id: 'm', norm: bnAt('before'), learningRate: 0.1 }]);
  const data = split(s);
  const g = decisionGrid([data.train, data.test], 3);
  const mlp = referenceNet('before', s.hidden);
  const t = StackedTrainer.create(s, { ...data, grid: g.points }, {}, stateFrom(mlp));
  const map = (await t.evaluate()).models[0].decision!;
  const logits = mlpForward(mlp, g.points, 9, 'eval').logits;
  for (let i = 0; i < 9; i++) {
    const p1 = 1 / (1 + Math.exp(logits[2 * i] - logits[2 * i + 1]));
    expect(Math.abs(map[i] - p1), `cell ${i}`).toBeLessThan(1e-5);
  }
  t.dispose();
});

it('a model frozen in a checkpoint stays frozen, whatever its loss now', async () => {
  const s = spec({ steps: 10 });
  const probe = StackedTrainer.create(s, split(s));
  const state = await probe.exportState();
  probe.dispose();
  state.active = Uint8Array.of(1, 0);
  state.divergedAt = Float32Array.of(-1, 3);
  const t = StackedTrainer.create(s, split(s), {}, state);
  t.train(5);
  const snap = await t.evaluate();
  const after = await t.exportState();
  expect(snap.models[1]).toMatchObject({ diverged: true, divergedAt: 3 });
  expect(snap.models[0].diverged).toBe(false);
  expect(after.active[1]).toBe(0);
  for (const name of Object.keys(state.params)) {
    const half = state.params[name].length / 2;
    expect(Array.from(after.params[name].subarray(half)), name).toEqual(Array.from(state.params[name].subarray(half)));
  }
  t.dispose();
});

it('with three classes, the decision map is the predicted class at each grid point', async () => {
  const s = spec({ probes: { decisionGrid: 4 } }, [{ id: 'm', norm: bnAt('before'), learningRate: 0.1 }]);
  const base = split(s);
  // The same points, relabelled into three classes by angle.
  const relabel = (d: typeof base.train) => ({ ...d, classes: 3, y: Uint8Array.from({ length: d.n }, (_, i) => Math.floor(((Math.atan2(d.x[2 * i + 1], d.x[2 * i]) + Math.PI) / (2 * Math.PI)) * 3) % 3) });
  const data = { train: relabel(base.train), test: relabel(base.test) };
  const g = decisionGrid([data.train, data.test], 4);
  const mlp = createMlp({ inputs: 2, hidden: s.hidden, classes: 3, activation: 'tanh', norm: bnAt('before'), init: 'glorot', bnEpsilon: 1e-5, bnMomentum: 0.1 }, 8);
  const t = StackedTrainer.create(s, { ...data, grid: g.points }, {}, stateFrom(mlp));
  const map = (await t.evaluate()).models[0].decision!;
  t.dispose();
  const logits = mlpForward(mlp, g.points, 16, 'eval').logits;
  const want = Array.from({ length: 16 }, (_, i) => [0, 1, 2].reduce((best, c) => (logits[3 * i + c] > logits[3 * i + best] ? c : best), 0));
  expect(map).toEqual(want);
  expect(new Set(want).size).toBeGreaterThan(1);
});

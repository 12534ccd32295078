/** Read-backs without the decision map: same metrics, no map, and the map on demand matches a full read-back. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, it } from 'vitest';
import { StackedTrainer } from '../../src/engine/trainer';
import { spec, split, useCpu } from './engine-fixtures';
import { bnAt } from '../../src/lib/experiments/norms';

beforeAll(useCpu);

const s = spec({ probes: { percentiles: { layer: 1, unit: 0 }, decisionGrid: 5 } }, [
  { id: 'bn', norm: bnAt('before'), learningRate: 0.1 },
  { id: 'plain', norm: bnAt('none'), learningRate: 0.1 },
]);
const grid = Float32Array.from({ length: 50 }, (_, i) => Math.sin(i) * 1.5);

it('skipping the decision map changes nothing else, and decision() gives the map a full read-back would', async () => {
  const full = StackedTrainer.create(s, { ...split(s), grid });
  const lean = StackedTrainer.create(s, { ...split(s), grid });
  const alive = tf.memory().numTensors;
  for (const t of [full, lean]) t.train(12);
  const a = await full.evaluate();
  const b = await lean.evaluate({ decision: false });
  expect(b.models.every((m) => m.decision === undefined)).toBe(true);
  expect(b.models).toEqual(a.models.map(({ decision: _d, ...rest }) => rest));
  const maps = await lean.decision();
  expect(maps).toEqual(a.models.map((m) => m.decision));
  expect(maps?.[0]).toHaveLength(25);
  expect(tf.memory().numTensors).toBe(alive);
  full.dispose();
  lean.dispose();
});

it('without a grid there is no map to ask for', async () => {
  const t = StackedTrainer.create(s, split(s));
  t.train(2);
  expect((await t.evaluate()).models[0].decision).toBeUndefined();
  expect(await t.decision()).toBeNull();
  t.dispose();
});

/**
 * Inputs in other units, and the two fixes the `escala-entradas` demo compares: standardising in
 * preprocessing (statistics of the training split only) and BN on the input features.
 * - `standardizeInputs` trains exactly like a plain model on data standardised beforehand with the
 *   training split's statistics, by an independent path (lib's standardizer applied to the arrays);
 * - a stack of raw / standardised / BN-on-inputs models equals three separate runs bit for bit;
 * - test statistics never enter the preprocessing.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeUnits, featureStats, makeSplit, standardizer, type Dataset } from '../../src/lib/datasets';
import type { ModelSpec } from '../../src/lib/experiments/types';
import { bnAt } from '../../src/lib/experiments/norms';
import { runExperiment } from '../../src/engine/run';
import { spec, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const UNITS = { scale: [1000, 0.5], shift: [300, -2] };
const base = spec({ dataset: { name: 'lunas', n: 200, noise: 0.2, testFraction: 0.25, seed: 3, units: UNITS }, steps: 40, evalEvery: 10 });
const plain = (id: string, extra: Partial<ModelSpec> = {}): ModelSpec => ({ id, norm: bnAt('none'), learningRate: 0.05, ...extra });

function applyAffine(d: Dataset, a: { scale: Float32Array; shift: Float32Array }): Dataset {
  return changeUnits(d, { scale: Array.from(a.scale), shift: Array.from(a.shift) });
}

describe('units of a generated dataset', () => {
  it('feature j becomes x_j·scale_j + shift_j', () => {
    const { units, ...asGenerated } = base.dataset;
    const raw = makeSplit(asGenerated).train;
    const scaled = makeSplit(base.dataset).train;
    for (const i of [0, 7, 99]) {
      expect(scaled.x[2 * i]).toBeCloseTo(raw.x[2 * i] * 1000 + 300, 2);
      expect(scaled.x[2 * i + 1]).toBeCloseTo(raw.x[2 * i + 1] * 0.5 - 2, 5);
    }
    expect(units).toBe(UNITS);
  });

  it.each([
    [{ scale: [1], shift: [0, 0] }, /one scale and one shift per feature/],
    [{ scale: [1, Number.NaN], shift: [0, 0] }, /not finite/],
  ])('bad units are refused (%j)', (u, message) => {
    expect(() => makeSplit({ ...base.dataset, units: u })).toThrow(message);
  });
});

describe('standardizer', () => {
  it('maps the training split to mean 0 and standard deviation 1, and leaves a constant feature centred', () => {
    const d: Dataset = { x: Float32Array.from([1, 5, 3, 5, 5, 5, 7, 5]), y: new Uint8Array(4), n: 4, dims: 2, classes: 2 };
    const a = standardizer(d);
    const out = applyAffine(d, a);
    const { mean, std } = featureStats(out.x, 4, 2);
    expect(mean[0]).toBeCloseTo(0, 6);
    expect(std[0]).toBeCloseTo(1, 6);
    expect(Array.from(out.x.filter((_, i) => i % 2 === 1))).toEqual([0, 0, 0, 0]);
    expect(a.scale[1]).toBe(1);
  });
});

describe('standardizeInputs', () => {
  it('trains like a plain model on data standardised beforehand with the training split only', async () => {
    const data = makeSplit(base.dataset);
    const fit = standardizer(data.train);
    const pre = { train: applyAffine(data.train, fit), test: applyAffine(data.test, fit) };
    const inside = await runExperiment({ ...base, models: [plain('std', { standardizeInputs: true })] }, data);
    const outside = await runExperiment({ ...base, models: [plain('std')] }, pre);
    expect(inside.snapshots.length).toBe(5);
    inside.snapshots.forEach((snap, i) => {
      const a = snap.models[0];
      const b = outside.snapshots[i].models[0];
      expect(a.loss).toBeCloseTo(b.loss, 4);
      expect(Math.abs(a.testAcc - b.testAcc)).toBeLessThanOrEqual(1 / data.test.n);
    });
    // The statistics are the training split's: fitted on the test split they differ.
    const wrong = standardizer(data.test);
    expect(Math.abs(wrong.shift[0] - fit.shift[0])).toBeGreaterThan(1e-3);
  });

  it('a stack of raw, standardised and BN-on-inputs models equals three separate runs', async () => {
    const data = makeSplit(base.dataset);
    const models = [plain('raw', { learningRate: 1e-4 }), plain('std', { standardizeInputs: true }), plain('bnInput', { inputNorm: true })];
    const stacked = await runExperiment({ ...base, models }, data);
    for (const [k, m] of models.entries()) {
      const alone = await runExperiment({ ...base, models: [m] }, data);
      stacked.snapshots.forEach((snap, i) => {
        expect(snap.models[k].loss).toBe(alone.snapshots[i].models[0].loss);
        expect(snap.models[k].testAcc).toBe(alone.snapshots[i].models[0].testAcc);
      });
    }
  });

  it('leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    await runExperiment({ ...base, models: [plain('raw'), plain('std', { standardizeInputs: true })] }, makeSplit(base.dataset));
    expect(tf.memory().numTensors).toBe(before);
  });
});

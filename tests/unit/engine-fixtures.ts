/** Shared set-up for the engine tests: tfjs on its CPU backend, small specs and datasets. */
import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import '@tensorflow/tfjs-backend-cpu';
import { installFastCpuKernels } from '../../src/engine/cpu-kernels';
import { makeSplit } from '../../src/lib/datasets';
import type { ExperimentSpec, ModelSpec } from '../../src/lib/experiments/types';
import { bnAt, PYTORCH_MOMENTUM } from '../../src/lib/experiments/norms';

/** Element-wise |actual − expected| ≤ tol·(1 + |expected|), naming the first index that is off. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `index ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(expected[i])));
  }
}

export async function useCpu(): Promise<void> {
  tf.env().set('PROD', true); // as in the worker; also silences tfjs' "install tfjs-node" banner
  installFastCpuKernels(); // as the worker does on its CPU backend
  await tf.setBackend('cpu');
  await tf.ready();
}

export function spec(overrides: Partial<ExperimentSpec> = {}, models?: ModelSpec[]): ExperimentSpec {
  return {
    dataset: { name: 'espirales', n: 200, noise: 0.2, testFraction: 0.25, seed: 7 },
    hidden: [8, 8],
    activation: 'tanh',
    init: 'glorot',
    optimizer: 'sgd',
    batchSize: 16,
    steps: 30,
    seed: 11,
    sameInit: true,
    bnMomentum: PYTORCH_MOMENTUM,
    bnEpsilon: 1e-5,
    evalEvery: 10,
    models: models ?? [
      { id: 'withBN', norm: bnAt('before'), learningRate: 0.1 },
      { id: 'withoutBN', norm: bnAt('none'), learningRate: 0.1 },
    ],
    ...overrides,
  };
}

export function split(s: ExperimentSpec) {
  return makeSplit(s.dataset);
}

/**
 * Demo `ln-batch-de-uno`: the same MLP on the 8×8 digits with no normalisation, BN, LN and RMSNorm
 * before every hidden activation (one stack of four), trained at batch sizes down to 1.
 *
 * Protocol (said on the page): one run per batch size b, one after another; every run sees the same
 * number of examples (`examples`, so b = 1 takes `examples` steps and b = 32 takes examples/32) with
 * the learning rate scaled linearly with b (lr·b/32, Goyal et al. 2017), so every size moves the
 * weights about as far. At b = 1, BN's training-mode statistics come from one example: x̂ = 0 and its
 * output is β whatever the input (Keras and TF.js accept that silently, PyTorch refuses it), so no
 * gradient reaches the layers below, and its running variance tracks 0; eval mode then divides by
 * √ε. LN and RMSNorm compute over the units of each example and do not see the batch at all.
 * Defaults chosen by experiment (`npm run explore -- ln-batch-de-uno`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { digitsMlp, NO_NORM } from './norms';
import type { ExperimentSpec, NormSpec } from './types';

export const DEMO_NAME = 'ln-batch-de-uno';

/** The batch sizes, smallest first; the learning rate is the reader's at the largest. */
export const BATCH_SIZES = [1, 4, 32] as const;
export const METHODS = ['none', 'bn', 'ln', 'rms'] as const;
export type Method = (typeof METHODS)[number];

/** The four normalisations the LN demos compare, before every hidden activation (BN collapses on a set of one rather than refusing it). */
export const NORMS: Record<Method, NormSpec> = {
  none: NO_NORM,
  bn: { kind: 'batch', position: 'before', singleExample: 'collapse' },
  ln: { kind: 'layer', position: 'before' },
  rms: { kind: 'rms', position: 'before' },
};

export const SCHEMA = defineSchema({
  /** Examples every batch size sees (steps = examples / b). */
  examples: { kind: 'integer', min: 256, max: 8192, default: 1024, choices: [512, 1024, 2048, 4096] },
  /** Learning rate at the largest batch; batch b uses lr·b/32. */
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.1, log: true },
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type BatchDeUnoSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: BatchDeUnoSettings = defaultSettings(SCHEMA);

const LARGEST = BATCH_SIZES[BATCH_SIZES.length - 1];

/** One run of the series: its batch size, learning rate and steps. */
export interface SizeRun {
  b: number;
  learningRate: number;
  steps: number;
}

export function sizeRuns(s: BatchDeUnoSettings): SizeRun[] {
  return BATCH_SIZES.map((b) => ({
    b,
    learningRate: Number(((s.lr * b) / LARGEST).toPrecision(4)),
    steps: Math.max(1, Math.round(s.examples / b)),
  }));
}

/** The series: one stack of the four methods per batch size, two read-backs each (start and end). */
export function buildSpecs(s: BatchDeUnoSettings): ExperimentSpec[] {
  return sizeRuns(s).map((r) => {
    const models = METHODS.map((id) => ({ id, norm: NORMS[id], learningRate: r.learningRate }));
    const spec = digitsMlp({ seed: s.seed, width: s.width, batchSize: r.b, steps: r.steps, readbacks: 1, models });
    return { ...spec, evalEvery: r.steps, probes: { trainModeAcc: true } };
  });
}

/** Test accuracy in eval mode per method, one per batch size (null until that size has run). */
export function accuracies(results: Record<string, { testAcc: number } | undefined>[], finished: number) {
  const acc = Object.fromEntries(
    METHODS.map((m) => [m, BATCH_SIZES.map((_, i) => (i < finished ? (results[i]?.[m]?.testAcc ?? null) : null))]),
  );
  return { batchSizes: [...BATCH_SIZES] as number[], acc: acc as Record<Method, (number | null)[]> };
}

/**
 * Demo `bn-vs-sin-bn`: two MLPs, identical (same seed, same initial weights, same mini-batches) but
 * for Batch Normalization, trained side by side. This module holds the demo's settings, their
 * defaults, the URL schema (what a preset link may set, and the valid range of each value) and the
 * function that turns settings into an ExperimentSpec. Plain data: no framework, no DOM.
 */
import { defineSchema, defaultSettings, type SettingsOf } from '../query';
import type { Activation, BNPosition, Dataset2DName, ExperimentSpec } from './types';
import { bnAt, COMPARISON } from './norms';
import { previewOf, type ScatterPreview, type ShippedPreview } from './preview';

export const DEMO_NAME = 'bn-vs-sin-bn';

export const DATASETS = ['espirales', 'lunas', 'circulos', 'xor'] as const satisfies readonly Dataset2DName[];
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const satisfies readonly Activation[];
/** Where the BN model puts BN: before the activation (the paper) or after it. */
export const BN_POSITIONS = ['before', 'after'] as const satisfies readonly BNPosition[];
/** Values offered in the controls; the URL may ask for any integer in range. */
export const BATCH_CHOICES: readonly number[] = [8, 16, 32, 64, 128];
export const STEP_CHOICES: readonly number[] = [100, 200, 400, 600, 800, 1600];

/**
 * What the reader can change, with defaults and valid ranges. Keys are the URL query parameter names
 * (`?demo=bn-vs-sin-bn&lr=0.3&depth=6`). Defaults chosen by experiment (scripts/explore-bn-vs-sin-bn.ts,
 * numbers in BENCHMARKS.md): a deep, narrow ReLU network on the spirals, with SGD + momentum at a
 * learning rate where the plain network stalls or learns slowly while the BN network learns the
 * spirals within 400 steps. (Sigmoid and tanh nets, with or without BN, did not learn the spirals
 * in 400 steps in those experiments, so they make a poor default.)
 */
export const SCHEMA = defineSchema({
  dataset: { kind: 'enum', values: DATASETS, default: 'espirales' },
  /** Learning rate of both models (SGD with momentum 0.9). */
  lr: { kind: 'number', min: 0.001, max: 10, default: 0.15, log: true },
  batch: { kind: 'integer', min: 4, max: 256, default: 32, choices: BATCH_CHOICES },
  /** Number of hidden layers. */
  depth: { kind: 'integer', min: 1, max: 10, default: 6 },
  /** Units per hidden layer. */
  width: { kind: 'integer', min: 2, max: 64, default: 16, choices: [2, 4, 8, 16, 32, 64] },
  act: { kind: 'enum', values: ACTIVATIONS, default: 'relu' },
  bn: { kind: 'enum', values: BN_POSITIONS, default: 'before' },
  steps: { kind: 'integer', min: 10, max: 5000, default: 600, choices: STEP_CHOICES },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type BnVsSinBnSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: BnVsSinBnSettings = defaultSettings(SCHEMA);

/** Size of the generated 2-D dataset, its noise and the held-out fraction. */
export const DATA = { n: 600, noise: 0.15, testFraction: 0.3 } as const;
/** Resolution of the decision-region maps (grid × grid). */
export const DECISION_GRID = 48;

/**
 * Read metrics back (and redraw) every this many steps: about 40 points per curve, and never more
 * often than every 10 steps (each read-back costs several training steps' worth of time).
 */
export function evalEveryFor(steps: number): number {
  return Math.max(10, Math.round(steps / 40));
}

/** What the plot shows before a run (src/lib/experiments/preview.ts); `shipped` comes with the page. */
export function preview(s: BnVsSinBnSettings, shipped?: ShippedPreview): ScatterPreview {
  return previewOf(buildSpec(s).dataset, shipped);
}

/** The experiment the demo trains: two models that differ only in BN. */
export function buildSpec(s: BnVsSinBnSettings): ExperimentSpec {
  return {
    dataset: { name: s.dataset, n: DATA.n, noise: DATA.noise, testFraction: DATA.testFraction, seed: s.seed },
    hidden: Array.from({ length: s.depth }, () => s.width),
    activation: s.act,
    init: s.act === 'relu' ? 'he' : 'glorot',
    optimizer: 'momentum',
    batchSize: s.batch,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models: [
      { id: 'withBN', norm: bnAt(s.bn), learningRate: s.lr },
      { id: 'withoutBN', norm: bnAt('none'), learningRate: s.lr },
    ],
    evalEvery: evalEveryFor(s.steps),
    probes: { decisionGrid: DECISION_GRID },
  };
}

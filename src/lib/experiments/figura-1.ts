/**
 * Demo `figura-1`: Ioffe & Szegedy (2015) §4.1, Figure 1, reduced to the 8×8 digits. A fully connected
 * network with 3 hidden layers of sigmoid units and a 10-way softmax, trained with mini-batches of 60,
 * with BN before every hidden sigmoid and without; both start from the same weights and see the same
 * batches. The engine records (a) test accuracy over training and (b, c) the 15/50/85th percentiles of
 * the input to one sigmoid of the last hidden layer, over the test split, in eval mode.
 *
 * This module holds the settings (URL schema, defaults chosen by experiment: numbers in
 * BENCHMARKS.md, script scripts/explore-figura-1.ts) and turns them into an ExperimentSpec.
 * Plain data: no framework, no DOM.
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import type { ExperimentSpec, OptimizerName } from './types';
import { bnAt, COMPARISON } from './norms';
import { DIGITS_ROWS } from '../datasets/digits';

export const DEMO_NAME = 'figura-1';

/** The paper's setup, quoted on the page next to ours. */
export const PAPER = { dataset: 'MNIST', hidden: [100, 100, 100], batch: 60, steps: 50_000 } as const;
/** Hidden layers (the paper's 3). */
export const DEPTH = 3;
/** Fraction of the 1,797 digits held out as the test split. */
/** Adam's ε: TF.js' and Keras' default (PyTorch's is 1e-8). */
export const ADAM_EPSILON = 1e-7;
export const TEST_FRACTION = 0.25;
/** Examples in the test and training splits of the digits (as the page says them before a run). */
export const SPLIT_SIZES = { test: Math.round(DIGITS_ROWS * TEST_FRACTION), train: DIGITS_ROWS - Math.round(DIGITS_ROWS * TEST_FRACTION) } as const;
/** Number of read-backs (points on each curve) per run. */
export const POINTS = 20;

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const satisfies readonly OptimizerName[];
export const STEP_CHOICES: readonly number[] = [100, 200, 300, 600, 1200, 2400];
export const WIDTH_CHOICES: readonly number[] = [25, 50, 100];

/**
 * What the reader can change. Keys are the URL parameter names:
 * `?demo=figura-1&steps=1200&width=100&opt=sgd&lr=1`.
 *
 * Defaults (measured over seeds 1–5, numbers in BENCHMARKS.md): Adam at 0.003 lets the plain network
 * learn too (≈ 0.84–0.88 test accuracy after 300 steps) while BN is at ≈ 0.93–0.96 after 75 steps and
 * ≈ 0.96–0.97 at the end; without BN the probed input's median moves by ≈ 0.7–2.0 and its 15–85 spread
 * grows to ≈ 3–6. Width 50 instead of the paper's 100 halves to thirds the cost on WASM/CPU for the
 * same picture; 100 is one click away.
 */
export const SCHEMA = defineSchema({
  steps: { kind: 'integer', min: 20, max: 10_000, default: 300, choices: STEP_CHOICES },
  /** Learning rate of both models (the paper does not give its optimizer or learning rate). */
  lr: { kind: 'number', min: 0.0001, max: 10, default: 0.003, log: true },
  opt: { kind: 'enum', values: OPTIMIZERS, default: 'adam' },
  /** Units per hidden layer (the paper: 100; 50 by default, for speed). */
  width: { kind: 'integer', min: 4, max: 100, default: 50, choices: WIDTH_CHOICES },
  batch: { kind: 'integer', min: 4, max: 256, default: PAPER.batch, choices: [16, 32, 60, 128] },
  /** Which sigmoid of the last hidden layer the percentile panels follow (1-based, as the page shows it). */
  unit: { kind: 'integer', min: 1, max: 100, default: 1, maxOf: 'width' },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type Figura1Settings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: Figura1Settings = defaultSettings(SCHEMA);

/** Read metrics back every this many steps: about POINTS points per curve, never more often than every 5 steps. */
export function evalEveryFor(steps: number): number {
  return Math.max(5, Math.round(steps / POINTS));
}

/** 0-based index of the probed unit, kept inside the layer when the width is smaller than the requested unit. */
export function probedUnit(s: Pick<Figura1Settings, 'unit' | 'width'>): number {
  return Math.min(s.unit, s.width) - 1;
}

/** The experiment: two models, same init and batches, that differ only in BN (before the sigmoid, as in the paper). */
export function buildSpec(s: Figura1Settings): ExperimentSpec {
  return {
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: TEST_FRACTION, seed: s.seed },
    hidden: Array.from({ length: DEPTH }, () => s.width),
    activation: 'sigmoid',
    init: 'glorot',
    optimizer: s.opt,
    // Adam's ε as in TF.js and Keras (PyTorch's default is 1e-8); the page says which one it uses.
    adamEpsilon: ADAM_EPSILON,
    batchSize: s.batch,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models: [
      { id: 'withBN', norm: bnAt('before'), learningRate: s.lr },
      { id: 'withoutBN', norm: bnAt('none'), learningRate: s.lr },
    ],
    evalEvery: evalEveryFor(s.steps),
    probes: { percentiles: { layer: DEPTH - 1, unit: probedUnit(s) } },
  };
}

export type Triple = [number, number, number];

/**
 * How much a percentile track moved, ignoring its first tenth (BN's running statistics start at mean
 * 0 and variance 1 and need a few dozen steps to settle): the [min, max] of the median (p50) and of
 * the p85 − p15 spread. Null entries (a diverged model) are skipped; null when nothing is left.
 */
export function trackSummary(track: readonly (Triple | null)[]): { median: [number, number]; spread: [number, number] } | null {
  const kept = track.slice(Math.ceil(track.length / 10)).filter((p): p is Triple => p !== null && p.every(Number.isFinite));
  if (kept.length === 0) return null;
  const med = kept.map((p) => p[1]);
  const spr = kept.map((p) => p[2] - p[0]);
  return { median: [Math.min(...med), Math.max(...med)], spread: [Math.min(...spr), Math.max(...spr)] };
}

/** Index of the first read-back at or after `fraction` of the run (for "at a quarter of the way, BN was at…"). */
export function indexAtFraction(steps: readonly number[], totalSteps: number, fraction: number): number {
  return steps.findIndex((s) => s >= totalSteps * fraction);
}

/**
 * Demo `tasa-aprendizaje`: a ladder of log-spaced learning rates, each trained twice (with BN before
 * every hidden activation and without BN), all 2·n models STACKED in one computation: same data, same
 * initial weights, same mini-batches. The only differences between models are the learning rate and BN.
 *
 * «Stable» is defined here, once, and the page says it in words: a model is stable when its loss never
 * became NaN/Inf (not diverged) AND its final training loss (mean over the last read-back window) is
 * below STABLE_FRACTION × the loss of always predicting the class frequencies of the training set
 * (the best a model can do without looking at the input; ln 2 ≈ 0.693 for two balanced classes).
 *
 * Settings, URL schema, defaults (chosen by experiment: scripts/explore-tasa-aprendizaje.ts, numbers
 * in BENCHMARKS.md), the ladder and the verdicts. Plain data: no framework, no DOM.
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import type { Activation, Dataset2DName, ExperimentSpec, ModelSpec, OptimizerName } from './types';
import { bnAt, COMPARISON } from './norms';
import { makeSplit } from '../datasets';

export const DEMO_NAME = 'tasa-aprendizaje';

export const DATASETS = ['espirales', 'lunas', 'circulos', 'xor'] as const satisfies readonly Dataset2DName[];
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const satisfies readonly Activation[];
export const OPTIMIZERS = ['sgd', 'momentum'] as const satisfies readonly OptimizerName[];
export const STEP_CHOICES: readonly number[] = [50, 100, 150, 300, 600, 1000];
/** A model is stable when its final loss is below this fraction of the class-prior loss (and it did not diverge). */
export const STABLE_FRACTION = 0.8;
/** Generated data: points, noise, held-out fraction. */
export const DATA = { n: 600, noise: 0.15, testFraction: 0.3 } as const;
/** Read-backs per run (points on each curve). */
export const POINTS = 30;

/**
 * What the reader can change; keys are URL parameter names (`?demo=tasa-aprendizaje&lrmax=30&n=10`).
 * Defaults (seeds 1–5, numbers in BENCHMARKS.md): ReLU, 4×16, SGD with momentum 0.9 on the moons,
 * 150 steps. The largest stable rate was 1.4 with BN and 0.19 without, on all five seeds; with BN the
 * two largest rates (3.7 and 10) still failed, so the ladder shows both halves of the claim.
 */
export const SCHEMA = defineSchema({
  /** Smallest and largest learning rate of the ladder. */
  lrmin: { kind: 'number', min: 0.0001, max: 1, default: 0.01, log: true, resolution: 60 },
  lrmax: { kind: 'number', min: 0.01, max: 100, default: 10, log: true, resolution: 60 },
  /** Rungs of the ladder (each trained with and without BN). */
  n: { kind: 'integer', min: 8, max: 16, default: 8 },
  steps: { kind: 'integer', min: 20, max: 5000, default: 150, choices: STEP_CHOICES },
  dataset: { kind: 'enum', values: DATASETS, default: 'lunas' },
  act: { kind: 'enum', values: ACTIVATIONS, default: 'relu' },
  opt: { kind: 'enum', values: OPTIMIZERS, default: 'momentum' },
  depth: { kind: 'integer', min: 1, max: 8, default: 4 },
  width: { kind: 'integer', min: 4, max: 64, default: 16, choices: [4, 8, 16, 32, 64] },
  batch: { kind: 'integer', min: 4, max: 256, default: 32, choices: [8, 16, 32, 64, 128] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type TasaSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: TasaSettings = defaultSettings(SCHEMA);

/** Round to two significant digits (0.0268 → 0.027), so the ladder reads well and links stay short. */
export function roundRate(v: number): number {
  return Number(v.toPrecision(2));
}

/**
 * n log-spaced learning rates from lrmin to lrmax, both included, rounded to two significant digits.
 * Swapped ends are put in order; equal ends or rounding collisions are an error the caller reports.
 */
/** What can be wrong with a ladder the URL schema cannot see field by field. */
export type LadderProblem =
  | { code: 'not-a-ladder' }
  | { code: 'ends-out-of-order'; lrmin: number; lrmax: number }
  | { code: 'too-narrow'; lo: number; hi: number; n: number };

export class LadderError extends Error {
  constructor(readonly problem: LadderProblem) {
    super(`ladder:${problem.code}`);
  }
}

export function ladder(lrmin: number, lrmax: number, n: number): number[] {
  const lo = Math.min(lrmin, lrmax);
  const hi = Math.max(lrmin, lrmax);
  if (!(lo > 0) || !Number.isInteger(n) || n < 2) throw new LadderError({ code: 'not-a-ladder' });
  const rates = Array.from({ length: n }, (_, i) => roundRate(lo * Math.pow(hi / lo, i / (n - 1))));
  if (new Set(rates).size !== n) throw new LadderError({ code: 'too-narrow', lo, hi, n });
  return rates;
}

/**
 * Check settings that the URL schema cannot check field by field. Returns the problems (empty when
 * fine); the island shows them in Spanish and keeps the defaults for the offending fields.
 */
export function validate(s: TasaSettings): LadderProblem[] {
  if (!(s.lrmax > s.lrmin)) return [{ code: 'ends-out-of-order', lrmin: s.lrmin, lrmax: s.lrmax }];
  try {
    ladder(s.lrmin, s.lrmax, s.n);
    return [];
  } catch (e) {
    if (e instanceof LadderError) return [e.problem];
    throw e;
  }
}

/** Settings with the cross-field problems fixed by falling back to the default range. */
export function sanitize(s: TasaSettings): { settings: TasaSettings; notes: LadderProblem[] } {
  const notes = validate(s);
  if (notes.length === 0) return { settings: s, notes };
  return { settings: { ...s, lrmin: DEFAULTS.lrmin, lrmax: DEFAULTS.lrmax, n: DEFAULTS.n }, notes };
}

export const modelId = (bn: boolean, i: number) => `${bn ? 'bn' : 'plain'}-${i}`;

export function evalEveryFor(steps: number): number {
  return Math.max(5, Math.round(steps / POINTS));
}

/** The experiment: the ladder × {with BN, without BN}, stacked; model order: all BN rungs, then all plain rungs. */
export function buildSpec(s: TasaSettings): ExperimentSpec {
  const rates = ladder(s.lrmin, s.lrmax, s.n);
  const models: ModelSpec[] = [
    ...rates.map((lr, i) => ({ id: modelId(true, i), norm: bnAt('before'), learningRate: lr })),
    ...rates.map((lr, i) => ({ id: modelId(false, i), norm: bnAt('none'), learningRate: lr })),
  ];
  return {
    dataset: { name: s.dataset, n: DATA.n, noise: DATA.noise, testFraction: DATA.testFraction, seed: s.seed },
    hidden: Array.from({ length: s.depth }, () => s.width),
    activation: s.act,
    init: s.act === 'relu' ? 'he' : 'glorot',
    optimizer: s.opt,
    batchSize: s.batch,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models,
    evalEvery: evalEveryFor(s.steps),
  };
}

/** Cross-entropy of always predicting the class frequencies: −Σ p_c ln p_c over the training labels. */
/** The class-prior loss of the training split a run with these settings trains on. */
export function priorLossOf(s: TasaSettings): number {
  const { train } = makeSplit(buildSpec(s).dataset);
  return priorLoss(train.y, train.classes);
}

export function priorLoss(labels: ArrayLike<number>, classes: number): number {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / labels.length) * Math.log(c / labels.length);
  return h;
}

export interface RungResult {
  lr: number;
  finalLoss: number;
  diverged: boolean;
}

/** Stable: not diverged, and a finite final loss below STABLE_FRACTION × the prior loss. */
export function isStable(r: Pick<RungResult, 'finalLoss' | 'diverged'>, prior: number): boolean {
  return !r.diverged && Number.isFinite(r.finalLoss) && r.finalLoss < STABLE_FRACTION * prior;
}

/** The largest learning rate whose model is stable, or null when none is. */
export function maxStableLr(rungs: readonly RungResult[], prior: number): number | null {
  let best: number | null = null;
  for (const r of rungs) if (isStable(r, prior) && (best === null || r.lr > best)) best = r.lr;
  return best;
}

/**
 * Demo `ln-recurrente`: a recurrent network reads each 8×8 digit row by row (8 steps of 8 pixels,
 * one layer of 32 ReLU units, RecurrentSpec in types.ts), plain or with LayerNorm in the cell (Ba et
 * al. 2016, Eq. 4: statistics per example and step, γ and β shared over time). The recurrent weights
 * start as `escala` × a random orthogonal matrix.
 *
 * Two things are measured in one run (one stack: the ladder of learning rates × {plain, LN}, all from
 * the same initial weights and mini-batches):
 * - at initialisation, the size of the hidden state ‖h_t‖ over 64 steps: the 8 rows of the image,
 *   then blank rows (as when a short sequence is padded to a longer one). Without LN, ‖h_t‖ follows the
 *   recurrent weights: above a critical scale it grows geometrically, below it fades. With LN every
 *   step's summed input is rescaled to mean 0 and variance 1 over its units, so ‖h_t‖ stays near the
 *   same value whatever the scale;
 * - the largest learning rate that trains stably, with the definition of 7.1's ladder
 *   (tasa-aprendizaje.ts: not diverged and final loss below 0.8 × the loss of a network that ignores
 *   its input), that loss being here ln 10 (the ten digits are balanced: the class-prior loss of the
 *   training split is within 0.001 of it).
 * Defaults chosen by experiment (`npm run explore -- ln-recurrente`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { COMPARISON, NO_NORM } from './norms';
import { isStable, maxStableLr } from './tasa-aprendizaje';
import type { ExperimentSpec, NormSpec } from './types';

export const DEMO_NAME = 'ln-recurrente';
export const METHODS = ['none', 'ln'] as const;
export type Method = (typeof METHODS)[number];
export const NORMS: Record<Method, NormSpec> = { none: NO_NORM, ln: { kind: 'layer', position: 'before' } };

/** The digits are read as 8 rows of 8 pixels, through 32 recurrent units. */
export const ROWS = 8;
export const UNITS = 32;
/** Steps of the hidden-size measurement (the image's rows, then blank rows) and the test images it averages over. */
export const NORM_STEPS = 64;
export const NORM_EXAMPLES = 32;
/** The ladder of learning rates, each trained plain and with LN. */
export const RATES = [0.01, 0.03, 0.1, 0.3, 1] as const;

export const SCHEMA = defineSchema({
  /** Scale of the initial recurrent weights: every singular value of W_h. */
  escala: { kind: 'number', min: 0.25, max: 4, default: 2, resolution: 15, digits: 2 },
  steps: { kind: 'integer', min: 50, max: 2000, default: 200, choices: [100, 200, 400] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type RecurrenteSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: RecurrenteSettings = defaultSettings(SCHEMA);

/** The loss of guessing every digit with probability 1/10: the reference of the stability verdicts. */
export const UNIFORM_LOSS = Math.log(10);

export const modelId = (method: Method, i: number) => `${method}-${i}`;

/** The stack: every rate without normalisation, then every rate with LN; SGD with momentum 0.9, batches of 32. */
export function buildSpec(s: RecurrenteSettings): ExperimentSpec {
  const models = METHODS.flatMap((method) => RATES.map((lr, i) => ({ id: modelId(method, i), norm: NORMS[method], learningRate: lr })));
  return {
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: s.seed },
    recurrent: { steps: ROWS, scale: s.escala },
    hidden: [UNITS],
    activation: 'relu',
    init: 'he',
    optimizer: 'momentum',
    batchSize: 32,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models,
    // Two read-backs, at the start (‖h_t‖ at initialisation) and at the end (the ladder): each one
    // runs every model over the whole data set, unrolled, and costs about 30 training steps.
    evalEvery: s.steps,
    probes: { hiddenNorms: { steps: NORM_STEPS, examples: NORM_EXAMPLES } },
  };
}

interface ModelResult {
  id: string;
  loss: number;
  testAcc: number;
  diverged: boolean;
}

export interface LadderSummary {
  rates: number[];
  /** Final training loss, test accuracy and stability per rate, per method. */
  loss: Record<Method, number[]>;
  testAcc: Record<Method, number[]>;
  stable: Record<Method, boolean[]>;
  /** The largest stable rate per method, or null when none is. */
  maxStable: Record<Method, number | null>;
}

/** The ladder's verdicts from the final read-back, with the class-prior loss of the training split. */
export function ladderSummary(models: readonly ModelResult[], prior: number): LadderSummary {
  const per = <T>(f: (m: ModelResult) => T) =>
    Object.fromEntries(
      METHODS.map((method) => [method, RATES.map((_, i) => f(models.find((m) => m.id === modelId(method, i))!))]),
    ) as Record<Method, T[]>;
  const stable = per((m) => isStable({ finalLoss: m.loss, diverged: m.diverged }, prior));
  const finalLoss = per((m) => m.loss);
  const diverged = per((m) => m.diverged);
  const maxStable = Object.fromEntries(
    METHODS.map((method) => {
      const rungs = RATES.map((lr, i) => ({ lr, finalLoss: finalLoss[method][i], diverged: diverged[method][i] }));
      return [method, maxStableLr(rungs, prior)];
    }),
  ) as Record<Method, number | null>;
  return { rates: [...RATES], loss: finalLoss, testAcc: per((m) => m.testAcc), stable, maxStable };
}

/** ‖h_t‖ at initialisation per method (every rate starts from the same weights: the first model of each). */
export function initialNorms(models: readonly { id: string; hiddenNorms?: number[] }[]): Record<Method, number[]> {
  return Object.fromEntries(
    METHODS.map((method) => [method, models.find((m) => m.id === modelId(method, 0))?.hiddenNorms ?? []]),
  ) as Record<Method, number[]>;
}

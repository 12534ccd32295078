/**
 * Demo `escala-entradas` (Error típico 1): 2-D data whose first feature is in other units (×scale,
 * plus an offset), and three identical networks trained stacked on the same data and mini-batches:
 * - raw: the inputs as they come;
 * - standardized: inputs standardised in preprocessing with the TRAINING split's mean and standard
 *   deviation (applied to every split);
 * - bnInput: BN over the input features (batch statistics in training, running statistics in eval).
 * The hidden layers have no normalisation in any of them, so the inputs are the only difference.
 * Settings, URL schema, defaults (chosen by experiment: `npm run explore -- escala-entradas`, numbers
 * in BENCHMARKS.md) and the spec. Plain data: no framework, no DOM.
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { NO_NORM, COMPARISON } from './norms';
import { previewOf, type ScatterPreview, type ShippedPreview } from './preview';
import type { Dataset2DName, ExperimentSpec, ModelSpec } from './types';

export const DEMO_NAME = 'escala-entradas';

export const DATASETS = ['lunas', 'circulos', 'espirales', 'xor'] as const satisfies readonly Dataset2DName[];
export const MODEL_IDS = ['raw', 'standardized', 'bnInput'] as const;
export type InputModelId = (typeof MODEL_IDS)[number];
export const SCALE_CHOICES: readonly number[] = [1, 10, 100, 1000, 10000];
export const STEP_CHOICES: readonly number[] = [100, 200, 300, 600, 1000];

/**
 * What the reader can change; keys are URL parameter names (`?demo=escala-entradas&scale=100`).
 * `scale` multiplies the first feature and `offset` is then added to it (the second feature stays
 * standardised), as when one input is in grams and the other in kilograms.
 */
export const SCHEMA = defineSchema({
  scale: { kind: 'number', min: 1, max: 10000, default: 1000, log: true, choices: SCALE_CHOICES },
  offset: { kind: 'number', min: -10000, max: 10000, default: 500, choices: [0, 50, 500, 5000] },
  lr: { kind: 'number', min: 0.0001, max: 3, default: 0.05, log: true },
  dataset: { kind: 'enum', values: DATASETS, default: 'lunas' },
  steps: { kind: 'integer', min: 20, max: 3000, default: 300, choices: STEP_CHOICES },
  batch: { kind: 'integer', min: 4, max: 128, default: 32, choices: [8, 16, 32, 64, 128] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type EscalaSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: EscalaSettings = defaultSettings(SCHEMA);

/** Generated data: points, noise, held-out fraction. */
export const DATA = { n: 600, noise: 0.15, testFraction: 0.3 } as const;
/** Hidden layers of every model (ReLU, He initialisation). */
export const HIDDEN = [16, 16] as const;
export const DECISION_GRID = 40;

/** About 30 read-backs per run, never more often than every 10 steps. */
export const evalEveryFor = (steps: number): number => Math.max(10, Math.round(steps / 30));

/** How each of the three models treats its inputs. */
const INPUTS: Record<InputModelId, Pick<ModelSpec, 'inputNorm' | 'standardizeInputs'>> = {
  raw: {},
  standardized: { standardizeInputs: true },
  bnInput: { inputNorm: true },
};

export function buildSpec(s: EscalaSettings): ExperimentSpec {
  return {
    dataset: {
      name: s.dataset,
      n: DATA.n,
      noise: DATA.noise,
      testFraction: DATA.testFraction,
      seed: s.seed,
      units: { scale: [s.scale, 1], shift: [s.offset, 0] },
    },
    hidden: [...HIDDEN],
    activation: 'relu',
    init: 'he',
    optimizer: 'momentum',
    batchSize: s.batch,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models: MODEL_IDS.map((id) => ({ id, norm: NO_NORM, learningRate: s.lr, ...INPUTS[id] })),
    evalEvery: evalEveryFor(s.steps),
    probes: { decisionGrid: DECISION_GRID },
  };
}

/** What the demo shows before a run: the test points in their units and the ranges of both features. */
export function preview(s: EscalaSettings, shipped?: ShippedPreview): ScatterPreview {
  return previewOf(buildSpec(s).dataset, shipped);
}

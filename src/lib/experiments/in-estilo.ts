/**
 * Demo `in-estilo` (lesson 7.3): InstanceNorm erases the style. The digits MLP (two ReLU hidden
 * layers, no hidden normalisation) on tinted colour digits (src/lib/datasets/tint.ts) with nothing,
 * BN or IN on the input (IN = GN over the input with one group per colour channel), in three
 * situations, one stack of the three each, run one after another from the same initial weights:
 *   gray     trained and tested on grey digits (the baseline);
 *   tinted   trained on grey digits, tested on randomly tinted ones: the tint is noise, and IN
 *            removes it (each channel's contrast and offset);
 *   label    the tint is the label (three colours): IN removes exactly the signal.
 * Plus AdaIN in pixel space (Huang & Belongie 2017, §5): AdaIN(x, y) = σ(y)(x − μ(x))/σ(x) + μ(y)
 * per channel, which on raw pixels only moves the colours; real AdaIN works on deep features.
 * Defaults chosen by experiment (`npm run explore -- in-estilo`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { TINT_CHANNELS } from '../datasets/tint';
import { digitsMlp, NO_NORM, type MethodName } from './norms';
import type { ExperimentSpec, ModelSpec, TintSpec } from './types';

export const DEMO_NAME = 'in-estilo';

export const SITUATIONS = ['gray', 'tinted', 'label'] as const;
export type Situation = (typeof SITUATIONS)[number];
export const TINTS: Record<Situation, TintSpec> = {
  gray: { train: 'gray', test: 'gray' },
  tinted: { train: 'gray', test: 'tinted' },
  label: { train: 'label', test: 'label' },
};

export const METHODS = ['none', 'bn', 'in'] as const satisfies readonly MethodName[];
export type Method = (typeof METHODS)[number];

export const SCHEMA = defineSchema({
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64] },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  steps: { kind: 'integer', min: 50, max: 1000, default: 300, choices: [150, 300, 600] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type InEstiloSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: InEstiloSettings = defaultSettings(SCHEMA);

const inputOf: Record<Method, ModelSpec['inputNorm']> = { none: undefined, bn: true, in: { kind: 'group', groups: TINT_CHANNELS } };
/** The stack's order: the normalising models first, each variant one consecutive row (the engine slices, no reordering gather). */
const STACK_ORDER: readonly Method[] = ['bn', 'in', 'none'];

/** One stack of the three methods per situation, in SITUATIONS order. */
export function buildSpecs(s: InEstiloSettings): ExperimentSpec[] {
  return SITUATIONS.map((situation) => {
    const base = digitsMlp({
      seed: s.seed,
      width: s.width,
      batchSize: 32,
      steps: s.steps,
      // Only the final accuracies are shown: few read-backs (each one is a pass over all 1,797 images).
      readbacks: 2,
      models: STACK_ORDER.map((m) => ({ id: m, norm: NO_NORM, learningRate: s.lr, ...(inputOf[m] ? { inputNorm: inputOf[m] } : {}) })),
    });
    return { ...base, dataset: { ...base.dataset, tint: TINTS[situation] } };
  });
}

/** Test accuracy per method and situation from each finished spec's accuracies by model id; null where not finished. */
export function accuraciesOf(all: readonly Record<string, number | undefined>[]): Record<Method, (number | null)[]> {
  return Object.fromEntries(METHODS.map((m) => [m, SITUATIONS.map((_, i) => all[i]?.[m] ?? null)])) as Record<Method, (number | null)[]>;
}

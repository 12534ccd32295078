/**
 * Demo `gn-no-iid` (lesson 7.3): batches that are not i.i.d. The digits MLP (two hidden layers, the
 * normalisation before every ReLU) without normalisation and with BN, LN and GN, trained on batches of
 * 32 drawn at random from all ten classes, from two classes, or from one (src/lib/datasets/
 * class-batcher.ts); one stack of the four per kind of batch, run one after another, the same
 * initial weights, and the test accuracy in eval mode (BN with its running statistics).
 *
 * The analogue of Wu & He 2018, §4.2 and Table 5: BN in a detector's box head, whose batch is the
 * regions of one image, costs about 9 AP; GN and LN normalise each example alone and do not notice.
 * Defaults chosen by experiment (`npm run explore -- gn-no-iid`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { digitsMlp, fitGroups, type MethodName, NO_NORM } from './norms';
import type { ExperimentSpec, NormSpec } from './types';

export const DEMO_NAME = 'gn-no-iid';

/** Classes per training batch, one stack each; 10 (all of them) means batches at random. */
export const CLASSES_PER_BATCH = [10, 2, 1] as const;
export const ALL_CLASSES = 10;
export const METHODS = ['none', 'bn', 'ln', 'gn'] as const satisfies readonly MethodName[];
export type Method = (typeof METHODS)[number];
const BATCH = 32;

export const SCHEMA = defineSchema({
  /** Units per hidden layer (two hidden layers); GN's group count must divide it. */
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64] },
  groups: { kind: 'integer', min: 1, max: 128, default: 4, choices: [1, 2, 4, 8] },
  /** Low: with momentum 0.9, batches of one class at a time make 0.05 fail for every method. */
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.01, log: true },
  steps: { kind: 'integer', min: 50, max: 1000, default: 300, choices: [150, 300, 600] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type GnNoIidSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: GnNoIidSettings = defaultSettings(SCHEMA);

/** GN's group count must divide the width (norms.ts: fitGroups). */
export const sanitize = (s: GnNoIidSettings) => fitGroups(s, DEFAULTS.groups);

function normOf(method: Method, groups: number): NormSpec {
  if (method === 'none') return NO_NORM;
  if (method === 'bn') return { kind: 'batch', position: 'before' };
  if (method === 'ln') return { kind: 'layer', position: 'before' };
  return { kind: 'group', position: 'before', groups };
}

/** One stack of the four per kind of batch, in CLASSES_PER_BATCH order. */
export function buildSpecs(s: GnNoIidSettings): ExperimentSpec[] {
  return CLASSES_PER_BATCH.map((k) => ({
    ...digitsMlp({
      seed: s.seed,
      width: s.width,
      batchSize: BATCH,
      steps: s.steps,
      readbacks: 10,
      models: METHODS.map((m) => ({ id: m, norm: normOf(m, s.groups), learningRate: s.lr })),
    }),
    ...(k === ALL_CLASSES ? {} : { batchClasses: k }),
  }));
}

/**
 * A reading (test accuracy, training loss) per method and kind of batch, in CLASSES_PER_BATCH order,
 * from that reading of each finished spec's models by id; null where a kind has not finished.
 */
export function byKind(all: readonly Record<string, number | undefined>[]): Record<Method, (number | null)[]> {
  return Object.fromEntries(METHODS.map((m) => [m, CLASSES_PER_BATCH.map((_, i) => all[i]?.[m] ?? null)])) as Record<
    Method,
    (number | null)[]
  >;
}

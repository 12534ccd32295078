/**
 * Demo `ln-companeros`: one MLP with BN and one with LN (before every hidden activation) learn the
 * digits in one stack; then the same test images are classified in TRAINING mode inside three kinds
 * of batch (src/lib/batch-mates.ts): random batches of the training size, small batches and batches
 * of a single class. BN normalises each image with its batch-mates' statistics, so its answer moves
 * with them; LN normalises each image over its own units, so it gives the same logits in every batch
 * and in eval mode, bit for bit (Ba et al. 2016, §3).
 * Defaults chosen by experiment (`npm run explore -- ln-companeros`, numbers in BENCHMARKS.md).
 */
import type { MetricValues } from '../metrics';
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { digitsMlp } from './norms';
import type { ExperimentSpec } from './types';

export const DEMO_NAME = 'ln-companeros';
export const METHODS = ['bn', 'ln'] as const;
export type Method = (typeof METHODS)[number];
/** The training batch, also the size of the random and one-class test batches. */
export const BATCH = 32;

export const SCHEMA = defineSchema({
  /** Size of the small test batches (divides BATCH). */
  small: { kind: 'integer', min: 2, max: 16, default: 4, choices: [2, 4, 8, 16] },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  steps: { kind: 'integer', min: 50, max: 2000, default: 300, choices: [150, 300, 600] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type CompanerosSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: CompanerosSettings = defaultSettings(SCHEMA);

/** A small size that does not divide the batch falls back to the default (the island says so). */
export function sanitize(s: CompanerosSettings): { settings: CompanerosSettings; smallReplaced: boolean } {
  const fits = BATCH % s.small === 0;
  return { settings: fits ? s : { ...s, small: DEFAULTS.small }, smallReplaced: !fits };
}

export function buildSpec(s: CompanerosSettings): ExperimentSpec {
  const models = [
    { id: 'bn', norm: { kind: 'batch', position: 'before' } as const, learningRate: s.lr },
    { id: 'ln', norm: { kind: 'layer', position: 'before' } as const, learningRate: s.lr },
  ];
  return {
    ...digitsMlp({ seed: s.seed, width: 32, batchSize: BATCH, steps: s.steps, readbacks: 4, models }),
    probes: { mates: { batch: BATCH, small: s.small } },
  };
}

type Mates = MetricValues['mates'];
export type MateResults = Record<Method, Mates>;

/** Per method, the batch-mates probe of the latest snapshots (null before the first read-back). */
export function mateResults(latest: Record<string, { mates?: Mates } | undefined>): MateResults | null {
  if (!METHODS.every((m) => latest[m]?.mates)) return null;
  return { bn: latest.bn!.mates!, ln: latest.ln!.mates! };
}

/**
 * Demo `normalizaciones`: the same MLP on the 8×8 digits without normalisation and with BN, LN and GN
 * before every hidden activation, at a tiny batch and a normal one, all trained in ONE stack.
 *
 * Protocol (ghost batches, said on the page): every model takes the same mini-batches of `normal`
 * examples and the same learning rate; the batch size under test is the number of examples BN's
 * statistics are computed over (BN over sub-batches of `tiny`, or over the whole mini-batch). It
 * isolates the one thing batch size changes in BN, its statistics; none, LN and GN do not depend on
 * the batch in this protocol, so one model each serves both sizes (their two results are the same
 * run, by construction). The stack: none, bn@tiny, bn@normal, ln, gn.
 *
 * Settings, URL schema, defaults (chosen by experiment: `npm run explore -- normalizaciones`,
 * numbers in BENCHMARKS.md) and the spec. Plain data: no framework, no DOM.
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { bnOver } from './batch-protocols';
import { digitsMlp, fitGroups, NO_NORM } from './norms';
import type { BlockShape } from '../norms/block';
import type { ExperimentSpec, ModelSpec, NormSpec } from './types';

export const DEMO_NAME = 'normalizaciones';

export const METHODS = ['none', 'bn', 'ln', 'gn'] as const;
export type Method = (typeof METHODS)[number];
export const GROUP_CHOICES: readonly number[] = [1, 2, 4, 8, 16, 32];

export const SCHEMA = defineSchema({
  /** The tiny batch: examples per BN statistic. */
  tiny: { kind: 'integer', min: 2, max: 4, default: 2, choices: [2, 4] },
  /** The normal batch: the mini-batch every model trains on. */
  normal: { kind: 'integer', min: 32, max: 128, default: 32, choices: [32, 64, 128] },
  /** Units per hidden layer (two hidden layers); GN's group count must divide it. */
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64, 128] },
  groups: { kind: 'integer', min: 1, max: 128, default: 8, choices: GROUP_CHOICES },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  steps: { kind: 'integer', min: 50, max: 2000, default: 300, choices: [150, 300, 600, 1000] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type NormalizacionesSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: NormalizacionesSettings = defaultSettings(SCHEMA);

/** Each model of the stack: its id, its method and the batch size its result stands for. */
export interface StackModel {
  id: string;
  method: Method;
  /** The batch size whose result it is, or null when it serves both (not batch-dependent here). */
  batch: number | null;
}

export function stackModels(s: NormalizacionesSettings): StackModel[] {
  return [
    { id: 'none', method: 'none', batch: null },
    { id: modelFor('bn', s.tiny), method: 'bn', batch: s.tiny },
    { id: modelFor('bn', s.normal), method: 'bn', batch: s.normal },
    { id: 'ln', method: 'ln', batch: null },
    { id: 'gn', method: 'gn', batch: null },
  ];
}

/** The id of the model whose result is `method` at batch size `b`. */
export const modelFor = (method: Method, b: number): string => (method === 'bn' ? `bn-${b}` : method);

function normOf(m: StackModel, s: NormalizacionesSettings): NormSpec {
  switch (m.method) {
    case 'none':
      return NO_NORM;
    case 'bn':
      return bnOver(m.batch!, s.normal);
    case 'ln':
      return { kind: 'layer', position: 'before' };
    case 'gn':
      return { kind: 'group', position: 'before', groups: s.groups };
  }
}

/** GN's group count must divide the width (norms.ts: fitGroups). */
export const sanitize = (s: NormalizacionesSettings) => fitGroups(s, DEFAULTS.groups);

export function buildSpec(s: NormalizacionesSettings): ExperimentSpec {
  const models: ModelSpec[] = stackModels(s).map((m) => ({ id: m.id, norm: normOf(m, s), learningRate: s.lr }));
  return digitsMlp({ seed: s.seed, width: s.width, batchSize: s.normal, steps: s.steps, readbacks: 15, models });
}

/**
 * The small tensor of the demo's interactive block (Wu & He 2018, Fig. 2): N = 2 examples, C = 4
 * channels, H·W = 3 positions, with small integers so the means can be checked by hand.
 */
export const BLOCK_EXAMPLE: { shape: BlockShape; values: readonly number[] } = {
  shape: { n: 2, c: 4, hw: 3, groups: 2 },
  // example 0: channels 0–3 × positions 0–2, then example 1
  values: [1, 2, 3, 4, 4, 4, 0, 5, 10, 2, 2, 8, 3, 3, 6, 9, 8, 7, 6, 0, 0, 1, 5, 9],
};

/** Test accuracy per method at [tiny, normal], from the accuracies of the stack's models by id. */
export function resultsOf(s: NormalizacionesSettings, accById: Record<string, number | undefined>): Record<Method, (number | null)[]> | null {
  const sizes = [s.tiny, s.normal];
  const out = {} as Record<Method, (number | null)[]>;
  for (const method of METHODS) out[method] = sizes.map((b) => accById[modelFor(method, b)] ?? null);
  return METHODS.some((m) => out[m].some((v) => v !== null)) ? out : null;
}

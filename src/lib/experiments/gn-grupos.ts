/**
 * Demo `gn-grupos` (lesson 7.3): GroupNorm from G = 1 to G = C.
 *
 * 1. A small N × C × (H·W) tensor where GN with G = 1 gives LN's x̂ and GN with G = C gives IN's,
 *    number for number (Wu & He 2018, §3.1, Eq. 7): the index sets are the same sets.
 * 2. A sweep over G on the digits MLP (two hidden layers of `width` units, GN before each ReLU), every
 *    G a model of ONE stack from the same weights and batches, beside no normalisation. In a dense
 *    layer a group holds width/G values, one per unit: with one unit x̂ = 0 and the layer outputs β
 *    whatever the input; with two, x̂ = ±1 (the sign of their difference) and no gradient passes
 *    through it (Wu & He's Table 3 is on convolutions, where every channel brings H·W values).
 * Defaults chosen by experiment (`npm run explore -- gn-grupos`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { blockStats, type BlockMethod, type BlockShape } from '../norms/block';
import { digitsMlp, NO_NORM } from './norms';
import type { ExperimentSpec, ModelSpec } from './types';

export const DEMO_NAME = 'gn-grupos';

export const SCHEMA = defineSchema({
  /** Units per hidden layer (two hidden layers); the sweep tries every power of two up to it. */
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64, 128] },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  steps: { kind: 'integer', min: 50, max: 1000, default: 300, choices: [150, 300, 600, 1000] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type GnGruposSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: GnGruposSettings = defaultSettings(SCHEMA);

/** The group counts of the sweep: 1, 2, 4 … while they divide the width (the width itself last if it is a power of two). */
export function groupCounts(width: number): number[] {
  const out: number[] = [];
  for (let g = 1; g <= width && width % g === 0; g *= 2) out.push(g);
  return out;
}

export const gnId = (g: number): string => `gn-${g}`;
export const NONE_ID = 'none';

export function buildSpec(s: GnGruposSettings): ExperimentSpec {
  const models: ModelSpec[] = [
    { id: NONE_ID, norm: NO_NORM, learningRate: s.lr },
    ...groupCounts(s.width).map((g) => ({
      id: gnId(g),
      norm: { kind: 'group', position: 'before', groups: g } as const,
      learningRate: s.lr,
    })),
  ];
  return digitsMlp({ seed: s.seed, width: s.width, batchSize: 32, steps: s.steps, readbacks: 10, models });
}

/** Test error per group count (in groupCounts order) and without normalisation; null before a read-back. */
export function sweepErrors(
  s: GnGruposSettings,
  accById: Record<string, number | undefined>,
): { gn: (number | null)[]; none: number | null } {
  const err = (id: string) => {
    const a = accById[id];
    return a === undefined ? null : 1 - a;
  };
  return { gn: groupCounts(s.width).map((g) => err(gnId(g))), none: err(NONE_ID) };
}

/** A test error at or above this is chance on ten classes (0.9), give or take a seed's noise. */
export const AT_CHANCE = 0.8;

/** The group counts whose model ended at chance. */
export const collapsedGroups = (s: GnGruposSettings, e: { gn: (number | null)[] }): number[] =>
  groupCounts(s.width).filter((_, i) => (e.gn[i] ?? 0) >= AT_CHANCE);

/**
 * Wu & He 2018, Table 3: ResNet-50 on ImageNet, validation error (%) with GN, (a) by number of groups
 * and (b) by channels per group (Table 3's own column order).
 */
export const PAPER_TABLE_3 = {
  groups: [64, 32, 16, 8, 4, 2, 1],
  groupsError: [24.6, 24.1, 24.6, 24.4, 24.6, 24.7, 25.3],
  channelsPerGroup: [64, 32, 16, 8, 4, 2, 1],
  channelsError: [24.4, 24.5, 24.2, 24.3, 24.8, 25.6, 28.4],
} as const;

/** The tensor of the numeric comparison: N = 2 examples, C = 4 channels, H·W = 3 positions, small integers. */
export const TENSOR: { shape: Omit<BlockShape, 'groups'>; values: readonly number[] } = {
  shape: { n: 2, c: 4, hw: 3 },
  values: [1, 2, 3, 4, 4, 4, 0, 5, 10, 2, 2, 8, 3, 3, 6, 9, 8, 7, 6, 0, 0, 1, 5, 9],
};

export type Reference = Extract<BlockMethod, 'layer' | 'instance'>;

/** The group counts the tensor allows (the divisors of C). */
export const tensorGroups = (): number[] => Array.from({ length: TENSOR.shape.c }, (_, i) => i + 1).filter((g) => TENSOR.shape.c % g === 0);

/**
 * x̂ of GN with G groups and of the reference (LN or IN) on TENSOR, and how many cells differ and by
 * how much at most: zero cells when G = 1 against LN and G = C against IN.
 */
export function compareGroups(groups: number, reference: Reference) {
  const shape = { ...TENSOR.shape, groups };
  const gn = blockStats('group', shape, TENSOR.values);
  const ref = blockStats(reference, shape, TENSOR.values);
  let differing = 0;
  let maxDiff = 0;
  gn.xhat.forEach((v, i) => {
    const d = Math.abs(v - ref.xhat[i]);
    if (d > 0) differing++;
    maxDiff = Math.max(maxDiff, d);
  });
  return { shape, gn: gn.xhat, ref: ref.xhat, gnSetSize: gn.size, refSetSize: ref.size, differing, maxDiff, cells: gn.xhat.length };
}

/**
 * Demo `ln-pre-post`: where the LayerNorm of a residual block goes (Xiong et al. 2020), on a residual
 * MLP of the digits (ResidualSpec in types.ts: an input layer to width 32, B blocks
 * F(a) = ReLU(a·W₁ + b₁)·W₂ + b₂, an output layer). There is no attention: only the placement of
 * LN around the skip connection is the Transformer's.
 *   Post-LN  x_{l+1} = LN(x_l + F_l(x_l))          (the original Transformer)
 *   Pre-LN   x_{l+1} = x_l + F_l(LN(x_l)), and a final LN before the output layer
 *
 * One run is a series of stacks (each depth needs its own):
 * - the depth sweep: for B in DEPTHS, Post-LN and Pre-LN from one initialisation, one step, to read
 *   the norm of the gradient of every weight matrix at initialisation on the first mini-batch.
 *   Xiong et al. (Theorem 1, Lemmas 2–3) bound the last block's W₂ gradient by O(d√ln d) for Post-LN,
 *   whatever the depth L, and by O(d√(ln d / L)) for Pre-LN: Pre-LN's residual stream grows like √L
 *   and the final LN divides by it;
 * - the training run at the reader's depth: Post-LN and Pre-LN, each without and with a linear
 *   warm-up, from the same initial weights and mini-batches, with Adam at a high learning rate.
 * Defaults chosen by experiment (`npm run explore -- ln-pre-post`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { COMPARISON } from './norms';
import type { ExperimentSpec, NormSpec } from './types';

export const DEMO_NAME = 'ln-pre-post';
export const PLACEMENTS = ['post', 'pre'] as const;
export type Placement = (typeof PLACEMENTS)[number];
export const NORMS: Record<Placement, NormSpec> = {
  post: { kind: 'layer', position: 'after' },
  pre: { kind: 'layer', position: 'before' },
};

/** The four trained models: each placement without and with warm-up. */
export const VARIANTS = [
  { id: 'post', placement: 'post', warm: false },
  { id: 'pre', placement: 'pre', warm: false },
  { id: 'post-warm', placement: 'post', warm: true },
  { id: 'pre-warm', placement: 'pre', warm: true },
] as const satisfies readonly { id: string; placement: Placement; warm: boolean }[];
export type VariantId = (typeof VARIANTS)[number]['id'];

/** Depths of the gradient sweep (blocks), and the width of every block. */
export const DEPTHS = [1, 2, 4, 8, 16] as const;
export const WIDTH = 32;
export const BATCH = 32;
/**
 * Read-backs of a training run after its start (a single-step stack has one). Each runs the four
 * models over the whole data set and costs about 20 training steps: five draw the curves.
 */
export const READBACKS = 5;

export const SCHEMA = defineSchema({
  /** Blocks of the trained network (the sweep's depths are fixed). */
  bloques: { kind: 'integer', min: 1, max: 16, default: 6, choices: [2, 4, 6, 8, 12] },
  lr: { kind: 'number', min: 0.0003, max: 0.3, default: 0.03, log: true },
  /** Warm-up steps (the rate grows linearly from 0 to lr); at most the fewest steps a run has. */
  warmup: { kind: 'integer', min: 10, max: 100, default: 100, choices: [25, 50, 100] },
  steps: { kind: 'integer', min: 100, max: 1000, default: 200, choices: [100, 200, 400] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type PrePostSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: PrePostSettings = defaultSettings(SCHEMA);

function residualSpec(s: PrePostSettings, blocks: number, steps: number, models: ExperimentSpec['models']): ExperimentSpec {
  return {
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: s.seed },
    residual: { blocks },
    hidden: [WIDTH],
    activation: 'relu',
    init: 'glorot',
    optimizer: 'adam',
    batchSize: BATCH,
    steps,
    seed: s.seed,
    ...COMPARISON,
    models,
    evalEvery: Math.max(1, Math.round(steps / READBACKS)),
    probes: { gradNorms: true },
  };
}

/** The series: one single-step stack per depth of the sweep, then the training run. */
export function buildSpecs(s: PrePostSettings): ExperimentSpec[] {
  const sweep = DEPTHS.map((blocks) =>
    residualSpec(
      s,
      blocks,
      1,
      PLACEMENTS.map((p) => ({ id: p, norm: NORMS[p], learningRate: s.lr })),
    ),
  );
  const models = VARIANTS.map((v) => ({
    id: v.id,
    norm: NORMS[v.placement],
    learningRate: s.lr,
    ...(v.warm ? { warmupSteps: s.warmup } : {}),
  }));
  return [...sweep, residualSpec(s, s.bloques, s.steps, models)];
}

/** Gradient-norm columns of a network of B blocks: the input layer, W₁ and W₂ of each block, the output layer. */
export const lastBlockColumn = (blocks: number) => 2 * blocks;

type GradResults = { gradNorms?: number[] } | undefined;

/**
 * The sweep's reading per placement: ‖∂L/∂W₂‖ of the last block at initialisation for each depth
 * (null for a depth not run yet), from the latest snapshots of each spec of the series.
 */
export function depthSweep(results: readonly Record<string, GradResults>[]): Record<Placement, (number | null)[]> {
  return Object.fromEntries(
    PLACEMENTS.map((p) => [p, DEPTHS.map((blocks, i) => results[i]?.[p]?.gradNorms?.[lastBlockColumn(blocks)] ?? null)]),
  ) as Record<Placement, (number | null)[]>;
}

/** Ratio of the last block's gradient at the deepest and the shallowest depth of the sweep (null until both ran). */
export function depthRatio(sweep: readonly (number | null)[]): number | null {
  const first = sweep[0];
  const last = sweep[sweep.length - 1];
  return first && last !== null ? last / first : null;
}

/**
 * The two ways the batch-size demos compare batch sizes (tamano-batch, normalizaciones, gn-segun-batch).
 *
 * - Ghost batches: one stack, every model on the same mini-batches of `full` examples; BN at size b
 *   takes its statistics over sub-batches of b. Only BN's statistics change with b; normalisations
 *   that do not look at the batch give the same run at every b, by construction.
 * - Real batches: one run per size b, mini-batches of b, the learning rate scaled with b (lr·b/full,
 *   the linear rule of Goyal et al. 2017 that Wu & He 2018 use as 0.1·N/32) and the same examples
 *   seen (steps·full), so the small sizes take many more, smaller and noisier steps.
 */
import type { ExperimentSpec, NormSpec } from './types';

/** BN before the activation with its statistics over b examples of a mini-batch of `full`. */
export function bnOver(b: number, full: number): NormSpec {
  return b === full ? { kind: 'batch', position: 'before' } : { kind: 'batch', position: 'before', ghostBatch: b };
}

/** One run of the real protocol. */
export interface RealRun {
  b: number;
  learningRate: number;
  steps: number;
  spec: ExperimentSpec;
}

/** The real protocol: per size, its rate and steps, and the spec the caller builds from them. */
export function realRuns(o: {
  sizes: readonly number[];
  full: number;
  lr: number;
  steps: number;
  spec: (run: { b: number; learningRate: number; steps: number }) => ExperimentSpec;
}): RealRun[] {
  const examples = o.steps * o.full;
  return o.sizes.map((b) => {
    const run = { b, learningRate: Number(((o.lr * b) / o.full).toPrecision(4)), steps: Math.round(examples / b) };
    return { ...run, spec: o.spec(run) };
  });
}

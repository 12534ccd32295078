/** Shorthands for the normalisation part of experiment specs (types.ts). */
import type { BNPosition, ExperimentSpec, ModelSpec, MomentumSpec, NormSpec } from './types';

export const NO_NORM: NormSpec = { kind: 'none' };

/** The short names demos give the normalisations they compare (their model ids and table rows). */
export type MethodName = 'none' | 'bn' | 'ln' | 'rms' | 'gn' | 'in';

/** BN at a BN-position setting ('none' → no normalisation). */
export function bnAt(position: BNPosition): NormSpec {
  return position === 'none' ? NO_NORM : { kind: 'batch', position };
}

/** PyTorch's default BN momentum, 0.1 (the weight of the new batch; ≡ Keras/TF.js momentum 0.9). */
export const PYTORCH_MOMENTUM: MomentumSpec = { convention: 'pytorch', value: 0.1 };

/**
 * What every comparison demo fixes the same way: all models start from the same initial weights, and
 * BN (where a model has it) uses PyTorch's defaults, momentum 0.1 and ε = 1e-5.
 */
export const COMPARISON = { sameInit: true, bnMomentum: PYTORCH_MOMENTUM, bnEpsilon: 1e-5 } as const;

/**
 * The digits task the batch-size demos share: a 2-hidden-layer ReLU MLP (He initialisation, SGD with
 * momentum 0.9) on the 8×8 digits with 30 % held out, with the comparison defaults; the caller gives
 * the width, batch, steps, read-backs and models.
 */
export function digitsMlp(o: { seed: number; width: number; batchSize: number; steps: number; readbacks: number; models: ModelSpec[] }): ExperimentSpec {
  return {
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: o.seed },
    hidden: [o.width, o.width],
    activation: 'relu',
    init: 'he',
    optimizer: 'momentum',
    batchSize: o.batchSize,
    steps: o.steps,
    seed: o.seed,
    ...COMPARISON,
    models: o.models,
    evalEvery: Math.max(10, Math.round(o.steps / o.readbacks)),
  };
}

/**
 * GN's group count must divide the width. When it does not, the demo's default is used, or 1 when
 * the default does not divide the width either; `groupsReplaced` tells the island to say so.
 */
export function fitGroups<S extends { width: number; groups: number }>(s: S, defaultGroups: number): { settings: S; groupsReplaced: boolean } {
  if (s.width % s.groups === 0) return { settings: s, groupsReplaced: false };
  return { settings: { ...s, groups: s.width % defaultGroups === 0 ? defaultGroups : 1 }, groupsReplaced: true };
}

/**
 * Every normalisation of this course is one formula over different index sets (Wu & He 2018,
 * Eqs. 1–7): for each set S of elements of the activation x, μ_S and σ²_S are the mean and BIASED
 * variance of x over S, x̂ = (x − μ_S)/√(σ²_S + ε), then y = γ x̂ + β with γ, β per feature.
 * What changes is only which elements share a set. For a dense layer, x is [N, C] (N examples,
 * C features), and element (i, j) belongs to
 *   batch   S = {(·, j)}: feature j over the N examples of the batch (Ioffe & Szegedy 2015);
 *           with ghost batches of b, feature j over the b examples of i's sub-batch;
 *   layer   S = {(i, ·)}: example i over its C features (Ba et al. 2016);
 *   rms     as layer, without centring: x̂ = x/√(mean x² + ε) (Zhang & Sennrich 2019);
 *   group   S = {(i, g)}: example i over the C/G features of j's group g (G = 1 is layer,
 *           G = C puts each feature alone, the dense analogue of InstanceNorm).
 * This module turns a kind into those sets on an [N, C] activation (the engine does the same on
 * tensors, with the axes as data: src/engine/norms).
 */
import type { InputGroupNorm, NormSpec } from '../experiments/types';

export type NormalisingSpec = Exclude<NormSpec, { kind: 'none' }>;

/** The index sets of one normalisation on an [N, C] activation. */
export interface IndexSets {
  /** Number of sets. */
  count: number;
  /** Elements per set. */
  size: number;
  /** Set of element (i, j). */
  of(i: number, j: number): number;
  /** Whether x̂ subtracts the set's mean (false only for RMSNorm). */
  centred: boolean;
}

/** Why a normalisation cannot be applied to an activation of this shape (a code, not a sentence). */
export type NormShapeProblem =
  | { code: 'batch-too-small'; batch: number }
  | { code: 'ghost-does-not-divide'; batch: number; ghostBatch: number }
  | { code: 'groups-do-not-divide'; features: number; groups: number };

/** Whether `spec` can normalise an [n, c] activation in training mode; null when it can. */
export function shapeProblem(spec: NormalisingSpec, n: number, c: number): NormShapeProblem | null {
  if (spec.kind === 'batch') {
    const b = spec.ghostBatch ?? n;
    if (b < 1 || (b === 1 && spec.singleExample !== 'collapse')) return { code: 'batch-too-small', batch: b };
    if (n % b !== 0) return { code: 'ghost-does-not-divide', batch: n, ghostBatch: b };
  }
  if (spec.kind === 'group' && (!(spec.groups >= 1) || c % spec.groups !== 0)) return { code: 'groups-do-not-divide', features: c, groups: spec.groups };
  return null;
}

/** The training-mode index sets of `spec` on an [n, c] activation (check shapeProblem first). */
export function indexSets(spec: NormalisingSpec, n: number, c: number): IndexSets {
  switch (spec.kind) {
    case 'batch': {
      const b = spec.ghostBatch ?? n;
      return { count: (n / b) * c, size: b, of: (i, j) => Math.floor(i / b) * c + j, centred: true };
    }
    case 'layer':
      return { count: n, size: c, of: (i) => i, centred: true };
    case 'rms':
      return { count: n, size: c, of: (i) => i, centred: false };
    case 'group': {
      const per = c / spec.groups;
      return { count: n * spec.groups, size: per, of: (i, j) => i * spec.groups + Math.floor(j / per), centred: true };
    }
  }
}

/** Whether the kind keeps running statistics for eval mode (only BN: the others use each example alone). */
export function hasRunningStats(spec: NormSpec): boolean {
  return spec.kind === 'batch';
}

/** A model's input normalisation as index sets: `true` is BN over the batch, a group spec GN over the input features. */
export function inputNormSpec(input: boolean | InputGroupNorm | undefined): NormalisingSpec | null {
  if (!input) return null;
  return input === true ? { kind: 'batch', position: 'before' } : { kind: 'group', position: 'before', groups: input.groups };
}

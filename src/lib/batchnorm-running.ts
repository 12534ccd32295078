/**
 * Running (population) statistics for BN's eval mode, with both frameworks' conventions made explicit.
 *
 * PyTorch, momentum m (default 0.1) is the weight of the NEW batch:
 *   running_mean ← (1 − m)·running_mean + m·μ_B
 *   running_var  ← (1 − m)·running_var  + m·σ²_B · m_B/(m_B − 1)      (stores the UNBIASED variance)
 * Keras / TF.js, momentum μ (default 0.99) is the weight of the OLD estimate:
 *   moving_mean ← μ·moving_mean + (1 − μ)·μ_B
 *   moving_var  ← μ·moving_var  + (1 − μ)·σ²_B                        (TF.js stores the BIASED variance)
 * So PyTorch m ≡ Keras 1 − m for the mean (0.1 ≡ 0.9); the variances differ by the Bessel factor
 * m_B/(m_B − 1) on each batch's contribution. (Python Keras' fused path applies that factor too; the
 * `unbiased` flag covers either choice.) Both start from mean 0 and variance 1.
 * The paper's Alg. 2 uses Var[x] = m/(m−1)·E_B[σ²_B], the unbiased choice.
 */
import type { FloatArray } from './arrays';

export type Convention = 'pytorch' | 'keras';

export interface RunningStats {
  convention: Convention;
  /** Momentum in this convention's own meaning (PyTorch: new-batch weight; Keras: old-estimate weight). */
  momentum: number;
  /** Whether each batch variance is Bessel-corrected (× m/(m−1)) before it is averaged in. */
  unbiased: boolean;
  mean: Float32Array;
  variance: Float32Array;
  /** Number of batches folded in so far. */
  batches: number;
}

const DEFAULT_MOMENTUM: Record<Convention, number> = { pytorch: 0.1, keras: 0.99 };

/**
 * Fresh running statistics for d features: mean 0, variance 1. Defaults: PyTorch momentum 0.1 with the
 * unbiased variance; Keras momentum 0.99 with the biased variance (as TF.js stores it).
 */
export function createRunningStats(
  d: number,
  convention: Convention = 'pytorch',
  momentum: number = DEFAULT_MOMENTUM[convention],
  unbiased: boolean = convention === 'pytorch',
): RunningStats {
  if (!(momentum >= 0 && momentum <= 1)) throw new Error(`momentum must be in [0, 1]; got ${momentum}`);
  return { convention, momentum, unbiased, mean: new Float32Array(d), variance: new Float32Array(d).fill(1), batches: 0 };
}

/** The weight a new batch gets in the update, whatever the convention (PyTorch m, Keras 1 − μ). */
export function newBatchWeight(stats: Pick<RunningStats, 'convention' | 'momentum'>): number {
  return stats.convention === 'pytorch' ? stats.momentum : 1 - stats.momentum;
}

/** The same update expressed in the other convention: PyTorch 0.1 ↔ Keras 0.9. */
export function equivalentMomentum(momentum: number): number {
  return 1 - momentum;
}

/**
 * Fold one batch's mean and BIASED variance (as returned by the train-mode forward) into `stats`, in
 * place. m is the batch size; an unbiased update needs m ≥ 2.
 */
export function updateRunningStats(stats: RunningStats, batchMean: FloatArray, batchVar: FloatArray, m: number): void {
  const d = stats.mean.length;
  if (batchMean.length !== d || batchVar.length !== d) {
    throw new Error(`running statistics: expected ${d} values per vector`);
  }
  if (stats.unbiased && m < 2) {
    throw new Error('an unbiased running variance needs at least 2 samples per batch (factor m/(m − 1))');
  }
  const w = newBatchWeight(stats);
  const bessel = stats.unbiased ? m / (m - 1) : 1;
  for (let j = 0; j < d; j++) {
    stats.mean[j] = (1 - w) * stats.mean[j] + w * batchMean[j];
    stats.variance[j] = (1 - w) * stats.variance[j] + w * batchVar[j] * bessel;
  }
  stats.batches++;
}

/**
 * The reference normalisation, any kind, in plain typed-array maths: the independent twin of the
 * engine's tfjs code (src/engine/norms), checked by finite differences. x is [n, c] row-major.
 *
 * Forward, for the set S(i, j) of element (i, j) (see index-sets.ts), with s = 1/√(σ²_S + ε):
 *   centred:  x̂ = (x − μ_S)·s,   σ²_S = mean_S (x − μ_S)²   (biased)
 *   rms:      x̂ = x·s,           σ²_S = mean_S x²
 *   y = γ_j x̂ + β_j
 * Eval mode of BN uses running estimates instead of μ_S, σ²_S (a fixed affine map); the other kinds
 * compute the same thing in both modes.
 *
 * Backward, with g = ∂L/∂x̂ = dy·γ_j and means over each set S:
 *   ∂L/∂x = s·(g − c·mean_S(g) − x̂·mean_S(g·x̂)),  c = 1 if centred else 0
 *   ∂L/∂γ_j = Σ_i dy·x̂,  ∂L/∂β_j = Σ_i dy        (sums over the examples, per feature)
 * and in eval mode ∂L/∂x = γ_j s_j dy. Sums are accumulated in float64.
 */
import { allocLike, assertShape, type FloatArray } from '../arrays';
import { indexSets, shapeProblem, type IndexSets, type NormalisingSpec } from './index-sets';

export interface NormForward {
  n: number;
  c: number;
  sets: IndexSets | null;
  xhat: FloatArray;
  y: FloatArray;
  /** [n·c] the s = 1/√(σ² + ε) each element was scaled by. */
  scale: FloatArray;
  /** Per set (train) or per feature (eval with running statistics): the mean and variance used. */
  mean: FloatArray;
  variance: FloatArray;
  gamma: FloatArray;
}

export interface NormGrads {
  dx: FloatArray;
  dgamma: FloatArray;
  dbeta: FloatArray;
}

/** Thrown when a kind cannot normalise this shape; `problem` says why (see index-sets.ts). */
export class NormShapeError extends Error {
  constructor(readonly problem: NonNullable<ReturnType<typeof shapeProblem>>) {
    super(`norm-shape:${problem.code}`);
  }
}

/** x̂ = (x − μ)·s with s = 1/√(σ² + ε) from the statistics of `stat(i, j)`, and y = γ_j x̂ + β_j. */
function affine(
  x: FloatArray,
  n: number,
  c: number,
  gamma: FloatArray,
  beta: FloatArray,
  eps: number,
  stat: (i: number, j: number) => number,
  mean: FloatArray,
  variance: FloatArray,
) {
  const xhat = allocLike(x, n * c);
  const y = allocLike(x, n * c);
  const scale = allocLike(x, n * c);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const k = i * c + j;
      const s = stat(i, j);
      scale[k] = 1 / Math.sqrt(variance[s] + eps);
      xhat[k] = (x[k] - mean[s]) * scale[k];
      y[k] = gamma[j] * xhat[k] + beta[j];
    }
  }
  return { xhat, y, scale };
}

/** Training-mode forward (batch statistics for BN; the example's own for the others). */
export function normForward(spec: NormalisingSpec, x: FloatArray, n: number, gamma: FloatArray, beta: FloatArray, eps: number): NormForward {
  const c = gamma.length;
  assertShape(x, n, c, 'norm: input x');
  const problem = shapeProblem(spec, n, c);
  if (problem) throw new NormShapeError(problem);
  const sets = indexSets(spec, n, c);
  const sum = new Float64Array(sets.count);
  for (let i = 0; i < n; i++) for (let j = 0; j < c; j++) sum[sets.of(i, j)] += x[i * c + j];
  const mean = allocLike(x, sets.count);
  for (let s = 0; s < sets.count; s++) mean[s] = sets.centred ? sum[s] / sets.size : 0;
  const sq = new Float64Array(sets.count);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const s = sets.of(i, j);
      const d = x[i * c + j] - mean[s];
      sq[s] += d * d;
    }
  }
  const variance = allocLike(x, sets.count);
  for (let s = 0; s < sets.count; s++) variance[s] = sq[s] / sets.size;
  const { xhat, y, scale } = affine(x, n, c, gamma, beta, eps, (i, j) => sets.of(i, j), mean, variance);
  return { n, c, sets, xhat, y, scale, mean, variance, gamma };
}

/** Eval-mode forward of BN with running statistics (per feature). */
export function normForwardRunning(
  x: FloatArray,
  n: number,
  gamma: FloatArray,
  beta: FloatArray,
  eps: number,
  running: { mean: ArrayLike<number>; variance: ArrayLike<number> },
): NormForward {
  const c = gamma.length;
  assertShape(x, n, c, 'norm: input x');
  const mean = allocLike(x, c);
  const variance = allocLike(x, c);
  for (let j = 0; j < c; j++) [mean[j], variance[j]] = [running.mean[j], running.variance[j]];
  const { xhat, y, scale } = affine(x, n, c, gamma, beta, eps, (_, j) => j, mean, variance);
  return { n, c, sets: null, xhat, y, scale, mean, variance, gamma };
}

/** Gradients of a scalar loss L given dy = ∂L/∂y (see the formulas above). */
export function normBackward(dy: FloatArray, f: NormForward): NormGrads {
  const { n, c, sets, xhat, scale, gamma } = f;
  assertShape(dy, n, c, 'norm: gradient dy');
  const dgamma = allocLike(dy, c);
  const dbeta = allocLike(dy, c);
  const dx = allocLike(dy, n * c);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      dgamma[j] += dy[i * c + j] * xhat[i * c + j];
      dbeta[j] += dy[i * c + j];
    }
  }
  if (!sets) {
    for (let k = 0; k < n * c; k++) dx[k] = gamma[k % c] * scale[k] * dy[k];
    return { dx, dgamma, dbeta };
  }
  const mg = new Float64Array(sets.count);
  const mgx = new Float64Array(sets.count);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const k = i * c + j;
      const s = sets.of(i, j);
      const g = dy[k] * gamma[j];
      mg[s] += g / sets.size;
      mgx[s] += (g * xhat[k]) / sets.size;
    }
  }
  const centre = sets.centred ? 1 : 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const k = i * c + j;
      const s = sets.of(i, j);
      dx[k] = scale[k] * (dy[k] * gamma[j] - centre * mg[s] - xhat[k] * mgx[s]);
    }
  }
  return { dx, dgamma, dbeta };
}

/**
 * Per-feature batch statistics of a BN forward, for the running estimates: the mean over the ghost
 * sub-batches of their means and of their BIASED variances (with one sub-batch: μ_B and σ²_B). The
 * unbiased running variance then multiplies by b/(b − 1), b = examples per sub-batch.
 */
export function featureMoments(f: NormForward): { mean: FloatArray; variance: FloatArray; perSet: number } {
  const { c, sets } = f;
  if (!sets || sets.count % c !== 0) throw new Error('featureMoments: only a training-mode BN pass has per-feature batch moments');
  const groups = sets.count / c;
  const mean = allocLike(f.mean, c);
  const variance = allocLike(f.mean, c);
  for (let g = 0; g < groups; g++) {
    for (let j = 0; j < c; j++) {
      mean[j] += f.mean[g * c + j] / groups;
      variance[j] += f.variance[g * c + j] / groups;
    }
  }
  return { mean, variance, perSet: sets.size };
}

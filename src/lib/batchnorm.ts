/**
 * Reference Batch Normalization in plain typed-array maths (Ioffe & Szegedy 2015, Alg. 1 and 2).
 * Used by unit tests, as the independent reference for the tfjs engine, and by the `bn-paso-a-paso`
 * demo. Input x is a mini-batch of shape [m, d], row-major: sample i, feature j is x[i·d + j].
 * Statistics are per feature j, taken over the batch axis (the m samples), never per sample:
 *
 *   μ_j  = (1/m) Σ_i x_ij                     batch mean
 *   σ²_j = (1/m) Σ_i (x_ij − μ_j)²            batch variance, BIASED (divides by m)
 *   x̂_ij = (x_ij − μ_j) / √(σ²_j + ε)
 *   y_ij = γ_j x̂_ij + β_j
 *
 * Eval mode uses running estimates (μ_run, σ²_run) instead of the batch's and is then a fixed affine
 * map per feature. Sums are accumulated in float64; outputs have the element type of x (Float32Array
 * normally, Float64Array when tests need finite differences).
 */
import { allocLike, assertShape, type FloatArray } from './arrays';
import { updateRunningStats, type RunningStats } from './batchnorm-running';

export {
  createRunningStats,
  updateRunningStats,
  newBatchWeight,
  equivalentMomentum,
  type Convention,
  type RunningStats,
} from './batchnorm-running';

/** PyTorch's defaults (BatchNorm1d). */
export const PYTORCH_DEFAULTS = { momentum: 0.1, eps: 1e-5 } as const;
/** Keras' and TF.js' defaults (BatchNormalization): momentum 0.99 keeps the old estimate's weight. */
export const KERAS_DEFAULTS = { momentum: 0.99, eps: 1e-3 } as const;

/** Learnable scale γ and shift β (length d each) and ε. d is taken from gamma.length. */
export interface BNParams {
  gamma: FloatArray;
  beta: FloatArray;
  eps: number;
}

/** γ = 1, β = 0 (the usual initialisation). */
export function createBNParams(d: number, eps: number = PYTORCH_DEFAULTS.eps): BNParams {
  return { gamma: new Float32Array(d).fill(1), beta: new Float32Array(d), eps };
}

/** Everything a forward pass computed: what the demo shows and what `bnBackward` needs. */
export interface BNOutput {
  mode: 'train' | 'eval';
  m: number;
  d: number;
  /** [m, d] normalised values x̂. */
  xhat: FloatArray;
  /** [m, d] output y = γ x̂ + β. */
  y: FloatArray;
  /** [d] the mean used: μ_B of this batch (train) or the running mean (eval). */
  mean: FloatArray;
  /** [d] the variance used: biased σ²_B of this batch (train) or the running variance (eval). */
  variance: FloatArray;
  /** [d] 1 / √(variance + ε). */
  invStd: FloatArray;
  /** The γ used (same object as params.gamma), kept for the backward pass. */
  gamma: FloatArray;
}

/** Gradients of a scalar loss L given dy = ∂L/∂y. */
export interface BNGrads {
  dx: FloatArray;
  dgamma: FloatArray;
  dbeta: FloatArray;
}

function checkParams(x: FloatArray, m: number, p: BNParams): number {
  const d = p.gamma.length;
  if (p.beta.length !== d) throw new Error(`BN: γ tiene ${d} valores y β ${p.beta.length}`);
  if (!(p.eps >= 0)) throw new Error(`BN: ε must be ≥ 0; got ${p.eps}`);
  assertShape(x, m, d, 'BN: la entrada x');
  return d;
}

/** Batch mean and BIASED batch variance per feature of x [m, d] (the statistics BN trains with). */
export function batchMoments(x: FloatArray, m: number, d: number): { mean: FloatArray; variance: FloatArray } {
  assertShape(x, m, d, 'BN: la entrada x');
  const mean = allocLike(x, d);
  const variance = allocLike(x, d);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += x[i * d + j];
    const mu = s / m;
    let ss = 0;
    for (let i = 0; i < m; i++) {
      const dev = x[i * d + j] - mu;
      ss += dev * dev;
    }
    mean[j] = mu;
    variance[j] = ss / m;
  }
  return { mean, variance };
}

/** x̂ and y from given statistics (shared by both modes). */
function normalise(x: FloatArray, m: number, d: number, p: BNParams, mean: FloatArray, variance: FloatArray) {
  const invStd = allocLike(x, d);
  for (let j = 0; j < d; j++) invStd[j] = 1 / Math.sqrt(variance[j] + p.eps);
  const xhat = allocLike(x, m * d);
  const y = allocLike(x, m * d);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < d; j++) {
      const k = i * d + j;
      const h = (x[k] - mean[j]) * invStd[j];
      xhat[k] = h;
      y[k] = p.gamma[j] * h + p.beta[j];
    }
  }
  return { xhat, y, invStd };
}

/**
 * Training-mode forward: normalise with this batch's own μ_B and biased σ²_B.
 * Throws for m = 1: with one sample σ²_B = 0 and x̂ = 0, so y would be β whatever the input
 * (PyTorch raises an error here; TF.js silently outputs β). Running statistics are NOT updated
 * here: call `updateRunningStats` (or use `bnTrainStep`).
 */
export function bnForwardTrain(x: FloatArray, m: number, params: BNParams): BNOutput {
  const d = checkParams(x, m, params);
  if (m < 2) {
    // With one sample the batch variance is 0 and the output is always β (PyTorch refuses; TF.js returns β silently).
    throw new Error('training-mode BN needs at least 2 samples per batch');
  }
  const { mean, variance } = batchMoments(x, m, d);
  const { xhat, y, invStd } = normalise(x, m, d, params, mean, variance);
  return { mode: 'train', m, d, xhat, y, mean, variance, invStd, gamma: params.gamma };
}

/** Eval-mode forward: normalise with running estimates; any m ≥ 1 works (each row independently). */
export function bnForwardEval(
  x: FloatArray,
  m: number,
  params: BNParams,
  running: { mean: FloatArray; variance: FloatArray },
): BNOutput {
  const d = checkParams(x, m, params);
  if (running.mean.length !== d || running.variance.length !== d) {
    throw new Error(`BN: running statistics must have ${d} values`);
  }
  const mean = allocLike(x, d);
  const variance = allocLike(x, d);
  mean.set(running.mean);
  variance.set(running.variance);
  const { xhat, y, invStd } = normalise(x, m, d, params, mean, variance);
  return { mode: 'eval', m, d, xhat, y, mean, variance, invStd, gamma: params.gamma };
}

/**
 * Backward pass. With s = 1/√(σ² + ε) and sums over the batch axis i, per feature j:
 *   ∂L/∂β_j = Σ_i dy_ij
 *   ∂L/∂γ_j = Σ_i dy_ij x̂_ij
 * Train mode (μ and σ² depend on every x in the batch), the standard closed form:
 *   ∂L/∂x_ij = (γ_j s_j / m) · (m·dy_ij − Σ_k dy_kj − x̂_ij · Σ_k dy_kj x̂_kj)
 * so each column of dx sums to 0 (shifting a feature for the whole batch cannot change the output)
 * and, for ε = 0, is orthogonal to x̂ (nor can scaling it). Eval mode (μ, σ² are constants):
 * ∂L/∂x_ij = γ_j s_j dy_ij.
 */
export function bnBackward(dy: FloatArray, fwd: BNOutput): BNGrads {
  const { m, d, xhat, invStd, gamma } = fwd;
  assertShape(dy, m, d, 'BN: el gradiente dy');
  const dgamma = allocLike(dy, d);
  const dbeta = allocLike(dy, d);
  const dx = allocLike(dy, m * d);
  for (let j = 0; j < d; j++) {
    let sumDy = 0;
    let sumDyXhat = 0;
    for (let i = 0; i < m; i++) {
      const k = i * d + j;
      sumDy += dy[k];
      sumDyXhat += dy[k] * xhat[k];
    }
    dbeta[j] = sumDy;
    dgamma[j] = sumDyXhat;
    const scale = gamma[j] * invStd[j];
    for (let i = 0; i < m; i++) {
      const k = i * d + j;
      dx[k] = fwd.mode === 'train' ? (scale / m) * (m * dy[k] - sumDy - xhat[k] * sumDyXhat) : scale * dy[k];
    }
  }
  return { dx, dgamma, dbeta };
}

/**
 * What a framework does in one training-mode call: forward with batch statistics, then fold this
 * batch's μ_B and σ²_B into each of the given running estimates (e.g. one PyTorch-style and one
 * Keras-style, as the step-by-step demo shows side by side).
 */
export function bnTrainStep(x: FloatArray, m: number, params: BNParams, stats: readonly RunningStats[] = []): BNOutput {
  const out = bnForwardTrain(x, m, params);
  for (const s of stats) updateRunningStats(s, out.mean, out.variance, m);
  return out;
}

/**
 * Dense-layer maths for the reference MLP, on row-major typed arrays. Outputs take the element type
 * of the first argument. Written for clarity: plain triple loops, no blocking or SIMD tricks.
 */
import { allocLike, type FloatArray } from './arrays';
import type { Activation } from './experiments/types';

/** out[m, n] = a[m, k] · w[k, n] (+ bias[n] broadcast over rows, if given). */
export function matmul(a: FloatArray, w: FloatArray, m: number, k: number, n: number, bias?: FloatArray | null): FloatArray {
  const out = allocLike(a, m * n);
  for (let i = 0; i < m; i++) {
    const row = i * n;
    if (bias) for (let j = 0; j < n; j++) out[row + j] = bias[j];
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      if (aip === 0) continue;
      const wrow = p * n;
      for (let j = 0; j < n; j++) out[row + j] += aip * w[wrow + j];
    }
  }
  return out;
}

/** out[k, n] = aᵀ · g for a[m, k], g[m, n] (the weight gradient of a dense layer). */
export function matmulTA(a: FloatArray, g: FloatArray, m: number, k: number, n: number): FloatArray {
  const out = allocLike(g, k * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      if (aip === 0) continue;
      for (let j = 0; j < n; j++) out[p * n + j] += aip * g[i * n + j];
    }
  }
  return out;
}

/** out[m, k] = g · wᵀ for g[m, n], w[k, n] (the input gradient of a dense layer). */
export function matmulTB(g: FloatArray, w: FloatArray, m: number, k: number, n: number): FloatArray {
  const out = allocLike(g, m * k);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += g[i * n + j] * w[p * n + j];
      out[i * k + p] = s;
    }
  }
  return out;
}

/** Column sums of g[m, n] (the bias gradient). */
export function colSums(g: FloatArray, m: number, n: number): FloatArray {
  const out = allocLike(g, n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j] += g[i * n + j];
  return out;
}

/** h = g(u) elementwise. */
export function activate(u: FloatArray, act: Activation): FloatArray {
  const h = allocLike(u, u.length);
  const n = u.length;
  if (act === 'relu') for (let k = 0; k < n; k++) h[k] = u[k] > 0 ? u[k] : 0;
  else if (act === 'tanh') for (let k = 0; k < n; k++) h[k] = Math.tanh(u[k]);
  else for (let k = 0; k < n; k++) h[k] = 1 / (1 + Math.exp(-u[k]));
  return h;
}

/**
 * du = dh ⊙ g′(u), using the stored output h where that is cheaper:
 * sigmoid′ = h(1 − h), tanh′ = 1 − h², relu′ = [u > 0].
 */
export function activationBackward(dh: FloatArray, u: FloatArray, h: FloatArray, act: Activation): FloatArray {
  const du = allocLike(dh, dh.length);
  const n = dh.length;
  if (act === 'relu') for (let k = 0; k < n; k++) du[k] = u[k] > 0 ? dh[k] : 0;
  else if (act === 'tanh') for (let k = 0; k < n; k++) du[k] = dh[k] * (1 - h[k] * h[k]);
  else for (let k = 0; k < n; k++) du[k] = dh[k] * h[k] * (1 - h[k]);
  return du;
}

/**
 * Softmax cross-entropy averaged over the batch. With p = softmax(z) per row (computed as
 * exp(z − max z) / Σ exp(z − max z) for stability) and labels y:
 *   L = −(1/m) Σ_i log p_i,y_i,   ∂L/∂z_ij = (p_ij − [j = y_i]) / m.
 */
export function softmaxCrossEntropy(
  logits: FloatArray,
  y: ArrayLike<number>,
  m: number,
  classes: number,
): { loss: number; probs: FloatArray; dlogits: FloatArray } {
  const probs = allocLike(logits, m * classes);
  const dlogits = allocLike(logits, m * classes);
  let loss = 0;
  for (let i = 0; i < m; i++) {
    const row = i * classes;
    let max = -Infinity;
    for (let j = 0; j < classes; j++) max = Math.max(max, logits[row + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[row + j] - max);
    const label = y[i];
    if (!(label >= 0 && label < classes)) throw new Error(`label out of range: ${label}`);
    for (let j = 0; j < classes; j++) {
      const p = Math.exp(logits[row + j] - max) / sum;
      probs[row + j] = p;
      dlogits[row + j] = (p - (j === label ? 1 : 0)) / m;
    }
    loss -= logits[row + label] - max - Math.log(sum);
  }
  return { loss: loss / m, probs, dlogits };
}

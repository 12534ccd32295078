/**
 * A recurrent network in plain typed-array maths (the cell of RecurrentSpec in experiments/types.ts):
 * the independent reference the engine's unrolled recurrent layer is tested against, and checked
 * itself by finite differences. Clear rather than clever. x is [n, T·w] row-major, row t of an
 * example being its features t·w … t·w + w − 1; weights are [in, out] row-major. With h₀ = 0:
 *   z_t = x_t·W_x + h_{t−1}·W_h,   u_t = z_t + b (none) or γ x̂(z_t) + β (layer / rms),   h_t = g(u_t)
 *   logits = h_T·W_o + b_o,  loss = mean softmax cross-entropy.
 * Backward through time, with dh_T = dlogits·W_oᵀ and for t = T … 1:
 *   du_t = dh_t ⊙ g′(u_t);  dz_t = du_t (none) or the normalisation's backward of du_t;
 *   ∂W_x += x_tᵀ dz_t;  ∂W_h += h_{t−1}ᵀ dz_t;  dh_{t−1} = dz_t·W_hᵀ;  ∂b (or ∂β, ∂γ) summed over t.
 */
import { allocLike, type FloatArray } from './arrays';
import type { Activation, NormSpec } from './experiments/types';
import { activate, activationBackward, colSums, matmul, matmulTA, matmulTB, softmaxCrossEntropy } from './mlp-math';
import { normBackward, normForward, type NormForward } from './norms/normalize';

export interface RnnConfig {
  steps: number;
  /** Features per time step (w). */
  rowWidth: number;
  hidden: number;
  classes: number;
  activation: Activation;
  /** none, layer or rms (position 'before'). */
  norm: NormSpec;
  eps: number;
}

export interface RnnParams {
  wx: FloatArray;
  wh: FloatArray;
  /** The bias (none) or β (layer / rms), [H]. */
  shift: FloatArray;
  /** γ, [H] (unused without a normalisation). */
  gamma: FloatArray;
  wo: FloatArray;
  bo: FloatArray;
}

interface Step {
  hPrev: FloatArray;
  u: FloatArray;
  h: FloatArray;
  norm: NormForward | null;
}

/** Row t of every example: [n, w]; past the input's rows, zeros (blank rows). */
function rowAt(x: FloatArray, n: number, cfg: RnnConfig, t: number): FloatArray {
  const { steps, rowWidth: w } = cfg;
  const out = allocLike(x, n * w);
  if (t >= steps) return out;
  for (let i = 0; i < n; i++) for (let c = 0; c < w; c++) out[i * w + c] = x[i * steps * w + t * w + c];
  return out;
}

function step(cfg: RnnConfig, p: RnnParams, xt: FloatArray, hPrev: FloatArray, n: number): Step {
  const H = cfg.hidden;
  const z = matmul(xt, p.wx, n, cfg.rowWidth, H);
  const r = matmul(hPrev, p.wh, n, H, H);
  for (let i = 0; i < z.length; i++) z[i] += r[i];
  let norm: NormForward | null = null;
  let u: FloatArray;
  if (cfg.norm.kind === 'none') {
    u = z;
    for (let i = 0; i < n; i++) for (let j = 0; j < H; j++) u[i * H + j] += p.shift[j];
  } else {
    norm = normForward(cfg.norm, z, n, p.gamma, p.shift, cfg.eps);
    u = norm.y;
  }
  return { hPrev, u, h: activate(u, cfg.activation), norm };
}

/** Forward over `length` steps (default the input's T; more: blank rows after the image). */
export function rnnForward(
  cfg: RnnConfig,
  p: RnnParams,
  x: FloatArray,
  n: number,
  length = cfg.steps,
): { steps: Step[]; logits: FloatArray } {
  let h = allocLike(x, n * cfg.hidden);
  const steps: Step[] = [];
  for (let t = 0; t < length; t++) {
    const s = step(cfg, p, rowAt(x, n, cfg, t), h, n);
    steps.push(s);
    h = s.h;
  }
  return { steps, logits: matmul(h, p.wo, n, cfg.hidden, cfg.classes, p.bo) };
}

/** Mean over the n examples of ‖h_t‖₂, for t = 1 … length. */
export function rnnHiddenNorms(cfg: RnnConfig, p: RnnParams, x: FloatArray, n: number, length: number): number[] {
  const H = cfg.hidden;
  return rnnForward(cfg, p, x, n, length).steps.map(({ h }) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let sq = 0;
      for (let j = 0; j < H; j++) sq += h[i * H + j] ** 2;
      sum += Math.sqrt(sq);
    }
    return sum / n;
  });
}

/** Loss and gradients of every parameter (backpropagation through time). */
export function rnnLossAndGrads(
  cfg: RnnConfig,
  p: RnnParams,
  x: FloatArray,
  y: ArrayLike<number>,
  n: number,
): { loss: number; grads: RnnParams } {
  const { hidden: H, classes, rowWidth: w } = cfg;
  const { steps, logits } = rnnForward(cfg, p, x, n);
  const { loss, dlogits } = softmaxCrossEntropy(logits, y, n, classes);
  const last = steps[steps.length - 1].h;
  const grads: RnnParams = {
    wx: allocLike(p.wx, p.wx.length),
    wh: allocLike(p.wh, p.wh.length),
    shift: allocLike(p.shift, H),
    gamma: allocLike(p.gamma, H),
    wo: matmulTA(last, dlogits, n, H, classes),
    bo: colSums(dlogits, n, classes),
  };
  let dh = matmulTB(dlogits, p.wo, n, H, classes);
  for (let t = steps.length - 1; t >= 0; t--) {
    const s = steps[t];
    const du = activationBackward(dh, s.u, s.h, cfg.activation);
    let dz: FloatArray;
    if (s.norm) {
      const g = normBackward(du, s.norm);
      dz = g.dx;
      for (let j = 0; j < H; j++) {
        grads.gamma[j] += g.dgamma[j];
        grads.shift[j] += g.dbeta[j];
      }
    } else {
      dz = du;
      const db = colSums(du, n, H);
      for (let j = 0; j < H; j++) grads.shift[j] += db[j];
    }
    const dwx = matmulTA(rowAt(x, n, cfg, t), dz, n, w, H);
    const dwh = matmulTA(s.hPrev, dz, n, H, H);
    for (let i = 0; i < dwx.length; i++) grads.wx[i] += dwx[i];
    for (let i = 0; i < dwh.length; i++) grads.wh[i] += dwh[i];
    dh = matmulTB(dz, p.wh, n, H, H);
  }
  return { loss, grads };
}

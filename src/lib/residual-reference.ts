/**
 * A residual MLP in plain typed-array maths (ResidualSpec in experiments/types.ts): the independent
 * reference the engine's residual blocks are tested against, itself checked by finite differences.
 * Clear rather than clever. Weights are [in, out] row-major; x is [n, inputs]. With x₀ = x·W_in + b_in
 * and, in block l (F_l(a) = g(a·W1_l + b1_l)·W2_l + b2_l, N_l(v) = γ_l x̂(v) + β_l):
 *   Pre-LN   x_{l+1} = x_l + F_l(N_l(x_l)),   and N_f(x_L) before the output layer (the final norm)
 *   Post-LN  x_{l+1} = N_l(x_l + F_l(x_l))
 *   none     x_{l+1} = x_l + F_l(x_l)
 *   logits = (N_f(x_L) or x_L)·W_out + b_out,  loss = mean softmax cross-entropy.
 * Xiong et al. 2020, Fig. 1 (their F is attention or a feed-forward layer; here a feed-forward one).
 */
import { allocLike, type FloatArray } from './arrays';
import type { Activation, NormSpec } from './experiments/types';
import { activate, activationBackward, colSums, matmul, matmulTA, matmulTB, softmaxCrossEntropy } from './mlp-math';
import type { NormalisingSpec } from './norms/index-sets';
import { normBackward, normForward, type NormForward } from './norms/normalize';

export interface ResConfig {
  inputs: number;
  width: number;
  blocks: number;
  classes: number;
  activation: Activation;
  /** none, or layer / rms at 'before' (Pre-LN) or 'after' (Post-LN). */
  norm: NormSpec;
  eps: number;
}

export interface ResBlock {
  w1: FloatArray;
  b1: FloatArray;
  w2: FloatArray;
  b2: FloatArray;
  gamma: FloatArray;
  beta: FloatArray;
}

export interface ResParams {
  win: FloatArray;
  bin: FloatArray;
  blocks: ResBlock[];
  /** The final norm's γ and β (Pre-LN only). */
  gammaF: FloatArray;
  betaF: FloatArray;
  wout: FloatArray;
  bout: FloatArray;
}

interface BlockTrace {
  x: FloatArray;
  a: FloatArray;
  pre: NormForward | null;
  u: FloatArray;
  h: FloatArray;
  post: NormForward | null;
}

const place = (cfg: ResConfig) => (cfg.norm.kind === 'none' ? 'none' : cfg.norm.position === 'before' ? 'pre' : 'post');

function forward(cfg: ResConfig, p: ResParams, x: FloatArray, n: number) {
  const d = cfg.width;
  const where = place(cfg);
  const spec = cfg.norm as NormalisingSpec;
  let xl = matmul(x, p.win, n, cfg.inputs, d, p.bin);
  const blocks: BlockTrace[] = [];
  for (const b of p.blocks) {
    const pre = where === 'pre' ? normForward(spec, xl, n, b.gamma, b.beta, cfg.eps) : null;
    const a = pre ? pre.y : xl;
    const u = matmul(a, b.w1, n, d, d, b.b1);
    const h = activate(u, cfg.activation);
    const f = matmul(h, b.w2, n, d, d, b.b2);
    const s = allocLike(xl, n * d);
    for (let i = 0; i < s.length; i++) s[i] = xl[i] + f[i];
    const post = where === 'post' ? normForward(spec, s, n, b.gamma, b.beta, cfg.eps) : null;
    blocks.push({ x: xl, a, pre, u, h, post });
    xl = post ? post.y : s;
  }
  const final = where === 'pre' ? normForward(spec, xl, n, p.gammaF, p.betaF, cfg.eps) : null;
  const last = final ? final.y : xl;
  return { blocks, final, last, logits: matmul(last, p.wout, n, d, cfg.classes, p.bout) };
}

export function resLogits(cfg: ResConfig, p: ResParams, x: FloatArray, n: number): FloatArray {
  return forward(cfg, p, x, n).logits;
}

/** Loss and the gradient of every parameter. */
export function resLossAndGrads(
  cfg: ResConfig,
  p: ResParams,
  x: FloatArray,
  y: ArrayLike<number>,
  n: number,
): { loss: number; grads: ResParams } {
  const d = cfg.width;
  const t = forward(cfg, p, x, n);
  const { loss, dlogits } = softmaxCrossEntropy(t.logits, y, n, cfg.classes);
  const zeros = (like: FloatArray) => allocLike(like, like.length);
  const grads: ResParams = {
    win: zeros(p.win),
    bin: zeros(p.bin),
    blocks: [],
    gammaF: zeros(p.gammaF),
    betaF: zeros(p.betaF),
    wout: matmulTA(t.last, dlogits, n, d, cfg.classes),
    bout: colSums(dlogits, n, cfg.classes),
  };
  let dx = matmulTB(dlogits, p.wout, n, d, cfg.classes);
  if (t.final) {
    const g = normBackward(dx, t.final);
    grads.gammaF = g.dgamma;
    grads.betaF = g.dbeta;
    dx = g.dx;
  }
  for (let l = p.blocks.length - 1; l >= 0; l--) {
    const b = p.blocks[l];
    const tr = t.blocks[l];
    const gb: ResBlock = { w1: zeros(b.w1), b1: zeros(b.b1), w2: zeros(b.w2), b2: zeros(b.b2), gamma: zeros(b.gamma), beta: zeros(b.beta) };
    // ds: gradient at the residual sum s = x + F(a).
    let ds = dx;
    if (tr.post) {
      const g = normBackward(dx, tr.post);
      gb.gamma = g.dgamma;
      gb.beta = g.dbeta;
      ds = g.dx;
    }
    gb.w2 = matmulTA(tr.h, ds, n, d, d);
    gb.b2 = colSums(ds, n, d);
    const du = activationBackward(matmulTB(ds, b.w2, n, d, d), tr.u, tr.h, cfg.activation);
    gb.w1 = matmulTA(tr.a, du, n, d, d);
    gb.b1 = colSums(du, n, d);
    let da = matmulTB(du, b.w1, n, d, d);
    if (tr.pre) {
      const g = normBackward(da, tr.pre);
      gb.gamma = g.dgamma;
      gb.beta = g.dbeta;
      da = g.dx;
    }
    // The skip connection carries ds straight to x.
    const next = allocLike(ds, n * d);
    for (let i = 0; i < next.length; i++) next[i] = ds[i] + da[i];
    dx = next;
    grads.blocks[l] = gb;
  }
  grads.win = matmulTA(x, dx, n, cfg.inputs, d);
  grads.bin = colSums(dx, n, d);
  return { loss, grads };
}

/**
 * The stacked forward pass: K MLPs evaluated as one batched computation. Activations are [K, N, units];
 * the input [1, N, d] is shared and broadcast by the batched matMul against weights [K, in, out].
 *
 * Per hidden layer l and model k (u = pre-activation, the input to g):
 *   bn = 'none'   : u = a·W + b,                    h = g(u)
 *   bn = 'before' : u = γ (a·W − μ)/√(σ² + ε) + β,  h = g(u)        (no bias: β replaces it)
 *   bn = 'after'  : u = a·W + b,                    h = γ (g(u) − μ)/√(σ² + ε) + β
 * Training mode: μ, σ² are the mean and BIASED variance over the N rows of model k's batch; eval mode:
 * the running estimates. A stack may mix settings: with a 0/1 mask m_k the layer computes
 *   u = (z − m·μ) · (m·γ/√(σ² + ε) + (1 − m)) + shift,
 * which for m = 0 is exactly z·1 + b (the plain MLP, bit for bit, and γ gets exactly zero gradient)
 * and for m = 1 exactly BN. The masks act on [K, 1, units] tensors, so mixing costs almost nothing.
 */
import * as tf from '@tensorflow/tfjs-core';
import './gradients';
import type { Activation, BNPosition } from '../lib/experiments/types';
import { bnTrainOp, crossEntropyOp } from './ops';
import type { Layout } from './params';

export type Mode = 'train' | 'eval';

/** Where the models put BN: float 0/1 masks [K, 1, 1], null when the stack is uniform. */
export interface BNMasks {
  anyBefore: boolean;
  allBefore: boolean;
  anyAfter: boolean;
  allAfter: boolean;
  before: tf.Tensor3D | null;
  notBefore: tf.Tensor3D | null;
  after: tf.Tensor3D | null;
  notAfter: tf.Tensor3D | null;
}

export interface ForwardContext {
  /** [K, P] trainable parameters (see params.ts). */
  theta: tf.Tensor2D;
  /** [K, R] running statistics, or null without BN. */
  running: tf.Tensor2D | null;
  layout: Layout;
  k: number;
  hiddenLayers: number;
  activation: Activation;
  bnEpsilon: number;
  masks: BNMasks;
}

export interface ForwardResult {
  logits: tf.Tensor3D;
  /** Training mode with BN: the batch statistics each model used, [K, R] in the running layout. */
  batchStats: tf.Tensor2D | null;
  /** Pre-activation u of the probed hidden layer, [K, N, units], if asked for. */
  probe: tf.Tensor3D | null;
}

/** Masks for the models' BN settings (the caller owns the tensors: `disposeMasks`). */
export function makeMasks(bn: BNPosition[]): BNMasks {
  const k = bn.length;
  const flags = (pos: BNPosition) => bn.map((b) => (b === pos ? 1 : 0));
  const before = flags('before');
  const after = flags('after');
  const mixed = (f: number[]) => f.some((v) => v === 1) && f.some((v) => v === 0);
  const t = (f: number[]) => tf.tensor3d(f, [k, 1, 1]);
  return {
    anyBefore: before.includes(1),
    allBefore: !before.includes(0),
    anyAfter: after.includes(1),
    allAfter: !after.includes(0),
    before: mixed(before) ? t(before) : null,
    notBefore: mixed(before) ? t(before.map((v) => 1 - v)) : null,
    after: mixed(after) ? t(after) : null,
    notAfter: mixed(after) ? t(after.map((v) => 1 - v)) : null,
  };
}

export function disposeMasks(m: BNMasks): void {
  for (const t of [m.before, m.notBefore, m.after, m.notAfter]) t?.dispose();
}

export function activate(u: tf.Tensor3D, act: Activation): tf.Tensor3D {
  if (act === 'sigmoid') return tf.sigmoid(u);
  if (act === 'tanh') return tf.tanh(u);
  return tf.relu(u);
}

/**
 * Masked BN of v by plain ops (autodiff-able; the engine uses it for eval mode, where `mean` and
 * `variance` are the running statistics): BN where mask = 1, identity plus `shift` where mask = 0.
 */
export function maskedBN(
  v: tf.Tensor3D,
  p: { gamma: tf.Tensor; shift: tf.Tensor; mean?: tf.Tensor; variance?: tf.Tensor },
  mask: tf.Tensor3D | null,
  notMask: tf.Tensor3D | null,
  eps: number,
) {
  let mean = p.mean;
  let variance = p.variance;
  let centred: tf.Tensor | null = null;
  if (!mean || !variance) {
    mean = tf.mean(v, 1, true);
    centred = tf.sub(v, mean);
    variance = tf.mean(tf.square(centred), 1, true);
  }
  let scale = tf.mul(p.gamma, tf.rsqrt(tf.add(variance, eps)));
  if (mask && notMask) {
    scale = tf.add(tf.mul(scale, mask), notMask);
    centred = tf.sub(v, tf.mul(mean, mask));
  } else if (!centred) {
    centred = tf.sub(v, mean);
  }
  const y = tf.add(tf.mul(centred, scale), p.shift) as tf.Tensor3D;
  return { y, mean: mean as tf.Tensor3D, variance: variance as tf.Tensor3D };
}

/** BN of one layer: the fused training op (batch statistics) or the eval-mode affine map. */
function normalise(
  v: tf.Tensor3D,
  gamma: tf.Tensor,
  shift: tf.Tensor,
  fixed: { mean?: tf.Tensor; variance?: tf.Tensor },
  mask: tf.Tensor3D | null,
  notMask: tf.Tensor3D | null,
  eps: number,
): { y: tf.Tensor3D; stats: { mean: tf.Tensor; variance: tf.Tensor } | null } {
  if (fixed.mean && fixed.variance) return { y: maskedBN(v, { gamma, shift, ...fixed }, mask, notMask, eps).y, stats: null };
  const kept: tf.Tensor[] = [];
  const y = bnTrainOp(v, gamma, shift, eps, mask && notMask ? { m: mask, notM: notMask } : null, kept);
  // The op keeps its statistics past its own scope; hand them back to the caller's tidy.
  const [mean, variance] = kept.map((t) => {
    const c = tf.clone(t);
    t.dispose();
    return c;
  });
  return { y, stats: { mean, variance } };
}

/**
 * Forward pass of all K models on x [N, d] (shared) → logits [K, N, classes]. Call inside tf.tidy
 * (or a gradient function): every intermediate is left to the caller's scope.
 */
export function forward(ctx: ForwardContext, x: tf.Tensor2D, mode: Mode, probeLayer = -1): ForwardResult {
  const { layout, masks, k, bnEpsilon: eps } = ctx;
  const piece: Record<string, tf.Tensor> = {};
  tf.split(ctx.theta, layout.trainable.map((p) => p.size), 1).forEach((t, i) => {
    const p = layout.trainable[i];
    piece[p.name] = tf.reshape(t, [k, p.rows, p.cols]);
  });
  const run: Record<string, tf.Tensor> = {};
  if (mode === 'eval' && ctx.running) {
    tf.split(ctx.running, layout.running.map((p) => p.size), 1).forEach((t, i) => {
      const p = layout.running[i];
      run[p.name] = tf.reshape(t, [k, p.rows, p.cols]);
    });
  }
  let a = tf.reshape(x, [1, x.shape[0], x.shape[1]]) as tf.Tensor3D;
  const stats: tf.Tensor[] = [];
  let probe: tf.Tensor3D | null = null;
  for (let l = 0; l < ctx.hiddenLayers; l++) {
    const z = tf.matMul(a, piece[`w${l}`] as tf.Tensor3D) as tf.Tensor3D;
    const fixed = mode === 'eval' ? { mean: run[`mean${l}`], variance: run[`var${l}`] } : {};
    let u: tf.Tensor3D;
    let before: { mean: tf.Tensor; variance: tf.Tensor } | null = null;
    if (masks.anyBefore) {
      const r = normalise(z, piece[`gamma${l}`], piece[`shift${l}`], fixed, masks.before, masks.notBefore, eps);
      u = r.y;
      before = r.stats;
    } else {
      u = tf.add(z, piece[`shift${l}`]) as tf.Tensor3D;
    }
    if (l === probeLayer) probe = u;
    let h = activate(u, ctx.activation);
    let after: { mean: tf.Tensor; variance: tf.Tensor } | null = null;
    if (masks.anyAfter) {
      const beta = masks.after ? tf.mul(piece[`beta${l}`], masks.after) : piece[`beta${l}`];
      const r = normalise(h, piece[`gamma${l}`], beta, fixed, masks.after, masks.notAfter, eps);
      h = r.y;
      after = r.stats;
    }
    if (mode === 'train' && (before || after)) {
      let s = (before ?? after) as { mean: tf.Tensor; variance: tf.Tensor };
      if (before && after && masks.before && masks.notBefore) {
        const mix = (b: tf.Tensor, c: tf.Tensor) => tf.add(tf.mul(b, masks.before!), tf.mul(c, masks.notBefore!));
        s = { mean: mix(before.mean, after.mean), variance: mix(before.variance, after.variance) };
      }
      stats.push(tf.reshape(s.mean, [k, -1]), tf.reshape(s.variance, [k, -1]));
    }
    a = h;
  }
  const L = ctx.hiddenLayers;
  const logits = tf.add(tf.matMul(a, piece[`w${L}`] as tf.Tensor3D), piece[`shift${L}`]) as tf.Tensor3D;
  const batchStats = stats.length ? (tf.concat(stats, 1) as tf.Tensor2D) : null;
  return { logits, batchStats, probe };
}

/** BN of every model in training mode (the fused op): output and the batch mean and biased variance. */
export function bnTrain(v: tf.Tensor3D, gamma: tf.Tensor, beta: tf.Tensor, eps: number) {
  const r = normalise(v, gamma, beta, {}, null, null, eps);
  return { y: r.y, mean: r.stats!.mean, variance: r.stats!.variance };
}

/** BN of every model in eval mode: a fixed affine map from the running statistics. */
export function bnEval(v: tf.Tensor3D, gamma: tf.Tensor, beta: tf.Tensor, mean: tf.Tensor, variance: tf.Tensor, eps: number) {
  return maskedBN(v, { gamma, shift: beta, mean, variance }, null, null, eps).y;
}

/** Softmax cross-entropy per model: logits [K, B, C], one-hot labels [B, C] → mean loss [K]. */
export function crossEntropy(logits: tf.Tensor3D, oneHot: tf.Tensor2D): tf.Tensor1D {
  return crossEntropyOp(logits, oneHot);
}

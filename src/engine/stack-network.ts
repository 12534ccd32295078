/**
 * What every stacked network shares: the trace of a forward pass, the view of θ by piece, the
 * activations, and the interface the trainer and the probes use (network.ts: the MLP; recurrent.ts:
 * one unrolled recurrent layer).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../lib/experiments/types';
import type { Mode, SiteTrace } from './norms/site';
import type { Layout } from './params';

export type { Mode } from './norms/site';

export interface LayerTrace {
  input: tf.Tensor3D;
  u: tf.Tensor3D;
  h: tf.Tensor3D;
  pre: SiteTrace | null;
  post: SiteTrace | null;
}

export interface ForwardTrace {
  mode: Mode;
  n: number;
  pieces: Record<string, tf.Tensor>;
  inputSite: SiteTrace | null;
  layers: LayerTrace[];
  /** Input of the output layer. */
  last: tf.Tensor3D;
  /** A recurrent network's steps (its `layers` are empty) and its input rows, time-major [T·N, w]. */
  recurrent?: { steps: StepTrace[]; rows: tf.Tensor2D };
  logits: tf.Tensor3D;
}

/**
 * What the trainer and the probes need of a stacked network: this MLP, or the recurrent layer of
 * recurrent.ts. Both return a ForwardTrace whose `logits` every metric reads.
 */
export interface StackNetwork {
  /** How many weight matrices `backward` reports in `weightGrads` (the gradient-norm probe's columns). */
  readonly weightCount: number;
  forward(theta: tf.Tensor, running: tf.Tensor | null, x: tf.Tensor2D, mode: Mode, setSize?: number): ForwardTrace;
  backward(t: ForwardTrace, dlogits: tf.Tensor3D): { grad: tf.Tensor; weightGrads: tf.Tensor3D[] };
  batchMoments(t: ForwardTrace): tf.Tensor | null;
  perSet(m: number, l: number, batch: number): number;
  prepare(n: number): void;
  dispose(): void;
}

/** The [K, 1, size] pieces of θ by name (weights reshaped to [K, in, out]); in eval mode also the running statistics. */
export function splitPieces(layout: Layout, k: number, theta: tf.Tensor, running: tf.Tensor | null, mode: Mode): Record<string, tf.Tensor> {
  const out: Record<string, tf.Tensor> = {};
  tf.split(
    theta,
    layout.trainable.map((p) => p.size),
    2,
  ).forEach((t, i) => {
    const p = layout.trainable[i];
    out[p.name] = p.rows > 1 ? tf.reshape(t, [k, p.rows, p.cols]) : t;
  });
  if (mode === 'eval' && running && layout.r) {
    tf.split(
      running,
      layout.running.map((p) => p.size),
      2,
    ).forEach((t, i) => (out[layout.running[i].name] = t));
  }
  return out;
}

/** The trace of a recurrent forward pass (recurrent.ts), kept for its backward pass. */
export interface StepTrace {
  hPrev: tf.Tensor3D | null;
  u: tf.Tensor3D;
  h: tf.Tensor3D;
  site: SiteTrace | null;
}

export function activate(u: tf.Tensor3D, act: Activation): tf.Tensor3D {
  if (act === 'sigmoid') return tf.sigmoid(u);
  if (act === 'tanh') return tf.tanh(u);
  return tf.relu(u);
}

export function activationBackward(dh: tf.Tensor3D, u: tf.Tensor3D, h: tf.Tensor3D, act: Activation): tf.Tensor3D {
  if (act === 'relu') return tf.mul(dh, tf.step(u)) as tf.Tensor3D;
  if (act === 'tanh') return tf.mul(dh, tf.sub(1, tf.square(h))) as tf.Tensor3D;
  return tf.mul(dh, tf.mul(h, tf.sub(1, h))) as tf.Tensor3D;
}

/**
 * x·W_k for every model k when x is the same for all (the data): [K, N, out] from x [N, in] and W
 * [K, in, out], as one 2-D product x × [in, K·out]; tfjs-wasm's batched matMul with a broadcast x is
 * several times slower at these shapes (BENCHMARKS.md, ln-recurrente).
 */
export function sharedProduct(x: tf.Tensor2D, w: tf.Tensor): tf.Tensor3D {
  const [k, inputs, out] = w.shape as [number, number, number];
  const wide = tf.reshape(tf.transpose(w, [1, 0, 2]), [inputs, k * out]);
  return tf.transpose(tf.reshape(tf.matMul(x, wide), [x.shape[0], k, out]), [1, 0, 2]) as tf.Tensor3D;
}

/** Σ_n x[n]ᵀ·d_k[n] for every model k, the weight gradient of `sharedProduct`: [K, in, out] from x [N, in] and d [K, N, out]. */
export function sharedProductGrad(x: tf.Tensor2D, d: tf.Tensor3D): tf.Tensor3D {
  const [k, n, out] = d.shape;
  const wide = tf.matMul(tf.transpose(x), tf.reshape(tf.transpose(d, [1, 0, 2]), [n, k * out]));
  return tf.transpose(tf.reshape(wide, [x.shape[1], k, out]), [1, 0, 2]) as tf.Tensor3D;
}

/** Gradients by piece name laid out as θ, [K, 1, P] (a piece without a gradient gets zeros). */
export function packGrads(layout: Layout, k: number, g: Record<string, tf.Tensor>): tf.Tensor {
  const flat = layout.trainable.map((piece) => {
    const d = g[piece.name];
    if (!d) return tf.zeros([k, 1, piece.size]);
    return piece.rows > 1 ? tf.reshape(d, [k, 1, piece.size]) : d;
  });
  return tf.concat(flat, 2);
}

/** ‖∂W‖₂ of every model for each weight matrix of `backward`'s weightGrads: [K, matrices]. */
export function weightNorms(weightGrads: tf.Tensor3D[]): tf.Tensor2D {
  return tf.stack(weightGrads.map((d) => tf.sqrt(tf.sum(tf.square(d), [1, 2]))), 1) as tf.Tensor2D;
}
